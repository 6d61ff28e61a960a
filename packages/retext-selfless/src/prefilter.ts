/**
 * Checks on raw text, before any parsing, of whether the plugin could flag
 * anything in it (`mayFlag`) and, for plain text, which parts of it need
 * parsing at all (`rangesToCheck`, see check-ranges.ts).
 *
 * Every rule is anchored on a trigger word, a hashtag, a mention or an
 * emoji, and a rule with companions flags only in a sentence that also holds
 * one of them. So text without a hashtag, mention or emoji, and without a
 * strong trigger or a trigger and companion of one rule, cannot be flagged,
 * and callers that lint many short texts (an account's history, the blocks
 * of a long document) can skip parsing it. The answers err towards "may":
 * they are only "no" where no finding is possible.
 */
import type {Options} from './options.js'
import {armed, byKind, lowerBits, lowerBitsAt, noBits, officialMask, wordSlotAt, type WordBits} from './trigger-bits.js'

/** What a hashtag, mention or emoji counts as: every bit, so always armed. */
const all: WordBits = {own: -1, companions: -1}

const readsMarks = byKind.has('hashtag') || byKind.has('mention')
const readsEmoji = byKind.has('emoji')

/**
 * A run of the characters triggers and companions are made of: ASCII letters
 * and digits (and the Kelvin sign, which lowercases to `k`) with the
 * joiners retext keeps inside words ("photo-op", "i've", "d.c.", "j&k").
 * Any other character ends a run. retext-english may cut a run into words
 * at any joiner, so every stretch of it from a start, a joiner or just after
 * one, to an end, a joiner or just before one, is looked up (see `runBits`).
 * Runs are found by a loop over character codes rather than a regular
 * expression: no string is made for a word the shape filter rejects.
 */
const isJoiner = (code: number): boolean =>
  code === 39 || code === 0x2019 || code === 0x2018 || code === 46 || code === 45 || code === 95 || code === 38
const isLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 0x212a
for (const key of lowerBits.keys()) {
  if (!/^[a-z0-9'.\-_&]+$/.test(key)) throw new Error(`Prefilter keys must be made of run characters: ${key}`)
}
const marks = /[#@]|\p{Extended_Pictographic}|\p{Regional_Indicator}/gu
// A cheap first look for marks (no Unicode property lookups): `#`, `@`, and
// every code unit an emoji can start with (© and ® are pictographs too).
const markLike = /[#@\u00a9\u00ae\u203c-\uffff]/

/** More cuts than this in one run (a long dotted name or a row of dashes): assume anything. */
const maxCuts = 24

/**
 * The bits that decide whether a rule may run (see trigger-bits.ts): with
 * configured officials, rules that need an official run wherever their
 * triggers stand.
 */
export function armedMaskFor(options: Options | null | undefined): number {
  return (options?.officials?.length ?? 0) > 0 ? officialMask : 0
}

/**
 * Calls `visit` with the offset and bits of every word, hashtag, mention or
 * emoji in `text` that could count for some rule, in order of offset.
 */
export function forEachSignal(text: string, visit: (offset: number, bits: WordBits) => void): void {
  const signals: Array<[number, WordBits]> = []
  if ((readsMarks || readsEmoji) && markLike.test(text)) {
    for (const match of text.matchAll(marks)) {
      const isMark = match[0] === '#' || match[0] === '@'
      if (isMark ? readsMarks : readsEmoji) signals.push([match.index, all])
    }
  }
  let next = 0
  const length = text.length
  let index = 0
  while (index < length) {
    let code = text.charCodeAt(index)
    if (!isLetter(code) && !isJoiner(code)) {
      index++
      continue
    }
    const start = index
    let letters = false
    let joined = false
    while (index < length) {
      code = text.charCodeAt(index)
      if (isLetter(code)) letters = true
      else if (isJoiner(code)) joined = true
      else break
      index++
    }
    // "...", "--": no word at all.
    if (!letters) continue
    const bits = joined ? runBits(text, start, index) : lookup(text, start, index)
    if (bits === noBits) continue
    // Marks found earlier come first, so the visits stay in offset order.
    while (next < signals.length && (signals[next] as [number, WordBits])[0] < start) {
      const [offset, markBits] = signals[next++] as [number, WordBits]
      visit(offset, markBits)
    }
    visit(start, bits)
  }
  while (next < signals.length) {
    const [offset, markBits] = signals[next++] as [number, WordBits]
    visit(offset, markBits)
  }
}

/**
 * Whether the plugin, with these options, could flag anything in `text`:
 * `false` only where no sentence of it can hold a finding, however the text
 * is cut into sentences.
 */
export function mayFlag(text: string, options?: Options | null | undefined): boolean {
  const mask = armedMaskFor(options)
  let own = 0
  let companions = 0
  let found = false
  forEachSignal(text, function (_, bits) {
    own |= bits.own
    companions |= bits.companions
    if (!found && armed(own, companions, mask)) found = true
  })
  return found
}

/** The bits of the run `text.slice(start, end)`, which has joiners: of every stretch of it that may be a word (see `isJoiner`). */
function runBits(text: string, start: number, end: number): WordBits {
  // Where a word may start or end: the ends, and on both sides of each joiner.
  const cuts = [start]
  for (let index = start; index < end; index++) {
    if (!isJoiner(text.charCodeAt(index))) continue
    if (cuts[cuts.length - 1] !== index) cuts.push(index)
    cuts.push(index + 1)
    if (cuts.length > maxCuts) return all
  }
  if (cuts[cuts.length - 1] !== end) cuts.push(end)
  if (cuts.length > maxCuts) return all
  let own = 0
  let companions = 0
  for (let first = 0; first < cuts.length; first++) {
    for (let last = first + 1; last < cuts.length; last++) {
      const bits = lookup(text, cuts[first] as number, cuts[last] as number)
      own |= bits.own
      companions |= bits.companions
    }
  }
  return own === 0 && companions === 0 ? noBits : {own, companions}
}

/** The bits of the word `text.slice(start, end)`. */
function lookup(text: string, start: number, end: number): WordBits {
  // The shape filter folds ASCII case itself: most words fail it unmade.
  const slot = wordSlotAt(text, start, end)
  return slot === -1 ? noBits : (lowerBitsAt[slot] as WordBits)
}
