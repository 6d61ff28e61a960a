/**
 * What each word tells the prefilters, built once at module load (an engine
 * attaches the plugin again for every file): the trigger map of the engine,
 * and the bits by which the plugin (`scan`) and the raw-text checks
 * (`mayFlag`, `rangesToCheck`) decide, from words alone, whether any rule can
 * flag in a sentence.
 */
import {allRules} from './catalogue.js'
import {anyOfficial, officialWords, type Rule} from './rule.js'
import {normalize, type TokenKind} from './tokens.js'

// Built once at module load: an engine attaches the plugin again for every file.
// Each rule comes with its trigger bit when it has companions (else 0).
export interface Anchored {
  rule: Rule
  bit: number
}
const companionRules = allRules.filter((rule) => rule.companions !== undefined)
const triggerBit = (k: number): number => 1 << (k + 2)
export const byTrigger = new Map<string, Anchored[]>()
export const byKind = new Map<TokenKind, Anchored[]>()
for (const rule of allRules) {
  const k = companionRules.indexOf(rule)
  const anchored = {rule, bit: k === -1 ? 0 : triggerBit(k)}
  for (const trigger of rule.triggers ?? []) push(byTrigger, trigger, anchored)
  for (const kind of rule.kinds ?? []) push(byKind, kind, {rule, bit: 0})
}

/**
 * What a word tells the prefilters, as two bit sets so that a sentence costs
 * one map lookup per word:
 *
 * - `own`: `written` when the word, as written, is a trigger in lowercase,
 *   capitalised or uppercase form, with either apostrophe (a sentence
 *   without one, and without a hashtag, mention or emoji a rule reads, was
 *   always skipped, and still is, exactly as before); `strong` for a trigger
 *   of a rule without companions; and the k-th rule's bit for a trigger of
 *   the k-th rule with companions.
 * - `companions`: the k-th rule's bit for a companion of the k-th rule with
 *   companions. Such a rule can flag only where a trigger and a companion
 *   of its own stand.
 *
 * A sentence with a written trigger is tokenized only when a strong trigger
 * or a trigger–companion pair of one rule stands in it (or a double quote,
 * see `scan`); otherwise no rule can flag in it. In a tokenized sentence,
 * a rule with companions runs only when one of them stands there too.
 */
export interface WordBits {
  own: number
  companions: number
}
export const written = 1
export const strong = 2
if (companionRules.length > 30) throw new Error('Too many rules with companions for the prefilter bits')
export const pairMask = companionRules.reduce((mask, _, k) => mask | triggerBit(k), 0)
/** Rules whose companions include configured officials, as trigger bits. */
export const officialMask = companionRules.reduce((mask, rule, k) => (rule.companions?.includes(anyOfficial) ? mask | triggerBit(k) : mask), 0)
/** A word that counts for no rule. */
export const noBits: WordBits = {own: 0, companions: 0}

/** Bits of each lowercase word (a token's `lower`). */
export const lowerBits = new Map<string, WordBits>()
const addBits = (word: string, own: number, companions: number): void => {
  const found = lowerBits.get(word) ?? noBits
  lowerBits.set(word, {own: found.own | own, companions: found.companions | companions})
}
for (const rule of allRules) {
  const k = companionRules.indexOf(rule)
  for (const trigger of rule.triggers ?? []) addBits(trigger, k === -1 ? strong : triggerBit(k), 0)
  for (const word of rule.companions ?? []) {
    if (word === anyOfficial) {
      for (const official of officialWords) addBits(official, 0, triggerBit(k))
    } else {
      addBits(word, 0, triggerBit(k))
    }
  }
}

/**
 * The same bits by written form (lowercase, capitalised, uppercase, either
 * apostrophe), plus `written` exactly where the form is a written trigger.
 * A form is only listed when it normalises back to its word; any other
 * spelling ("mY", "DC's") is normalised when met, see `oddlyCased`.
 */
const writtenBits = new Map<string, WordBits>()
const addWritten = (form: string, own: number, companions: number): void => {
  const found = writtenBits.get(form) ?? noBits
  writtenBits.set(form, {own: found.own | own, companions: found.companions | companions})
}
for (const trigger of byTrigger.keys()) {
  for (const form of [trigger, trigger.charAt(0).toUpperCase() + trigger.slice(1), trigger.toUpperCase()]) {
    addWritten(form, written, 0)
    addWritten(form.replaceAll("'", '’'), written, 0)
  }
}
for (const [word, bits] of lowerBits) {
  for (const cased of [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()]) {
    for (const form of new Set([cased, cased.replaceAll("'", '’')])) {
      if (normalize(form) === word) addWritten(form, bits.own, bits.companions)
    }
  }
}

