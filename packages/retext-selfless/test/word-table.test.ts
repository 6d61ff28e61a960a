/**
 * The prefilters' word table must answer as the maps it replaced: every
 * spelling of every word finds that word's bits, `writtenForm` and
 * `triggersOf` match their plain definitions, and real words that are no
 * key find nothing (a hash collision with a key would show up here).
 */
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/tokens.js'
import {byTrigger, lowerBits, lowerBitsAt, triggersOf, wordSlot, writtenForm} from '../src/trigger-bits.js'
import {isFolded} from '../src/word-table.js'
import {corpusTexts, ruleTableTexts, sotuTexts} from './message-dump.js'

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

/** The spellings a written trigger was listed under before the table: three cases, one apostrophe. */
function writtenSpellings(word: string): Set<string> {
  const forms = [word, capitalise(word), word.toUpperCase()]
  return new Set([...forms, ...forms.map((form) => form.replaceAll("'", '’'))])
}

/** Other spellings that normalise to the word: mixed case, `‘`, mixed apostrophes. */
function oddSpellings(word: string): string[] {
  const odd = [word.charAt(0) + word.slice(1).toUpperCase(), word.replaceAll("'", '‘')]
  if (word.split("'").length > 2) odd.push(word.replace("'", '’'))
  return odd.filter((form) => normalize(form) === word)
}

const bitsOf = (text: string) => {
  const slot = wordSlot(text)
  return slot === -1 ? undefined : lowerBitsAt[slot]
}

describe('the word table', () => {
  it('finds every word in every spelling, with its bits', () => {
    expect(lowerBits.size).toBeGreaterThan(500)
    for (const [word, bits] of lowerBits) {
      for (const form of [...writtenSpellings(word), ...oddSpellings(word)]) {
        expect(bitsOf(form), form).toBe(bits)
      }
    }
  })

  it('counts a word as written only in its three cases with one kind of apostrophe', () => {
    expect(writtenForm('DC')).toBe(true)
    expect(writtenForm('Dc')).toBe(true)
    expect(writtenForm('dC')).toBe(false)
    expect(writtenForm("DC's")).toBe(false)
    expect(writtenForm('I’ve')).toBe(true)
    expect(writtenForm('I‘ve')).toBe(false)
    expect(writtenForm("o'clock’s")).toBe(false)
    for (const word of lowerBits.keys()) {
      for (const form of writtenSpellings(word)) expect(writtenForm(form), form).toBe(true)
      for (const form of oddSpellings(word)) expect(writtenForm(form), form).toBe(form === word)
    }
  })

  it('gives each trigger its rules, and no other word any', () => {
    for (const [word, rules] of byTrigger) {
      for (const form of [...writtenSpellings(word), ...oddSpellings(word)]) expect(triggersOf(form), form).toBe(rules)
    }
    expect(triggersOf('zebra')).toBeUndefined()
    expect(triggersOf('')).toBeUndefined()
  })

  it('finds no real word that is not a key', () => {
    const texts = [...ruleTableTexts(), ...corpusTexts().map((item) => item.text), ...sotuTexts(2 * 1024 * 1024, 0).map((item) => item.text)]
    const seen = new Set<string>()
    let checked = 0
    for (const text of texts) {
      for (const word of text.split(/[^\p{L}\p{N}'’‘.&-]+/u)) {
        if (seen.has(word)) continue
        seen.add(word)
        if (lowerBits.has(normalize(word))) continue
        checked++
        expect(wordSlot(word), word).toBe(-1)
      }
    }
    expect(checked).toBeGreaterThan(10_000)
  })

  it('folds as normalize does', () => {
    for (const [text, word] of [
      ['DC', 'dc'],
      ['I’ve', "i've"],
      ['I‘VE', "i've"],
      ['\u212Aick', 'kick'],
      ['Ünder', 'ünder'],
      ['dc', 'dcs']
    ] as const) {
      expect(isFolded(text, word), text).toBe(normalize(text) === word)
    }
  })
})
