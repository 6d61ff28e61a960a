/**
 * Each rule exists three times under one kebab-case name: its source in
 * `src/rules/`, its test table in `test/rules/`, and its page in
 * `docs/rules/`. A rule missing any of them, or a stray file, fails here.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {ruleIds, rules} from 'retext-selfless'
import {describe, expect, it} from 'vitest'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const names = (folder: string, suffix: string) =>
  readdirSync(here(folder))
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length))
    .sort()

const ids = [...ruleIds].sort()

describe('rule mirror', () => {
  it('has kebab-case ids in catalogue order', () => {
    for (const id of ruleIds) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
    expect(rules.map((rule) => rule.id)).toEqual([...ruleIds])
  })

  it('has one source file per rule', () => {
    expect(names('../src/rules/', '.ts')).toEqual(ids)
  })

  it('has one test table per rule', () => {
    expect(names('./rules/', '.test.ts')).toEqual(ids)
  })

  it('has one docs page per rule', () => {
    // README.md is the generated index of all rules.
    expect(names('../../../docs/rules/', '.md').filter((name) => name !== 'README')).toEqual(ids)
  })

  it('has a test table per rule that registers itself under the rule id', () => {
    for (const id of ruleIds) {
      const source = readFileSync(here(`./rules/${id}.test.ts`), 'utf8')
      expect(source, `test/rules/${id}.test.ts calls ruleTable('${id}', …)`).toContain(`ruleTable('${id}', {`)
    }
  })

  it('has docs pages with the sections every rule page needs', () => {
    for (const id of ruleIds) {
      const page = readFileSync(here(`../../../docs/rules/${id}.md`), 'utf8')
      expect(page.startsWith(`# ${id}\n`), `${id}.md starts with its id as title`).toBe(true)
      for (const heading of ['## What it flags', '## Why', '## Flagged', '## Clean', '## Rewrite']) {
        expect(page, `${id}.md has "${heading}"`).toContain(heading)
      }
    }
  })
})
