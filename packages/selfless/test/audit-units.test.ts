/**
 * The audit's small parts: the streaming JSON array splitter (at every
 * chunk boundary), dates, entities, Facebook's mojibake, the bounded heap,
 * highlight segments and HTML escaping.
 */
import {describe, expect, it} from 'vitest'
import {monthRange, parseBound, parseDate} from '../src/audit/dates.js'
import {decodeEntities} from '../src/audit/entities.js'
import {escapeHtml, safeUrl} from '../src/audit/escape.js'
import {BoundedHeap} from '../src/audit/heap.js'
import {compact, segments} from '../src/audit/highlight.js'
import {JsonArraySplitter} from '../src/audit/json-array-stream.js'
import type {PostFinding} from '../src/audit/linter.js'
import {fixMojibake} from '../src/audit/readers/facebook.js'

function split(text: string, size: number): {items: string[]; splitter: JsonArraySplitter} {
  const splitter = new JsonArraySplitter()
  const items: string[] = []
  for (let at = 0; at < text.length; at += size) items.push(...splitter.push(text.slice(at, at + size)))
  return {items, splitter}
}

describe('JsonArraySplitter', () => {
  const script = 'window.YTD.tweets.part0 = [ {"tweet": {"full_text": "a ] b, [c] {d} \\"e\\" \\\\"}}, {"tweet": {"n": [1, {"x": "}"}]}},\n"s,]", 42 , null]\n'
  const expected = ['{"tweet": {"full_text": "a ] b, [c] {d} \\"e\\" \\\\"}}', '{"tweet": {"n": [1, {"x": "}"}]}}', '"s,]"', '42', 'null']

  it('yields each item whatever the chunk size', () => {
    for (let size = 1; size <= script.length; size++) {
      const {items, splitter} = split(script, size)
      expect(items.map((item) => item.trim())).toEqual(expected)
      expect(splitter.done).toBe(true)
      expect(splitter.prefix).toBe('window.YTD.tweets.part0 = ')
    }
    expect(expected.map((item) => JSON.parse(item))).toHaveLength(5)
  })

  it('finds the array inside a top-level object', () => {
    const {items, splitter} = split('{"status_updates_v2": [{"a": 1}, {"b": "["}]}', 3)
    expect(items).toEqual(['{"a": 1}', '{"b": "["}'])
    expect(splitter.done).toBe(true)
  })

  it('reports an array cut short and text with no array', () => {
    const cut = split('[{"a": 1}, {"b"', 4)
    expect(cut.items).toEqual(['{"a": 1}'])
    expect([cut.splitter.found, cut.splitter.done]).toEqual([true, false])
    const none = split('{"a": {"b": {"c": [1]}}}', 5)
    expect([none.items, none.splitter.found]).toEqual([[], false])
  })
})

describe('dates', () => {
  it('reads X, ISO, epoch seconds and milliseconds', () => {
    expect(parseDate('Wed Oct 10 20:19:24 +0000 2018')?.toISOString()).toBe('2018-10-10T20:19:24.000Z')
    expect(parseDate('Wed Oct 10 20:19:24 +0530 2018')?.toISOString()).toBe('2018-10-10T14:49:24.000Z')
    expect(parseDate('2024-03-01')?.toISOString()).toBe('2024-03-01T00:00:00.000Z')
    expect(parseDate(1_700_000_000)?.toISOString()).toBe('2023-11-14T22:13:20.000Z')
    expect(parseDate('1700000000000')?.toISOString()).toBe('2023-11-14T22:13:20.000Z')
    expect([parseDate('soon'), parseDate(''), parseDate(null), parseDate({})]).toEqual([undefined, undefined, undefined, undefined])
  })

  it('makes --until with a bare date include that day', () => {
    expect(parseBound('--since', '2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z')
    expect(parseBound('--until', '2024-02-29').toISOString()).toBe('2024-03-01T00:00:00.000Z')
    expect(parseBound('--until', '2024-02-29T18:00Z').toISOString()).toBe('2024-02-29T18:00:00.000Z')
    expect(() => parseBound('--since', '2023-02-29')).toThrow('Invalid `--since`: "2023-02-29" is not a calendar date')
  })

  it('lists every month of a range, across years', () => {
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02'])
  })
})

describe('text clean-up', () => {
  it('decodes the entities X archives keep', () => {
    expect(decodeEntities('Q&amp;A &lt;b&gt; &#39;x&#39; &#x1F4F8; &quot;y&quot; &bogus; &#xD800;')).toBe('Q&A <b> \'x\' 📸 "y" &bogus; &#xD800;')
  })

  it('repairs Facebook’s Latin-1 mojibake only when it is one', () => {
    expect(fixMojibake(Buffer.from('Ramazan’s bazaar — 📸', 'utf8').toString('latin1'))).toBe('Ramazan’s bazaar — 📸')
    expect(fixMojibake('Café ©')).toBe('Café ©')
    expect(fixMojibake('Plain text')).toBe('Plain text')
  })

  it('escapes HTML and keeps only http(s) links', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
    expect([safeUrl('https://x.com/i/web/status/1'), safeUrl('javascript:alert(1)'), safeUrl('data:text/html,x'), safeUrl('not a url'), safeUrl(null)]).toEqual([
      'https://x.com/i/web/status/1',
      undefined,
      undefined,
      undefined,
      undefined
    ])
  })
})

describe('BoundedHeap', () => {
  it('keeps the greatest items, greatest first, in bounded space', () => {
    const heap = new BoundedHeap<number>(3, (a, b) => a - b)
    for (const value of [5, 1, 9, 3, 7, 9, 2, 8]) heap.push(value)
    expect(heap.size).toBe(3)
    expect(heap.sorted()).toEqual([9, 9, 8])
    expect(heap.accepts(8)).toBe(false)
    expect(heap.accepts(10)).toBe(true)
  })

  it('keeps nothing with a limit of 0', () => {
    const heap = new BoundedHeap<number>(0, (a, b) => a - b)
    heap.push(1)
    expect(heap.sorted()).toEqual([])
  })
})

describe('highlight segments', () => {
  const finding = (start: number, end: number, ruleId = 'my-directions'): PostFinding => ({
    ruleId,
    category: 'self-credit',
    severity: 'warning',
    reason: '',
    actual: '',
    expected: [],
    start,
    end,
    line: 1,
    column: start + 1
  })

  it('splits text into plain runs and flagged spans, merging overlaps', () => {
    const text = 'As per my instructions, under my supervision.'
    const parts = segments(text, [finding(24, 44), finding(0, 22), finding(30, 44, 'other')])
    expect(parts.map((part) => [part.text, part.findings.map((item) => item.ruleId)])).toEqual([
      ['As per my instructions', ['my-directions']],
      [', ', []],
      ['under my supervision', ['my-directions', 'other']],
      ['.', []]
    ])
    expect(parts.map((part) => part.text).join('')).toBe(text)
  })

  it('shortens long plain runs around the spans', () => {
    const text = `${'a'.repeat(50)} on my directions ${'b'.repeat(50)}`
    expect(compact(segments(text, [finding(51, 67)]), 5).map((part) => part.text)).toEqual(['…aaaa ', 'on my directions', ' bbbb…'])
  })
})
