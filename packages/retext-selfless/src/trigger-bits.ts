/**
 * What each word tells the prefilters, built once at module load (an engine
 * attaches the plugin again for every file): the trigger map of the engine,
 * and the bits by which the plugin (`scan`) and the raw-text checks
 * (`mayFlag`, `rangesToCheck`) decide, from words alone, whether any rule can
 * flag in a sentence.
 */
import {allRules} from './catalogue.js'
import {companionsAt, isFolded, ownAt, slotAt, stride, wordTable} from './word-table.js'
import {anyOfficial, officialWords, type Rule} from './rule.js'
import type {TokenKind} from './tokens.js'

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
 * The same bits in one table the prefilters read without making strings
 * (see word-table.ts), with `written` on each trigger: it counts where the
 * word as written is the trigger in lowercase, capitalised or uppercase
 * form, with one kind of apostrophe throughout (see `writtenForm`).
 */
export const words = wordTable([...lowerBits].map(([word, bits]) => [word, bits.own | (byTrigger.has(word) ? written : 0), bits.companions]))
/** `lowerBits` by slot of `words`, for callers that want the objects. */
export const lowerBitsAt: WordBits[] = []
/** Each trigger and its rules by slot of `words`, for the engine. */
const triggersBySlot: Array<{word: string; rules: Anchored[]}> = []
for (const [word, bits] of lowerBits) {
  const slot = slotAt(words, word, 0, word.length) / stride
  lowerBitsAt[slot] = bits
  const rules = byTrigger.get(word)
  if (rules) triggersBySlot[slot] = {word, rules}
}

/**
 * The rules anchored on the word `text` (in any case and spelling): the
 * trigger map read through the table, and exact (the word is compared).
 */
export function triggersOf(text: string): readonly Anchored[] | undefined {
  const slot = wordSlot(text)
  return slot === -1 ? undefined : triggersAt(slot, text)
}

/** `triggersOf(text)` where `slot` is `wordSlot(text)`, not -1. */
export function triggersAt(slot: number, text: string): readonly Anchored[] | undefined {
  const found = triggersBySlot[slot / stride]
  return found !== undefined && isFolded(text, found.word) ? found.rules : undefined
}

/**
 * A cheap filter before the map, by shape: whether any key has this length
 * and these first two, second and third, or last two characters, or these
 * first two and this last character. About four words in five fail it on
 * State of the Union text and cost no hashing at all. Characters are tested
 * by class: each ASCII letter (either case) and each joiner a key may hold
 * has its own, every other ASCII character shares one, so the four tables
 * take 16 KiB and stay in the CPU's first-level cache beside the tree being
 * walked (tables indexed by raw character codes took 256 KiB and cost more
 * than the lookups they saved). Keys must be ASCII (lowercasing keeps an
 * ASCII word's length and letters); a position holding a non-ASCII
 * character (`’`, say) is not tested.
 */
const maxLength = 31
const classOf = new Uint8Array(128).fill(31)
for (let code = 97; code <= 122; code++) {
  classOf[code] = code - 96
  classOf[code - 32] = code - 96
}
classOf[39] = 27 // '
classOf[45] = 28 // -
classOf[46] = 29 // .
classOf[38] = 30 // &
const heads = new Uint32Array(32 * 32)
const middles = new Uint32Array(32 * 32)
const tails = new Uint32Array(32 * 32)
// By first two characters: the class of the last character.
const ends = new Uint32Array(32 * 32)
// Callers test that both codes are below 128.
const shapeOf = (c0: number, c1: number): number => ((classOf[c0] as number) << 5) | (classOf[c1] as number)
for (const key of lowerBits.keys()) {
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
  if (c0 < 128 && c1 < 128 && z < 128) ends[shapeOf(c0, c1)] = (ends[shapeOf(c0, c1)] as number) | (1 << (classOf[z] as number))
}

/**
 * Whether `text.slice(start, end)` may be a key in some case (without making
 * that string): false only for a word whose first three, or last two,
 * characters are ASCII and, with that length (or that last character), match
 * no key.
 */
function mayBeKeyAt(text: string, start: number, end: number): boolean {
  const length = end - start
  if (length > maxLength) return false
  const bit = 1 << length
  const c0 = text.charCodeAt(start)
  const c1 = length > 1 ? text.charCodeAt(start + 1) : 0
  if (c0 < 128 && c1 < 128 && ((heads[shapeOf(c0, c1)] as number) & bit) === 0) return false
  const c2 = length > 2 ? text.charCodeAt(start + 2) : 0
  if (c1 < 128 && c2 < 128 && ((middles[shapeOf(c1, c2)] as number) & bit) === 0) return false
  const z = text.charCodeAt(end - 1)
  if (c0 < 128 && c1 < 128 && z < 128 && ((ends[shapeOf(c0, c1)] as number) & (1 << (classOf[z] as number))) === 0) return false
  const y = length > 1 ? text.charCodeAt(end - 2) : 0
  return !(z < 128 && y < 128 && ((tails[shapeOf(y, z)] as number) & bit) === 0)
}

/** The slot of the word `text` in `words`, or -1; most words fail the shape filter and are not hashed. */
export function wordSlot(text: string): number {
  return wordSlotAt(text, 0, text.length)
}

/** `wordSlot` of `text.slice(start, end)`, without making that string. */
export function wordSlotAt(text: string, start: number, end: number): number {
  return mayBeKeyAt(text, start, end) ? slotAt(words, text, start, end) : -1
}

/**
 * The own bits of the word at `slot`; `written` among them only tells that
 * the word is a trigger: whether it is written as one is `writtenForm`.
 */
export function ownBits(slot: number): number {
  return ownAt(words, slot)
}

/** The companion bits of the word at `slot`. */
export function companionBits(slot: number): number {
  return companionsAt(words, slot)
}

/**
 * Whether a strong trigger, or a trigger and companion of one rule, were
 * seen; `armedMask`: rules that run wherever their triggers stand.
 */
export function armed(own: number, companions: number, armedMask: number): boolean {
  return (own & strong) !== 0 || (own & armedMask) !== 0 || (own & companions & pairMask) !== 0
}

/**
 * Whether `text`, a table word in some spelling, is spelt as a written
 * trigger is: in lowercase, capitalised or uppercase, with one kind of
 * apostrophe throughout ("DC", "Dc", "dc", "I’ve"; not "dC", "DC's", "I‘ve").
 */
export function writtenForm(text: string): boolean {
  let upperAfterFirst = false
  let lower = false
  let straight = false
  let curly = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 65 && code <= 90) {
      if (index > 0) upperAfterFirst = true
    } else if (code >= 97 && code <= 122) lower = true
    else if (code === 39) straight = true
    else if (code === 0x2019) curly = true
    else if (code > 127) return false
  }
  return !(upperAfterFirst && lower) && !(straight && curly)
}

function push<K>(map: Map<K, Anchored[]>, key: K, anchored: Anchored): void {
  const list = map.get(key)
  if (list) list.push(anchored)
  else map.set(key, [anchored])
}
