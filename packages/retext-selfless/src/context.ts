/**
 * Options compiled once per attach into what the rules read while matching.
 */
import type {Options, RuleSetting, Speaker} from './options.js'
import {normalize, withoutPossessive} from './tokens.js'

export interface Context {
  speaker: Speaker
  /** The institution named in options, if any. */
  institution: string | undefined
  /** Configured officials' names and extra titles, as lowercase word lists. */
  officialNames: ReadonlyArray<readonly string[]>
  /** Configured handles, lowercased, without `@`. */
  officialHandles: ReadonlySet<string>
  /** Allowed phrases, normalised. */
  allow: readonly string[]
  rules: Readonly<Record<string, RuleSetting>>
  quotes: boolean
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu

/** Splits a phrase into lowercase words the way tokens are compared. */
export function phraseWords(value: string): string[] {
  return (normalize(value).match(wordPattern) ?? []).map((word) => withoutPossessive(word.replace(/\.$/, '')))
}

export function createContext(options: Options): Context {
  const officialNames: string[][] = []
  const officialHandles = new Set<string>()

  for (const official of options.officials ?? []) {
    if (typeof official === 'string') {
      officialNames.push(phraseWords(official))
      continue
    }
    if (official.name) officialNames.push(phraseWords(official.name))
    for (const title of official.titles ?? []) officialNames.push(phraseWords(title))
    for (const handle of official.handles ?? []) officialHandles.add(normalize(handle.replace(/^@/, '')))
  }

  return {
    speaker: options.speaker ?? 'department',
    institution: options.institution ?? undefined,
    officialNames: officialNames.filter((words) => words.length > 0),
    officialHandles,
    allow: (options.allow ?? []).map((phrase) => phraseWords(phrase).join(' ')).filter(Boolean),
    rules: {...options.rules},
    quotes: options.quotes ?? false
  }
}
