/**
 * Block splitting (internal): where a blank line ends a block and where it
 * must not.
 */
import {OptionsError} from 'retext-selfless'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {splitText} from '../src/blocks.js'
import {lint} from '../src/index.js'
import {splitHtml} from '../src/split-html.js'
import {splitMarkdown} from '../src/split-markdown.js'

function shape(blocks: ReturnType<typeof splitText>): Array<[number, string]> {
  return blocks.map((block) => [block.line, block.text])
}

describe('splitText', () => {
  it('splits on blank lines (spaces, tabs, CRLF) and records lines and offsets', () => {
    const value = 'a\nb\n \t\nc\r\n\r\n\r\nd'
    const blocks = splitText(value)
    expect(shape(blocks)).toEqual([
      [1, 'a\nb'],
      [4, 'c'],
      [7, 'd']
    ])
    expect(blocks.map((block) => [block.offset, block.end, block.first])).toEqual([
      [0, 3, true],
      [7, 8, false],
      [14, 15, false]
    ])
  })
})

describe('splitMarkdown', () => {
  it('keeps front matter, fenced code and closing-marker HTML blocks whole', () => {
    const value = '---\na: 1\n\nb: 2\n---\n\n~~~~\nx\n\n~~~\ny\n~~~~\n\n<!-- a\n\nb -->\n\n<script>\n\n</script>\n\nend'
    expect(shape(splitMarkdown(value))).toEqual([
      [1, '---\na: 1\n\nb: 2\n---'],
      [7, '~~~~\nx\n\n~~~\ny\n~~~~'],
      [14, '<!-- a\n\nb -->'],
      [18, '<script>\n\n</script>'],
      [22, 'end']
    ])
  })

  it('does not open front matter that never closes, or later in the file', () => {
    expect(shape(splitMarkdown('---\na\n\nb'))).toEqual([
      [1, '---\na'],
      [4, 'b']
    ])
    expect(splitMarkdown('x\n\n---\na\n---').map((block) => block.first)).toEqual([true, false])
  })

  it('an unclosed fence runs to the end of the file', () => {
    expect(shape(splitMarkdown('```\na\n\nb'))).toEqual([[1, '```\na\n\nb']])
  })

  it('a backtick fence with a backtick in its info string is not a fence', () => {
    expect(shape(splitMarkdown('``` a`b\n\nc'))).toEqual([
      [1, '``` a`b'],
      [3, 'c']
    ])
  })

  it('masks the indent of a list continuation with nested markers of the same width', () => {
    const blocks = splitMarkdown('- item\n\n    more\n\n     five\n\n      deeper\n\nout\n\n    code')
    // The item's content starts at column 2: 4 and 5 spaces are a paragraph in
    // it, 6 spaces (4 past the content) are indented code in it (CommonMark).
    expect(shape(blocks)).toEqual([
      [1, '- item'],
      [3, '- * more'],
      [5, '- *  five'],
      [7, '      deeper'],
      [9, 'out'],
      [11, '    code']
    ])
  })
})

describe('splitHtml', () => {
  it('keeps comments, tags, raw-text and opaque elements whole across blank lines', () => {
    const value = '<p>a</p>\n\n<!--\n\n-->\n\n<a\n\nhref="x\n\n">t</a>\n\n<pre>\n\n<b>x</b>\n\n</pre>\n\n<style>\n\n</style>\n\n<p>z'
    expect(shape(splitHtml(value))).toEqual([
      [1, '<p>a</p>'],
      [3, '<!--\n\n-->'],
      [7, '<a\n\nhref="x\n\n">t</a>'],
      [13, '<pre>\n\n<b>x</b>\n\n</pre>'],
      [19, '<style>\n\n</style>'],
      [23, '<p>z']
    ])
  })
})

describe('lint input and options', () => {
  it('decodes a VFile whose value is bytes', () => {
    const file = lint(new VFile({path: 'a.txt', value: new TextEncoder().encode('Done on my directions.')}))
    expect(file.messages.map((message) => message.actual)).toEqual(['on my directions'])
  })

  it('bad plugin options throw an OptionsError naming the key', () => {
    expect(() => lint('x', {config: {speaker: 'boss' as 'officer'}})).toThrow(OptionsError)
    expect(() => lint('x', {config: {speaker: 'boss' as 'officer'}})).toThrow(
      "Invalid option `speaker`: expected one of 'department', 'officer', 'personal', got \"boss\""
    )
  })

  it('an unknown format is a TypeError naming it', () => {
    expect(() => lint('x', {format: 'rst' as 'text'})).toThrow("Unknown format `rst`: expected 'markdown', 'mdx', 'html' or 'text'")
  })

  it('appends to messages already on the file and keeps them sorted', () => {
    const file = new VFile({value: 'A.\n\nDone on my directions.'})
    file.message('earlier', {place: {line: 3, column: 30}})
    file.message('first', {place: {line: 1, column: 1}})
    lint(file)
    expect(file.messages.map((message) => message.reason.slice(0, 7))).toEqual(['first', 'Credits', 'earlier'])
  })
})
