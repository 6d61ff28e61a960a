/**
 * Rules' guards (see `guards` in rule.ts), by trigger, for `scan`: where a
 * trigger stands without the neighbours a rule's guards on it need, the
 * trigger does not count for that rule, so the sentence is not tokenized
 * for it ("public interest" for the rule that flags "on the special interest
 * of DC X"). Companion guards (`companionGuards`) do the same for
 * companions ("our country" for "first in the country"). Built once at
 * module load; only words with a guard pay for it, by reading the words on
 * either side.
 */
import type {SentenceContent} from 'nlcst'
import {allRules} from './catalogue.js'
import type {CompanionGuard, Guard, Rule} from './rule.js'
import {normalize, wordText} from './tokens.js'
import {ruleBit, strong, words} from './trigger-bits.js'
import {ownAt, slotAt, wordTable, type WordTable} from './word-table.js'

/**
 * What one side of a trigger must hold: one of a guard's words ('' for no
 * word), or a word with one of `endings` or `starts`. `scan` reads it per
 * trigger with a guard, hundreds of times a pass: words are numbered in a
 * table of their own (`ids`, read without making a lowercase string) and
 * each side marks its numbers, so a check allocates nothing.
 */
interface Side {
  endings: readonly string[]
  starts: readonly string[]
  /** Whether each numbered guard word (see `ids`) is one of the side's words. */
  marks: Uint8Array
  /** Whether '' (no word) is one of the side's words. */
  none: boolean
  ids: Ids
}

/** The number of every word a guard names, and that count. */
interface Ids {
  table: WordTable
  count: number
}

/** One of a rule's guards on one trigger (or companion): the rule's bit and each side's words. */
export interface TriggerGuard {
  bit: number
  before: Side | undefined
  after: Side | undefined
}

