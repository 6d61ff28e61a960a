/**
 * Options: each one changes what is flagged as documented, and invalid
 * options throw an error naming the option.
 */
import retextEnglish from 'retext-english'
import retextSelfless, {OptionsError, validateOptions} from 'retext-selfless'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {lint} from './rule-table.js'

const text = 'The drains were cleaned on my directions.'

describe('options', () => {
  it('accepts no options, null and an empty object', () => {
    expect(lint(text).map((m) => m.ruleId)).toEqual(['my-directions'])
    expect(lint(text, {}).map((m) => m.ruleId)).toEqual(['my-directions'])
    expect(validateOptions(null)).toEqual({})
  })

  it('`allow` drops findings overlapping an allowed phrase, case-insensitively', () => {
    expect(lint(text, {allow: ['On My Directions']})).toEqual([])
    expect(lint(text, {allow: ['my directions']})).toEqual([])
    expect(lint(text, {allow: ['drains were cleaned']}).length).toBe(1)
  })

  it('`quotes` decides whether quoted speech is checked', () => {
    const quoted = 'A resident said, "the drains were cleaned on my directions," at the hearing.'
    expect(lint(quoted)).toEqual([])
    expect(lint(quoted, {quotes: true}).map((m) => m.actual)).toEqual(['on my directions'])
  })

  it('`quotes` follows a quotation across sentences the plugin does not tokenize', () => {
    // "It was the first time." has a trigger ("first") but nothing any rule
    // could flag, so its quote mark is read by the prefilter alone.
    const spanning = 'A trader said, "It was the first time. The drains were cleaned on my directions." On my directions, the drains were cleaned again.'
    expect(lint(spanning).map((m) => [m.actual, m.place && 'start' in m.place ? m.place.start.offset : undefined])).toEqual([['On my directions', 82]])
    expect(lint(spanning, {quotes: true}).map((m) => m.actual)).toEqual(['on my directions', 'On my directions'])
    // A quote mark inside a URL opens no quotation.
    const url = 'The first report is at https://example.org/report"2024 today. On my directions, the drains were cleaned.'
    expect(lint(url).map((m) => m.actual)).toEqual(['On my directions'])
  })

  it('`institution` is used in rewrites', () => {
    expect(lint(text, {institution: 'The Karachi Metropolitan Corporation'})[0]?.expected).toEqual([
      "on the Karachi Metropolitan Corporation's directions"
    ])
  })

  const invalid: Array<[unknown, string]> = [
    [{speaker: 'boss'}, "Invalid option `speaker`: expected one of 'department', 'officer', 'personal', got \"boss\""],
    [{institution: ''}, 'Invalid option `institution`: expected a non-empty string, got ""'],
    [{quotes: 'yes'}, 'Invalid option `quotes`: expected a boolean, got "yes"'],
    [{allow: 'on my directions'}, 'Invalid option `allow`: expected an array of strings, got "on my directions"'],
    [{allow: ['ok', 3]}, 'Invalid option `allow[1]`: expected a non-empty string, got number 3'],
    [{officials: [{name: 'A', rank: 'DC'}]}, 'Invalid option `officials[0].rank`: expected one of `name`, `titles`, `handles` (unknown field), got "DC"'],
    [{rules: {'no-such-rule': 'off'}}, 'Invalid option `rules.no-such-rule`: expected a known rule id (unknown rule), got "no-such-rule"'],
    [{rules: {'my-directions': 'loud'}}, "Invalid option `rules.my-directions`: expected one of 'off', 'suggestion', 'warning', 'error', got \"loud\""],
    [{colour: 'red'}, 'Invalid option `colour`: expected one of `speaker`, `institution`, `officials`, `allow`, `rules`, `quotes` (unknown option), got "red"'],
    [[], 'Invalid option `options`: expected an object, got an array']
  ]

  for (const [options, message] of invalid) {
    it(`rejects ${JSON.stringify(options)}`, () => {
      // @ts-expect-error: deliberately invalid options.
      const attach = () => unified().use(retextEnglish).use(retextSelfless, options).freeze()
      expect(attach).toThrow(OptionsError)
      expect(attach).toThrow(message)
    })
  }

  it('names the key on the error', () => {
    try {
      validateOptions({rules: {'my-directions': 1}})
      expect.unreachable()
    } catch (error) {
      expect((error as OptionsError).key).toBe('rules.my-directions')
    }
  })
})
