/**
 * Blocks that cannot hold a finding are not parsed. Markup must never hide a
 * trigger from that check: these blocks are flagged exactly as when parsed.
 */
import {lint} from 'selfless'
import {describe, expect, it} from 'vitest'
import {couldFlag} from '../src/could-flag.js'

describe('couldFlag', () => {
  it('skips clean prose in every format but MDX', () => {
    const clean = 'The water treatment plant will serve 40,000 residents.'
    expect(couldFlag('text', clean)).toBe(false)
    expect(couldFlag('markdown', clean)).toBe(false)
    expect(couldFlag('html', `<p>${clean}</p>`)).toBe(false)
    expect(couldFlag('mdx', clean)).toBe(true)
  })

  it('parses blocks with character references and comments', () => {
    expect(couldFlag('html', '<p>&#73; opened it</p>')).toBe(true)
    expect(couldFlag('markdown', '<!-- selfless disable -->')).toBe(true)
  })

  it('looks through markup that splits a trigger word', () => {
    expect(couldFlag('markdown', 'The ward was in*augur*ated by the DC.')).toBe(true)
    expect(couldFlag('html', '<p>The ward was in<b>augur</b>ated by the DC.</p>')).toBe(true)
  })

  it('still finds a finding behind a character reference', () => {
    const file = lint('<p>The drains were cleaned on &#109;y directions.</p>', {format: 'html'})
    expect(file.messages.map((message) => message.actual)).toEqual(['on my directions'])
  })
})
