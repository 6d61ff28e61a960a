/**
 * Turns an nlcst sentence into a flat list of tokens the rules read.
 *
 * retext-english splits social-media units apart (`#TeamDC` is a symbol and a
 * word, a URL is a dozen words and punctuation marks). Rules must see a
 * hashtag, a mention or a URL as one unit, and must never read a URL as prose,
 * so this module regroups each run of non-whitespace nodes first. It is one
 * linear pass over the sentence's children.
 */
import type {Sentence as SentenceNode, SentenceContent, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'

export type TokenKind =
  | 'word'
  | 'number'
  | 'hashtag'
  | 'mention'
  | 'url'
  | 'email'
  | 'emoji'
  | 'punctuation'
  | 'symbol'

export interface Token {
  kind: TokenKind
  /** The text as written. */
  text: string
  /** Lowercased, with typographic apostrophes made straight. */
  lower: string
  /** Index of the first and last nlcst child of the sentence this token covers. */
  first: number
  last: number
  /** Whether whitespace comes right before this token. */
  spaced: boolean
  /** Inside quotation marks. */
  quoted: boolean
}

export interface QuoteState {
  /** Open double quotes carried over from an earlier sentence of the paragraph. */
  open: boolean
}

const urlStart = /^(?:[a-z][a-z\d+.-]{1,15}:\/\/|www\.)/i
const emojiLike = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u
const digits = /^[\d.,:/-]+$/
// Trailing marks that end a sentence or clause rather than belong to a unit.
const trailing = /^[.,;:!?)\]}"'”’»…]+$/
const doubleOpen = new Set(['“', '«', '„'])
const doubleClose = new Set(['”', '»'])

/** Lowercase and straighten apostrophes, so lexicons need one spelling. */
export function normalize(value: string): string {
  // Most words are already lowercase ASCII; V8's toLowerCase takes a slow
  // path on two-byte strings (any text with a curly quote), so skip it then.
  let plain = true
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if ((code >= 65 && code <= 90) || code > 127) {
      plain = false
      break
    }
  }
  if (plain) return value
  const lower = value.toLowerCase()
  return lower.includes('’') || lower.includes('‘') ? lower.replaceAll('’', "'").replaceAll('‘', "'") : lower
}

/**
 * `word` without a final possessive `'s` or `’s` ("DC's" → "DC"). Rules
 * call this for many tokens; a character check costs less than a regex.
 */
export function withoutPossessive(word: string): string {
  const length = word.length
  if (length < 2 || word.charCodeAt(length - 1) !== 115 /* s */) return word
  const mark = word.charCodeAt(length - 2)
  return mark === 39 || mark === 0x2019 ? word.slice(0, -2) : word
}

/** Whether `word` ends in a possessive `'s` or `’s`. */
export function isPossessive(word: string): boolean {
  return withoutPossessive(word) !== word
}

/** The text of a node; the common one-text-child word without recursion. */
export function textOf(node: SentenceContent): string {
  // Type checks, not `'value' in node`: this runs for every word, and
  // property probes across node shapes are slow in V8.
  return node.type === 'WordNode' ? wordText(node) : node.value
}

/** The text of a word: usually its one text node. */
export function wordText(word: Word): string {
  const children = word.children
  if (children.length === 1) {
    const only = children[0] as Word['children'][number]
    if (only.type === 'TextNode') return only.value
  }
  return toString(word)
}

// Words that can start a URL when followed by ":" ("https", "mailto") or "www.".
const schemes = new Set(['http', 'https', 'ftp', 'ftps', 'mailto', 'file', 'www'])
// Their first letters as lowercase codes: most words are ruled out before lowercasing.
const schemeStarts = new Set([...schemes].map((scheme) => scheme.charCodeAt(0)))

/**
 * Whether `text` is a word that can start a URL ("https", "www"), in any
 * case. Lowercasing keeps the length of any word that could equal a scheme,
 * so most words are ruled out without allocating a lowercase copy.
 */
export function isScheme(text: string): boolean {
  return text.length >= 3 && text.length <= 6 && schemeStarts.has(text.charCodeAt(0) | 32) && schemes.has(text.toLowerCase())
}