/**
 * A cheap filter before the map, by shape: whether any key has this length
 * and these first two, second and third, or last two characters, or these
 * first two and this last character (ASCII letters folded to lowercase).
 * About five words in six fail it on State of the Union text and cost no
 * hashing at all. Keys must be ASCII (lowercasing keeps an ASCII word's
 * length and letters); a position holding a non-ASCII character (`’`, say)
 * is not tested.
 */
const maxLength = 31
const heads = new Uint32Array(128 * 128)
const middles = new Uint32Array(128 * 128)
const tails = new Uint32Array(128 * 128)
// By first two characters: the last character, folded to five bits.
const ends = new Uint32Array(128 * 128)
const shapeOf = (c0: number, c1: number): number => ((c0 | 32) << 7) | (c1 | 32)
for (const key of [...writtenBits.keys(), ...lowerBits.keys()]) {
  if (!/^[\x00-\x7f]*$/.test(key.replaceAll('’', "'")) || key.length > maxLength) {
    throw new Error(`Prefilter keys must be ASCII words of at most ${maxLength} characters: ${key}`)
  }
  const bit = 1 << key.length
  const c0 = key.charCodeAt(0)
  const c1 = key.length > 1 ? key.charCodeAt(1) : 0
  if (c0 < 128 && c1 < 128) heads[shapeOf(c0, c1)] = (heads[shapeOf(c0, c1)] as number) | bit
  const c2 = key.length > 2 ? key.charCodeAt(2) : 0
  if (c1 < 128 && c2 < 128) middles[shapeOf(c1, c2)] = (middles[shapeOf(c1, c2)] as number) | bit
  const z = key.charCodeAt(key.length - 1)
  const y = key.length > 1 ? key.charCodeAt(key.length - 2) : 0
  if (z < 128 && y < 128) tails[shapeOf(y, z)] = (tails[shapeOf(y, z)] as number) | bit
  if (c0 < 128 && c1 < 128 && z < 128) ends[shapeOf(c0, c1)] = (ends[shapeOf(c0, c1)] as number) | (1 << ((z | 32) & 31))
}

/**
 * Whether `text` may be a key in some case: false only for a word whose
 * first three, or last two, characters are ASCII and, with that length (or
 * that last character), match no key.
 */
export function mayBeKey(text: string): boolean {
  return mayBeKeyAt(text, 0, text.length)
}

/** `mayBeKey` of `text.slice(start, end)`, without making that string. */
export function mayBeKeyAt(text: string, start: number, end: number): boolean {
  const length = end - start
  if (length > maxLength) return false
  const bit = 1 << length
  const c0 = text.charCodeAt(start)
  const c1 = length > 1 ? text.charCodeAt(start + 1) : 0
  if (c0 < 128 && c1 < 128 && ((heads[shapeOf(c0, c1)] as number) & bit) === 0) return false
  const c2 = length > 2 ? text.charCodeAt(start + 2) : 0
  if (c1 < 128 && c2 < 128 && ((middles[shapeOf(c1, c2)] as number) & bit) === 0) return false
  const z = text.charCodeAt(end - 1)
  if (c0 < 128 && c1 < 128 && z < 128 && ((ends[shapeOf(c0, c1)] as number) & (1 << ((z | 32) & 31))) === 0) return false
  const y = length > 1 ? text.charCodeAt(end - 2) : 0
  return !(z < 128 && y < 128 && ((tails[shapeOf(y, z)] as number) & bit) === 0)
}

/** The bits of a word as written; a miss that may still normalise to a key is normalised. */
export function bitsOf(text: string): WordBits {
  if (!mayBeKey(text)) return noBits
  const found = writtenBits.get(text)
  if (found !== undefined) return found
  // Words spelt in another case ("mY", "DC's") or with `‘` are found normalised.
  if (!oddlyCased(text)) return noBits
  const lower = lowerBits.get(normalize(text))
  return lower === undefined ? noBits : {own: lower.own & ~written, companions: lower.companions}
}

/**
 * Whether a strong trigger, or a trigger and companion of one rule, were
 * seen; `armedMask`: rules that run wherever their triggers stand.
 */
export function armed(own: number, companions: number, armedMask: number): boolean {
  return (own & strong) !== 0 || (own & armedMask) !== 0 || (own & companions & pairMask) !== 0
}

/** Whether normalising `text` may give another word: a capital after the first letter, or non-ASCII. */
function oddlyCased(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > 127 || (index > 0 && code >= 65 && code <= 90)) return true
  }
  return false
}

function push<K>(map: Map<K, Anchored[]>, key: K, anchored: Anchored): void {
  const list = map.get(key)
  if (list) list.push(anchored)
  else map.set(key, [anchored])
}
