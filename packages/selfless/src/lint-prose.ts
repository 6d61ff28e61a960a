/**
 * Lints plain prose (a text block, or a Markdown block without Markdown
 * syntax) by parsing only the ranges retext-selfless's `rangesToCheck` says
 * can hold a finding, and returns block-relative data as `lintBlock` does.
 * The ranges give exactly the whole text's findings: parsing is nearly all
 * of linting's cost, and most sentences cannot be flagged.
 */
import {rangesToCheck, type Options} from 'retext-selfless'
import {nothing, type BlockResult, type RelativeMessage} from './block-result.js'
import {LineIndex} from './line-index.js'
import {lintBlock} from './lint-block.js'
import type {Pipeline} from './pipelines.js'
import {shiftPoint} from './shift-point.js'

/** `pipeline` must parse plain text (retext-english) and run the plugin with `config`. */
export function lintProse(pipeline: Pipeline, text: string, config: Options | null | undefined): BlockResult {
  const ranges = rangesToCheck(text, config)
  if (ranges.length === 0) return nothing
  const only = ranges[0]
  if (ranges.length === 1 && only && only.start === 0 && only.end === text.length) return lintBlock(pipeline, text)

  const lines = new LineIndex(text)
  const messages: RelativeMessage[] = []
  let error: RelativeMessage | undefined
  for (const range of ranges) {
    const result = lintBlock(pipeline, text.slice(range.start, range.end))
    const origin = lines.toPoint(range.start)
    const move = (message: RelativeMessage): RelativeMessage => ({...message, start: shiftPoint(message.start, origin), end: shiftPoint(message.end, origin)})
    if (result.error) error ??= move(result.error)
    for (const message of result.messages) messages.push(move(message))
  }
  return {messages, controls: [], error}
}
