/**
 * A sentence as the rules see it: tokens plus the text between them.
 */
import type {Sentence as SentenceNode, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {tokenize, type Token} from './tokens.js'

/**
 * A sentence the prefilter found no possible match in, kept as a later
 * sentence's `previous` with what tokenizing it there would have needed:
 * the quote state it started with and the sentence before it.
 */
export class DeferredSentence {
  readonly node: SentenceNode
  readonly open: boolean
  readonly previous: Previous | undefined

  constructor(node: SentenceNode, open: boolean, previous: Previous | undefined) {
    this.node = node
    this.open = open
    this.previous = previous
  }
}

/**
 * How many sentences before the one being checked a rule may read (through
 * `previous`, in the same paragraph). `rangesToCheck` relies on it: a range
 * holding a possible finding starts this many sentences earlier.
 */
export const lookBack = 3

/** What a sentence knows of the one before it. */
export type Previous = Sentence | DeferredSentence | SentenceNode

export class Sentence {
  readonly node: SentenceNode
  readonly tokens: readonly Token[]
  #previous: Previous | undefined

  constructor(node: SentenceNode, tokens: readonly Token[], previous: Previous | undefined) {
    this.node = node
    this.tokens = tokens
    this.#previous = previous
  }

  /**
   * The sentence before this one in the same paragraph, if any (for "he"
   * after a sentence that names the official). The plugin skips sentences
   * without triggers, so that one is tokenized here, only when asked: a
   * sentence without any trigger as if it opened the paragraph (no quote
   * state, nothing before it), a deferred one as it would have been in place.
   */
  get previous(): Sentence | undefined {
    const previous = this.#previous
    if (previous === undefined || previous instanceof Sentence) return previous
    const sentence =
      previous instanceof DeferredSentence
        ? new Sentence(previous.node, tokenize(previous.node, {open: previous.open}), previous.previous)
        : new Sentence(previous, tokenize(previous, {open: false}), undefined)
    this.#previous = sentence
    return sentence
  }

  get length(): number {
    return this.tokens.length
  }

  /**
   * The token at `index`, or `undefined` outside the sentence. Rules read
   * around their trigger without checking bounds; an array read at a
   * negative index is a slow property lookup in V8, so it is checked here.
   */
  at(index: number): Token | undefined {
    return index >= 0 && index < this.tokens.length ? this.tokens[index] : undefined
  }

  /** Lowercased text of the token at `index`, or `''` outside the sentence. */
  lower(index: number): string {
    return this.at(index)?.lower ?? ''
  }

  /** Whether the token at `index` is a word whose lowercase form is in `words`. */
  is(index: number, words: ReadonlySet<string> | string): boolean {
    const token = this.at(index)
    if (!token || (token.kind !== 'word' && token.kind !== 'number')) return false
    return typeof words === 'string' ? token.lower === words : words.has(token.lower)
  }

  /** Whether the token at `index` is a word starting with a capital letter. */
  capitalized(index: number): boolean {
    const token = this.at(index)
    if (token?.kind !== 'word') return false
    // ASCII first letters, nearly all of them, without the Unicode regex.
    const code = token.text.charCodeAt(0)
    if (code < 128) return code >= 65 && code <= 90
    return /^\p{Lu}/u.test(token.text)
  }

  /** The source text from token `start` up to, not including, token `end`. */
  text(start: number, end: number): string {
    const first = this.tokens[start]
    const last = this.tokens[end - 1]
    if (!first || !last) return ''
    let value = ''
    for (let at = first.first; at <= last.last; at++) {
      value += toString(this.node.children[at] as SentenceContent)
    }
    return value
  }

}
