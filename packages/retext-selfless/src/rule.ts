/**
 * What a rule is. A rule is anchored on trigger words: the plugin looks each
 * word of a sentence up in one map built at module load, and calls a rule's
 * `check` only where one of its triggers stands. That keeps the cost per word
 * flat however many rules there are.
 */
import type {Context} from './context.js'
import type {Severity} from './options.js'
import type {Sentence} from './sentence.js'
import type {SourceId} from './sources.js'
import type {TokenKind} from './tokens.js'

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

export interface Rule extends RuleMeta {
  /** Lowercased words at which `check` is called. */
  triggers?: readonly string[]
  /** Token kinds (e.g. `hashtag`) at which `check` is called. */
  kinds?: readonly TokenKind[]
  /** Whether the rule reads quoted text even when the `quotes` option is off. */
  readsQuotes?: boolean
  check(sentence: Sentence, index: number, context: Context): Finding | undefined
}
