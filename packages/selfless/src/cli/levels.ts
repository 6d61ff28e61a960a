/**
 * Severity levels and exit codes. A message's level comes from `fatal`, the
 * vfile way: `true` error, `false` warning, `undefined` suggestion.
 */
import type {VFileMessage} from 'vfile-message'

export type Level = 'error' | 'warning' | 'suggestion'

export const levels: readonly Level[] = ['error', 'warning', 'suggestion']

export const exitCodes = {
  /** Nothing at or above `--fail-on`. */
  ok: 0,
  /** Findings at or above `--fail-on` (or more warnings than `--max-warnings`). */
  findings: 1,
  /** Usage, config or I/O errors. */
  error: 2
} as const

const rank: Record<Level, number> = {suggestion: 0, warning: 1, error: 2}

export function levelOf(message: Pick<VFileMessage, 'fatal'>): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'suggestion'
}

/** Whether `level` is at or above `threshold`. */
export function atLeast(level: Level, threshold: Level): boolean {
  return rank[level] >= rank[threshold]
}

export interface Counts {
  error: number
  warning: number
  suggestion: number
}

export function count(messages: Iterable<Pick<VFileMessage, 'fatal'>>, into: Counts = {error: 0, warning: 0, suggestion: 0}): Counts {
  for (const message of messages) into[levelOf(message)]++
  return into
}

/**
 * Whether findings fail the run. `--max-warnings` replaces the rule for the
 * warning level, as in ESLint: warnings fail only when there are more than N.
 */
export function fails(counts: Counts, failOn: Level, maxWarnings: number | undefined): boolean {
  if (counts.error > 0) return true
  if (maxWarnings !== undefined && counts.warning > maxWarnings) return true
  if (atLeast('warning', failOn) && maxWarnings === undefined && counts.warning > 0) return true
  return failOn === 'suggestion' && counts.suggestion > 0
}
