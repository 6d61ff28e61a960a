/**
 * docs/institutional-voice.md must tell the truth: every “before” is flagged
 * by the rule it names, and every “after” passes clean.
 */
import {readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import retextSelfless from 'retext-selfless'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const processor = unified().use(retextEnglish).use(retextSelfless).freeze()
const page = readFileSync(new URL('../docs/institutional-voice.md', import.meta.url), 'utf8')

function ruleIds(text: string): string[] {
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file.messages.map((message) => message.ruleId ?? '')
}

const rows = [...page.matchAll(/^\| (.+?) \(`([a-z-]+)`\) \| (.+) \|$/gm)].map((match) => ({
  before: (match[1] as string).replaceAll('**', ''),
  rule: match[2] as string,
  after: match[3] as string
}))

describe('docs/institutional-voice.md', () => {
  it('has a before/after pair for each category', () => {
    expect(rows.length).toBeGreaterThanOrEqual(15)
  })

  for (const {before, rule, after} of rows) {
    it(`${rule}: flags the before and passes the after`, () => {
      expect(ruleIds(before)).toContain(rule)
      expect(ruleIds(after)).toEqual([])
    })
  }
})
