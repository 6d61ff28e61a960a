/**
 * `mayFlag` may only answer `false` where the plugin flags nothing: checked
 * on every text of every rule table, on real text, and on random strings.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {mayFlag} from 'retext-selfless'
import {describe, expect, it} from 'vitest'
import {lint} from './rule-table.js'

// Every string literal in the rule tables: flagged and clean texts alike.
const tableTexts: string[] = []
const folder = new URL('./rules/', import.meta.url)
for (const name of readdirSync(folder)) {
  const source = readFileSync(new URL(name, folder), 'utf8')
  for (const match of source.matchAll(/text: ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)) {
    tableTexts.push(Function(`return ${match[1]}`)() as string)
  }
}

describe('mayFlag', () => {
  it('is true wherever a rule table expects a finding', () => {
    expect(tableTexts.length).toBeGreaterThan(200)
    for (const text of tableTexts) {
      if (lint(text).length > 0) expect(mayFlag(text), text).toBe(true)
    }
  })

  it('is false for text without any trigger', () => {
    expect(mayFlag('The water treatment plant will serve 40,000 residents.')).toBe(false)
    expect(mayFlag('')).toBe(false)
  })

  it('is true for hashtags, mentions and emoji, which rules read', () => {
    expect(mayFlag('Road resurfacing is complete #TeamDC')).toBe(true)
    expect(mayFlag('Thanks @someone')).toBe(true)
    expect(mayFlag('Done 📸')).toBe(true)
  })

  it('never hides a finding in random mixes of trigger words and punctuation', () => {
    const pieces = ['I', 'inaugurated', 'my', 'directions', 'on', 'the', 'DC', "I've", 'photo-op', 'surprise', 'visit', 'paid', 'a', '-', "'", '’', '.', ',', '"', 'personally', 'first-ever', 'historic', 'Deputy', 'Commissioner', 'under', 'supervision', 'e.g.', 'x']
    let seed = 11
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    for (let round = 0; round < 400; round++) {
      const text = Array.from({length: 12}, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? ' ' : '')
      if (!mayFlag(text)) expect(lint(text), text).toEqual([])
    }
  })
})