// '' is a neighbour that is no word; no word can equal it, nor end in an ending.
const guardWord = /^(?:[a-z][a-z'-]*)?$/
const guardEnding = /^[a-z\d']+$/

/**
 * The guards of `rules` by lowercase trigger; `bitOf` gives each rule's bit
 * (`strong` for a rule without companions).
 */
export function guardTable(rules: readonly Rule[], bitOf: (rule: Rule) => number): Map<string, TriggerGuard[]> {
  for (const rule of rules) for (const guard of rule.guards ?? []) check(rule, guard, 'triggers')
  const table = new Map<string, TriggerGuard[]>()
  const ids = idsOf(rules)
  for (const rule of rules) {
    const bit = bitOf(rule)
    for (const guard of rule.guards ?? []) {
      for (const trigger of guard.triggers) {
        if (!rule.triggers?.includes(trigger)) throw new Error(`A guard's trigger must be a trigger of its rule: ${rule.id} "${trigger}"`)
        // `strong` stands for every rule without companions: it can be taken
        // away from a trigger only when the trigger is no other such rule's.
        if (bit === strong && rules.some((other) => other !== rule && other.companions === undefined && other.triggers?.includes(trigger))) {
          throw new Error(`A guard of a rule without companions cannot be on a trigger another such rule shares: ${rule.id} "${trigger}"`)
        }
        add(table, trigger, bit, ids, guard)
      }
    }
  }
  return table
}

/** The companion guards of `rules` by lowercase companion; `bitOf` gives each rule's bit. */
export function companionGuardTable(rules: readonly Rule[], bitOf: (rule: Rule) => number): Map<string, TriggerGuard[]> {
  for (const rule of rules) {
    if (rule.companionGuards && rule.reach === undefined) throw new Error(`Companion guards need a reach: ${rule.id}`)
    for (const guard of rule.companionGuards ?? []) check(rule, guard, 'companions')
  }
  const table = new Map<string, TriggerGuard[]>()
  const ids = idsOf(rules)
  for (const rule of rules) {
    for (const guard of rule.companionGuards ?? []) {
      for (const companion of guard.companions) {
        if (!rule.companions?.includes(companion)) throw new Error(`A companion guard's word must be a companion of its rule: ${rule.id} "${companion}"`)
        add(table, companion, bitOf(rule), ids, guard)
      }
    }
  }
  return table
}

function add(table: Map<string, TriggerGuard[]>, word: string, bit: number, ids: Ids, guard: Guard | CompanionGuard): void {
  const list = table.get(word) ?? []
  list.push({bit, before: side(ids, guard.before, guard.beforeEndings, guard.beforeStarts), after: side(ids, guard.after, guard.afterEndings)})
  table.set(word, list)
}

function check(rule: Rule, guard: Guard | CompanionGuard, guarding: 'triggers' | 'companions'): void {
  if (!guard.before && !guard.beforeEndings && !guard.beforeStarts && !guard.after && !guard.afterEndings) {
    throw new Error(`A guard needs words before or after its ${guarding}: ${rule.id}`)
  }
  for (const word of [...(guard.before ?? []), ...(guard.after ?? [])]) {
    if (!guardWord.test(word)) throw new Error(`A guard's words are lowercase words: ${rule.id} "${word}"`)
  }
  for (const ending of [...(guard.beforeEndings ?? []), ...(guard.afterEndings ?? []), ...(guard.beforeStarts ?? [])]) {
    if (!guardEnding.test(ending)) throw new Error(`A guard's endings and beginnings are lowercase: ${rule.id} "${ending}"`)
  }
}

/** Numbers for every word the guards and companion guards of `rules` name (not ''), in a table read like the prefilter's. */
function idsOf(rules: readonly Rule[]): Ids {
  const all = new Set<string>()
  for (const rule of rules) {
    for (const guard of [...(rule.guards ?? []), ...(rule.companionGuards ?? [])]) {
      for (const word of [...(guard.before ?? []), ...(guard.after ?? [])]) if (word !== '') all.add(word)
    }
  }
  const list = [...all]
  return {table: wordTable(list.map((word, id) => [word, id, 0])), count: list.length}
}

function side(ids: Ids, words: readonly string[] | undefined, endings: readonly string[] | undefined, starts?: readonly string[]): Side | undefined {
  if (!words && !endings && !starts) return undefined
  const marks = new Uint8Array(ids.count)
  for (const word of words ?? []) {
    if (word !== '') marks[ownAt(ids.table, slotAt(ids.table, word, 0, word.length))] = 1
  }
  return {endings: endings ?? [], starts: starts ?? [], marks, none: (words ?? []).includes(''), ids}
}

/** The catalogue's guards by slot of the word table (`words`). */
const guardsBySlot: Array<readonly TriggerGuard[] | undefined> = []
for (const [trigger, list] of guardTable(allRules, (rule) => ruleBit(rule) || strong)) {
  guardsBySlot[slotAt(words, trigger, 0, trigger.length)] = list
}

/** The guards on the trigger at `slot` of the word table, if any. */
export function guardsAt(slot: number): readonly TriggerGuard[] | undefined {
  return guardsBySlot[slot]
}

/** The catalogue's companion guards by slot of the word table. */
const companionGuardsBySlot: Array<readonly TriggerGuard[] | undefined> = []
for (const [companion, list] of companionGuardTable(allRules, ruleBit)) {
  companionGuardsBySlot[slotAt(words, companion, 0, companion.length)] = list
}
/** The rules (bits) with companion guards. */
export const companionGuarded = allRules.reduce((mask, rule) => (rule.companionGuards ? mask | ruleBit(rule) : mask), 0)

/**
 * Of `bits`, the rules for which the companion at `slot` of the word table,
 * child `index` of the sentence, does not count: it fails every one of
 * their guards on it (see `unguarded`).
 */
export function failedCompanions(slot: number, bits: number, children: readonly SentenceContent[], index: number): number {
  const guards = companionGuardsBySlot[slot]
  return guards === undefined ? 0 : bits & ~unguarded(bits, guards, children, index)
}

/**
 * `bits`, a trigger's own bits at child `index`, less the bits of rules
 * none of whose guards on it the words next to it meet. Safe for a
 * sentence `scan` reads to its end (no hashtag, mention or emoji mark):
 * there the token next to a word token is the next child across white space
 * (a word token, or no word), or else a URL holding that child, at which
 * every rule's test fails; so a guard fails here only where the rule's own
 * tests on the tokens fail too.
 */
export function unguarded(bits: number, guards: readonly TriggerGuard[], children: readonly SentenceContent[], index: number): number {
  let failed = 0
  let met = 0
  // Each neighbour is read once: its text, or undefined for no word (null: not read yet).
  let before: string | undefined | null = null
  let after: string | undefined | null = null
  for (const guard of guards) {
    if ((bits & guard.bit) === 0 || (met & guard.bit) !== 0) continue
    if (guard.before && before === null) before = neighbour(children, index, -1)
    if (guard.after && after === null) after = neighbour(children, index, 1)
    if (meets(guard.before, before) && meets(guard.after, after)) met |= guard.bit
    else failed |= guard.bit
  }
  return bits & ~(failed & ~met)
}

function meets(side: Side | undefined, word: string | undefined | null): boolean {
  if (side === undefined || word === null) return true
  if (word === undefined) return side.none
  const slot = slotAt(side.ids.table, word, 0, word.length)
  // A word that only shares a guard word's hash is taken for it: that keeps
  // a trigger, never drops one.
  if (slot !== -1 && side.marks[ownAt(side.ids.table, slot)] === 1) return true
  for (const ending of side.endings) if (hasAffix(word, ending, true)) return true
  for (const start of side.starts) if (hasAffix(word, start, false)) return true
  return false
}

/**
 * Whether `word`, lowercased with straight apostrophes (as `normalize` does),
 * starts (or, `atEnd`, ends) with the ASCII `affix`, read without making
 * that lowercase string.
 */
function hasAffix(word: string, affix: string, atEnd: boolean): boolean {
  const offset = atEnd ? word.length - affix.length : 0
  // Another character may lowercase to ASCII, or to more than one character:
  // then, and for a word shorter than the affix, `normalize` decides.
  if (word.length < affix.length) return hasNormalizedAffix(word, affix, atEnd)
  for (let index = 0; index < affix.length; index++) {
    let code = word.charCodeAt(offset + index)
    if (code >= 65 && code <= 90) code |= 32
    else if (code === 0x2019 || code === 0x2018) code = 39
    else if (code > 127) return hasNormalizedAffix(word, affix, atEnd)
    if (code !== affix.charCodeAt(index)) return false
  }
  return true
}

// A function of its own, not a closure in `hasAffix`: that would be made on
// every call, hundreds of times a pass.
function hasNormalizedAffix(word: string, affix: string, atEnd: boolean): boolean {
  const normalized = normalize(word)
  return atEnd ? normalized.endsWith(affix) : normalized.startsWith(affix)
}

/** The word next to child `index` in direction `step` (across white space), as written, or undefined when there is none. */
function neighbour(children: readonly SentenceContent[], index: number, step: 1 | -1): string | undefined {
  let at = index + step
  while (children[at]?.type === 'WhiteSpaceNode') at += step
  const child = children[at]
  return child?.type === 'WordNode' ? wordText(child) : undefined
}
