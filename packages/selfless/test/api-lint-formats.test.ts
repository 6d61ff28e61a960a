import {describe, expect, it} from 'vitest'
import {formatFromPath, lint, type Format} from '../src/index.js'
import {expectPlacesMatch, seen, span} from './api-helpers.js'

describe('formatFromPath', () => {
  it('maps extensions to formats, case-insensitively', () => {
    expect(
      ['a.md', 'a.markdown', 'a.mdown', 'a.mkd', 'A.MD', 'a.mdx', 'a.html', 'a.htm', 'a.txt', 'README', '.selflessrc', undefined, 'dir.md/file', 'c:\\x\\y.HTM'].map(
        formatFromPath
      )
    ).toEqual(['markdown', 'markdown', 'markdown', 'markdown', 'markdown', 'mdx', 'html', 'html', 'text', 'text', 'text', 'text', 'text', 'html'])
  })
})

describe('lint (html)', () => {
  const value = [
    '<!doctype html>', // 1
    '<html><head><title>On my directions</title>', // 2
    '<style>', // 3
    '', // 4
    'p::before { content: "on my directions" }', // 5
    '</style></head>', // 6
    '<body>', // 7
    '<p>The district office cleaned the drains.</p>', // 8
    '', // 9
    '<p>The camp ran under my supervision for', // 10
    'three days.</p>', // 11
    '<pre>', // 12
    '', // 13
    'on my directions', // 14
    '</pre>', // 15
    '<script>', // 16
    '', // 17
    'const x = "as per my instructions"', // 18
    '</script>', // 19
    '</body></html>' // 20
  ].join('\n')

  it('reports a finding inside <p> in whole-file positions, and nothing from title, style, pre or script', () => {
    const file = lint(value, {format: 'html'})
    expect(seen(file)).toEqual([
      {
        ruleId: 'my-directions',
        source: 'retext-selfless',
        actual: 'under my supervision',
        at: '10:17-10:37',
        offsets: span(value, 'under my supervision')
      }
    ])
    expectPlacesMatch(file)
  })
})

describe('lint (text)', () => {
  it('maps positions of the third paragraph', () => {
    const value = 'First paragraph.\n\nSecond one,\nstill second.\n\n\n  Work went ahead as per my instructions.\n'
    const file = lint(value)
    expect(seen(file)).toEqual([
      {
        ruleId: 'my-directions',
        source: 'retext-selfless',
        actual: 'as per my instructions',
        at: '7:19-7:41',
        offsets: span(value, 'as per my instructions')
      }
    ])
  })

  it('lints Markdown syntax as text when told the format is text', () => {
    const value = '```\non my directions\n```'
    expect(seen(lint(value, {format: 'text'})).map((item) => item.at)).toEqual(['2:1-2:17'])
  })

  it('passes plugin options through `config`', () => {
    const file = lint('Drains were cleaned on my directions.', {
      config: {institution: 'The Rawalpindi District Administration', rules: {'my-directions': 'error'}}
    })
    expect(file.messages.map((message) => [message.fatal, message.expected])).toEqual([
      [true, ["on the Rawalpindi District Administration's directions"]]
    ])
    expect(lint('Drains were cleaned on my directions.', {config: {rules: {'my-directions': 'off'}}}).messages).toEqual([])
  })
})

describe('lint (mdx)', () => {
  const value = [
    "import {Note} from './note.js'", // 1
    '', // 2
    'export const meta = {', // 3
    '', // 4
    "  title: 'on my directions'", // 5
    '}', // 6
    '', // 7
    '<Note>', // 8
    '', // 9
    '  The drains were cleaned on my directions.', // 10
    '', // 11
    '</Note>', // 12
    '', // 13
    '{/* as per my instructions */}', // 14
    '', // 15
    '```js', // 16
    'on my directions', // 17
    '```', // 18
    '', // 19
    'Work went ahead as per my instructions.' // 20
  ].join('\n')

  it('reports findings in JSX children and prose, not in ESM, expressions or code', () => {
    const file = lint(value, {format: 'mdx'})
    expect(seen(file)).toEqual([
      {
        ruleId: 'my-directions',
        source: 'retext-selfless',
        actual: 'on my directions',
        at: '10:27-10:43',
        offsets: span(value, 'on my directions', 1)
      },
      {
        ruleId: 'my-directions',
        source: 'retext-selfless',
        actual: 'as per my instructions',
        at: '20:17-20:39',
        offsets: span(value, 'as per my instructions', 1)
      }
    ])
    expectPlacesMatch(file)
  })

  it('reports an MDX syntax error as a fatal message and lints the rest', () => {
    const broken = 'Fine so far.\n\n<Note\n\nWork went ahead as per my instructions.\n'
    const file = lint(broken, {format: 'mdx'})
    expect(file.messages.map((message) => [message.ruleId, message.source, message.fatal, message.line])).toEqual([
      ['parse-error', 'selfless', true, 3],
      ['my-directions', 'retext-selfless', false, 5]
    ])
    expect(file.messages[0]?.reason).toMatch(/^Cannot parse this block, so it was not checked: /)
  })
})

describe('places after character references, escapes and CRLF', () => {
  it('still span exactly `actual`', () => {
    const cases: Array<[Format, string]> = [
      ['markdown', 'Fish &amp; chips \\*were\\* served &#x1F600; on my directions.'],
      ['html', '<p>Fish &amp; chips &lt;3\r\nwere served\r\non my directions.</p>'],
      ['mdx', 'Fish \\{chips\\} were served on my directions.']
    ]
    for (const [format, value] of cases) {
      const file = lint(value, {format})
      expect(file.messages.map((message) => message.actual), format).toEqual(['on my directions'])
      expectPlacesMatch(file)
    }
  })
})
