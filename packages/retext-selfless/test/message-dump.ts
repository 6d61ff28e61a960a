/**
 * A stable dump of every message the plugin gives on a set of texts, under
 * several option sets: the evidence that a change to the engine (e.g. a
 * prefilter) changes no finding anywhere.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import retextSelfless, {type Options} from 'retext-selfless'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {sotuDocument, sotuPosts} from '../../../bench/sotu.js'

export interface Text {
  id: string
  text: string
  options?: Options | undefined
}

/** Option sets that reach every branch the options open in the rules. */
export const optionSets: ReadonlyArray<readonly [string, Options]> = [
  ['default', {}],
  ['officer', {speaker: 'officer'}],
  ['personal', {speaker: 'personal', quotes: true}],
  [
    'configured',
    {
      institution: 'The District Administration',
      officials: ['Tahir Farooq', {name: 'John Smith', titles: ['DC Rawalpindi', 'the President'], handles: ['@dcrwp']}],
      allow: ['my team'],
      rules: {'first-person-credit': 'error', 'superlative-claim': 'warning'}
    }
  ]
]

const corpusPath = new URL('../../../../shared/corpus/dev.jsonl', import.meta.url).pathname

/** The labelled corpus texts, when the corpus is present. */
export function corpusTexts(): Text[] {
  if (!existsSync(corpusPath)) return []
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as {id: string; text: string})
    .map((item) => ({id: `corpus:${item.id}`, text: item.text}))
}

/** Every string literal of the rule tables (`text: '…'`): flagged and clean texts alike. */
export function ruleTableTexts(): string[] {
  const texts: string[] = []
  const folder = new URL('./rules/', import.meta.url)
  for (const name of readdirSync(folder)) {
    const source = readFileSync(new URL(name, folder), 'utf8')
    for (const match of source.matchAll(/text: ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)) {
      texts.push(Function(`return ${match[1]}`)() as string)
    }
  }
  return texts
}

/** About `bytes` of State of the Union text, block by block, plus short posts. */
export function sotuTexts(bytes: number, posts: number): Text[] {
  const blocks = sotuDocument(bytes).split('\n\n')
  return [
    ...blocks.map((text, index) => ({id: `sotu:${index}`, text})),
    ...sotuPosts(posts).map((text, index) => ({id: `post:${index}`, text}))
  ]
}

/**
 * The texts a prefilter switch is checked on (`dump` with and without it):
 * every rule-table text, the corpus, and State of the Union text and posts.
 */
export function prefilterTexts(): Text[] {
  return [...ruleTableTexts().map((text, index) => ({id: `table:${index}`, text})), ...corpusTexts(), ...sotuTexts(384 * 1024, 2000)]
}

const parser = unified().use(retextEnglish).freeze()

/**
 * One line per text and option set that has messages: the id, then each
 * message's contract fields in a fixed order.
 */
export function dump(texts: readonly Text[], sets: ReadonlyArray<readonly [string, Options]> = optionSets): string[] {
  const processors = sets.map(([name, options]) => [name, unified().use(retextEnglish).use(retextSelfless, options).freeze()] as const)
  const lines: string[] = []
  for (const {id, text, options} of texts) {
    const tree = parser.parse(new VFile(text)) as Root
    const runs = options ? [['own', unified().use(retextEnglish).use(retextSelfless, options).freeze()] as const] : processors
    for (const [name, processor] of runs) {
      const file = new VFile(text)
      // The plugin only reads the tree, so one parse serves every option set.
      processor.runSync(tree, file)
      if (file.messages.length === 0) continue
      const messages = file.messages.map((message) => ({
        ruleId: message.ruleId,
        source: message.source,
        actual: message.actual,
        place: message.place,
        expected: message.expected,
        reason: message.reason,
        fatal: message.fatal,
        note: message.note,
        url: message.url
      }))
      lines.push(JSON.stringify([id, name, messages]))
    }
  }
  return lines
}