export function tokenize(sentence: SentenceNode, quotes: QuoteState): Token[] {
  const children = sentence.children
  const tokens: Token[] = []
  let index = 0

  while (index < children.length) {
    const child = children[index] as SentenceContent
    if (child.type === 'WhiteSpaceNode') {
      index++
      continue
    }

    const spaced = index === 0 || children[index - 1]?.type === 'WhiteSpaceNode'
    let end = index
    while (end + 1 < children.length && children[end + 1]?.type !== 'WhiteSpaceNode') end++

    const unit = end > index ? readUnit(children, index, end) : undefined
    if (unit) {
      tokens.push(makeToken(unit.kind, children, index, unit.last, spaced))
      for (let rest = unit.last + 1; rest <= end; rest++) {
        tokens.push(makeNodeToken(children, rest, false))
      }
    } else {
      for (let at = index; at <= end; at++) {
        tokens.push(makeNodeToken(children, at, at === index ? spaced : false))
      }
    }

    index = end + 1
  }

  markQuotes(tokens, quotes)
  return tokens
}

/** A hashtag, mention, URL or e-mail address starting at `start`, if any. */
function readUnit(
  children: SentenceContent[],
  start: number,
  end: number
): {kind: TokenKind; last: number} | undefined {
  const head = children[start] as SentenceContent
  const headText = textOf(head)

  if ((headText === '#' || headText === '@') && children[start + 1]?.type === 'WordNode') {
    return {kind: headText === '#' ? 'hashtag' : 'mention', last: lastBeforeTrailing(children, start + 1, end)}
  }
  if (head.type !== 'WordNode') return undefined

  // Only a chunk that starts with a scheme word, or has an "@" inside, is read whole.
  const scheme = isScheme(headText)
  let at = start + 1
  if (!scheme) {
    while (at <= end && textOf(children[at] as SentenceContent) !== '@') at++
    if (at > end) return undefined
  }

  let chunk = ''
  for (let index = start; index <= end && chunk.length < 64; index++) chunk += textOf(children[index] as SentenceContent)
  if (scheme && urlStart.test(chunk)) return {kind: 'url', last: lastBeforeTrailing(children, start, end)}
  if (!scheme && /^[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(chunk)) {
    return {kind: 'email', last: lastBeforeTrailing(children, start, end)}
  }

  return undefined
}

function lastBeforeTrailing(children: SentenceContent[], from: number, end: number): number {
  let last = end
  while (last > from && trailing.test(textOf(children[last] as SentenceContent))) last--
  return last
}

function makeNodeToken(children: SentenceContent[], at: number, spaced: boolean): Token {
  const node = children[at] as SentenceContent
  const text = textOf(node)
  let kind: TokenKind
  if (node.type === 'WordNode') {
    const code = text.charCodeAt(0)
    kind = code >= 48 && code <= 57 && digits.test(text) ? 'number' : 'word'
  }
  else if (node.type === 'PunctuationNode') kind = 'punctuation'
  else kind = emojiLike.test(text) ? 'emoji' : 'symbol'
  return {kind, text, lower: normalize(text), first: at, last: at, spaced, quoted: false}
}

function makeToken(
  kind: TokenKind,
  children: SentenceContent[],
  first: number,
  last: number,
  spaced: boolean
): Token {
  let text = ''
  for (let at = first; at <= last; at++) text += textOf(children[at] as SentenceContent)
  return {kind, text, lower: normalize(text), first, last, spaced, quoted: false}
}

/**
 * Marks tokens inside quotation marks. Curly and guillemet quotes pair by
 * direction; straight double quotes toggle. Double quotes may run across the
 * sentences of a paragraph (a quoted statement). A straight or curly single
 * quote counts only when it pairs within the sentence, because the same mark
 * is an apostrophe in `officers' mess`.
 */
function markQuotes(tokens: Token[], quotes: QuoteState): void {
  let open = quotes.open
  let single = -1

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.kind === 'punctuation') {
      const mark = token.text
      if (mark === '"') {
        token.quoted = open
        open = !open
        continue
      }
      if (doubleOpen.has(mark)) {
        open = true
        continue
      }
      if (doubleClose.has(mark)) {
        token.quoted = open
        open = false
        continue
      }
      if ((mark === "'" || mark === '‘') && token.spaced && single === -1 && !open) {
        single = index
        continue
      }
      if ((mark === "'" || mark === '’') && single !== -1 && !token.spaced) {
        for (let at = single; at <= index; at++) (tokens[at] as Token).quoted = true
        single = -1
        continue
      }
    }
    token.quoted = open
  }

  quotes.open = open
}
