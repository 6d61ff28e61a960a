/**
 * The plugin's options, their JSON schema, and their validation.
 *
 * The schema is the one description of the options: the CLI validates config
 * files against it, the editor extension contributes it for `.selflessrc`, and
 * the docs' configuration reference is generated from it.
 */
import {ruleIds, type RuleId} from './rule-ids.js'

export type Speaker = 'department' | 'officer' | 'personal'
export type Severity = 'suggestion' | 'warning' | 'error'
export type RuleSetting = Severity | 'off'

export interface Official {
  /** The official's name as written, e.g. `Tahir Farooq`. */
  name?: string | undefined
  /** Titles the official goes by, e.g. `DC Rawalpindi`. */
  titles?: readonly string[] | undefined
  /** Social-media handles, with or without `@`. */
  handles?: readonly string[] | undefined
}

export interface Options {
  /** Who the text speaks for: an office's account (default), an officer's official account, or a personal account. */
  speaker?: Speaker | null | undefined
  /** The institution to credit in rewrites, e.g. `The Rawalpindi District Administration`. */
  institution?: string | null | undefined
  /** Officials whose names, titles and handles count as individual credit. */
  officials?: ReadonlyArray<Official | string> | null | undefined
  /** Phrases never flagged (case-insensitive). */
  allow?: readonly string[] | null | undefined
  /** Per-rule severity, or `off`. */
  rules?: Partial<Record<RuleId, RuleSetting>> | null | undefined
  /** Whether text inside quotation marks is checked too (default `false`). */
  quotes?: boolean | null | undefined
}

export const speakers: readonly Speaker[] = ['department', 'officer', 'personal']
export const ruleSettings: readonly RuleSetting[] = ['off', 'suggestion', 'warning', 'error']

/** JSON Schema (draft-07) of the options, which are also the config file keys. */
export const optionsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'selfless configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    speaker: {
      description: 'Who the text speaks for: an office or department account, an officer\'s official account, or a personal account.',
      enum: speakers,
      default: 'department'
    },
    institution: {
      description: 'The institution to credit in rewrites, e.g. "The Rawalpindi District Administration".',
      type: 'string',
      minLength: 1
    },
    officials: {
      description: 'Officials whose names, titles and handles count as individual credit.',
      type: 'array',
      items: {
        anyOf: [
          {type: 'string', minLength: 1, description: 'A name, e.g. "Tahir Farooq".'},
          {
            type: 'object',
            additionalProperties: false,
            properties: {
              name: {type: 'string', minLength: 1},
              titles: {type: 'array', items: {type: 'string', minLength: 1}},
              handles: {type: 'array', items: {type: 'string', minLength: 1}}
            }
          }
        ]
      },
      default: []
    },
    allow: {
      description: 'Phrases never flagged (case-insensitive).',
      type: 'array',
      items: {type: 'string', minLength: 1},
      default: []
    },
    rules: {
      description: 'Per-rule severity, or "off".',
      type: 'object',
      propertyNames: {enum: ruleIds},
      additionalProperties: {enum: ruleSettings},
      default: {}
    },
    quotes: {
      description: 'Whether text inside quotation marks is checked too.',
      type: 'boolean',
      default: false
    }
  }
} as const

/** Thrown for options that do not match the schema; `key` names the option. */
export class OptionsError extends Error {
  key: string
  constructor(key: string, expected: string, actual: unknown) {
    super(`Invalid option \`${key}\`: expected ${expected}, got ${describe(actual)}`)
    this.name = 'OptionsError'
    this.key = key
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

const knownKeys = new Set(Object.keys(optionsSchema.properties))

/** Checks options against the schema; throws an `OptionsError` naming the key. */
export function validateOptions(options: unknown): Options {
  if (options === null || options === undefined) return {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new OptionsError('options', 'an object', options)
  }

  const record = options as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!knownKeys.has(key)) {
      throw new OptionsError(key, `one of ${[...knownKeys].map((k) => `\`${k}\``).join(', ')} (unknown option)`, record[key])
    }
  }

  const {speaker, institution, officials, allow, rules, quotes} = record
  if (speaker !== undefined && speaker !== null && !speakers.includes(speaker as Speaker)) {
    throw new OptionsError('speaker', oneOf(speakers), speaker)
  }
  if (institution !== undefined && institution !== null && (typeof institution !== 'string' || institution.trim() === '')) {
    throw new OptionsError('institution', 'a non-empty string', institution)
  }
  if (quotes !== undefined && quotes !== null && typeof quotes !== 'boolean') {
    throw new OptionsError('quotes', 'a boolean', quotes)
  }
  checkStrings('allow', allow)
  checkOfficials(officials)
  checkRules(rules)

  return record as Options
}

function oneOf(values: readonly string[]): string {
  return 'one of ' + values.map((value) => `'${value}'`).join(', ')
}

function checkStrings(key: string, value: unknown): void {
  if (value === undefined || value === null) return
  if (!Array.isArray(value)) throw new OptionsError(key, 'an array of strings', value)
  value.forEach((item, index) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new OptionsError(`${key}[${index}]`, 'a non-empty string', item)
    }
  })
}

function checkOfficials(value: unknown): void {
  if (value === undefined || value === null) return
  if (!Array.isArray(value)) throw new OptionsError('officials', 'an array of names or {name, titles, handles} objects', value)
  value.forEach((item: unknown, index) => {
    const key = `officials[${index}]`
    if (typeof item === 'string') {
      if (item.trim() === '') throw new OptionsError(key, 'a non-empty string', item)
      return
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new OptionsError(key, 'a name or a {name, titles, handles} object', item)
    }
    const official = item as Record<string, unknown>
    for (const field of Object.keys(official)) {
      if (field !== 'name' && field !== 'titles' && field !== 'handles') {
        throw new OptionsError(`${key}.${field}`, 'one of `name`, `titles`, `handles` (unknown field)', official[field])
      }
    }
    if (official.name !== undefined && (typeof official.name !== 'string' || official.name.trim() === '')) {
      throw new OptionsError(`${key}.name`, 'a non-empty string', official.name)
    }
    checkStrings(`${key}.titles`, official.titles)
    checkStrings(`${key}.handles`, official.handles)
  })
}

function checkRules(value: unknown): void {
  if (value === undefined || value === null) return
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new OptionsError('rules', 'an object mapping rule ids to a severity', value)
  }
  for (const [id, setting] of Object.entries(value)) {
    if (!ruleIds.includes(id as RuleId)) {
      throw new OptionsError(`rules.${id}`, 'a known rule id (unknown rule)', id)
    }
    if (!ruleSettings.includes(setting as RuleSetting)) {
      throw new OptionsError(`rules.${id}`, oneOf(ruleSettings), setting)
    }
  }
}
