/**
 * Markdown and MDX blocks. A blank line does not end a block inside front
 * matter, fenced code, or an HTML block that CommonMark ends by a closing
 * marker rather than a blank line (comments, `<pre>`, `<script>`, `<style>`,
 * `<textarea>`, `<?…?>`, `<!…>`, CDATA).
 *
 * A block that continues a list item after a blank line ("1. Step\n\n    more
 * text") would read as indented code on its own. Its leading spaces are
 * replaced by nested list markers of the same width, so it parses as the
 * prose it is while every offset stays the same.
 */
import {group, splitLines, type Block, type Line} from './blocks.js'

const fenceOpen = /^[ \t]*(`{3,}|~{3,})(.*)$/
const htmlOpeners: Array<[RegExp, RegExp]> = [
  [/^[ \t]*<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^[ \t]*<!--/, /-->/],
  [/^[ \t]*<\?/, /\?>/],
  [/^[ \t]*<![A-Za-z]/, />/],
  [/^[ \t]*<!\[CDATA\[/, /\]\]>/]
]
const listMarker = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/
const footnote = /^\[\^[^\]\s]+\]:/

export function splitMarkdown(value: string): Block[] {
  const lines = splitLines(value)
  let frontMatterEnd = findFrontMatterEnd(lines)
  let fence: {char: string; size: number} | undefined
  let htmlEnd: RegExp | undefined
  // Content columns of the list items (and footnotes) still open.
  const items: number[] = []
  const masks = new Map<number, number>()

  return group(value, lines, inside, prepare)

  function inside(index: number, startsBlock: boolean): boolean {
    const text = (lines[index] as Line).text
    if (frontMatterEnd !== -1) {
      if (index === frontMatterEnd) frontMatterEnd = -1
      return frontMatterEnd !== -1
    }
    if (fence) {
      const close = new RegExp(`^[ \\t]*\\${fence.char}{${fence.size},}[ \\t]*$`)
      if (close.test(text)) fence = undefined
      return fence !== undefined
    }
    if (htmlEnd) {
      if (htmlEnd.test(text)) htmlEnd = undefined
      return htmlEnd !== undefined
    }

    // Most lines start with a letter: no fence, HTML block, list item or
    // footnote can open there, so the patterns below cannot match.
    const plain = startsProse(text)
    trackItems(index, text, startsBlock, plain)
    if (plain) return false

    const opened = fenceOpen.exec(text)
    // A backtick fence's info string may not contain a backtick.
    if (opened && !(opened[1]?.startsWith('`') && opened[2]?.includes('`'))) {
      fence = {char: opened[1]?.charAt(0) ?? '`', size: opened[1]?.length ?? 3}
      return true
    }
    for (const [open, close] of htmlOpeners) {
      const match = open.exec(text)
      if (match) {
        if (!close.test(text.slice(match[0].length))) htmlEnd = close
        break
      }
    }
    return htmlEnd !== undefined
  }

  function trackItems(index: number, text: string, startsBlock: boolean, plain: boolean): void {
    const indent = columns(text)
    // After a blank line, a line indented less than an item's content ends it.
    if (startsBlock) {
      while (items.length > 0 && (items.at(-1) ?? 0) > indent) items.pop()
      const top = items.at(-1)
      if (top !== undefined && indent >= 4 && indent - top < 4 && /^ +$/.test(text.slice(0, indent))) {
        masks.set(index, indent)
      }
    }
    if (plain) return
    const rest = text.replace(/^[ \t]*/, '')
    const marker = listMarker.exec(rest)
    if (marker) {
      while (items.length > 0 && (items.at(-1) ?? 0) > indent) items.pop()
      const spaces = marker[2] ?? ''
      const gap = spaces.length === 0 || spaces.length > 4 || spaces.includes('\t') ? 1 : spaces.length
      items.push(indent + (marker[1]?.length ?? 1) + gap)
    } else if (footnote.test(rest)) {
      items.push(indent + 4)
    }
  }

  function prepare(text: string, firstLine: number): string {
    const width = masks.get(firstLine)
    if (width === undefined) return text
    return nestedMarkers(width) + text.slice(width)
  }
}

/** Whether a line's first character after spaces and tabs is an ASCII letter. */
function startsProse(text: string): boolean {
  let index = 0
  while (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9) index++
  const code = text.charCodeAt(index) | 32
  return code >= 97 && code <= 122
}

/** `- * - * ` cut to `width` (≥ 4): nested items, never a thematic break. */
function nestedMarkers(width: number): string {
  const pairs = Math.floor(width / 2)
  let result = ''
  for (let index = 0; index < pairs; index++) result += index % 2 === 0 ? '- ' : '* '
  return result.padEnd(width, ' ')
}

/** Leading whitespace in columns (tabs to the next multiple of 4). */
function columns(text: string): number {
  let column = 0
  for (const char of text) {
    if (char === ' ') column++
    else if (char === '\t') column += 4 - (column % 4)
    else break
  }
  return column
}

/** The line that closes front matter opened on line 1, or -1. */
function findFrontMatterEnd(lines: readonly Line[]): number {
  const open = lines[0]?.text.trimEnd()
  if (open !== '---' && open !== '+++') return -1
  for (let index = 1; index < lines.length; index++) {
    if ((lines[index] as Line).text.trimEnd() === open) return index
  }
  return -1
}
