/**
 * A rule's `guards` let the plugin skip a sentence whose trigger stands
 * without the neighbours every finding at it needs. Each guard is proven
 * from the rule's code; these tests hold it to that:
 *
 * - every finding on the rule tables, the corpus and State of the Union
 *   text, found with guards ignored, meets one of its trigger's guards, and
 *   every guard is met by some finding of the rule tables (so none is dead
 *   or untested);
 * - likewise, every such finding has a companion within reach that meets
 *   one of its companion guards (or has none), and every companion guard is
 *   met in some finding of the rule tables;
 * - the messages on all those texts are identical with and without guards;
 * - `unguarded` and `failedCompanions` keep or drop a rule's bit by the words on either side;
 * - the guard table refuses guards it cannot apply.
 */
import type {Paragraph, Root, Sentence as SentenceNode} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {afterEach, describe, expect, it} from 'vitest'
import {allRules} from '../src/catalogue.js'
import {prefilter} from '../src/plugin.js'
import type {CompanionGuard, Guard, Rule} from '../src/rule.js'
import type {Sentence} from '../src/sentence.js'
import {reachSides, ruleBit, strong, words, written} from '../src/trigger-bits.js'
import {companionGuardTable, failedCompanions, guardTable, unguarded, type TriggerGuard} from '../src/trigger-guards.js'
import {slotAt} from '../src/word-table.js'
import {corpusTexts, dump, prefilterTexts, ruleTableTexts, sotuTexts} from './message-dump.js'
import {companionWords, observeFindings} from './observe-findings.js'
import {lint} from './rule-table.js'

const guarded = allRules.filter((rule) => rule.guards !== undefined)

/** The word a token-level rule reads next to a trigger: the token's lowercase form, or '' for no word. */
function wordAt(sentence: Sentence, index: number): string {
  const token = sentence.tokens[index]
  return token && (token.kind === 'word' || token.kind === 'number') ? token.lower : ''
}

function meetsSide(word: string, words: readonly string[] | undefined, endings: readonly string[] | undefined, starts?: readonly string[]): boolean {
  if (!words && !endings && !starts) return true
  return (words ?? []).includes(word) || (word !== '' && ((endings ?? []).some((ending) => word.endsWith(ending)) || (starts ?? []).some((start) => word.startsWith(start))))
}

function meets(guard: Guard | CompanionGuard, before: string, after: string): boolean {
  return meetsSide(before, guard.before, guard.beforeEndings, guard.beforeStarts) && meetsSide(after, guard.after, guard.afterEndings)
}

/**
 * For each finding of a guarded rule at a guarded trigger while `run` lints:
 * the rule, the trigger, the words on either side, and which of the rule's
 * guards they meet.
 */
function guardedFindings(run: () => void): Array<{id: string; trigger: string; before: string; after: string; met: number[]}> {
  const found: Array<{id: string; trigger: string; before: string; after: string; met: number[]}> = []
  observeFindings(
    guarded,
    (rule, sentence, at) => {
      const trigger = sentence.lower(at)
      const guards = (rule.guards ?? []).map((guard, number) => [guard, number] as const).filter(([guard]) => guard.triggers.includes(trigger))
      if (guards.length === 0) return
      const before = wordAt(sentence, at - 1)
      const after = wordAt(sentence, at + 1)
      found.push({id: rule.id, trigger, before, after, met: guards.filter(([guard]) => meets(guard, before, after)).map(([, number]) => number)})
    },
    run
  )
  return found
}

const companionGuarded = allRules.filter((rule) => rule.companionGuards !== undefined)

/** A finding of a rule with companion guards: for each companion within reach, the guards on it it meets (undefined: it has none). */
interface CompanionFinding {
  id: string
  text: string
  companions: Array<{word: string; met: number[] | undefined}>
}

/** The findings of rules with companion guards while `run` lints (see `CompanionFinding`). */
function companionFindings(run: () => void): CompanionFinding[] {
  const found: CompanionFinding[] = []
  const companionsOf = new Map(companionGuarded.map((rule) => [rule, companionWords(rule)]))
  observeFindings(
    companionGuarded,
    (rule, sentence, at) => {
      const {before: reachBefore, after: reachAfter} = reachSides(rule) ?? {before: 0, after: 0}
      const companions: CompanionFinding['companions'] = []
      for (const [other, token] of sentence.tokens.entries()) {
        if (!companionsOf.get(rule)?.has(token.lower)) continue
        if (other < at - reachBefore || other > at + reachAfter) continue
        const guards = (rule.companionGuards ?? []).map((guard, number) => [guard, number] as const).filter(([guard]) => guard.companions.includes(token.lower))
        const met = guards.length === 0 ? undefined : guards.filter(([guard]) => meets(guard, wordAt(sentence, other - 1), wordAt(sentence, other + 1))).map(([, number]) => number)
        companions.push({word: token.lower, met})
      }
      found.push({id: rule.id, text: sentence.text(0, sentence.length), companions})
    },
    run
  )
  return found
}

