/**
 * Baselines: findings already recorded are not reported again. A finding is
 * matched by file path, rule id and the exact flagged text, with a count, and
 * never by line number, so editing a post above an old finding does not bring
 * it back, while a new occurrence of the same phrase is still reported.
 *
 * The file is JSON, keys sorted so it diffs well:
 * `{"version": 1, "findings": {"posts/a.md": {"my-directions": {"on my directions": 1}}}}`.
 * Paths are relative to the baseline file's folder, with forward slashes.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {describeError} from './read.js'

export type Baseline = Map<string, Map<string, number>>

/** A baseline file that cannot be read or does not have the expected shape. */
export class BaselineError extends Error {
  constructor(file: string, key: string | undefined, expected: string) {
    super(`Invalid baseline ${file}${key === undefined ? '' : ` at \`${key}\``}: ${expected}`)
    this.name = 'BaselineError'
  }
}

/** Loads a baseline; a missing file is an empty baseline (the first `--update-baseline` creates it). */
export async function loadBaseline(file: string): Promise<Baseline> {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') return new Map()
    throw new BaselineError(file, undefined, `cannot read it (${describeError(error)})`)
  }

  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new BaselineError(file, undefined, `expected JSON (${error instanceof Error ? error.message : String(error)})`)
  }

  if (!isRecord(data)) throw new BaselineError(file, undefined, 'expected an object with `version` and `findings`')
  for (const key of Object.keys(data)) {
    if (key !== 'version' && key !== 'findings') throw new BaselineError(file, key, 'unknown key, expected `version` or `findings`')
  }
  if (data.version !== 1) throw new BaselineError(file, 'version', 'expected 1')
  if (!isRecord(data.findings)) throw new BaselineError(file, 'findings', 'expected an object mapping file paths to rules')

  const baseline: Baseline = new Map()
  for (const [filePath, rules] of Object.entries(data.findings)) {
    if (!isRecord(rules)) throw new BaselineError(file, `findings.${filePath}`, 'expected an object mapping rule ids to texts')
    const entries = new Map<string, number>()
    for (const [ruleId, texts] of Object.entries(rules)) {
      if (!isRecord(texts)) throw new BaselineError(file, `findings.${filePath}.${ruleId}`, 'expected an object mapping flagged texts to counts')
      for (const [actual, count] of Object.entries(texts)) {
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
          throw new BaselineError(file, `findings.${filePath}.${ruleId}.${actual}`, 'expected a whole number of at least 1')
        }
        entries.set(keyOf(ruleId, actual), count)
      }
    }
    baseline.set(filePath, entries)
  }
  return baseline
}

/** The key a baseline uses for a file: relative to the baseline's folder. */
export function baselinePath(baselineFile: string, file: string): string {
  return path.relative(path.dirname(baselineFile), file).split(path.sep).join('/')
}

/** Whether a message can be baselined: a rule finding with its flagged text. */
function recordable(message: VFileMessage): message is VFileMessage & {ruleId: string; actual: string} {
  return message.source === 'retext-selfless' && typeof message.ruleId === 'string' && typeof message.actual === 'string'
}

/** Drops the messages the baseline records for this file (the first N of each rule + text). */
export function applyBaseline(baseline: Baseline, key: string, messages: VFileMessage[]): VFileMessage[] {
  const recorded = baseline.get(key)
  if (!recorded) return [...messages]
  const left = new Map(recorded)
  return messages.filter((message) => {
    if (!recordable(message)) return true
    const entry = keyOf(message.ruleId, message.actual)
    const remaining = left.get(entry) ?? 0
    if (remaining === 0) return true
    left.set(entry, remaining - 1)
    return false
  })
}

/** Serialises the findings of a run as a baseline. */
export function createBaseline(files: Iterable<{key: string; messages: readonly VFileMessage[]}>): string {
  const findings: Record<string, Record<string, Record<string, number>>> = {}
  for (const {key, messages} of files) {
    for (const message of messages) {
      if (!recordable(message)) continue
      const rules = (findings[key] ??= {})
      const texts = (rules[message.ruleId] ??= {})
      texts[message.actual] = (texts[message.actual] ?? 0) + 1
    }
  }
  return JSON.stringify({version: 1, findings: sortKeys(findings)}, null, 2) + '\n'
}

function keyOf(ruleId: string, actual: string): string {
  return ruleId + '\u0000' + actual
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function sortKeys<T>(value: T): T {
  if (!isRecord(value)) return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key])
  return sorted as T
}
