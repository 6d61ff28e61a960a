/**
 * Lints one block on its own and returns plain, block-relative data.
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {BlockResult, RelativeMessage, RelativePoint} from './block-result.js'
import {LineIndex} from './line-index.js'
import type {Pipeline} from './pipelines.js'

export function lintBlock(pipeline: Pipeline, text: string): BlockResult {
  const file = new VFile({value: text})
  try {
    const tree = pipeline.parse(file)
    pipeline.runSync(tree, file)
  } catch (error) {
    // Only MDX parsing throws on odd input (a syntax error); anything else is
    // a bug, which still must not stop the rest of the file from being linted.
    return {messages: [], controls: [], error: failure(error)}
  }
  let lines: LineIndex | undefined
  const messages = file.messages.map(function (message) {
    const result = relative(message)
    const start = result.start?.offset
    const end = result.end?.offset
    const actual = result.actual
    if (start === undefined || end === undefined || !actual || text.slice(start, end) === actual) return result
    const found = realign(text, actual, start)
    if (found !== undefined) {
      lines ??= new LineIndex(text)
      result.start = lines.toPoint(found)
      result.end = lines.toPoint(found + actual.length)
    }
    return result
  })
  return {messages, controls: file.data.selflessControls ?? []}
}

// How far from the reported place `actual` is looked for.
const window = 4096

/**
 * mdast-util-to-nlcst and hast-util-to-nlcst place words by the length of
 * the decoded text, so a character reference (`&amp;`), a backslash escape
 * or a CRLF that parse5 normalises earlier in the same text node shifts
 * every later place. The source is never shorter than the decoded text, so
 * the real place is the first occurrence of `actual` at or after the
 * reported one (or, failing that, the nearest before it).
 */
function realign(text: string, actual: string, reported: number): number | undefined {
  const after = text.indexOf(actual, reported)
  if (after !== -1 && after - reported <= window) return after
  const before = text.lastIndexOf(actual, reported)
  if (before !== -1 && reported - before <= window) return before
  return undefined
}

function relative(message: VFileMessage): RelativeMessage {
  const place = message.place
  let start: RelativePoint | undefined
  let end: RelativePoint | undefined
  if (place && 'start' in place) {
    start = point(place.start)
    end = point(place.end)
  } else if (place) {
    start = point(place)
  }
  return {
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url,
    start,
    end
  }
}

function point(value: {line: number; column: number; offset?: number | undefined}): RelativePoint | undefined {
  return typeof value.offset === 'number' ? {line: value.line, column: value.column, offset: value.offset} : undefined
}

function failure(error: unknown): RelativeMessage {
  const isParse = error instanceof Error && 'place' in error && 'ruleId' in error
  const detail = error instanceof Error ? (isParse && 'reason' in error ? String(error.reason) : error.message) : String(error)
  const found = isParse ? relative(error as VFileMessage) : undefined
  return {
    reason: isParse ? `Cannot parse this block, so it was not checked: ${detail}` : `Internal error while checking this block: ${detail}`,
    ruleId: isParse ? 'parse-error' : 'internal-error',
    source: 'selfless',
    fatal: true,
    actual: undefined,
    expected: undefined,
    note: undefined,
    url: undefined,
    start: found?.start,
    end: found?.end
  }
}