/** The first sentence of `text`, parsed. */
function sentenceOf(text: string): SentenceNode {
  const root = unified().use(retextEnglish).parse(text) as Root
  const paragraph = root.children.find((node) => node.type === 'ParagraphNode') as Paragraph
  return paragraph.children.find((node) => node.type === 'SentenceNode') as SentenceNode
}

/** The first sentence of `text`, and the index of the first child that reads `word`. */
function wordIn(text: string, word: string): {sentence: SentenceNode; index: number} {
  const sentence = sentenceOf(text)
  const index = sentence.children.findIndex((child) => child.type === 'WordNode' && child.children.map((part) => ('value' in part ? part.value : '')).join('').toLowerCase() === word)
  return {sentence, index}
}

/** `unguarded` on the bits of `rule` at the first child of the sentence that reads `word`. */
function kept(rule: Rule, text: string, word: string): boolean {
  const {sentence, index} = wordIn(text, word)
  const bit = ruleBit(rule) || strong
  const guards = guardTable([rule], () => bit).get(word) as TriggerGuard[]
  return (unguarded(bit | written, guards, sentence.children, index) & bit) !== 0
}

/** Whether the companion `word` (first in the sentence of `text`) counts for `rule` by its companion guards. */
function keptCompanion(rule: Rule, text: string, word: string): boolean {
  const {sentence, index} = wordIn(text, word)
  return failedCompanions(slotAt(words, word, 0, word.length), ruleBit(rule), sentence.children, index) === 0
}

const rule = (id: string): Rule => allRules.find((candidate) => candidate.id === id) as Rule

/** Lints each text as the department, and as an officer with quoted text checked (every rule on). */
const lintAll = (texts: readonly string[]) => () => {
  for (const text of texts) {
    lint(text)
    lint(text, {speaker: 'officer', quotes: true})
  }
}

/** The corpus and State of the Union texts the guards are held to, besides the rule tables. */
const otherTexts = () => [...corpusTexts().map((item) => item.text), ...sotuTexts(256 * 1024, 1500).map((item) => item.text)]

