/**
 * The extension manifest stays in step with retext-selfless and the server:
 * rule ids, severities, speakers, settings, activation, trust. (The schema
 * file itself is checked in the packaged .vsix, see vsix.test.ts.)
 */
import {readFileSync} from 'node:fs'
import {ruleIds, ruleSettings, speakers} from 'retext-selfless'
import {expect, test} from 'vitest'

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  activationEvents: string[]
  capabilities: {untrustedWorkspaces: {supported: string; description: string}}
  contributes: {
    configuration: {properties: Record<string, {default?: unknown; enum?: unknown[]; propertyNames?: {enum: unknown[]}; additionalProperties?: {enum: unknown[]}}>}
    jsonValidation: Array<{fileMatch: string[]; url: string}>
    yamlValidation: Array<{fileMatch: string[]; url: string}>
    commands: Array<{command: string}>
  }
}
const settings = manifest.contributes.configuration.properties

test('.selflessrc, .selflessrc.json (and YAML rc files, with a YAML extension) are validated against the schema', () => {
  expect(manifest.contributes.jsonValidation).toEqual([{fileMatch: ['.selflessrc', '.selflessrc.json'], url: './dist/selflessrc.schema.json'}])
  expect(manifest.contributes.yamlValidation).toEqual([{fileMatch: ['.selflessrc.yaml', '.selflessrc.yml'], url: './dist/selflessrc.schema.json'}])
})

test('settings: every one the server reads, with enums from retext-selfless', () => {
  expect(Object.keys(settings)).toEqual([
    'selfless.enable',
    'selfless.rules',
    'selfless.debounce',
    'selfless.speaker',
    'selfless.institution',
    'selfless.officials',
    'selfless.allow'
  ])
  expect(settings['selfless.rules']?.propertyNames?.enum).toEqual([...ruleIds])
  expect(settings['selfless.rules']?.additionalProperties?.enum).toEqual([...ruleSettings])
  expect(settings['selfless.speaker']?.enum).toEqual([null, ...speakers])
  expect(settings['selfless.debounce']?.default).toBe(200)
})

test('activates on Markdown, MDX, HTML and plain text; has a restart command', () => {
  expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:mdx', 'onLanguage:html', 'onLanguage:plaintext'])
  expect(manifest.contributes.commands.map((command) => command.command)).toEqual(['selfless.restart'])
})

test('untrusted workspaces: limited support, said plainly', () => {
  expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited')
  expect(manifest.capabilities.untrustedWorkspaces.description).toMatch(/never runs JavaScript config files/)
})
