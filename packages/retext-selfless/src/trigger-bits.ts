/**
 * What each word tells the prefilters, built once at module load (an engine
 * attaches the plugin again for every file): the trigger map of the engine,
 * and the bits by which the plugin (`scan`) and the raw-text checks
 * (`mayFlag`, `rangesToCheck`) decide, from words alone, whether any rule can
 * flag in a sentence.
 */
import {allRules} from './catalogue.js'
import {companionsAt, isFolded, ownAt, slotAt, wordTable} from './word-table.js'
import {anyOfficial, officialWords, type Reach, type Rule} from './rule.js'
import type {TokenKind} from './tokens.js'

// Built once at module load: an engine attaches the plugin again for every file.
// Each rule comes with its trigger bit when it has companions (else 0).
export interface Anchored {
  rule: Rule
  bit: number
}
const companionRules = allRules.filter((rule) => rule.companions !== undefined)
const triggerBit = (k: number): number => 1 << (k + 2)
/** A rule's trigger bit in the prefilters: 0 for a rule without companions. */
export function ruleBit(rule: Rule): number {
  const k = companionRules.indexOf(rule)
  return k === -1 ? 0 : triggerBit(k)
}
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
/**
 * Rules with a `reach` (as trigger bits) and each one's reach by bit
 * number, on each side of a trigger: for those, `scan` counts a companion
 * only when it stands within reach of a trigger of the same rule.
 */
export const reachMask = companionRules.reduce((mask, rule, k) => (rule.reach === undefined ? mask : mask | triggerBit(k)), 0)
export const reachBeforeByBit = new Int32Array(32)
export const reachAfterByBit = new Int32Array(32)
/** A rule's reach on each side of its triggers, if it has one. */
export function reachSides(rule: Rule): Reach | undefined {
  return typeof rule.reach === 'number' ? {before: rule.reach, after: rule.reach} : rule.reach
}
for (const [k, rule] of companionRules.entries()) {
  const sides = reachSides(rule)
  if (sides === undefined) continue
  const {before, after} = sides
  for (const bound of [before, after]) {
    if (!Number.isInteger(bound) || bound < 0) throw new Error(`A rule's reach is a whole number of tokens: ${rule.id}`)
  }
  reachBeforeByBit[k + 2] = before
  reachAfterByBit[k + 2] = after
}
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
  const slot = slotAt(words, word, 0, word.length)
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
  const found = triggersBySlot[slot]
  return found !== undefined && isFolded(text, found.word) ? found.rules : undefined
}

/**
 * A cheap filter before the table, by shape, in two stages; most words fail
 * it and are never hashed. The tables are small on purpose: the plugin scans
 * a block right after the parser has run over it, which pushes most of the
 * plugin's data out of the CPU's caches, so every cache line the filter
 * touches per word costs more than the arithmetic.
 *
 * 1. `heads`: whether any key has this length and these first two
 *    characters (about two words in three fail here, reading two
 *    characters).
 * 2. `shapes`: a Bloom filter (two bits in 32 Kbit) of each key's shape:
 *    its length and the classes of its first three and last two
 *    characters. Of State of the Union words that pass `heads` and are no
 *    key, nearly all fail here.
 *
 * Characters are read by class: each ASCII letter (either case) and each
 * joiner a key may hold has its own, every other ASCII character shares one.
 * Keys are ASCII (lowercasing keeps an ASCII word's length and letters); a
 * word with any other character where the filter reads (`’`, say, or a
 * letter that only `toLowerCase` folds) passes it, and the table decides.
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
const shapeBits = 15
const shapes = new Uint32Array((1 << shapeBits) / 32)
// The two bit positions of a shape (a 30-bit number), from two multiplicative hashes.
const shapeBit1 = (shape: number): number => Math.imul(shape, 0x9e3779b1) >>> (32 - shapeBits)
const shapeBit2 = (shape: number): number => Math.imul(shape, 0x85ebca6b) >>> (32 - shapeBits)
const hasBit = (bits: Uint32Array, bit: number): boolean => ((bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0
/** The shape of the stretch (of a key, at module load): `-1` when a character read is not ASCII. */
function shapeAt(text: string, start: number, end: number): number {
  const length = end - start
  return shapeFrom(text, start, end, text.charCodeAt(start), length > 1 ? text.charCodeAt(start + 1) : 0)
}

/** `shapeAt`, given the stretch's first two characters (`c1` 0 for one character). */
function shapeFrom(text: string, start: number, end: number, c0: number, c1: number): number {
  const length = end - start
  const c2 = length > 2 ? text.charCodeAt(start + 2) : 0
  const y = length > 1 ? text.charCodeAt(end - 2) : 0
  const z = text.charCodeAt(end - 1)
  if ((c0 | c1 | c2 | y | z) > 127) return -1
  return (
    length |
    ((classOf[c0] as number) << 5) |
    ((classOf[c1] as number) << 10) |
    ((classOf[c2] as number) << 15) |
    ((classOf[y] as number) << 20) |
    ((classOf[z] as number) << 25)
  )
}
for (const key of lowerBits.keys()) {
  if (!/^[\x00-\x7f]*$/.test(key) || key.length > maxLength) {
    throw new Error(`Prefilter keys must be ASCII words of at most ${maxLength} characters: ${key}`)
  }
  const c1 = key.length > 1 ? key.charCodeAt(1) : 0
  const head = ((classOf[key.charCodeAt(0)] as number) << 5) | (classOf[c1] as number)
  heads[head] = (heads[head] as number) | (1 << key.length)
  const shape = shapeAt(key, 0, key.length)
  for (const bit of [shapeBit1(shape), shapeBit2(shape)]) shapes[bit >>> 5] = (shapes[bit >>> 5] as number) | (1 << (bit & 31))
}

/**
 * Whether `text.slice(start, end)` may be a key in some case (without making
 * that string). The first stage is kept small enough for V8 to inline into
 * the callers' loops; the second is a call, given the two characters the
 * first read: V8 reads them again otherwise (measured: about 0.4% of a
 * parse).
 */
function mayBeKeyAt(text: string, start: number, end: number): boolean {
  const length = end - start
  if (length > maxLength) return false
  const c0 = text.charCodeAt(start)
  const c1 = length > 1 ? text.charCodeAt(start + 1) : 0
  if (c0 < 128 && c1 < 128 && ((heads[((classOf[c0] as number) << 5) | (classOf[c1] as number)] as number) & (1 << length)) === 0) return false
  return mayHaveShape(text, start, end, c0, c1)
}

/** The second stage of `mayBeKeyAt`, given the first two characters it read. */
function mayHaveShape(text: string, start: number, end: number, c0: number, c1: number): boolean {
  const shape = shapeFrom(text, start, end, c0, c1)
  return shape === -1 || (hasBit(shapes, shapeBit1(shape)) && hasBit(shapes, shapeBit2(shape)))
}

/** The slot of the word `text` in `words`, or -1; most words fail the shape filter and are not hashed. */
export function wordSlot(text: string): number {
  return mayBeKeyAt(text, 0, text.length) ? slotAt(words, text, 0, text.length) : -1
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
