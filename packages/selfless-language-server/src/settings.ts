/**
 * Editor settings (the `selfless` section): read defensively, because clients
 * send `null`, nothing at all, or values of the wrong type, and a bad setting
 * must never stop the server.
 */
import {OptionsError, validateOptions, type Options} from 'retext-selfless'

export interface Settings {
  /** Whether to check documents at all. */
  enable: boolean
  /** Milliseconds to wait after the last keystroke before linting. */
  debounce: number
  /** Plugin options from the editor, merged over the file config. */
  options: Options
}

export interface ParsedSettings {
  settings: Settings
  /** One line per setting that was ignored, naming it and what was expected. */
  problems: string[]
}

export const defaultDebounce = 200

// Settings that are plugin options, in the order the extension lists them.
const optionKeys = ['speaker', 'institution', 'officials', 'allow', 'rules'] as const

/** Reads the `selfless` section as sent by the client; never throws. */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = []
  const settings: Settings = {enable: true, debounce: defaultDebounce, options: {}}
  if (raw === null || raw === undefined) return {settings, problems}
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('Ignoring the `selfless` settings: expected an object')
    return {settings, problems}
  }

  const record = raw as Record<string, unknown>
  if (record.enable !== undefined && record.enable !== null) {
    if (typeof record.enable === 'boolean') settings.enable = record.enable
    else problems.push('Ignoring setting `selfless.enable`: expected a boolean')
  }

  if (record.debounce !== undefined && record.debounce !== null) {
    const value = record.debounce
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) settings.debounce = value
    else problems.push('Ignoring setting `selfless.debounce`: expected a number of milliseconds, 0 or more')
  }

  const options: Record<string, unknown> = {}
  for (const key of optionKeys) {
    const value = record[key]
    if (value === undefined || value === null) continue
    // VS Code fills unset settings with their defaults (`""`, `[]`, `{}`):
    // those must not override a config file.
    if (value === '' || (Array.isArray(value) && value.length === 0)) continue
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue
    try {
      validateOptions({[key]: value})
      options[key] = value
    } catch (error) {
      problems.push(describeProblem(key, error))
    }
  }

  settings.options = options as Options
  return {settings, problems}
}

function describeProblem(key: string, error: unknown): string {
  if (error instanceof OptionsError) {
    // `Invalid option \`allow[0]\`: expected …` → name the setting instead.
    const detail = error.message.replace(/^Invalid option `[^`]*`: /, '')
    return `Ignoring setting \`selfless.${error.key}\`: ${detail}`
  }
  return `Ignoring setting \`selfless.${key}\`: ${error instanceof Error ? error.message : String(error)}`
}

/**
 * Editor options over file options: scalar keys from the editor win, `rules`
 * merge per rule, and `allow` and `officials` add to the file's lists (a
 * writer's own allowed phrases should not drop the project's).
 */
export function mergeOptions(file: Options, editor: Options): Options {
  const merged: Options = {...file}
  if (editor.speaker) merged.speaker = editor.speaker
  if (editor.institution) merged.institution = editor.institution
  if (editor.rules) merged.rules = {...file.rules, ...editor.rules}
  if (editor.allow) merged.allow = [...(file.allow ?? []), ...editor.allow]
  if (editor.officials) merged.officials = [...(file.officials ?? []), ...editor.officials]
  return merged
}
