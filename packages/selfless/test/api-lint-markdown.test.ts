import {rules} from 'retext-selfless'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {expectPlacesMatch, seen, span} from './api-helpers.js'

const myDirections = rules.find((rule) => rule.id === 'my-directions')

// Lines are numbered in the comments so the expected positions can be read off.
const document = [
  '---', // 1
  'title: On my directions, a report', // 2
  '---', // 3
  '', // 4
  '# Weekly report', // 5
  '', // 6
  'The district office cleaned 40 km of drains.', // 7
  '', // 8
  '```text', // 9
  'on my directions', // 10
  '', // 11
  'as per my instructions', // 12
  '```', // 13
  '', // 14
  '- Water supply was restored in 12 villages.', // 15
  '- Last week, on my directions, the drains on Mall Road were cleaned.', // 16
  '', // 17
  'Price checks ran in every market as per my instructions.', // 18
  '' // 19
].join('\n')

describe('lint (markdown)', () => {
  it('reports findings in whole-file positions, skipping front matter and fenced code', () => {
    const file = lint(document, {format: 'markdown'})
    expect(seen(file)).toEqual([
      {
        ruleId: 'my-directions',
        source: 'retext-selfless',
        actual: 'on my directions',
        at: '16:14-16:30',
        offsets: span(document, 'on my directions', 1)
      },
      {
        ruleId: 'my-directions',
        source: 'retext-selfless',
        actual: 'as per my instructions',
        at: '18:34-18:56',
        offsets: span(document, 'as per my instructions', 1)
      }
    ])
    expectPlacesMatch(file)
  })

  it('maps a finding in the third block', () => {
    const value = '# Title\n\nFirst paragraph,\nwrapped.\n\n> Work went ahead as per my instructions.\n'
    expect(seen(lint(value, {format: 'markdown'}))).toEqual([
      {
        ruleId: 'my-directions',
        source: 'retext-selfless',
        actual: 'as per my instructions',
        at: '6:19-6:41',
        offsets: span(value, 'as per my instructions')
      }
    ])
  })

  it('keeps every field of the plugin’s message', () => {
    const [message] = lint(document, {format: 'markdown'}).messages
    expect(message?.reason).toBe('Credits the writer’s own directions (`on my directions`); credit the office instead')
    expect(message?.expected).toEqual(["on the department's directions"])
    expect(message?.fatal).toBe(false)
    expect(message?.note).toBe(myDirections?.note)
    expect(message?.url).toBe('https://github.com/selfless-lint/selfless/blob/main/docs/rules/my-directions.md')
    expect(message?.line).toBe(16)
    expect(message?.column).toBe(14)
  })

  it('takes the format from the file path and sets `file` on messages', () => {
    const file = lint(new VFile({path: 'reports/week-12.md', value: document}))
    expect(file.messages.map((message) => message.file)).toEqual(['reports/week-12.md', 'reports/week-12.md'])
    expect(file.messages[0]?.name).toBe('reports/week-12.md:16:14-16:30')
  })

  it('lints a list item continued after a blank line as prose, not as code', () => {
    const value = '1. Step one\n\n    The camp ran as per my instructions.\n\n        on my directions\n'
    const file = lint(value, {format: 'markdown'})
    // The 8-space line is indented code inside the item (CommonMark): not prose.
    expect(seen(file)).toEqual([
      {
        ruleId: 'my-directions',
        source: 'retext-selfless',
        actual: 'as per my instructions',
        at: '3:18-3:40',
        offsets: span(value, 'as per my instructions')
      }
    ])
  })

  it('does not lint indented code that follows a paragraph', () => {
    expect(lint('Example:\n\n    on my directions\n', {format: 'markdown'}).messages).toEqual([])
  })

  it('keeps an HTML comment or <pre> spanning blank lines out of the prose', () => {
    const value = '<!--\n\non my directions\n\n-->\n\n<pre>\n\nas per my instructions\n\n</pre>\n\nDone on my directions.\n'
    expect(seen(lint(value, {format: 'markdown'})).map((item) => item.at)).toEqual(['13:6-13:22'])
  })

  it('does not treat a thematic break and a setext heading later in the file as front matter', () => {
    const value = 'Intro.\n\n---\nThe drains were cleaned on my directions\n---\n'
    expect(seen(lint(value, {format: 'markdown'})).map((item) => item.at)).toEqual(['4:25-4:41'])
  })

  it('finds the same messages with CRLF line endings', () => {
    const crlf = document.replace(/\n/g, '\r\n')
    const file = lint(crlf, {format: 'markdown'})
    expect(seen(file).map((item) => item.at)).toEqual(['16:14-16:30', '18:34-18:56'])
    expectPlacesMatch(file)
  })

  it('does not lint inline code, URLs, link targets or HTML blocks', () => {
    const value = 'See `on my directions` and <https://example.com/on-my-directions>.\n\n<p>on my directions</p>\n'
    expect(lint(value, {format: 'markdown'}).messages).toEqual([])
  })
})
