/**
 * `mayFlag` may only answer `false` where the plugin flags nothing: checked
 * on every text of every rule table, on real text, and on random strings.
 */
import {mayFlag} from 'retext-selfless'
import {describe, expect, it} from 'vitest'
import {corpusTexts, optionSets, ruleTableTexts} from './message-dump.js'
import {lint} from './rule-table.js'

const tableTexts = ruleTableTexts()

describe('mayFlag', () => {
  it('is true wherever a rule table expects a finding', () => {
    expect(tableTexts.length).toBeGreaterThan(200)
    for (const text of tableTexts) {
      if (lint(text).length > 0) expect(mayFlag(text), text).toBe(true)
    }
  })

  it('is true wherever the plugin flags, under every option set', () => {
    const texts = [...tableTexts, ...corpusTexts().map((item) => item.text)]
    for (const [name, options] of optionSets) {
      let flagged = 0
      for (const text of texts) {
        if (lint(text, options).length === 0) continue
        flagged++
        expect(mayFlag(text, options), `${name}: ${text}`).toBe(true)
      }
      expect(flagged, name).toBeGreaterThan(150)
    }
  })

  it('finds words written with dots, apostrophes and ampersands inside or after them', () => {
    for (const text of [
      'The drive began on the directions of the D.C. Rawalpindi.',
      "On the D.C.'s directions, a drive began.",
      'The best roads in J&K were built.'
    ]) {
      expect(lint(text).length, text).toBeGreaterThan(0)
      expect(mayFlag(text), text).toBe(true)
    }
    expect(mayFlag('Wait... -- ...')).toBe(false)
  })

  it('is false for text without any trigger', () => {
    expect(mayFlag('The water treatment plant will serve 40,000 residents.')).toBe(false)
    expect(mayFlag('')).toBe(false)
  })

  it('needs a trigger with one of its companions, unless officials are configured', () => {
    expect(mayFlag('I think it rained.')).toBe(false)
    expect(mayFlag('I think it rained. I inaugurated it.')).toBe(true)
    expect(mayFlag('The dedication of the staff was noted.')).toBe(false)
    expect(mayFlag('The dedication of the staff was noted.', {officials: ['Ali Khan']})).toBe(true)
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
