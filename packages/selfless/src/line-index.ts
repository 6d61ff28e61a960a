/**
 * Offsets to line/column points and back, for one string. Line endings are
 * `\n`, `\r\n` and a lone `\r`, as micromark and parse-latin count them.
 */
export interface Point {
  line: number
  column: number
  offset: number
}

const lineEnding = /\r\n?|\n/g

export class LineIndex {
  /** Offset at which each line starts; the first is always 0. */
  readonly starts: number[] = [0]

  constructor(readonly text: string) {
    lineEnding.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = lineEnding.exec(text))) this.starts.push(match.index + match[0].length)
  }

  /** The point at `offset` (clamped into the text). */
  toPoint(offset: number): Point {
    const at = Math.max(0, Math.min(offset, this.text.length))
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.starts[middle] ?? 0) <= at) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: at - (this.starts[low] ?? 0) + 1, offset: at}
  }
}
