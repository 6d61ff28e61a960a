import {describe, expect, it} from 'vitest'
import {lint, type Format} from '../src/index.js'

const flagged = 'Drains were cleaned on my directions.'

function found(value: string, format: Format = 'markdown'): string[] {
  return lint(value, {format}).messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
}

describe('control comments', () => {
  it('disable and enable with rule ids switch a rule off for a range', () => {
    const value = [
      flagged, // 1
      '', // 2
      '<!-- selfless disable my-directions -- quoting the order verbatim -->', // 3
      '', // 4
      flagged, // 5
      '', // 6
      '<!-- selfless enable my-directions -->', // 7
      '', // 8
      flagged // 9
    ].join('\n')
    expect(found(value)).toEqual(['1:21 my-directions', '9:21 my-directions'])
    expect(lint(value, {format: 'markdown'}).data.selflessSuppressions).toEqual([
      {ruleIds: ['my-directions'], kind: 'disable', reason: 'quoting the order verbatim', line: 3, column: 1},
      {ruleIds: ['my-directions'], kind: 'enable', reason: undefined, line: 7, column: 1}
    ])
  })

  it('disable without ids switches every rule off to the end of the file', () => {
    const value = `${flagged}\n\n<!-- selfless disable -->\n\n${flagged}\n\n- ${flagged}\n`
    expect(found(value)).toEqual(['1:21 my-directions'])
    expect(lint(value, {format: 'markdown'}).data.selflessSuppressions).toEqual([
      {ruleIds: 'all', kind: 'disable', reason: undefined, line: 3, column: 1}
    ])
  })

  it('enable with an id after disable-all re-enables only that rule', () => {
    const value = `<!-- selfless disable -->\n\n${flagged}\n\n<!-- selfless enable my-directions -->\n\n${flagged}\n`
    expect(found(value)).toEqual(['7:21 my-directions'])
  })

  it('a disable for another rule leaves this one on', () => {
    const value = `<!-- selfless disable personally, surprise-visit -- not relevant here -->\n\n${flagged}\n`
    expect(found(value)).toEqual(['3:21 my-directions'])
    expect(lint(value, {format: 'markdown'}).data.selflessSuppressions).toEqual([
      {ruleIds: ['personally', 'surprise-visit'], kind: 'disable', reason: 'not relevant here', line: 1, column: 1}
    ])
  })

  it('ignore covers the next block only', () => {
    const value = `<!-- selfless ignore my-directions -- a quoted order -->\n\n${flagged}\n\n${flagged}\n`
    expect(found(value)).toEqual(['5:21 my-directions'])
  })

  it('ignore without ids, on the line before the text, covers the rest of its block', () => {
    const value = `<!-- selfless ignore -->\n${flagged}\n\n${flagged}\n`
    expect(found(value)).toEqual(['4:21 my-directions'])
  })

  it('ignore inside a paragraph covers what follows it in that paragraph', () => {
    const value = `${flagged} <!-- selfless ignore --> ${flagged}\n\n${flagged}\n`
    expect(found(value)).toEqual(['1:21 my-directions', '3:21 my-directions'])
  })

  it('an unknown rule id is a fatal message naming it; known ids in the same comment still apply', () => {
    const value = `<!-- selfless disable my-directions my-direction -- typo -->\n\n${flagged}\n`
    const file = lint(value, {format: 'markdown'})
    expect(file.messages.map((message) => [message.ruleId, message.source, message.fatal, message.line, message.column, message.reason])).toEqual([
      [
        'unknown-rule',
        'selfless',
        true,
        1,
        1,
        'Unknown rule `my-direction` in a `selfless disable` comment: expected a rule id such as `my-directions`'
      ]
    ])
    expect(file.messages[0]?.place).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 61, offset: 60}})
  })

  it('a comment whose ids are all unknown switches nothing off', () => {
    const value = `<!-- selfless disable nope -->\n\n${flagged}\n`
    expect(found(value)).toEqual(['1:1 unknown-rule', '3:21 my-directions'])
  })

  it('an unknown keyword is a fatal message', () => {
    const value = `<!-- selfless disabel my-directions -->\n\n${flagged}\n`
    const file = lint(value, {format: 'markdown'})
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      ['unknown-keyword', true, 'Unknown keyword `disabel` in a selfless comment: expected `disable`, `enable` or `ignore`'],
      ['my-directions', false, 'Credits the writer’s own directions (`on my directions`); credit the office instead']
    ])
  })

  it('ignores comments that are not selfless comments, and comments inside code', () => {
    const value = `<!-- selflessness is a virtue -->\n\n\`\`\`html\n<!-- selfless disable -->\n\`\`\`\n\n${flagged}\n`
    expect(found(value)).toEqual(['7:21 my-directions'])
    expect(lint(value, {format: 'markdown'}).data.selflessSuppressions).toEqual([])
  })

  it('works in a list item and in a block quote', () => {
    const value = `- <!-- selfless ignore -->\n  ${flagged}\n\n> <!-- selfless disable my-directions -->\n> ${flagged}\n`
    expect(found(value)).toEqual([])
    expect(lint(value, {format: 'markdown'}).data.selflessSuppressions?.map((item) => [item.line, item.column])).toEqual([
      [1, 3],
      [4, 3]
    ])
  })

  it('works in HTML', () => {
    const value = `<p>${flagged}</p>\n<!-- selfless ignore my-directions -- cited -->\n<p>${flagged}</p>\n\n<p>${flagged}</p>\n`
    expect(found(value, 'html')).toEqual(['1:24 my-directions', '5:24 my-directions'])
  })

  it('works in MDX as a comment expression', () => {
    const value = `{/* selfless disable my-directions -- cited */}\n\n${flagged}\n\n{/* selfless enable */}\n\n${flagged}\n`
    expect(found(value, 'mdx')).toEqual(['7:21 my-directions'])
    expect(lint(value, {format: 'mdx'}).data.selflessSuppressions).toEqual([
      {ruleIds: ['my-directions'], kind: 'disable', reason: 'cited', line: 1, column: 1},
      {ruleIds: 'all', kind: 'enable', reason: undefined, line: 5, column: 1}
    ])
  })

  it('has no effect in plain text', () => {
    expect(found(`<!-- selfless disable -->\n\n${flagged}`, 'text')).toEqual(['3:21 my-directions'])
  })
})
