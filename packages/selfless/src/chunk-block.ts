/**
 * Cuts a huge block (a paragraph of tens of thousands of words, such as a
 * whole document on one line) into pieces at sentence boundaries.
 *
 * Why: retext-english is superlinear in the size of what it parses, and
 * mdast-util-to-nlcst / hast-util-to-nlcst collect a paragraph's tokens with
 * `push(...tokens)`, which overflows the call stack somewhere above 100,000
 * tokens. A cut is only made where the text before it is balanced (no open
 * code span, link text, tag, expression, or raw element), and the piece after
 * it starts with a letter, so no block syntax appears where there was none.
 */
import type {Block} from './blocks.js'
import type {Format} from './format.js'
import {LineIndex} from './line-index.js'

/** Blocks longer than this are cut. */
export const chunkThreshold = 64 * 1024
/** Aim for pieces of about this length. */
const target = 32 * 1024

const sentenceEnd = /[.!?…]["'”’)\]]*[ \t]+(?=\p{Lu})/gu
const wordGap = /[ \t]+(?=\p{L})/gu
const opaqueTag = /<(\/?)(pre|code|script|style|textarea|svg|math|title)\b/gi

export function chunkBlock(block: Block, format: Format): Block[] {
  const text = block.text
  if (text.length <= chunkThreshold) return [block]
  const pieces: Block[] = []
  const balance = new Balance(text, format)
  const lines = new LineIndex(text)
  let start = 0

  while (text.length - start > chunkThreshold) {
    const cut = findCut(text, start + target, balance) ?? findCut(text, start + target * 2, balance, wordGap)
    if (cut === undefined) break
    pieces.push(piece(block, lines, start, cut.end))
    start = cut.next
  }
  pieces.push(piece(block, lines, start, text.length))
  return pieces
}

function findCut(
  text: string,
  from: number,
  balance: Balance,
  pattern: RegExp = sentenceEnd
): {end: number; next: number} | undefined {
  pattern.lastIndex = from
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    const next = match.index + match[0].length
    if (balance.balancedAt(next)) {
      const gap = /[ \t]+$/.exec(match[0])
      return {end: next - (gap ? gap[0].length : 0), next}
    }
  }
  return undefined
}

function piece(block: Block, lines: LineIndex, from: number, to: number): Block {
  const at = lines.toPoint(from)
  return {
    text: block.text.slice(from, to),
    offset: block.offset + from,
    line: block.line + at.line - 1,
    column: at.line === 1 ? block.column + at.column - 1 : at.column,
    end: block.offset + to,
    first: block.first && from === 0
  }
}

/**
 * Whether the text before an offset leaves nothing open. Counts are kept
 * incrementally, so the scan stays linear however many cuts are tried.
 */
class Balance {
  #at = 0
  #backticks = 0
  #brackets = 0
  #angles = 0
  #braces = 0
  #opaque = 0

  constructor(
    readonly text: string,
    readonly format: Format
  ) {}

  balancedAt(offset: number): boolean {
    this.#advance(offset)
    if (this.format === 'text') return true
    const markup = this.format !== 'markdown' || this.#angles === 0
    const mdx = this.format !== 'mdx' || this.#braces === 0
    return this.#backticks % 2 === 0 && this.#brackets <= 0 && markup && mdx && this.#opaque <= 0
  }

  #advance(offset: number): void {
    const slice = this.text.slice(this.#at, offset)
    for (let index = 0; index < slice.length; index++) {
      const code = slice.charCodeAt(index)
      if (code === 96 /* ` */) this.#backticks++
      else if (code === 91 /* [ */) this.#brackets++
      else if (code === 93 /* ] */) this.#brackets--
      else if (code === 60 /* < */) this.#angles++
      else if (code === 62 /* > */) this.#angles = Math.max(0, this.#angles - 1)
      else if (code === 123 /* { */) this.#braces++
      else if (code === 125 /* } */) this.#braces--
    }
    opaqueTag.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = opaqueTag.exec(slice))) this.#opaque += match[1] ? -1 : 1
    this.#at = offset
  }
}
