/**
 * The shape every rule's test table takes: texts the rule must flag (with the
 * exact flagged text, its position and the rewrites) and texts it must pass.
 */
import retextEnglish from 'retext-english'
import retextSelfless, {type Options} from 'retext-selfless'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'

export interface FlagCase {
  text: string
  /** The exact flagged text. */
  actual: string
  /** Where `actual` starts, when it occurs more than once (default: its first index). */
  offset?: number
  expected: string[]
  /** The exact reason, where the case pins it. */
  reason?: string
  severity?: 'error' | 'warning' | 'suggestion'
  options?: Options
}

export interface PassCase {
  text: string
  /** Why this must not be flagged: the false-positive risk it stands for. */
  why: string
  options?: Options
}

export interface RuleTable {
  flag: FlagCase[]
  pass: PassCase[]
}

export function lint(text: string, options?: Options): VFileMessage[] {
  const processor = unified().use(retextEnglish).use(retextSelfless, options)
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file.messages
}

export function ruleTable(id: string, table: RuleTable): void {
  describe(id, () => {
    it('has at least five should-flag and five should-pass cases', () => {
      expect(table.flag.length).toBeGreaterThanOrEqual(5)
      expect(table.pass.length).toBeGreaterThanOrEqual(5)
    })

    for (const flag of table.flag) {
      it(`flags ${JSON.stringify(flag.actual)} in ${JSON.stringify(flag.text)}`, () => {
        const mine = lint(flag.text, flag.options).filter((message) => message.ruleId === id)
        const offset = flag.offset ?? flag.text.indexOf(flag.actual)
        expect(offset, 'the case\'s `actual` must occur in its text').toBeGreaterThanOrEqual(0)
        expect(mine.map((message) => message.actual)).toContain(flag.actual)
        const message = mine.find((message) => message.actual === flag.actual) as VFileMessage
        expect(message.place).toMatchObject({start: {offset}, end: {offset: offset + flag.actual.length}})
        expect(message.expected).toEqual(flag.expected)
        expect(message.source).toBe('retext-selfless')
        const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'suggestion'
        if (flag.severity) expect(severity).toBe(flag.severity)
        if (flag.reason) expect(message.reason).toBe(flag.reason)
      })
    }

    for (const pass of table.pass) {
      it(`passes ${JSON.stringify(pass.text)} (${pass.why})`, () => {
        const mine = lint(pass.text, pass.options).filter((message) => message.ruleId === id)
        expect(mine.map((message) => message.actual)).toEqual([])
      })
    }
  })
}
