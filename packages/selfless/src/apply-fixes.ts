/**
 * `applyFixes`: rewrites the text a finding flagged with its first
 * suggestion, for rules the catalogue marks `fixable` only.
 *
 * A fix is applied only when the text at the message's place is still
 * exactly `actual` (so stale messages do nothing), fixes that overlap one
 * already applied are skipped, and nothing outside a finding changes. Running
 * it again on the result with fresh messages changes nothing, because a
 * fixed text no longer triggers the rule.
 */
import {rules} from 'retext-selfless'
import type {VFileMessage} from 'vfile-message'

const fixable = new Set<string>(rules.filter((rule) => rule.fixable).map((rule) => rule.id))

export interface AppliedFixes {
  /** The text with every applicable fix made. */
  text: string
  /** The messages whose fix was made, in document order. */
  applied: VFileMessage[]
}

interface Candidate {
  message: VFileMessage
  start: number
  end: number
  replacement: string
}

export function applyFixes(text: string, messages: readonly VFileMessage[]): AppliedFixes {
  const candidates: Candidate[] = []
  for (const message of messages) {
    const candidate = toCandidate(text, message)
    if (candidate) candidates.push(candidate)
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end)

  const applied: VFileMessage[] = []
  const parts: string[] = []
  let cursor = 0
  for (const candidate of candidates) {
    if (candidate.start < cursor) continue
    parts.push(text.slice(cursor, candidate.start), candidate.replacement)
    cursor = candidate.end
    applied.push(candidate.message)
  }
  parts.push(text.slice(cursor))
  return {text: applied.length === 0 ? text : parts.join(''), applied}
}

function toCandidate(text: string, message: VFileMessage): Candidate | undefined {
  if (message.source !== 'retext-selfless' || !message.ruleId || !fixable.has(message.ruleId)) return undefined
  const replacement = message.expected?.[0]
  const actual = message.actual
  const place = message.place
  if (typeof replacement !== 'string' || typeof actual !== 'string' || actual === '') return undefined
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (typeof start !== 'number' || typeof end !== 'number' || start < 0 || end > text.length) return undefined
  if (text.slice(start, end) !== actual || replacement === actual) return undefined
  return {message, start, end, replacement}
}
