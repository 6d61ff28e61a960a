/**
 * Whether a rule with a `reach` has a trigger and a companion close enough
 * in a sentence to make a finding (see `reach` in rule.ts). `scan` records the
 * words that count for such rules as it walks a sentence, with the chunk
 * each stands in; the distances are measured only when a rule has both
 * somewhere in it, which is rare, so most sentences cost nothing more. The
 * same records tell which companions may pair at all (only those have their
 * companion guards read) and which triggers have no companion within reach
 * (the rule is not called there).
 */
import type {SentenceContent} from 'nlcst'
import {doubled} from './doubled.js'
import {reachAfterByBit, reachBeforeByBit} from './trigger-bits.js'
import {failedCompanions} from './trigger-guards.js'

/**
 * The words of the sentence being scanned that count for a rule with a
 * reach, as given to `recordReach`: child index, slot in the word table,
 * chunk, trigger and companion bits.
 */
let reachChildren = new Int32Array(32)
let reachSlots = new Int32Array(32)
let reachChunks = new Int32Array(32)
let reachTriggers = new Int32Array(32)
let reachCompanions = new Int32Array(32)
let reachCount = 0

/**
 * Per bit of a rule with a reach, the chunk (run of children between white
 * space, counted by `scan`) of its last trigger and last companion read by
 * `pairedInReach`, or -1. Tokens never span white space, so two words that
 * many chunks apart are at least that many tokens apart: a pair farther
 * apart than the rule's reach cannot make a finding.
 */
const lastTrigger = new Int32Array(32)
const lastCompanion = new Int32Array(32)

/** Forgets the words recorded for the last sentence. */
export function resetReach(): void {
  reachCount = 0
}

/** The rules among `rules` (bits) with a trigger and a companion within reach of each other in the sentence scanned. */
export function pairedInReach(rules: number): number {
  lastTrigger.fill(-1)
  lastCompanion.fill(-1)
  let paired = 0
  for (let entry = 0; entry < reachCount; entry++) {
    paired |= pairWithin((reachTriggers[entry] as number) & rules, (reachCompanions[entry] as number) & rules, reachChunks[entry] as number)
  }
  return paired
}

/**
 * Records a word of the sentence being scanned: its child index, its slot
 * in the word table, its chunk, and its trigger and companion bits of rules
 * with a reach.
 */
export function recordReach(child: number, slot: number, chunk: number, triggers: number, companions: number): void {
  if (reachCount === reachChildren.length) {
    reachChildren = doubled(reachChildren)
    reachSlots = doubled(reachSlots)
    reachChunks = doubled(reachChunks)
    reachTriggers = doubled(reachTriggers)
    reachCompanions = doubled(reachCompanions)
  }
  reachChildren[reachCount] = child
  reachSlots[reachCount] = slot
  reachChunks[reachCount] = chunk
  reachTriggers[reachCount] = triggers
  reachCompanions[reachCount++] = companions
}

/** Takes `triggers` (bits) from the word recorded at child `child`, if any: a guard it failed. */
export function dropTriggers(child: number, triggers: number): void {
  for (let entry = 0; entry < reachCount; entry++) {
    if (reachChildren[entry] === child) {
      reachTriggers[entry] = (reachTriggers[entry] as number) & ~triggers
      return
    }
  }
}

/**
 * Takes from each recorded word the companion bits among `rules` whose
 * companion guards it fails (see trigger-guards.ts); returns whether it took
 * any. Only companions within reach of a trigger of their rule are read: no
 * other can pair.
 */
export function dropCompanions(children: readonly SentenceContent[], rules: number): boolean {
  let dropped = false
  for (let entry = 0; entry < reachCount; entry++) {
    const bits = nearTriggers(entry, (reachCompanions[entry] as number) & rules)
    if (bits === 0) continue
    const lost = failedCompanions(reachSlots[entry] as number, bits, children, reachChildren[entry] as number)
    if (lost !== 0) {
      reachCompanions[entry] = (reachCompanions[entry] as number) & ~lost
      dropped = true
    }
  }
  return dropped
}

/**
 * Of `rules` (bits), those for which the trigger recorded at child `child`
 * has no companion recorded within reach.
 */
export function unpaired(child: number, rules: number): number {
  let entry = 0
  while (entry < reachCount && reachChildren[entry] !== child) entry++
  // Not recorded: no trigger of a rule with a reach stands there.
  if (entry === reachCount) return 0
  return rules & ~withinReach('companions', reachChunks[entry] as number, rules)
}

/** Of `rules` (bits), those with a trigger recorded within reach of the companion recorded at `entry`. */
function nearTriggers(entry: number, rules: number): number {
  return rules === 0 ? 0 : withinReach('triggers', reachChunks[entry] as number, rules)
}

/**
 * Of `rules` (bits), those with one of `others` recorded within reach of
 * chunk `chunk`: companions of a trigger there, or triggers of a companion
 * there.
 */
function withinReach(others: 'companions' | 'triggers', chunk: number, rules: number): number {
  const ofTrigger = others === 'companions'
  const bitsOf = ofTrigger ? reachCompanions : reachTriggers
  let near = 0
  for (let other = 0; other < reachCount; other++) {
    const bits = (bitsOf[other] as number) & rules & ~near
    if (bits === 0) continue
    // How many chunks the trigger stands after the companion (negative: before it).
    const distance = ofTrigger ? chunk - (reachChunks[other] as number) : (reachChunks[other] as number) - chunk
    for (let rest = bits; rest !== 0; rest &= rest - 1) {
      const k = 31 - Math.clz32(rest & -rest)
      if (distance >= 0 ? distance <= (reachBeforeByBit[k] as number) : -distance <= (reachAfterByBit[k] as number)) near |= 1 << k
    }
  }
  return near
}

/**
 * Records a word's triggers and companions of rules with a reach (bit sets)
 * at `chunk`; returns the bits of those rules for which the word completes a
 * pair within reach: with the nearest earlier companion (within the rule's
 * reach before a trigger) or trigger (within its reach after one), or with
 * itself when it is both.
 */
function pairWithin(triggers: number, companions: number, chunk: number): number {
  let paired = 0
  for (let rest = triggers; rest !== 0; rest &= rest - 1) {
    const k = 31 - Math.clz32(rest & -rest)
    lastTrigger[k] = chunk
    const companion = lastCompanion[k] as number
    if (companion !== -1 && chunk - companion <= (reachBeforeByBit[k] as number)) paired |= 1 << k
  }
  for (let rest = companions; rest !== 0; rest &= rest - 1) {
    const k = 31 - Math.clz32(rest & -rest)
    lastCompanion[k] = chunk
    const trigger = lastTrigger[k] as number
    if (trigger !== -1 && chunk - trigger <= (reachAfterByBit[k] as number)) paired |= 1 << k
  }
  return paired
}
