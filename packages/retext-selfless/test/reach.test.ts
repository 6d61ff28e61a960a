/**
 * A rule's `reach` lets the plugin skip a sentence whose trigger and
 * companion stand farther apart than any finding of the rule allows. Each
 * reach is proven from the rule's code; these tests hold it to that:
 *
 * - each rule's worst case, a sentence the rule flags with its companion at
 *   exactly its reach, is still flagged (a reach made smaller fails here),
 *   and so is the worst case on each side of a reach with a bound per side;
 * - every finding on the rule tables, the corpus and State of the Union
 *   text, found with reach ignored, has a companion within reach on one side;
 * - the messages on all those texts are identical with and without reach.
 */
import {afterEach, describe, expect, it} from 'vitest'
import {allRules} from '../src/catalogue.js'
import {prefilter} from '../src/plugin.js'
import type {Reach, Rule} from '../src/rule.js'
import {reachSides} from '../src/trigger-bits.js'
import {corpusTexts, dump, prefilterTexts, ruleTableTexts, sotuTexts} from './message-dump.js'
import {companionWords, observeFindings, readWhole} from './observe-findings.js'
import {lint} from './rule-table.js'

const withReach = allRules.filter((rule) => rule.reach !== undefined)

/**
 * For each worst case: the rule, the text, what it flags, and for a reach
 * with a bound per side, which side's bound the nearest companion is at
 * (the other side has none within its bound). A side bound to 0 has no
 * worst case of its own: only the trigger itself is a companion there.
 */
const worstCases: ReadonlyArray<readonly [id: string, text: string, actual: string, side?: keyof Reach]> = [
  ['award-self-announcement', 'Proud to be named for the best district good governance award.', 'Proud to be named'],
  ['engagement-appeal', 'Like, comment, repost and subscribe.', 'Like, comment, repost and subscribe'],
  [
    'first-person-credit',
    'I also personally today was able to get the old main city road repaired.',
    'I also personally today was able to get the old main city road repaired',
    'after'
  ],
  ['first-person-credit', 'The orders issued also by me.', 'issued also by me', 'before'],
  ['entourage', 'Among those who accompanied the DC were the ADC and the SP.', 'accompanied the DC'],
  ['follower-boast', 'Our page on the platform now has 10000 followers.', '10000 followers'],
  ['hands-on-prop', 'The DC handed over the new red and blue plastic bags to the flood victims.', 'handed over the new red and blue plastic bags', 'after'],
  ['my-directions', 'The drains were cleaned on my special strict clear directions.', 'on my special strict clear directions'],
  [
    'officer-directions',
    'As Tehsildar (Revenue) Rawalpindi, Gujar Khan, Tahir Mehmood Farooq, also had given the special strict clear directions, the encroachments were removed.',
    'Tehsildar (Revenue) Rawalpindi, Gujar Khan, Tahir Mehmood Farooq, also had given the special strict clear directions'
  ],
  ['performed-reaction', 'The DC took the absent senior doctors of THQ to task.', 'took the absent senior doctors of THQ to task', 'before'],
  [
    'superlative-claim',
    'It is the top performing immunisation team for the polio drives in the entire whole country.',
    'top performing immunisation team for the polio drives in the entire whole country',
    'after'
  ],
  ['superlative-claim', "India's most modern hospital opened today.", "India's most modern", 'before'],
  ['surprise-visit', 'The DC reached the old district hospital in the city without any prior notice.', 'without any prior notice'],
  ['took-a-round', 'The DC took a round of the old city and the main bazaar and the new grain market on a motorcycle.', 'on a motorcycle', 'before']
]

/** A rule's reach on each side (every rule here has one). */
const sides = (rule: Rule): Reach => reachSides(rule) as Reach

/**
 * Distances from the trigger to the nearest companion before it and after
 * it (the trigger itself counts on both sides; Infinity for none), one pair
 * per finding, recorded while `run` lints.
 */
