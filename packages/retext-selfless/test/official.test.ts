/**
 * How official references are read: the title with its bracketed
 * abbreviation, place and name, a place before the title, a name after a
 * comma, and where the reference stops.
 */
import type {Paragraph, Root, Sentence as SentenceNode} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {createContext} from '../src/context.js'
import {officialAt, officialAtQualified, officialBefore} from '../src/official.js'
import {Sentence} from '../src/sentence.js'
import {tokenize} from '../src/tokens.js'

const context = createContext({})

function sentenceOf(text: string): Sentence {
  const tree = unified().use(retextEnglish).parse(text) as Root
  const node = (tree.children[0] as Paragraph).children[0] as SentenceNode
  return new Sentence(node, tokenize(node, {open: false}), undefined)
}

/** The text of the reference starting at the last occurrence of `from`. */
function after(text: string, from: string, qualified = false): string | undefined {
  const sentence = sentenceOf(text)
  let index = sentence.length - 1
  while (index >= 0 && sentence.tokens[index]?.text !== from) index--
  const found = qualified ? officialAtQualified(sentence, index, context) : officialAt(sentence, index, context)
  return found ? sentence.text(found.start, found.end) : undefined
}

/** The text of the reference ending right before the first occurrence of `verb`. */
function before(text: string, verb: string): string | undefined {
  const sentence = sentenceOf(text)
  const index = sentence.tokens.findIndex((token) => token.text === verb)
  const found = officialBefore(sentence, index, context)
  return found ? sentence.text(found.start, found.end) : undefined
}

describe('official references', () => {
  it('reads title, abbreviation, place and name, without the full stop', () => {
    expect(after('Set up on the directives of the Deputy Commissioner (DC) Rawalpindi Tahir Farooq.', 'the')).toBe(
      'the Deputy Commissioner (DC) Rawalpindi Tahir Farooq'
    )
  })

  it('keeps honorifics and initials inside a name', () => {
    expect(after('It was opened by DC Dr. Bilal Bhat today.', 'DC')).toBe('DC Dr. Bilal Bhat')
  })

  it('reads a name after a comma, but not a following post', () => {
    expect(after('On the directions of City Police Officer (CPO), Khurram Shahzad Haider, SSP Operations visited.', 'City')).toBe(
      'City Police Officer (CPO), Khurram Shahzad Haider'
    )
    expect(after('Following the directives of Chief Traffic Officer Rawalpindi Taimoor, Duty Officer Muhammad Waseem formed squads.', 'Chief')).toBe(
      'Chief Traffic Officer Rawalpindi Taimoor'
    )
  })

  it('stops at a comma before a single word that starts the clause', () => {
    expect(after('On the orders of the DC, Police arrested him.', 'the')).toBe('the DC')
  })

  it('takes a place or rank before the title when asked', () => {
    expect(after('On the directives of the Punjab IG, a squad was formed.', 'the')).toBeUndefined()
    expect(after('On the directives of the Punjab IG, a squad was formed.', 'the', true)).toBe('the Punjab IG')
  })

  it('prefers the longest title before a verb', () => {
    expect(before('Capital City Police Officer (CCPO) Lahore Ghulam Mahmood Dogar had given the task.', 'had')).toBe(
      'Capital City Police Officer (CCPO) Lahore Ghulam Mahmood Dogar'
    )
    expect(before('The Deputy Commissioner Tahir Farooq inaugurated the ward.', 'inaugurated')).toBe('The Deputy Commissioner Tahir Farooq')
  })

  it('does not take a politician for an official', () => {
    expect(before('The Chief Minister inaugurated the hospital.', 'inaugurated')).toBeUndefined()
  })
})
