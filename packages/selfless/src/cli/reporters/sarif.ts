/**
 * SARIF 2.1.0, in the subset GitHub code scanning reads: the rule catalogue
 * as `tool.driver.rules` (descriptions, help, default level, the category as
 * a tag), one result per finding with its location, a fix per `expected`
 * rewrite, and a fingerprint that survives lines moving. Files that could not
 * be read are tool notifications, not results.
 */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rules as catalogue} from 'retext-selfless'
import {type Level, levelOf} from '../levels.js'
import {ioSource} from '../io-message.js'
import {type Reporter, suppressionsOf} from './types.js'

const sarifLevels: Record<Level, string> = {error: 'error', warning: 'warning', suggestion: 'note'}
const informationUri = 'https://github.com/selfless-lint/selfless'

interface Descriptor {
  id: string
  name: string
  shortDescription: {text: string}
  fullDescription: {text: string}
  helpUri: string
  help: {text: string; markdown: string}
  defaultConfiguration: {level: string}
  properties: {tags: string[]; precision: string}
}

/** The catalogue as SARIF rules, plus the API's own `unknown-rule`. */
function descriptors(): Descriptor[] {
  const list: Descriptor[] = catalogue.map((rule) => {
    const sources = rule.sources.map((source) => `- ${source.title}: ${source.url}`).join('\n')
    const sourcesMarkdown = rule.sources.map((source) => `- [${source.title}](${source.url})`).join('\n')
    return {
      id: rule.id,
      name: pascal(rule.id),
      shortDescription: {text: rule.summary},
      fullDescription: {text: rule.note},
      helpUri: rule.url,
      help: {
        text: `${rule.summary}\n\n${rule.note}${sources ? `\n\nGuidance:\n${sources}` : ''}\n\n${rule.url}`,
        markdown: `**${rule.summary}**\n\n${rule.note}${sourcesMarkdown ? `\n\nGuidance:\n\n${sourcesMarkdown}` : ''}\n\n[Rule page](${rule.url})`
      },
      defaultConfiguration: {level: sarifLevels[rule.severity]},
      properties: {tags: ['selfless', rule.category], precision: rule.severity === 'suggestion' ? 'medium' : 'high'}
    }
  })
  const unknown = 'An inline control comment names a rule that does not exist.'
  list.push({
    id: 'unknown-rule',
    name: 'UnknownRule',
    shortDescription: {text: unknown},
    fullDescription: {text: `${unknown} Fix the rule id, or the comment would silently do nothing.`},
    helpUri: `${informationUri}/tree/main/packages/selfless#configuration`,
    help: {text: unknown, markdown: unknown},
    defaultConfiguration: {level: 'error'},
    properties: {tags: ['selfless', 'configuration'], precision: 'very-high'}
  })
  return list
}

export const sarif: Reporter = (files, context) => {
  const rules = descriptors()
  const index = new Map(rules.map((rule, position) => [rule.id, position]))
  const results: unknown[] = []
  const notifications: unknown[] = []

  for (const file of files) {
    const uri = toUri(file.path)
    const seen = new Map<string, number>()
    for (const message of file.messages) {
      if (message.source === ioSource) {
        notifications.push({
          level: 'error',
          message: {text: message.reason},
          locations: [{physicalLocation: {artifactLocation: {uri, uriBaseId: '%SRCROOT%'}}}]
        })
        continue
      }
      results.push(result(file, uri, message, index, seen))
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'selfless',
            version: context.version(),
            semanticVersion: context.version(),
            informationUri,
            rules
          }
        },
        invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}],
        results,
        ...(context.suppressions ? {properties: {suppressions: suppressions(files)}} : {})
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

function result(
  file: VFile,
  uri: string,
  message: VFileMessage,
  index: Map<string, number>,
  seen: Map<string, number>
): Record<string, unknown> {
  const ruleId = message.ruleId ?? 'unknown-rule'
  const artifactLocation = {uri, uriBaseId: '%SRCROOT%'}
  const region = regionOf(message)
  const entry: Record<string, unknown> = {
    ruleId,
    level: sarifLevels[levelOf(message)],
    message: {text: message.reason},
    locations: [{physicalLocation: region ? {artifactLocation, region} : {artifactLocation}}]
  }
  const position = index.get(ruleId)
  if (position !== undefined) entry.ruleIndex = position

  if (region && message.expected && message.expected.length > 0) {
    entry.fixes = message.expected.map((text) => ({
      description: {text: `Replace “${message.actual ?? ''}” with “${text}”`},
      artifactChanges: [{artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text}}]}]
    }))
  }

  // Fingerprint by rule, flagged text and its occurrence in the file, not by
  // line, so an alert stays the same alert when text above it changes.
  const key = `${ruleId}\u0000${message.actual ?? message.reason}`
  const occurrence = (seen.get(key) ?? 0) + 1
  seen.set(key, occurrence)
  const hash = createHash('sha256').update(`${file.path}\u0000${key}`).digest('hex').slice(0, 16)
  entry.partialFingerprints = {primaryLocationLineHash: `${hash}:${occurrence}`}
  return entry
}

function regionOf(message: VFileMessage): Record<string, number> | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    return {startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column}
  }
  return {startLine: place.line, startColumn: place.column}
}

function suppressions(files: readonly VFile[]): unknown[] {
  const list: unknown[] = []
  for (const file of files) {
    for (const entry of suppressionsOf(file)) list.push({uri: toUri(file.path), ...entry})
  }
  return list
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/')
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())
}
