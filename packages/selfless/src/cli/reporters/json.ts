/**
 * Machine-readable report: one entry per file with its messages in the
 * message contract's terms (plus `level` and 1-based positions).
 */
import type {VFileMessage} from 'vfile-message'
import {levelOf} from '../levels.js'
import {type Reporter, suppressionsOf} from './types.js'

export const json: Reporter = (files, context) => {
  const report = files.map((file) => {
    const entry: Record<string, unknown> = {path: file.path, messages: file.messages.map(toJson)}
    if (context.suppressions) entry.suppressions = suppressionsOf(file)
    return entry
  })
  return JSON.stringify(report, null, 2) + '\n'
}

function toJson(message: VFileMessage): Record<string, unknown> {
  return {
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    level: levelOf(message),
    reason: message.reason,
    line: message.place && 'start' in message.place ? message.place.start.line : (message.line ?? null),
    column: message.place && 'start' in message.place ? message.place.start.column : (message.column ?? null),
    endLine: message.place && 'end' in message.place ? message.place.end.line : null,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
    actual: message.actual ?? null,
    expected: message.expected ?? [],
    note: message.note ?? null,
    url: message.url ?? null
  }
}
