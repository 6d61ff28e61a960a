/**
 * The command's fast path in front of `string-width` (src/fast-string-width.ts)
 * must measure exactly what `string-width` itself measures: checked for every
 * character the fast path accepts, and for report-like strings.
 */
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {narrowText, withNarrowFastPath, type StringWidth} from '../src/fast-string-width.js'

// The `string-width` that vfile-reporter imports (not a dependency of ours).
const fromReporter = createRequire(createRequire(import.meta.url).resolve('vfile-reporter'))
const slow = ((await import(pathToFileURL(fromReporter.resolve('string-width')).href)) as {default: StringWidth}).default
const fast = withNarrowFastPath(slow)

describe('fast string width', () => {
  it('gives one column for every character it measures by length', () => {
    let accepted = 0
    for (let code = 0; code < 0x3000; code++) {
      const char = String.fromCharCode(code)
      if (!narrowText.test(char)) continue
      accepted++
      expect(slow(char), `U+${code.toString(16)}`).toBe(1)
    }
    expect(accepted).toBe(95 + 7)
  })

  it('measures report cells as string-width does', () => {
    for (const value of [
      '',
      '3:1-3:17',
      'warning',
      'Credits the writer’s own directions (`On my directions`); credit the office instead',
      '“Surprise visit” — said the DC…',
      'my-directions',
      'retext-selfless',
      '⚠ 1 warning',
      'Inaugurated 🎉 the plant',
      '中文 text',
      'e\u0301 combining',
      '\u001B[33mwarning\u001B[39m',
      'tab\there',
      'line\r\nbreak'
    ]) {
      expect(fast(value), JSON.stringify(value)).toBe(slow(value))
    }
    expect(fast('wide', {ambiguousIsNarrow: false})).toBe(slow('wide', {ambiguousIsNarrow: false}))
  })
})
