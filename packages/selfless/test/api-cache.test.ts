import {describe, expect, it} from 'vitest'
import {BlockCache, lint} from '../src/index.js'
import {seen} from './api-helpers.js'

// 20 blocks: a heading, then paragraphs; every fifth flags my-directions.
const blocks = ['# Monthly report']
for (let index = 1; index < 20; index++) {
  blocks.push(index % 5 === 0 ? `Item ${index}: drains were cleaned on my directions.` : `Item ${index}: the office inspected ${index} markets.`)
}
const document = blocks.join('\n\n') + '\n'

describe('BlockCache', () => {
  it('a first lint fills the cache; an unchanged re-lint parses nothing', () => {
    const cache = new BlockCache()
    const first = lint(document, {format: 'markdown', cache})
    expect([cache.misses, cache.hits, cache.size]).toEqual([20, 0, 20])
    const second = lint(document, {format: 'markdown', cache})
    expect([cache.misses, cache.hits, cache.size]).toEqual([20, 20, 20])
    expect(seen(second)).toEqual(seen(first))
    expect(seen(first)).toEqual(seen(lint(document, {format: 'markdown'})))
  })

  it('an edit re-lints only the block it touched, and later positions still move', () => {
    const cache = new BlockCache()
    lint(document, {format: 'markdown', cache})
    // Edit block 3 so it gains two lines: every later finding moves down two lines.
    const edited = document.replace('Item 3: the office inspected 3 markets.', 'Item 3: the office\ninspected 3 markets\nas per my instructions.')
    const before = {misses: cache.misses, hits: cache.hits}
    const file = lint(edited, {format: 'markdown', cache})
    expect(cache.misses - before.misses).toBe(1)
    expect(cache.hits - before.hits).toBe(19)
    expect(seen(file)).toEqual(seen(lint(edited, {format: 'markdown'})))
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.actual}`)).toEqual([
      // Block 3 starts on line 7; the phrase is on its third line.
      '9:1 as per my instructions',
      // Blocks 5, 10 and 15 started on lines 11, 21 and 31.
      '13:29 on my directions',
      '23:30 on my directions',
      '33:30 on my directions'
    ])
  })

  it('keys on format and options: another config misses', () => {
    const cache = new BlockCache()
    lint(document, {format: 'markdown', cache})
    lint(document, {format: 'text', cache})
    expect(cache.misses).toBe(40)
    lint(document, {format: 'markdown', cache, config: {rules: {'my-directions': 'error'}}})
    expect(cache.misses).toBe(60)
    // Equal options in another object (and another key order) share entries.
    lint(document, {format: 'markdown', cache, config: {quotes: false, rules: {'my-directions': 'error'}}})
    lint(document, {format: 'markdown', cache, config: {rules: {'my-directions': 'error'}, quotes: false}})
    expect(cache.misses).toBe(80)
  })

  it('evicts the least recently used entries beyond its limit', () => {
    const cache = new BlockCache(3)
    lint('One.\n\nTwo.\n\nThree.', {cache})
    lint('One.', {cache})
    lint('Four.', {cache})
    expect(cache.size).toBe(3)
    const misses = cache.misses
    lint('One.\n\nFour.', {cache})
    expect(cache.misses).toBe(misses)
    lint('Two.', {cache})
    expect(cache.misses).toBe(misses + 1)
    cache.clear()
    expect([cache.size, cache.hits, cache.misses]).toEqual([0, 0, 0])
  })

  it('hands out fresh messages: changing one does not change the cache', () => {
    const cache = new BlockCache()
    const first = lint(document, {format: 'markdown', cache})
    first.messages[0]?.expected?.push('changed')
    const second = lint(document, {format: 'markdown', cache})
    expect(second.messages[0]?.expected).toEqual(["on the department's directions"])
  })

  it('front matter only counts in the first block, cached apart from the same text later', () => {
    const cache = new BlockCache()
    const front = '---\ntitle: x\n---'
    const later = `Intro.\n\n${front}`
    lint(front + '\n\nBody on my directions.', {format: 'markdown', cache})
    const file = lint(later, {format: 'markdown', cache})
    expect(seen(file)).toEqual(seen(lint(later, {format: 'markdown'})))
    expect(cache.misses).toBe(4)
  })
})