function nearestCompanions(rules: readonly Rule[], run: () => void): Map<string, Reach[]> {
  const found = new Map<string, Reach[]>(rules.map((rule) => [rule.id, []]))
  const companions = new Map(rules.map((rule) => [rule, companionWords(rule)]))
  observeFindings(
    rules,
    (rule, sentence, at) => {
      // A sentence with a hashtag, mention or emoji mark is always read whole
      // ("Follow @DCRawalpindi" needs no companion), so reach does not apply.
      if (readWhole(sentence)) return
      const nearest = {before: Number.POSITIVE_INFINITY, after: Number.POSITIVE_INFINITY}
      for (const [other, token] of sentence.tokens.entries()) {
        if (!companions.get(rule)?.has(token.lower)) continue
        if (other <= at) nearest.before = Math.min(nearest.before, at - other)
        if (other >= at) nearest.after = Math.min(nearest.after, other - at)
      }
      found.get(rule.id)?.push(nearest)
    },
    run
  )
  return found
}

describe('reach', () => {
  afterEach(() => {
    prefilter.reach = true
  })

  it('is declared with the bound each rule’s code proves', () => {
    expect(Object.fromEntries(withReach.map((rule) => [rule.id, rule.reach]))).toEqual({
      'award-self-announcement': 10,
      'engagement-appeal': 6,
      entourage: 2,
      'first-person-credit': {before: 3, after: 13},
      'follower-boast': 8,
      'hands-on-prop': {before: 0, after: 8},
      'my-directions': 4,
      'officer-directions': 20,
      'performed-reaction': {before: 8, after: 0},
      'superlative-claim': {before: 2, after: 12},
      'surprise-visit': 11,
      'took-a-round': {before: 18, after: 0}
    })
  })

  for (const [id, text, actual, side] of worstCases) {
    it(`flags the ${id} worst case, with its companion at exactly the reach${side ? ` ${side} the trigger` : ''}`, () => {
      const rule = withReach.find((candidate) => candidate.id === id) as Rule
      const distances = nearestCompanions([rule], () => {
        expect(lint(text).filter((message) => message.ruleId === id).map((message) => message.actual)).toEqual([actual])
      })
      const [nearest] = distances.get(id) ?? []
      if (side === undefined) {
        expect(typeof rule.reach).toBe('number')
        expect(Math.min(nearest?.before ?? 0, nearest?.after ?? 0)).toBe(rule.reach)
      } else {
        const other = side === 'before' ? 'after' : 'before'
        expect(nearest?.[side]).toBe(sides(rule)[side])
        expect(nearest?.[other]).toBeGreaterThan(sides(rule)[other])
      }
    })
  }

  it('has a worst case for every bound above 0', () => {
    const covered = new Set(worstCases.map(([id, , , side]) => `${id} ${side ?? 'both'}`))
    const bounds = withReach.flatMap((rule) =>
      typeof rule.reach === 'number'
        ? [`${rule.id} both`]
        : (['before', 'after'] as const).filter((side) => sides(rule)[side] > 0).map((side) => `${rule.id} ${side}`)
    )
    expect(bounds.filter((bound) => !covered.has(bound))).toEqual([])
  })

  it('holds for every finding on the rule tables, the corpus and State of the Union text', {timeout: 60_000}, () => {
    const texts = [...ruleTableTexts(), ...corpusTexts().map((item) => item.text), ...sotuTexts(256 * 1024, 1500).map((item) => item.text)]
    prefilter.reach = false
    const distances = nearestCompanions(withReach, () => {
      for (const text of texts) {
        lint(text)
        // Quoted text is checked too, and every rule is on for an officer's own account.
        lint(text, {speaker: 'officer', quotes: true})
      }
    })
    let findings = 0
    for (const rule of withReach) {
      const found = distances.get(rule.id) ?? []
      findings += found.length
      const {before, after} = sides(rule)
      expect(found.filter((nearest) => nearest.before > before && nearest.after > after), rule.id).toEqual([])
    }
    // Enough findings for the check to mean something.
    expect(findings).toBeGreaterThan(200)
  })

  it('never changes a message: rule tables, corpus and State of the Union text, with and without it', {timeout: 60_000}, () => {
    const texts = prefilterTexts()
    const found = dump(texts)
    prefilter.reach = false
    expect(found).toEqual(dump(texts))
    expect(found.length).toBeGreaterThan(500)
  })
})
