/**
 * Whether a rule with a `reach` has a trigger and a companion close enough
 * in a sentence to make a finding (see `reach` in rule.ts). `scan` records the
 * words that count for such rules as it walks a sentence; the distances are
 * measured only when a rule has both somewhere in it, which is rare, so
 * most sentences cost nothing more.
 */
import type {SentenceContent} from 'nlcst'
import {doubled} from './doubled.js'
import {reachByBit} from './trigger-bits.js'

/**
 * The words of the sentence being scanned that count for a rule with a
 * reach, as given to `recordReach`: child index, trigger and companion bits.
 */
let reachChildren = new Int32Array(32)
let reachTriggers = new Int32Array(32)
let reachCompanions = new Int32Array(32)
let reachCount = 0

/**
 * Per bit of a rule with a reach, the chunk (run of children between white
 * space) of its last trigger and last companion read by `pairedInReach`, or
 * -1. Tokens never span white space, so two words that many chunks apart are
 * at least that many tokens apart: a pair farther apart than the rule's
 * reach cannot make a finding.
 */
const lastTrigger = new Int32Array(32)
const lastCompanion = new Int32Array(32)

/** Forgets the words recorded for the last sentence. */
export function resetReach(): void {
  reachCount = 0
}

/** The rules among `rules` (bits) with a trigger and a companion within reach of each other in `children`. */
export function pairedInReach(children: SentenceContent[], rules: number): number {
  lastTrigger.fill(-1)
  lastCompanion.fill(-1)
  let paired = 0
  let chunk = 0
  let afterSpace = false
  let child = 0
  for (let entry = 0; entry < reachCount; entry++) {
    const at = reachChildren[entry] as number
    for (; child < at; child++) {
      if ((children[child] as SentenceContent).type === 'WhiteSpaceNode') {
        if (!afterSpace) chunk++
        afterSpace = true
      } else afterSpace = false
    }
    paired |= pairWithin((reachTriggers[entry] as number) & rules, (reachCompanions[entry] as number) & rules, chunk)
  }
  return paired
}

/** Records a word of the sentence being scanned: its child index and its trigger and companion bits of rules with a reach. */
export function recordReach(child: number, triggers: number, companions: number): void {
  if (reachCount === reachChildren.length) {
    reachChildren = doubled(reachChildren)
    reachTriggers = doubled(reachTriggers)
    reachCompanions = doubled(reachCompanions)
  }
  reachChildren[reachCount] = child
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
 * Records a word's triggers and companions of rules with a reach (bit sets)
 * at `chunk`; returns the bits of those rules for which the word completes a
 * pair within reach (with the nearest earlier trigger or companion, or with
 * itself when it is both).
 */
function pairWithin(triggers: number, companions: number, chunk: number): number {
  let paired = 0
  for (let rest = triggers; rest !== 0; rest &= rest - 1) {
    const k = 31 - Math.clz32(rest & -rest)
    lastTrigger[k] = chunk
    const companion = lastCompanion[k] as number
    if (companion !== -1 && chunk - companion <= (reachByBit[k] as number)) paired |= 1 << k
  }
  for (let rest = companions; rest !== 0; rest &= rest - 1) {
    const k = 31 - Math.clz32(rest & -rest)
    lastCompanion[k] = chunk
    const trigger = lastTrigger[k] as number
    if (trigger !== -1 && chunk - trigger <= (reachByBit[k] as number)) paired |= 1 << k
  }
  return paired
}
