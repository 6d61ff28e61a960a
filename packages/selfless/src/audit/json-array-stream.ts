/**
 * Streams the items of a JSON array out of text that arrives in chunks, so a
 * 300 MB `tweets.js` never sits in memory whole: only the item being read
 * does. It finds the first array that is the document itself or a value of
 * the top-level object (`window.YTD.tweets.part0 = [...]`, Facebook's
 * `[...]` or `{"status_updates_v2": [...]}`) and hands out each item's raw
 * JSON text for `JSON.parse`.
 */
export class JsonArraySplitter {
  /** Text before the array (e.g. `window.YTD.tweets.part0 = `), kept short for checks. */
  prefix = ''
  /** Whether the array was found / closed. */
  found = false
  done = false
  private depth = 0
  private arrayDepth = -1
  private inString = false
  private escaped = false
  private item: string[] = []
  private inItem = false

  /** Feeds a chunk; returns the raw JSON of every item completed in it. */
  push(chunk: string): string[] {
    const items: string[] = []
    let start = this.inItem ? 0 : -1
    for (let index = 0; index < chunk.length && !this.done; index++) {
      if (this.inString) {
        // Jump to the closing quote instead of looking at every character:
        // strings (the posts' text) are most of an export's bytes.
        index = this.skipString(chunk, index)
        continue
      }
      const char = chunk.charCodeAt(index)
      if (!this.found) {
        if (char === 91 /* [ */ && this.depth <= 1) {
          this.found = true
          this.depth++
          this.arrayDepth = this.depth
        } else {
          if (char === 34) this.inString = true
          else if (char === 123 /* { */ || char === 91) this.depth++
          else if (char === 125 /* } */ || char === 93 /* ] */) this.depth--
          if (this.prefix.length < 200) this.prefix += chunk[index]
        }
        continue
      }
      if (this.depth === this.arrayDepth) {
        if (char === 44 /* , */ || char === 93) {
          if (this.inItem) {
            this.item.push(chunk.slice(start, index))
            items.push(this.item.join(''))
            this.item = []
            this.inItem = false
          }
          if (char === 93) {
            this.done = true
            this.depth--
          }
          continue
        }
        if (char === 32 || char === 10 || char === 13 || char === 9) continue
        if (!this.inItem) {
          this.inItem = true
          start = index
        }
      }
      if (char === 34) this.inString = true
      else if (char === 123 || char === 91) this.depth++
      else if (char === 125 || char === 93) this.depth--
    }
    if (this.inItem && !this.done) this.item.push(chunk.slice(start))
    return items
  }

  /**
   * Inside a string from `index`: returns the index of its closing quote
   * (and leaves the string), or the chunk's last index when the string goes
   * on into the next chunk, remembering whether a backslash is pending.
   */
  private skipString(chunk: string, index: number): number {
    let from = index
    if (this.escaped) {
      // The chunk starts with the character a backslash escaped.
      this.escaped = false
      from++
    }
    for (;;) {
      const quote = chunk.indexOf('"', from)
      if (quote === -1) {
        this.escaped = backslashesBefore(chunk, chunk.length, from) % 2 === 1
        return chunk.length - 1
      }
      // A quote after an odd run of backslashes is escaped: part of the string.
      if (backslashesBefore(chunk, quote, from) % 2 === 0) {
        this.inString = false
        return quote
      }
      from = quote + 1
    }
  }
}

/** How many backslashes come right before `end`, counting no further back than `from`. */
function backslashesBefore(chunk: string, end: number, from: number): number {
  let at = end
  while (at > from && chunk.charCodeAt(at - 1) === 92 /* \ */) at--
  return end - at
}
