import {rules} from 'retext-selfless'
import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {applyFixes, lint} from '../src/index.js'

function message(ruleId: string, actual: string, expected: string[], start: number, source = 'retext-selfless'): VFileMessage {
  const result = new VFileMessage('test', {
    place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: start + actual.length + 1, offset: start + actual.length}},
    ruleId,
    source
  })
  result.actual = actual
  result.expected = expected
  return result
}

describe('applyFixes', () => {
  const value = [
    '# Drains', //
    '',
    'On my directions, the drains were cleaned.',
    '',
    '```',
    'on my directions',
    '```',
    '',
    '- Markets were checked as per my instructions.',
    ''
  ].join('\n')

  it('rewrites each finding with its first suggestion and nothing else', () => {
    const file = lint(value, {format: 'markdown'})
    const {text, applied} = applyFixes(value, file.messages)
    expect(applied).toHaveLength(2)
    expect(text).toBe(
      value
        .replace('On my directions,', "On the department's directions,")
        .replace('as per my instructions', "as per the department's instructions")
    )
  })

  it('is idempotent: lint and fix the result again and nothing changes', () => {
    const once = applyFixes(value, lint(value, {format: 'markdown'}).messages).text
    const again = applyFixes(once, lint(once, {format: 'markdown'}).messages)
    expect(again).toEqual({text: once, applied: []})
    // Re-applying stale messages to the fixed text changes nothing either.
    expect(applyFixes(once, lint(value, {format: 'markdown'}).messages)).toEqual({text: once, applied: []})
  })

  it('skips a fix whose place no longer holds `actual`', () => {
    const stale = message('my-directions', 'on my directions', ['on the office’s directions'], 0)
    expect(applyFixes('On my directions', [stale])).toEqual({text: 'On my directions', applied: []})
  })

  it('skips overlapping fixes, keeping the first in the text', () => {
    const text = 'Done as per my instructions today.'
    const wide = message('my-directions', 'as per my instructions', ['as instructed'], 5)
    const narrow = message('my-directions', 'per my instructions', ['per instructions'], 8)
    const result = applyFixes(text, [narrow, wide])
    expect(result.text).toBe('Done as instructed today.')
    expect(result.applied).toEqual([wide])
  })

  it('applies fixable rules only, from retext-selfless only, with a suggestion only', () => {
    const text = 'on my directions on my directions on my directions on my directions'
    const messages = [
      message('not-a-rule', 'on my directions', ['x'], 0),
      message('my-directions', 'on my directions', ['y'], 17, 'someone-else'),
      message('my-directions', 'on my directions', [], 34)
    ]
    // Any rule the catalogue marks not fixable (rules are still being written).
    const notFixable = rules.find((rule) => !rule.fixable)
    if (notFixable) messages.push(message(notFixable.id, 'on my directions', ['z'], 51))
    expect(applyFixes(text, messages)).toEqual({text, applied: []})
  })

  it('ignores messages without a place or offsets', () => {
    const noPlace = new VFileMessage('x', {ruleId: 'my-directions', source: 'retext-selfless'})
    noPlace.actual = 'a'
    noPlace.expected = ['b']
    expect(applyFixes('a', [noPlace])).toEqual({text: 'a', applied: []})
  })
})
