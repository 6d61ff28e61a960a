/**
 * `--fix` and `--fix-dry-run`: the API's `applyFixes` replaces exactly each
 * fixable finding's span with its first `expected` rewrite; this module only
 * decides what to do with the result (write atomically, or show a diff).
 */
import type {VFileMessage} from 'vfile-message'
import {applyFixes} from '../index.js'

export interface FixResult {
  /** The fixed text (equal to the input when nothing applied). */
  text: string
  applied: number
}

export function fixText(text: string, messages: readonly VFileMessage[]): FixResult {
  const {text: fixed, applied} = applyFixes(text, messages)
  return {text: fixed, applied: applied.length}
}

/** A unified diff of one file, with `a/` and `b/` prefixes as git prints them. */
export async function unifiedDiff(path: string, before: string, after: string): Promise<string> {
  const {createTwoFilesPatch} = await import('diff')
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: {includeIndex: false, includeUnderline: false, includeFileHeaders: true}
  })
}
