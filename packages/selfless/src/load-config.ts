/**
 * Config discovery, the unified-engine way: from a file's folder upward, the
 * first folder with a config wins (no cascading): `.selflessrc` (JSON or
 * YAML), `.selflessrc.json`, `.selflessrc.yaml`, `.selflessrc.yml`,
 * `.selflessrc.cjs`, `.selflessrc.mjs`, `.selflessrc.js`, or a `selfless`
 * field in `package.json`. `configFile` names one file instead.
 *
 * Results are cached per folder (and errors too, so an editor does not
 * re-read a broken file on every keystroke) until `clearConfigCache()`.
 */
import {basename, dirname, extname, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {OptionsError, validateOptions, type Options} from 'retext-selfless'
import {ConfigError} from './config-error.js'
import {displayPath} from './display-path.js'
import {modifiedMs, readNames, readText} from './small-reads.js'
import {clearIgnoreCache} from './ignore-file.js'
import {importModule} from './import-module.js'
import {parseConfigText, parseEitherConfig, type Syntax} from './parse-config.js'

export interface LoadConfigOptions {
  /** Use this file instead of discovery (relative to `cwd`). */
  configFile?: string | undefined
  /** Folder that relative paths resolve from (default: `process.cwd()`). */
  cwd?: string | undefined
  /** Whether `.js`/`.cjs`/`.mjs` configs may run (default `true`; editors opening untrusted folders pass `false`). */
  allowJs?: boolean | undefined
}

export interface LoadedConfig {
  /** Validated plugin options (`{}` when no config was found). */
  options: Options
  /** Absolute path of the config file used, if any. */
  path: string | undefined
}

export const configNames = [
  '.selflessrc',
  '.selflessrc.json',
  '.selflessrc.yaml',
  '.selflessrc.yml',
  '.selflessrc.cjs',
  '.selflessrc.mjs',
  '.selflessrc.js'
] as const

const byFolder = new Map<string, Promise<LoadedConfig>>()
const byFile = new Map<string, Promise<LoadedConfig>>()

/** Clears the discovery cache (the language server calls it when a config file changes). */
export function clearConfigCache(): void {
  byFolder.clear()
  byFile.clear()
  clearIgnoreCache()
}

export function loadConfig(filePath: string, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const allowJs = options.allowJs !== false
  if (options.configFile !== undefined) {
    const file = resolve(cwd, options.configFile)
    return cached(byFile, `${allowJs}\u0000${file}`, () => loadFile(file, cwd, allowJs, true))
  }
  return fromFolder(dirname(resolve(cwd, filePath)), cwd, allowJs)
}

function fromFolder(folder: string, cwd: string, allowJs: boolean): Promise<LoadedConfig> {
  return cached(byFolder, `${allowJs}\u0000${cwd}\u0000${folder}`, async () => {
    const found = await findIn(folder, cwd, allowJs)
    if (found) return found
    const parent = dirname(folder)
    return parent === folder ? {options: {}, path: undefined} : fromFolder(parent, cwd, allowJs)
  })
}

function cached(map: Map<string, Promise<LoadedConfig>>, key: string, make: () => Promise<LoadedConfig>) {
  let promise = map.get(key)
  if (!promise) {
    promise = make()
    // Keep failures cached too, but never as an unhandled rejection.
    promise.catch(() => {})
    map.set(key, promise)
  }
  return promise
}

async function findIn(folder: string, cwd: string, allowJs: boolean): Promise<LoadedConfig | undefined> {
  let names: Set<string>
  try {
    names = new Set(await readNames(folder))
  } catch {
    return undefined
  }
  for (const name of configNames) {
    if (names.has(name)) return loadFile(resolve(folder, name), cwd, allowJs, false)
  }
  if (names.has('package.json')) return loadFile(resolve(folder, 'package.json'), cwd, allowJs, false)
  return undefined
}

/** Loads one config file; `undefined` for a `package.json` without a `selfless` field during discovery. */
async function loadFile(file: string, cwd: string, allowJs: boolean, explicit: true): Promise<LoadedConfig>
async function loadFile(file: string, cwd: string, allowJs: boolean, explicit: false): Promise<LoadedConfig | undefined>
async function loadFile(file: string, cwd: string, allowJs: boolean, explicit: boolean): Promise<LoadedConfig | undefined> {
  const display = displayPath(file, cwd)
  const name = basename(file)
  const extension = extname(name).toLowerCase()
  let raw: unknown

  if (extension === '.js' || extension === '.cjs' || extension === '.mjs') {
    if (!allowJs) {
      throw new ConfigError(
        `Cannot load ${display}: JavaScript config files are not allowed here (allowJs is false); use .selflessrc.json or .selflessrc.yaml`,
        file
      )
    }
    raw = await importConfig(file, display)
  } else {
    const text = await read(file, display)
    const syntax: Syntax | undefined =
      extension === '.json' ? 'json' : extension === '.yaml' || extension === '.yml' ? 'yaml' : undefined
    raw = syntax ? parseConfigText(text, syntax, file, display) : parseEitherConfig(text, file, display)
    if (name === 'package.json') {
      const field = raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'selfless' in raw
      if (!field) {
        if (!explicit) return undefined
        throw new ConfigError(`Cannot load ${display}: expected a \`selfless\` field`, file)
      }
      raw = (raw as {selfless: unknown}).selfless
      return {options: validate(raw, file, `${display} (field \`selfless\`)`), path: file}
    }
  }
  return {options: validate(raw, file, display), path: file}
}

function validate(raw: unknown, file: string, display: string): Options {
  try {
    return validateOptions(raw)
  } catch (error) {
    if (error instanceof OptionsError) {
      throw new ConfigError(`${display}: ${error.message}`, file, error.key === 'options' ? undefined : error.key, error)
    }
    throw error
  }
}

async function read(file: string, display: string): Promise<string> {
  try {
    return await readText(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error))
    throw new ConfigError(`Cannot read ${display}: ${why}`, file, undefined, error)
  }
}

async function importConfig(file: string, display: string): Promise<unknown> {
  let version = 0
  try {
    version = await modifiedMs(file)
  } catch (error) {
    throw new ConfigError(`Cannot read ${display}: no such file`, file, undefined, error)
  }
  try {
    // The query makes a changed file load anew after `clearConfigCache()`.
    const module = (await importModule(pathToFileURL(file).href + '?mtime=' + version)) as {default?: unknown}
    return module.default
  } catch (error) {
    throw new ConfigError(`Cannot load ${display}: ${error instanceof Error ? error.message : String(error)}`, file, undefined, error)
  }
}
