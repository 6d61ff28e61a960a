/**
 * Blocks: the unit that is parsed, linted and cached. A block is a run of
 * whole lines between blank lines; format-specific splitters only decide
 * where a blank line must NOT end a block (inside fenced code, front matter,
 * HTML comments or raw-text elements, …).
 */
export interface Block {
  /** The text handed to the parser (same length as the source slice). */
  text: string
  /** Offset of the block's first character in the whole file. */
  offset: number
  /** 1-based line of the block's first line in the whole file. */
  line: number
  /** 1-based column of the block's first character (1 except for pieces of a huge block). */
  column: number
  /** Offset just after the block's last character in the whole file. */
  end: number
  /** Whether this is the file's first block (front matter may only be there). */
  first: boolean
}

/** One line of the source: where it starts, where its content ends. */
export interface Line {
  start: number
  end: number
  text: string
}

const lineEnding = /\r\n?|\n/g

export function splitLines(value: string): Line[] {
  const lines: Line[] = []
  let start = 0
  lineEnding.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = lineEnding.exec(value))) {
    lines.push({start, end: match.index, text: value.slice(start, match.index)})
    start = match.index + match[0].length
  }
  lines.push({start, end: value.length, text: value.slice(start)})
  return lines
}

export function isBlank(text: string): boolean {
  return /^[ \t\f\v]*$/.test(text)
}

/**
 * Groups lines into blocks. `inside(index)` is called for every non-blank
 * line, in order, and returns whether a construct is still open after it (a
 * blank line then does not end the block). `prepare(block, index)` may
 * rewrite the block's text, keeping its length.
 */
export function group(
  value: string,
  lines: readonly Line[],
  inside: (index: number, startsBlock: boolean) => boolean,
  prepare?: (text: string, firstLine: number) => string
): Block[] {
  const blocks: Block[] = []
  let first = -1
  let last = -1
  let open = false

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    if (isBlank(line.text)) {
      if (first !== -1 && !open) {
        emit()
        first = -1
      }
      continue
    }
    const starts = first === -1
    if (starts) first = index
    last = index
    open = inside(index, starts)
  }
  if (first !== -1) emit()
  return blocks

  function emit(): void {
    const start = (lines[first] as Line).start
    const end = (lines[last] as Line).end
    const text = value.slice(start, end)
    blocks.push({
      text: prepare ? prepare(text, first) : text,
      offset: start,
      line: first + 1,
      column: 1,
      end,
      // Front matter is only front matter at the very start of the file.
      first: start === 0
    })
  }
}

/** Plain text: every blank line ends a block. */
export function splitText(value: string): Block[] {
  return group(value, splitLines(value), () => false)
}
