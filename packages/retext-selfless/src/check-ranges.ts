/**
 * `rangesToCheck(text)`: the parts of plain text that need parsing. Parsing
 * each range on its own with retext-english and running the plugin on it
 * gives exactly the findings of the whole text (with places shifted by the
 * range's start); the rest of the text cannot hold a finding.
 *
 * Why: parsing is nearly all the cost of linting, and in most prose only a
 * sentence here and there holds a trigger with its companion (about one in
 * six on State of the Union text).
 *
 * How: the text is cut into chunks only where retext-english (parse-latin)
 * surely starts a new sentence on both sides of the cut, so every sentence
 * lies inside one chunk and a chunk parses the same on its own: after
 * `word.`, `word?` or `word!` (a lowercase word of two or more letters, not
 * one of parse-latin's abbreviations), white space of spaces, tabs and line
 * breaks, and a capitalised word. None of parse-latin's merges joins such
 * sentences. Line breaks alone are no cut: parse-latin decides how to join
 * the sentences around a blank line before it breaks the paragraph there.
 *
 * Double quotes run across the sentences of a paragraph, so no cut is made
 * after a double quote until the next blank line (which always ends a
 * paragraph). A chunk is needed when it may hold a finding (see
 * prefilter.ts), together with up to `lookBack` chunks before it in the same
 * paragraph, which rules may read.
 */
import type {Options} from './options.js'
import {armedMaskFor, forEachSignal} from './prefilter.js'
import {lookBack} from './sentence.js'
import {armed} from './trigger-bits.js'

/** A part of the text to parse and check: offsets, `end` exclusive. */
export interface CheckRange {
  start: number
  end: number
}

// parse-latin's white space; a whole run of it that is only spaces, tabs and
// two or more line breaks is a blank line. A CR LF is one line break.
const space = '[\\t-\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]'
const blankLine = new RegExp(`(?<!${space})[ \\t]*(?:(?:\\r\\n|\\n|\\r(?!\\n))[ \\t]*){2,}(?!${space})`, 'g')
// A mark, white space and a capitalised word; the word before the mark is checked by hand.
const sentenceEnd = /[.?!][ \t\r\n]+(?=[A-Z][a-z])/g
const lineBreaks = /\r\n|\n|\r/g
const isLowercase = (code: number): boolean => code >= 97 && code <= 122
const spaceCharacter = new RegExp(space)
const isSpace = (code: number): boolean => spaceCharacter.test(String.fromCharCode(code))
const quotes = /["“”«»„]/g
// Words after which parse-latin and parse-english join a full stop's
// sentence with the next ("etc. The", "in. The", "Sept. The"), lowercased.
const abbreviations = new Set([
  // parse-latin
  'al', 'ca', 'cap', 'cca', 'cent', 'cf', 'cit', 'con', 'cp', 'cwt', 'ead', 'etc', 'ff', 'fl', 'ibid', 'id', 'nem',
  'op', 'pro', 'seq', 'sic', 'stat', 'tem', 'viz',
  // parse-english
  'thurs', 'tbsp', 'tsp', 'sept', 'sec', 'sq', 'tues', 'bbls', 'yds', 'thu', 'sep', 'tue', 'bbl', 'nov', 'aug', 'jul',
  'jun', 'apr', 'hr', 'jan', 'sun', 'mar', 'mon', 'min', 'sat', 'oct', 'kt', 'pt', 'qt', 'gro', 'gal', 'feb', 'fri',
  'ft', 'dec', 'doz', 'wed', 'lbs', 'ltd', 'inc', 'in', 'mi', 'gr', 'yd', 'lb', 'oz', 'cu'
])

export interface Chunk {
  start: number
  end: number
  /** Whether a blank line comes before it (so it starts a paragraph). */
  afterBlank: boolean
  own: number
  companions: number
}

export function rangesToCheck(text: string, options?: Options | null | undefined): CheckRange[] {
  const mask = armedMaskFor(options)
  const chunks = cut(text)
  let at = 0
  forEachSignal(text, function (offset, bits) {
    while (offset >= (chunks[at] as Chunk).end && at < chunks.length - 1) at++
    const chunk = chunks[at] as Chunk
    chunk.own |= bits.own
    chunk.companions |= bits.companions
  })

  const ranges: CheckRange[] = []
  let reached = -1
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index] as Chunk
    if (!armed(chunk.own, chunk.companions, mask)) continue
    let first = index
    while (first > 0 && index - first < lookBack && !(chunks[first] as Chunk).afterBlank) first--
    const last = ranges[ranges.length - 1]
    if (last && first <= reached + 1) {
      last.end = chunk.end
    } else {
      ranges.push({start: (chunks[first] as Chunk).start, end: chunk.end})
    }
    reached = index
  }
  return ranges
}

/**
 * Chunks covering `text`, each ending where the next starts (white space
 * between them left out). Exported for tests only.
 */
export function cut(text: string): Chunk[] {
  const chunks: Chunk[] = []
  const quoted = quotes.test(text) ? new QuoteTracker(text) : undefined
  let start = 0
  let afterBlank = false
  sentenceEnd.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = sentenceEnd.exec(text))) {
    const mark = match.index
    // The word before the mark: two or more lowercase letters, after white space or at the start.
    let word = mark
    while (word > 0 && isLowercase(text.charCodeAt(word - 1))) word--
    if (mark - word < 2 || (word > 0 && !isSpace(text.charCodeAt(word - 1)))) continue
    if (text.charCodeAt(mark) === 46 /* . */ && abbreviations.has(text.slice(word, mark))) continue
    const next = mark + match[0].length
    if (quoted?.openAt(next)) continue
    chunks.push({start, end: mark + 1, afterBlank, own: 0, companions: 0})
    start = next
    afterBlank = (match[0].match(lineBreaks)?.length ?? 0) > 1
  }
  chunks.push({start, end: text.length, afterBlank, own: 0, companions: 0})
  return chunks
}

/**
 * Whether a double quote stands between the last blank line and an offset;
 * asked for increasing offsets, so the text is read once.
 */
class QuoteTracker {
  readonly #text: string
  #blankEnd = 0
  #nextBlank: RegExpExecArray | null
  #lastQuote = -1
  #nextQuote: number

  constructor(text: string) {
    this.#text = text
    blankLine.lastIndex = 0
    this.#nextBlank = blankLine.exec(text)
    quotes.lastIndex = 0
    this.#nextQuote = quotes.exec(text)?.index ?? -1
  }

  openAt(offset: number): boolean {
    while (this.#nextBlank && this.#nextBlank.index + this.#nextBlank[0].length <= offset) {
      this.#blankEnd = this.#nextBlank.index + this.#nextBlank[0].length
      this.#nextBlank = blankLine.exec(this.#text)
    }
    while (this.#nextQuote !== -1 && this.#nextQuote < offset) {
      this.#lastQuote = this.#nextQuote
      this.#nextQuote = quotes.exec(this.#text)?.index ?? -1
    }
    return this.#lastQuote >= this.#blankEnd
  }
}
