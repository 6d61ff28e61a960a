/**
 * The public surface and the message contract (shared/design.md): a change
 * here is a change for every user, so it must be deliberate.
 */
import * as api from 'retext-selfless'
import {optionsSchema, ruleIds, rules} from 'retext-selfless'
import {describe, expect, it} from 'vitest'
import {lint} from './rule-table.js'

describe('public exports', () => {
  it('are exactly these', () => {
    expect(Object.keys(api).sort()).toEqual([
      'OptionsError',
      'default',
      'mayFlag',
      'optionsSchema',
      'rangesToCheck',
      'ruleIds',
      'ruleSettings',
      'rules',
      'sources',
      'speakers',
      'validateOptions'
    ])
  })

  it('has one catalogue entry per rule id, each complete', () => {
    expect(rules.map((rule) => rule.id)).toEqual([...ruleIds])
    for (const rule of rules) {
      expect(['self-credit', 'cameo', 'personal-branding']).toContain(rule.category)
      expect(['suggestion', 'warning', 'error']).toContain(rule.severity)
      expect(rule.summary.length, `${rule.id} summary`).toBeGreaterThan(10)
      expect(rule.note.length, `${rule.id} note`).toBeGreaterThan(20)
      expect(rule.sources.length, `${rule.id} sources`).toBeGreaterThan(0)
      for (const source of rule.sources) expect(source.url).toMatch(/^https:\/\//)
      expect(rule.url).toBe(`https://github.com/selfless-lint/selfless/blob/main/docs/rules/${rule.id}.md`)
      expect(typeof rule.fixable).toBe('boolean')
    }
  })

  it('describes every option and every rule id in the schema', () => {
    expect(Object.keys(optionsSchema.properties).sort()).toEqual(['allow', 'institution', 'officials', 'quotes', 'rules', 'speaker'])
    expect(optionsSchema.properties.rules.propertyNames.enum).toEqual(ruleIds)
  })
})

describe('message contract', () => {
  it('gives every field on a finding', () => {
    const text = 'Hello.\nThe drains were cleaned on my directions.'
    const [message, ...rest] = lint(text)
    expect(rest).toEqual([])
    expect(message).toBeDefined()
    if (!message) return
    expect({
      source: message.source,
      ruleId: message.ruleId,
      fatal: message.fatal,
      actual: message.actual,
      expected: message.expected,
      line: message.line,
      column: message.column,
      place: message.place,
      url: message.url
    }).toEqual({
      source: 'retext-selfless',
      ruleId: 'my-directions',
      fatal: false,
      actual: 'on my directions',
      expected: ["on the department's directions"],
      line: 2,
      column: 25,
      place: {start: {line: 2, column: 25, offset: 31}, end: {line: 2, column: 41, offset: 47}},
      url: 'https://github.com/selfless-lint/selfless/blob/main/docs/rules/my-directions.md'
    })
    expect(text.slice(31, 47)).toBe(message.actual)
    expect(message.note).toBe(rules.find((rule) => rule.id === 'my-directions')?.note)
    expect(message.reason).toBe('Credits the writer’s own directions (`on my directions`); credit the office instead')
    expect(message.ancestors?.map((node) => node.type)).toEqual(['RootNode', 'SentenceNode'])
  })

  it('maps severity to fatal: error → true, warning → false, suggestion → undefined', () => {
    const text = 'On my directions, the drains were cleaned.'
    expect(lint(text, {rules: {'my-directions': 'error'}})[0]?.fatal).toBe(true)
    expect(lint(text, {rules: {'my-directions': 'warning'}})[0]?.fatal).toBe(false)
    expect(lint(text, {rules: {'my-directions': 'suggestion'}})[0]?.fatal).toBe(undefined)
    expect(lint(text, {rules: {'my-directions': 'off'}})).toEqual([])
  })
})
