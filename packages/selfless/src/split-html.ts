/**
 * HTML blocks. A small scanner follows comments, tags (with quoted
 * attributes), raw-text elements (`<script>`, `<style>`, `<textarea>`,
 * `<title>`) and elements whose text is never prose (`<pre>`, `<code>`,
 * `<svg>`, `<math>`, `<del>`): a blank line inside any of them does not end
 * the block, so no code reaches the prose parser on its own.
 */
import {group, splitLines, type Block, type Line} from './blocks.js'

const raw = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'])
const opaque = new Set(['pre', 'code', 'svg', 'math', 'del'])

type State = 'text' | 'comment' | 'tag' | 'declaration' | 'raw'

export function splitHtml(value: string): Block[] {
  const lines = splitLines(value)
  let state: State = 'text'
  let quote = ''
  let name = ''
  let closing = false
  let rawName = ''
  let depth = 0

  return group(value, lines, function (index) {
    scan((lines[index] as Line).text)
    return state !== 'text' || depth > 0
  })

  function scan(text: string): void {
    let at = 0
    while (at < text.length) {
      switch (state) {
        case 'text': {
          const next = text.indexOf('<', at)
          if (next === -1) return
          at = next + 1
          if (text.startsWith('!--', at)) {
            state = 'comment'
            at += 3
          } else if (text[at] === '!' || text[at] === '?') {
            state = 'declaration'
          } else {
            closing = text[at] === '/'
            const match = /^[A-Za-z][^\s/>]*/.exec(text.slice(closing ? at + 1 : at, at + 40))
            if (match) {
              name = match[0].toLowerCase()
              state = 'tag'
              at += match[0].length + (closing ? 1 : 0)
            }
          }
          break
        }
        case 'comment': {
          const end = text.indexOf('-->', at)
          if (end === -1) return
          state = 'text'
          at = end + 3
          break
        }
        case 'declaration': {
          const end = text.indexOf('>', at)
          if (end === -1) return
          state = 'text'
          at = end + 1
          break
        }
        case 'raw': {
          const end = text.toLowerCase().indexOf('</' + rawName, at)
          if (end === -1) return
          state = 'tag'
          name = rawName
          closing = true
          at = end + 2 + rawName.length
          break
        }
        case 'tag': {
          const char = text[at]
          if (quote) {
            if (char === quote) quote = ''
          } else if (char === '"' || char === "'") {
            quote = char
          } else if (char === '>') {
            closeTag(text[at - 1] === '/')
          }
          at++
          break
        }
      }
    }
  }

  function closeTag(selfClosing: boolean): void {
    state = 'text'
    if (!closing && raw.has(name)) {
      state = 'raw'
      rawName = name
    } else if (opaque.has(name) && !selfClosing) {
      depth = Math.max(0, depth + (closing ? -1 : 1))
    }
  }
}
