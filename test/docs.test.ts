/**
 * Generated docs pages must match the code: run `pnpm docs:generate` after changing
 * the rule catalogue or the options schema.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {renderConfigurationReference, renderRulesIndex} from '../scripts/docs-render.js'

const read = (name: string) => readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8')

describe('generated docs', () => {
  it('docs/rules/README.md is current (run `pnpm docs:generate`)', () => {
    expect(read('rules/README.md')).toBe(renderRulesIndex())
  })

  it('docs/configuration.md is current (run `pnpm docs:generate`)', () => {
    expect(read('configuration.md')).toBe(renderConfigurationReference())
  })
})
