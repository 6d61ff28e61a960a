/**
 * A sentence as the rules see it: tokens plus the text between them.
 */
import type {Sentence as SentenceNode, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {tokenize, type Token} from './tokens.js'

export class Sentence {
  readonly node: SentenceNode
  readonly tokens: readonly Token[]
  #previous: Sentence | SentenceNode | undefined

  constructor(node: SentenceNode, tokens: readonly Token[], previous: Sentence | SentenceNode | undefined) {
    this.node = node
    this.tokens = tokens
    this.#previous = previous
  }

  /**
   * The sentence before this one in the same paragraph, if any (for "he"
   * after a sentence that names the official). The plugin skips sentences
   * without triggers, so that one is tokenized here, only when asked.
   */
  get previous(): Sentence | undefined {
    const previous = this.#previous
    if (previous === undefined || previous instanceof Sentence) return previous
    const sentence = new Sentence(previous, tokenize(previous, {open: false}), undefined)
    this.#previous = sentence
    return sentence
  }

  get length(): number {
    return this.tokens.length
  }

  /** Lowercased text of the token at `index`, or `''` outside the sentence. */
  lower(index: number): string {
    return this.tokens[index]?.lower ?? ''
  }

  /** Whether the token at `index` is a word whose lowercase form is in `words`. */
  is(index: number, words: ReadonlySet<string> | string): boolean {
    const token = this.tokens[index]
    if (!token || (token.kind !== 'word' && token.kind !== 'number')) return false
    return typeof words === 'string' ? token.lower === words : words.has(token.lower)
  }

  /** Whether the token at `index` is a word starting with a capital letter. */
  capitalized(index: number): boolean {
    const token = this.tokens[index]
    return token?.kind === 'word' && /^\p{Lu}/u.test(token.text)
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
