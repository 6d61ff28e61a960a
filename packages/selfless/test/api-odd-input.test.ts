import {describe, expect, it} from 'vitest'
import {lint, type Format} from '../src/index.js'
import {expectPlacesMatch} from './api-helpers.js'

const formats: Format[] = ['markdown', 'mdx', 'html', 'text']

const odd: Array<[string, string]> = [
  ['empty', ''],
  ['only blank lines', '\n\n \t\n\r\n\r\r'],
  ['NUL bytes', '\u0000\u0000on my directions\u0000\n\n\u0000'],
  ['emoji only', '😀🎉👏🏽 🇵🇰🇮🇳\n\n🙏'],
  ['RTL text', 'بہ ہدایت ڈپٹی کمشنر صفائی کی گئی۔\n\nבוצע לפי ההוראות שלי.'],
  ['lone surrogates', '\uD800 on my \uDFFF directions \uFFFF'],
  ['unclosed constructs', '```\n\n<!--\n\n<div\n\n{\n\n<script>\n\n[x](\n\n---'],
  ['control characters', '\u0007\u001b[31mred\u001b[0m\f\v\u2028\u2029on my directions'],
  ['only markup', '<!-- selfless -->\n\n<!---->\n\n{/**/}\n\n<br/>']
]

describe('lint never throws', () => {
  for (const format of formats) {
    for (const [name, value] of odd) {
      it(`${format}: ${name}`, () => {
        const file = lint(value, {format})
        expectPlacesMatch(file)
        expect(file.messages.every((message) => message.ruleId !== 'internal-error')).toBe(true)
      })
    }
  }

  it('deterministic fuzz over Markdown-, MDX- and HTML-significant characters', () => {
    const alphabet = ['\n', '\n\n', ' ', '    ', '`', '```', '~~~', '<', '>', '</', '!--', '-->', '{', '}', '[', ']', '(', ')', '*', '-', '#', '|', '\\', '&amp;', '\r\n', 'on my directions', 'as per my instructions', 'The', '.', '---', '+++', '<pre>', '</pre>', '1.', '\t']
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    for (let round = 0; round < 60; round++) {
      let value = ''
      const length = 1 + Math.floor(random() * 60)
      for (let index = 0; index < length; index++) value += alphabet[Math.floor(random() * alphabet.length)]
      for (const format of formats) {
        const file = lint(value, {format})
        expectPlacesMatch(file)
      }
    }
  }, 30_000)
})

describe('huge one-line blocks', () => {
  const sentence = 'The drains on Mall Road were cleaned overnight by the district office. '

  it('lints a 1 MB one-liner of plain text', () => {
    const value = sentence.repeat(Math.ceil(1_048_576 / sentence.length)).slice(0, 1_048_576)
    expect(lint(value, {format: 'text'}).messages).toEqual([])
  }, 30_000)

  it('finds every phrase at its exact place in a one-line Markdown paragraph too large to parse whole', () => {
    // 1,400 sentences (~100 KB) on one line: above the size where a block is
    // cut at sentence ends (a paragraph ten times this size overflows the
    // stack in mdast-util-to-nlcst). A cut never falls inside a code span.
    const parts: string[] = []
    for (let index = 0; index < 1400; index++) {
      parts.push(index % 200 === 100 ? 'The work went ahead on my directions. ' : index % 300 === 3 ? 'See `the code. On my` notes. ' : sentence)
    }
    const value = parts.join('')
    for (const format of ['markdown', 'html', 'mdx'] as const) {
      const file = lint(value, {format})
      const expected: string[] = []
      for (let at = value.indexOf('on my directions'); at !== -1; at = value.indexOf('on my directions', at + 1)) {
        expected.push(`1:${at + 1}`)
      }
      expect(expected).toHaveLength(7)
      expect(file.messages.map((message) => `${message.line}:${message.column}`), format).toEqual(expected)
      expectPlacesMatch(file)
    }
  }, 30_000)
})
