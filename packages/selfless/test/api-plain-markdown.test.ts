/**
 * The plain-paragraph fast path (src/plain-markdown.ts): a Markdown block
 * without Markdown syntax is linted with the plain-text pipeline. These tests
 * prove that this gives exactly the messages of the full Markdown path, on
 * every sentence of the rule tables and on varied combinations of them.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Options} from 'retext-selfless'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {lintBlock} from '../src/lint-block.js'
import {getPipeline, type PipelineKind} from '../src/pipelines.js'
import {isPlainMarkdown, plainMarkdownStart, shiftResult} from '../src/plain-markdown.js'

const rulesFolder = fileURLToPath(new URL('../../retext-selfless/test/rules/', import.meta.url))

/** Every `text: '…'` of the plugin's rule tables, plus sentences that must stay here whatever those hold. */
function sentences(): string[] {
  const found = new Set<string>([
    'On my directions, the drains on Mall Road were cleaned overnight.',
    'The encroachments were removed as per my instructions.',
    'I personally inaugurated the new water filtration plant in Gujar Khan today.',
    'Thanks to my efforts, 300 families now have clean water.',
    'The Deputy Commissioner (DC) Rawalpindi Tahir Farooq paid a surprise visit to the hospital.',
    'Under the dynamic leadership of the DC, 40 shops were sealed.',
    'Supply returns on Friday.',
    'The best ever cleanliness drive in the history of the district concluded today.',
    'Please like and share this post!',
    'What a day! I personally inaugurated the plant!',
    '“On my directions,” she said, “the road was repaired.”'
  ])
  for (const name of readdirSync(rulesFolder)) {
    if (!name.endsWith('.test.ts')) continue
    const source = readFileSync(rulesFolder + name, 'utf8')
    for (const match of source.matchAll(/\btext: '((?:[^'\\\n]|\\.)*)'/g)) {
      found.add((match[1] ?? '').replace(/\\(.)/g, '$1'))
    }
  }
  return [...found]
}

/** Single sentences, sentences joined on one line, and across soft line breaks. */
function blocks(all: readonly string[]): string[] {
  const result = [...all]
  for (let index = 0; index + 2 < all.length; index += 2) {
    result.push(all[index] + ' ' + all[index + 1])
    result.push(all[index] + '\n' + all[index + 1] + '\n' + all[index + 2])
  }
  return result
}

const configs: Array<Options | undefined> = [undefined, {institution: 'The Lahore District Administration'}]
const kinds: PipelineKind[] = ['markdown', 'markdown-first']

describe('plain Markdown blocks', () => {
  it('give identical messages through the plain-text and the Markdown pipelines', () => {
    const all = blocks(sentences())
    const plain = all.filter(isPlainMarkdown)
    // Most prose is plain: the comparison must cover many blocks and findings.
    expect(plain.length).toBeGreaterThan(200)
    let findings = 0
    for (const config of configs) {
      for (const kind of kinds) {
        const full = getPipeline(kind, config)
        const text = getPipeline('text', config)
        // Every block with the defaults; every fourth with the other variants (time).
        const every = config === undefined && kind === 'markdown' ? 1 : 4
        for (const [index, block] of plain.entries()) {
          if (index % every !== 0) continue
          const expected = lintBlock(full, block)
          findings += expected.messages.length
          expect({block, ...lintBlock(text, block)}).toEqual({block, ...expected})
        }
      }
    }
    expect(findings).toBeGreaterThan(200)
  }, 60_000)

  it('give identical messages for one-line list items and quotes as plain text after the marker', () => {
    const markers = ['- ', '+ ', '1. ', '12) ', '> ']
    const single = sentences().filter((sentence) => isPlainMarkdown(sentence) && !sentence.includes('\n'))
    expect(single.length).toBeGreaterThan(100)
    let findings = 0
    for (const kind of kinds) {
      const full = getPipeline(kind, undefined)
      const text = getPipeline('text', undefined)
      for (const [index, sentence] of single.entries()) {
        const block = (markers[index % markers.length] as string) + sentence
        const start = plainMarkdownStart(block)
        expect(start, block).toBe(block.length - sentence.length)
        const expected = lintBlock(full, block)
        findings += expected.messages.length
        expect({block, ...shiftResult(lintBlock(text, sentence), start as number)}).toEqual({block, ...expected})
      }
    }
    expect(findings).toBeGreaterThan(100)
  }, 60_000)

  it('parses anything else behind a marker as Markdown', () => {
    for (const block of [
      '- *emphasis* here',
      '-  two spaces',
      '- - nested',
      '> > nested',
      '- > quote in item',
      '- # heading',
      '* item',
      '- item\ncontinued',
      '- [ ] task',
      '-\tTab'
    ]) {
      expect(plainMarkdownStart(block), JSON.stringify(block)).toBe(undefined)
    }
  })

  it('recognises plain paragraphs', () => {
    for (const text of [
      'Supply returns on Friday.',
      'On my directions, the main was repaired.\nSupply returns on Friday.',
      'In 1998 the plant opened; 2,000 homes (and 3 schools) were connected.',
      'Costs fell by 20% = a saving of $5.',
      'The DC said: “we will finish by June.”',
      'What a day! The main was repaired.'
    ]) {
      expect(isPlainMarkdown(text), text).toBe(true)
    }
  })

  it('sends anything Markdown could read as syntax down the full path', () => {
    for (const text of [
      '',
      'Some *emphasis* here.',
      'Some _emphasis_ here.',
      'Some `code` here.',
      'A [link](https://example.com).',
      'An ![image](a.png).',
      'A <b>tag</b>.',
      'An &amp; entity.',
      'An escaped \\* star.',
      'A ~~strike~~.',
      'A | table | row |',
      'See www.example.com for more.',
      'See https://example.com for more.',
      'Mail dc@example.com today.',
      'A #hashtag.',
      '# Heading',
      'Text\n===',
      'Text\n---',
      '- item',
      '+ item',
      '* item',
      '1. item',
      '1) item',
      'Text\n2. item',
      '> quote',
      '    indented code',
      ' one leading space',
      'Line one\n continued with indentation',
      'Trailing space \nnext',
      'Trailing space at the end ',
      'A\ttab',
      'Windows\r\nline ending',
      'NUL \u0000 character'
    ]) {
      expect(isPlainMarkdown(text), JSON.stringify(text)).toBe(false)
    }
  })

  it('keeps whole-file positions through `lint`', () => {
    const value = '# Notice\n\nI personally inaugurated the plant.\nOn my directions, the main was repaired.\n'
    const list = lint('# Notice\n\n- On my directions, the main was repaired.\n', {format: 'markdown'})
    expect(list.messages.map((message) => [message.ruleId, message.actual, message.line, message.column])).toEqual([
      ['my-directions', 'On my directions', 3, 3]
    ])
    const messages = lint(value, {format: 'markdown'}).messages.map((message) => [
      message.ruleId,
      message.actual,
      message.line,
      message.column,
      message.place && 'start' in message.place ? message.place.start.offset : undefined
    ])
    const viaText = lint(value.slice(10), {format: 'text'}).messages.map((message) => [
      message.ruleId,
      message.actual,
      (message.line ?? 0) + 2,
      message.column,
      message.place && 'start' in message.place ? (message.place.start.offset ?? 0) + 10 : undefined
    ])
    expect(messages.length).toBeGreaterThan(0)
    expect(messages).toEqual(viaText)
  })
})
