/**
 * Linting never throws, whatever the text, and social-media units are not
 * read as prose.
 */
import {describe, expect, it} from 'vitest'
import {lint} from './rule-table.js'

const odd: Array<[string, string]> = [
  ['empty', ''],
  ['whitespace', ' \n\t\n  '],
  ['NUL bytes', 'on my\u0000 directions \u0000\u0000'],
  ['emoji only', '📸🎉🇵🇰👍🏽'.repeat(50)],
  ['RTL Urdu', 'ڈپٹی کمشنر نے میری ہدایت پر صفائی مہم کا آغاز کیا۔'],
  ['Hindi', 'जिलाधिकारी ने निरीक्षण किया। on my directions'],
  ['lone surrogates', '\ud800 on my directions \udfff'],
  ['unbalanced quotes', '"“«‘ on my directions'],
  ['only punctuation', '.,;:!?#@'.repeat(100)],
  ['hashtags and mentions only', '#TeamDC @dc_office #'.repeat(20)],
  ['a URL that looks like prose', 'https://example.org/on-my-directions?as=per my instructions']
]

describe('robustness', () => {
  for (const [name, text] of odd) {
    it(`does not throw on ${name}`, () => {
      expect(() => lint(text)).not.toThrow()
    })
  }

  it('does not throw on a 1 MB one-liner', () => {
    const text = 'on my directions, the drains were cleaned and '.repeat(23_000)
    expect(text.length).toBeGreaterThan(1_000_000)
    const messages = lint(text)
    expect(messages.length).toBe(23_000)
  }, 120_000)

  it('does not throw on random code points', () => {
    let seed = 7
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    for (let round = 0; round < 50; round++) {
      const text = Array.from({length: 200}, () => String.fromCodePoint(Math.floor(random() * 0x2ffff))).join('')
      expect(() => lint(text)).not.toThrow()
    }
  })

  it('does not read URLs, hashtags or mentions as prose', () => {
    expect(lint('See https://example.org/on/my/directions and www.example.org/as-per-my-instructions')).toEqual([])
    expect(lint('Thanks @on_my_directions and #OnMyDirections')).toEqual([])
  })
})
