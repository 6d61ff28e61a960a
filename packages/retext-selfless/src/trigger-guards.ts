/**
 * Rules' guards (see `guards` in rule.ts), by trigger, for `scan`: where a
 * trigger stands without the neighbours a rule's guards on it need, the
 * trigger does not count for that rule, so the sentence is not tokenized
 * for it ("public interest" for the rule that flags "on the special interest
 * of DC X"). Built once at module load; only triggers with a guard pay for
 * it, by reading the words on either side.
 */
import type {SentenceContent} from 'nlcst'
import {allRules} from './catalogue.js'
import type {Guard, Rule} from './rule.js'
import {normalize, wordText} from './tokens.js'
import {ruleBit, strong, words} from './trigger-bits.js'
import {slotAt, stride} from './word-table.js'

/** What one side of a trigger must hold: one of `words` ('' for no word), or a word with one of `endings`. */
interface Side {
  words: ReadonlySet<string>
  endings: readonly string[]
}

/** One of a rule's guards on one trigger: the rule's bit and each side's words. */
export interface TriggerGuard {
  bit: number
  before: Side | undefined
  after: Side | undefined
}

// '' is a neighbour that is no word; no word can equal it, nor end in an ending.
const guardWord = /^(?:[a-z][a-z'-]*)?$/
const guardEnding = /^[a-z']+$/

/**
 * The guards of `rules` by lowercase trigger; `bitOf` gives each rule's bit
 * (`strong` for a rule without companions).
 */
export function guardTable(rules: readonly Rule[], bitOf: (rule: Rule) => number): Map<string, TriggerGuard[]> {
  const table = new Map<string, TriggerGuard[]>()
  for (const rule of rules) {
    const bit = bitOf(rule)
    for (const guard of rule.guards ?? []) {
      check(rule, guard)
      for (const trigger of guard.triggers) {
        if (!rule.triggers?.includes(trigger)) throw new Error(`A guard's trigger must be a trigger of its rule: ${rule.id} "${trigger}"`)
        // `strong` stands for every rule without companions: it can be taken
        // away from a trigger only when the trigger is no other such rule's.
        if (bit === strong && rules.some((other) => other !== rule && other.companions === undefined && other.triggers?.includes(trigger))) {
          throw new Error(`A guard of a rule without companions cannot be on a trigger another such rule shares: ${rule.id} "${trigger}"`)
        }
        const list = table.get(trigger) ?? []
        list.push({bit, before: side(guard.before, guard.beforeEndings), after: side(guard.after, guard.afterEndings)})
        table.set(trigger, list)
      }
    }
  }
  return table
}

function check(rule: Rule, guard: Guard): void {
  if (!guard.before && !guard.beforeEndings && !guard.after && !guard.afterEndings) {
    throw new Error(`A guard needs words before or after its triggers: ${rule.id}`)
  }
  for (const word of [...(guard.before ?? []), ...(guard.after ?? [])]) {
    if (!guardWord.test(word)) throw new Error(`A guard's words are lowercase words: ${rule.id} "${word}"`)
  }
  for (const ending of [...(guard.beforeEndings ?? []), ...(guard.afterEndings ?? [])]) {
    if (!guardEnding.test(ending)) throw new Error(`A guard's endings are lowercase: ${rule.id} "${ending}"`)
  }
}

function side(words: readonly string[] | undefined, endings: readonly string[] | undefined): Side | undefined {
  return words || endings ? {words: new Set(words), endings: endings ?? []} : undefined
}

/** The catalogue's guards by slot of the word table (`words`). */
const guardsBySlot: Array<readonly TriggerGuard[] | undefined> = []
for (const [trigger, list] of guardTable(allRules, (rule) => ruleBit(rule) || strong)) {
  guardsBySlot[slotAt(words, trigger, 0, trigger.length) / stride] = list
}

/** The guards on the trigger at `slot` of the word table, if any. */
export function guardsAt(slot: number): readonly TriggerGuard[] | undefined {
  return guardsBySlot[slot / stride]
}

/**
 * `bits`, a trigger's own bits at child `index`, less the bits of rules
 * none of whose guards on it the words next to it meet. Exact for a
 * sentence `scan` reads to its end (no hashtag, mention or emoji mark):
 * there the token next to a word token is the next child across white space
 * (a word token, or no word), or a URL holding that child, which no guard
 * allows; so a guard that fails here fails for the tokens too.
 */
export function unguarded(bits: number, guards: readonly TriggerGuard[], children: readonly SentenceContent[], index: number): number {
  let failed = 0
  let met = 0
  let before: string | undefined
  let after: string | undefined
  for (const guard of guards) {
    if ((bits & guard.bit) === 0 || (met & guard.bit) !== 0) continue
    if (guard.before) before ??= neighbour(children, index, -1)
    if (guard.after) after ??= neighbour(children, index, 1)
    if (meets(guard.before, before) && meets(guard.after, after)) met |= guard.bit
    else failed |= guard.bit
  }
  return bits & ~(failed & ~met)
}

function meets(side: Side | undefined, word: string | undefined): boolean {
  if (side === undefined || word === undefined) return true
  if (side.words.has(word)) return true
  if (word === '') return false
  for (const ending of side.endings) if (word.endsWith(ending)) return true
  return false
}

/** The lowercased word next to child `index` in direction `step` (across white space), or '' when there is none. */
function neighbour(children: readonly SentenceContent[], index: number, step: 1 | -1): string {
  let at = index + step
  while (children[at]?.type === 'WhiteSpaceNode') at += step
  const child = children[at]
  return child?.type === 'WordNode' ? normalize(wordText(child)) : ''
}
