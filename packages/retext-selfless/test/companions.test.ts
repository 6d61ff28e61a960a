/**
 * Companions let the plugin skip sentences no rule can flag. They must hold
 * for every finding: checked on each rule's should-flag table, and by linting
 * real text with and without them (the messages must be identical).
 */
import {readdirSync} from 'node:fs'
import type {Root, Sentence as SentenceNode} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it, vi} from 'vitest'
import {allRules} from '../src/catalogue.js'
import {phraseWords} from '../src/context.js'
import {prefilter} from '../src/plugin.js'
import {anyOfficial} from '../src/rule.js'
import {normalize, wordText} from '../src/tokens.js'
import {corpusTexts, dump, sotuTexts, type Text} from './message-dump.js'
import {companionWords} from './observe-findings.js'
import type {RuleTable} from './rule-table.js'

const tables = vi.hoisted(() => new Map<string, RuleTable>())
vi.mock('./rule-table.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./rule-table.js')>()
  return {...original, ruleTable: (id: string, table: RuleTable) => tables.set(id, table)}
})
const {lint} = await import('./rule-table.js')
for (const name of readdirSync(new URL('rules/', import.meta.url))) {
  await import(`./rules/${name.replace(/\.test\.ts$/, '')}.test.ts`)
}

const parser = unified().use(retextEnglish).freeze()

// The plugin tokenizes every sentence with a hashtag or mention mark (when a
// rule reads those kinds), whatever its words: a rule may flag there without
// a companion ("Follow @DCRawalpindi").
const marksRead = allRules.some((rule) => rule.kinds?.includes('hashtag') || rule.kinds?.includes('mention'))

/**
 * The normalised words of the sentence of `text` that holds `offset`, or
 * `undefined` when the plugin reads that sentence whole (see `marksRead`).
 */
function sentenceWords(text: string, offset: number): Set<string> | undefined {
  const tree = parser.parse(new VFile(text)) as Root
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = sentence.position?.start.offset ?? 0
      const end = sentence.position?.end.offset ?? 0
      if (offset < start || offset >= end) continue
      const children = (sentence as SentenceNode).children
      const marked = children.some((child) => (child.type === 'PunctuationNode' || child.type === 'SymbolNode') && (child.value === '#' || child.value === '@'))
      if (marksRead && marked) return undefined
      return new Set(children.flatMap((child) => (child.type === 'WordNode' ? [normalize(wordText(child))] : [])))
    }
  }
  return new Set()
}

describe('companions', () => {
  const withCompanions = allRules.filter((rule) => rule.companions)

  it('are declared by the rules with the most common triggers', () => {
    expect(withCompanions.map((rule) => rule.id).sort()).toEqual([      'award-self-announcement',
      'camera-framing',
      'engagement-appeal',
      'entourage',
      'first-person-credit',
      'follower-boast',
      'hands-on-prop',
      'leadership-credit',
      'my-directions',
      'name-as-brand',
      'officer-directions',
      'officer-inaugurates',
      'performed-reaction',
      'personal-virtue',
      'reported-praise',
      'superlative-claim',
      'surprise-visit',
      'took-a-round'
    ])
  })

  for (const rule of withCompanions) {
    it(`stand in the sentence of every ${rule.id} finding of its table`, () => {
      const table = tables.get(rule.id)
      expect(table, 'the rule test table').toBeDefined()
      let checked = 0
      for (const flag of table?.flag ?? []) {
        const companions = companionWords(rule)
        // Configured officials count too (the plugin then runs the rule wherever its triggers stand).
        if (rule.companions?.includes(anyOfficial)) {
          for (const official of flag.options?.officials ?? []) {
            for (const name of typeof official === 'string' ? [official] : [official.name ?? '', ...(official.titles ?? [])]) {
              for (const word of phraseWords(name)) companions.add(word)
            }
          }
        }
        // The rule's own findings, with the prefilter's use of companions off.
        prefilter.companions = false
        let messages
        try {
          messages = lint(flag.text, flag.options).filter((message) => message.ruleId === rule.id)
        } finally {
          prefilter.companions = true
        }
        for (const message of messages) {
          const words = sentenceWords(flag.text, message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0)
          if (!words) continue
          const found = [...words].filter((word) => companions.has(word) || companions.has(word.replace(/'s$/, '')))
          expect(found, `${rule.id}: ${JSON.stringify(message.actual)} in ${JSON.stringify(flag.text)}`).not.toEqual([])
          checked++
        }
      }
      expect(checked).toBeGreaterThanOrEqual(5)
    })
  }

  // Slow under load (two lints of about 100,000 words each): a generous timeout.
  it('never change a message: rule tables, corpus and State of the Union text, with and without them', {timeout: 60_000}, () => {
    const texts: Text[] = [...corpusTexts(), ...sotuTexts(384 * 1024, 2000)]
    for (const [id, table] of tables) {
      for (const [index, item] of [...table.flag, ...table.pass].entries()) {
        texts.push({id: `${id}:${index}`, text: item.text})
        if (item.options) texts.push({id: `${id}:${index}:own`, text: item.text, options: item.options})
      }
    }
    const found = dump(texts)
    prefilter.companions = false
    try {
      expect(found).toEqual(dump(texts))
    } finally {
      prefilter.companions = true
    }
    // The texts are flagged often enough for the comparison to mean something.
    expect(found.length).toBeGreaterThan(500)
  })
})
