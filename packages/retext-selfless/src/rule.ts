/**
 * What a rule is. A rule is anchored on trigger words: the plugin looks each
 * word of a sentence up in one map built at module load, and calls a rule's
 * `check` only where one of its triggers stands. That keeps the cost per word
 * flat however many rules there are.
 */
import type {Context} from './context.js'
import {titles} from './lexicon/titles.js'
import type {Severity} from './options.js'
import type {Sentence} from './sentence.js'
import type {SourceId} from './sources.js'
import type {TokenKind} from './tokens.js'

/**
 * A companion that stands for any official reference: a rule that needs one
 * in the sentence (`officialAt`, `officialBefore`) lists it with its words.
 */
export const anyOfficial = '<official>'

/**
 * The lowercase words that can start an official reference from the title
 * list (`titleAt`): a title's first word, or an abbreviation with or without
 * `'s` (abbreviations count only in capitals, so this is a superset).
 */
export const officialWords: readonly string[] = titles.flatMap((title) => [
  title.words[0] as string,
  ...(title.abbreviations ?? []).flatMap((abbreviation) => [abbreviation.toLowerCase(), abbreviation.toLowerCase() + "'s"])
])

export type Category = 'self-credit' | 'cameo' | 'personal-branding'

export interface RuleMeta {
  /** Stable kebab-case id; renaming one is a breaking change. */
  id: string
  category: Category
  /** Default severity; a low-confidence finding is lowered to `suggestion`. */
  severity: Severity
  /** One line, for rule indexes and hovers. */
  summary: string
  /** Why it matters, naming the guidance (becomes each message's `note`). */
  note: string
  /** The guidance the rule rests on. */
  sources: readonly SourceId[]
  /** Whether a finding's first `expected` is safe to apply without review. */
  fixable: boolean
}

export interface Finding {
  /** Token indices in the sentence: first flagged token and one past the last. */
  start: number
  end: number
  /** Message reason; written for the writer, naming the flagged text. */
  reason: string
  /** Institutional rewrites of exactly the flagged text, best first. */
  expected: string[]
  /** A weak signal is reported as a suggestion. */
  confidence?: 'high' | 'low'
}

/**
 * A `reach` with a bound per side: at most `before` tokens from a companion
 * before the trigger, at most `after` to one after it (0 when on that side
 * only the trigger itself can be its companion).
 */
export interface Reach {
  before: number
  after: number
}

/**
 * Words that must stand next to some of a rule's triggers (see
 * `Rule.guards`). In `before` and `after`, '' stands for no word at all
 * (punctuation, a symbol or the edge of the sentence).
 */
export interface Guard {
  /** Lowercased triggers of the rule. */
  triggers: readonly string[]
  /** Lowercased words one of which is the token right before the trigger. */
  before?: readonly string[]
  /** Or endings one of which that token has ("'s": any possessive). */
  beforeEndings?: readonly string[]
  /** Or beginnings one of which that token has (the ten digits: any number). */
  beforeStarts?: readonly string[]
  /** Lowercased words one of which is the token right after the trigger. */
  after?: readonly string[]
  /** Or endings one of which that token has ("ed", "ing"). */
  afterEndings?: readonly string[]
}

/**
 * Words that must stand next to some of a rule's companions (see
 * `Rule.companionGuards`); the sides read as in `Guard`.
 */
export interface CompanionGuard extends Omit<Guard, 'triggers'> {
  /** Lowercased companions of the rule. */
  companions: readonly string[]
}

export interface Rule extends RuleMeta {
  /** Lowercased words at which `check` is called. */
  triggers?: readonly string[]
  /** Token kinds (e.g. `hashtag`) at which `check` is called. */
  kinds?: readonly TokenKind[]
  /**
   * Words at least one of which stands (as a token) in every sentence the rule
   * can flag: the plugin skips building tokens for a sentence whose only
   * triggers belong to rules none of whose companions it holds. Derive them
   * from the rule's own lexicons, so they are right by construction; a
   * trigger that flags on its own is its own companion. `anyOfficial` stands
   * for every word that can start an official reference (titles, their
   * abbreviations, configured officials' names).
   */
  companions?: readonly string[]
  /**
   * How many tokens at most stand between the trigger `check` is called at
   * and the nearest companion, in every finding the rule can return (0 when
   * the trigger is a companion itself). Then the plugin runs the rule only
   * where a trigger and a companion stand that close, not anywhere in the
   * sentence. It must be proven from `check`, path by path (each loop and
   * offset that separates the two words), not read off examples: a reach
   * too small loses findings silently. test/reach.test.ts holds each rule's
   * worst case. For `anyOfficial`, the companion is the first word of the
   * title (or its abbreviation); configured officials' names are not known
   * to the prefilter, so with configured officials a rule that needs one
   * runs wherever its triggers stand, whatever its reach.
   *
   * A number bounds both sides; `{before, after}` bounds a companion before
   * the trigger and one after it apart, for a rule whose companions stand
   * on one side in nearly every path ("took … to task": only before).
   */
  reach?: number | Reach
  /**
   * Triggers at which `check` can flag only between certain words: in every
   * finding the rule returns when called at one of a guard's `triggers`, the
   * token right before that trigger is one of `before` (or has one of
   * `beforeEndings`) and the token right after it one of `after` (or has one
   * of `afterEndings`); a side left out may be anything. Several guards on
   * one trigger are alternatives, one per path of `check`. The plugin then
   * counts such a trigger for the rule only where those words stand next to
   * it, so "public interest" does not make it tokenize a sentence for the
   * rule that flags "on the special interest of DC X". Like `reach`, a guard
   * must be proven from `check` (the first tests on each path that can only
   * pass with that word there); test/guards.test.ts holds every finding to
   * it. A rule without companions can have guards only on triggers that no
   * other such rule has.
   */
  guards?: readonly Guard[]
  /**
   * Companions that count only between certain words, as `guards` do for
   * triggers: in every finding the rule returns, a companion within reach
   * either has no guard here or meets one of its guards ("of the country"
   * makes "first" a claim; "our country" never does). Only a rule with a
   * `reach` can have them: `scan` reads them on the words it records for
   * reach. Each is proven from `check` like a guard; test/guards.test.ts
   * holds every finding to them.
   */
  companionGuards?: readonly CompanionGuard[]
  /** Whether the rule reads quoted text even when the `quotes` option is off. */
  readsQuotes?: boolean
  check(sentence: Sentence, index: number, context: Context): Finding | undefined
}
