/**
 * What every reporter receives: the linted files (paths relative to the
 * working folder, messages already filtered by `--quiet` and the baseline)
 * and the run's settings. A reporter returns the whole report as a string.
 */
import type {VFile} from 'vfile'

export interface Suppression {
  ruleIds: string[] | 'all'
  kind: 'disable' | 'enable' | 'ignore'
  reason: string | undefined
  line: number
  column: number
}

export interface ReportContext {
  /** Show notes and rule pages (`--why`). */
  why: boolean
  /** ANSI colours in the stylish report. */
  color: boolean
  /** Hide files without messages (`--quiet`). */
  quiet: boolean
  /** Include inline suppressions (`--report-suppressions`). */
  suppressions: boolean
  /** This package's version, for tool metadata (read only when a reporter asks). */
  version: () => string
}

export type Reporter = (files: readonly VFile[], context: ReportContext) => string

/** The inline suppressions the API recorded on a file (`enable` comments end one, so they are not listed). */
export function suppressionsOf(file: VFile): Suppression[] {
  const value = (file.data as {selflessSuppressions?: unknown}).selflessSuppressions
  return Array.isArray(value) ? (value as Suppression[]).filter((entry) => entry.kind !== 'enable') : []
}

/** `my-directions, personally` or `all rules`. */
export function describeRules(ruleIds: Suppression['ruleIds']): string {
  return ruleIds === 'all' ? 'all rules' : ruleIds.join(', ')
}
