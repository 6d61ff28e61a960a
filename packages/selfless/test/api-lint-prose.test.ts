/**
 * Prose is linted range by range (src/lint-prose.ts): only the parts that
 * can hold a finding are parsed. These tests pin the places (lines and
 * columns of ranges that start mid-text) and prove the result is that of
 * parsing the whole text, on multi-line texts made of the rule tables'
 * sentences.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {rangesToCheck} from 'retext-selfless'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {lintBlock} from '../src/lint-block.js'
import {lintProse} from '../src/lint-prose.js'
import {getPipeline} from '../src/pipelines.js'

const rulesFolder = fileURLToPath(new URL('../../retext-selfless/test/rules/', import.meta.url))

function tableSentences(): string[] {
  const found: string[] = []
  for (const name of readdirSync(rulesFolder)) {
    const source = readFileSync(rulesFolder + name, 'utf8')
    for (const match of source.matchAll(/\btext: '((?:[^'\\\n]|\\.)*)'/g)) found.push((match[1] ?? '').replace(/\\(.)/g, '$1'))
  }
  return found
}

describe('lintProse', () => {
  it('places findings of a range that starts on a later line', () => {
    const text =
      'Roads were repaired.\nDrains were cleaned. Bins were emptied. Lights were fixed. Work is done. The DC personally inspected it.\n'
    // Only the last four sentences are parsed: the finding's and the three before it.
    expect(rangesToCheck(text)).toEqual([{start: 42, end: 126}])
    expect(text.slice(42, 60)).toBe('Bins were emptied.')
    const file = lint(text, {format: 'text'})
    expect(file.messages.map((message) => [message.ruleId, message.actual, message.place])).toEqual([
      ['personally', 'personally inspected', {start: {line: 2, column: 81, offset: 101}, end: {line: 2, column: 101, offset: 121}}]
    ])
    expect(text.slice(101, 121)).toBe('personally inspected')
  })

  it('parses nothing where nothing can be flagged', () => {
    expect(lintProse(getPipeline('text', {}), 'I think it rained. Work is done.', {})).toEqual({messages: [], controls: []})
  })

  it('gives exactly the messages of linting the whole text', () => {
    const sentences = tableSentences()
    expect(sentences.length).toBeGreaterThan(200)
    const pipeline = getPipeline('text', {})
    let seed = 5
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647
    let compared = 0
    for (let round = 0; round < 150; round++) {
      const parts = Array.from({length: 3 + Math.floor(random() * 8)}, () => sentences[Math.floor(random() * sentences.length)])
      const text = parts.join(random() < 0.3 ? '\n' : random() < 0.5 ? '\n\n' : ' ')
      const whole = lintBlock(pipeline, text)
      const ranged = lintProse(pipeline, text, {})
      if (whole.messages.length > 0) compared++
      expect(ranged.messages, text).toEqual(whole.messages)
    }
    expect(compared).toBeGreaterThan(100)
  })
})