describe('guards', () => {
  afterEach(() => {
    prefilter.guards = true
  })

  it('hold for every finding on the rule tables, the corpus and State of the Union text, and each is met by a rule-table finding', {timeout: 60_000}, () => {
    prefilter.guards = false
    const tables = guardedFindings(lintAll(ruleTableTexts()))
    const rest = guardedFindings(lintAll(otherTexts()))
    expect([...tables, ...rest].filter((finding) => finding.met.length === 0)).toEqual([])

    // Every guard of every rule is met by at least one finding of the rule tables.
    const unmet = guarded.flatMap((candidate) =>
      (candidate.guards ?? [])
        .map((_, number) => number)
        .filter((number) => !tables.some((finding) => finding.id === candidate.id && finding.met.includes(number)))
        .map((number) => `${candidate.id} #${number}`)
    )
    expect(unmet).toEqual([])
  })

  it('hold for companions in every finding on the rule tables, the corpus and State of the Union text, and each is met in a rule-table finding', {timeout: 60_000}, () => {
    prefilter.guards = false
    const tables = companionFindings(lintAll(ruleTableTexts()))
    const rest = companionFindings(lintAll(otherTexts()))
    const counts = (finding: CompanionFinding) => finding.companions.some(({met}) => met === undefined || met.length > 0)
    expect([...tables, ...rest].filter((finding) => !counts(finding))).toEqual([])
    // Enough findings for the check to mean something.
    expect(tables.length + rest.length).toBeGreaterThan(80)

    const unmet = companionGuarded.flatMap((candidate) =>
      (candidate.companionGuards ?? [])
        .map((_, number) => number)
        .filter((number) => !tables.some((finding) => finding.id === candidate.id && finding.companions.some(({met}) => met?.includes(number))))
        .map((number) => `${candidate.id} #${number}`)
    )
    expect(unmet).toEqual([])
  })

  it('never change a message: rule tables, corpus and State of the Union text, with and without them', {timeout: 60_000}, () => {
    const texts = prefilterTexts()
    const found = dump(texts)
    prefilter.guards = false
    expect(found).toEqual(dump(texts))
    expect(found.length).toBeGreaterThan(500)
  })

  it('keep a trigger for a rule only between the words its guards allow', () => {
    const officerDirections = rule('officer-directions')
    expect(kept(officerDirections, 'The drive began on the special interest of DC Tahir Farooq.', 'interest')).toBe(true)
    expect(kept(officerDirections, 'The project serves the public interest of the district.', 'interest')).toBe(false)
    // Both sides: "as directed by".
    expect(kept(officerDirections, 'As directed by the DC, teams removed the stalls.', 'directed')).toBe(true)
    expect(kept(officerDirections, 'As directed, teams removed the stalls.', 'directed')).toBe(false)
    // A possessive ending: "the DC's dedication".
    expect(kept(rule('personal-virtue'), "The DC's dedication was praised.", 'dedication')).toBe(true)
    expect(kept(rule('personal-virtue'), 'Dedication was praised.', 'dedication')).toBe(false)
    // A beginning: any number.
    expect(kept(rule('follower-boast'), 'Our video got 10000 views in a day.', 'views')).toBe(true)
    expect(kept(rule('follower-boast'), 'Our views on the budget were heard.', 'views')).toBe(false)
    // Alternatives, '' for no word, and endings, on a rule without companions.
    const personally = rule('personally')
    expect(kept(personally, 'The DC took it upon himself to clean the drain.', 'himself')).toBe(true)
    expect(kept(personally, 'The DC himself checked the registers.', 'himself')).toBe(true)
    expect(kept(personally, 'The DC checked the registers himself.', 'himself')).toBe(true)
    expect(kept(personally, 'He saw himself as a reformer.', 'himself')).toBe(false)
  })

  it('count a companion for a rule only between the words its companion guards allow', () => {
    const superlative = rule('superlative-claim')
    expect(keptCompanion(superlative, 'It is the first such centre in the country.', 'country')).toBe(true)
    expect(keptCompanion(superlative, 'It is the first such centre in our country.', 'country')).toBe(false)
    expect(keptCompanion(superlative, 'It is second to none.', 'none')).toBe(true)
    expect(keptCompanion(superlative, 'None of the first three were late.', 'none')).toBe(false)
    const officerDirections = rule('officer-directions')
    expect(keptCompanion(officerDirections, 'On his special directions, drains were cleaned.', 'his')).toBe(true)
    expect(keptCompanion(officerDirections, 'His staff followed the orders.', 'his')).toBe(false)
    expect(keptCompanion(officerDirections, 'He took prompt action.', 'took')).toBe(true)
    expect(keptCompanion(officerDirections, 'He took the orders to the office.', 'took')).toBe(false)
    // A companion without guards, and a rule with no guard on it, keep it.
    expect(keptCompanion(superlative, 'It was the first ever.', 'ever')).toBe(true)
    expect(keptCompanion(rule('personal-virtue'), 'His staff were late.', 'his')).toBe(true)
  })

  it('refuse guards the plugin cannot apply', () => {
    const base: Rule = {...rule('my-directions'), id: 'my-directions'}
    const table = (guards: Guard[], others: Rule[] = []) => () => guardTable([{...base, guards}, ...others], (candidate) => ruleBit(candidate) || strong)
    expect(table([{triggers: ['your'], before: ['on']}])).toThrow('A guard\'s trigger must be a trigger of its rule: my-directions "your"')
    expect(table([{triggers: ['my']}])).toThrow('A guard needs words before or after its triggers: my-directions')
    expect(table([{triggers: ['my'], before: ['On']}])).toThrow('A guard\'s words are lowercase words: my-directions "On"')
    expect(table([{triggers: ['my'], afterEndings: ['-ed']}])).toThrow('A guard\'s endings and beginnings are lowercase: my-directions "-ed"')
    const loose: Rule = {...rule('personally'), guards: [{triggers: ['directly'], after: ['checked']}]}
    const {guards: _, ...unguardedRule} = rule('personally')
    const twin: Rule = {...unguardedRule, id: 'personally-twin'}
    expect(() => guardTable([loose, twin], () => strong)).toThrow(
      'A guard of a rule without companions cannot be on a trigger another such rule shares: personally "directly"'
    )
    const {reach: _reach, ...unreached} = base
    const companionTable = (companionGuards: CompanionGuard[], reach?: number) => () =>
      companionGuardTable([reach === undefined ? {...unreached, companionGuards} : {...base, reach, companionGuards}], ruleBit)
    expect(companionTable([{companions: ['your'], before: ['on']}], 4)).toThrow('A companion guard\'s word must be a companion of its rule: my-directions "your"')
    expect(companionTable([{companions: ['directions']}], 4)).toThrow('A guard needs words before or after its companions: my-directions')
    expect(companionTable([{companions: ['directions'], before: ['my']}])).toThrow('Companion guards need a reach: my-directions')
  })
})
