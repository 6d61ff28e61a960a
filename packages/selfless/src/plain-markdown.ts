/**
 * Whether a Markdown block is a plain paragraph: text in which CommonMark
 * and GFM see no syntax at all. remark-retext then hands parse-english the
 * block's text unchanged at the same offsets, so the plain-text pipeline
 * (retext-english) gives the same messages for a fraction of the cost: most
 * short posts and most paragraphs of prose are such blocks.
 *
 * The check is deliberately stricter than Markdown: any character that could
 * start inline syntax (emphasis, code, links, HTML, references, escapes,
 * GFM strikethrough, tables, autolink literals), any line that could open a
 * block (list, heading, quote, thematic break, setext underline, front
 * matter, indented code, lazy continuation), and any whitespace micromark
 * would strip (leading or trailing on a line) sends the block down the full
 * Markdown path. `test/api-plain-markdown.test.ts` checks that both paths
 * give identical messages on varied blocks.
 */
import type {BlockResult, RelativePoint} from './block-result.js'

// Inline syntax (`!` is allowed: it only starts an image before `[`),
// autolink literals (`www.`, `://`, e-mail `@`), and characters micromark
// rewrites (NUL) or that are not plain prose (controls; CR: line endings
// other than `\n` go the full path).
const inline = /[*_`[\]<>#|~\\&@\0-\x09\x0b-\x1f\x7f]|www\.|:\/\//i
// At a line start: indentation, list/heading/quote/break/setext/front-matter
// markers, and ordered-list items; at a line end: trailing whitespace.
const lineStart = /(?:^|\n)(?:[ +\-=]|\d{1,9}[.)](?:[ ]|\n|$))|[ ]\n|[ ]$/

export function isPlainMarkdown(text: string): boolean {
  return text !== '' && !inline.test(text) && !lineStart.test(text)
}

// A one-line list item or block quote: the marker and one space.
const marker = /^(?:[-+]|\d{1,9}[.)]|>) (?=[^ ])/

/**
 * Where the prose starts in a one-line Markdown block that is a plain
 * paragraph, or a plain paragraph behind one list or block-quote marker
 * (`- `, `+ `, `1. `, `1) `, `> `); `undefined` when the block needs the
 * Markdown parser. The prose is then linted as plain text and its places
 * shifted by the returned offset.
 */
export function plainMarkdownStart(text: string): number | undefined {
  if (isPlainMarkdown(text)) return 0
  if (text.includes('\n')) return undefined
  const match = marker.exec(text)
  if (!match) return undefined
  const start = match[0].length
  return isPlainMarkdown(text.slice(start)) ? start : undefined
}

/** Places in a one-line block's prose, moved to after its `start` marker. */
export function shiftResult(result: BlockResult, start: number): BlockResult {
  const shift = (point: RelativePoint | undefined): RelativePoint | undefined =>
    point && {line: point.line, column: point.column + start, offset: point.offset + start}
  return {
    ...result,
    messages: result.messages.map((message) => ({...message, start: shift(message.start), end: shift(message.end)}))
  }
}
