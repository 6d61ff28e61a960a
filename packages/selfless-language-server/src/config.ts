/**
 * The effective options for one document: the same discovery as the CLI
 * (rc files, `package.json#selfless`, `.selflessignore`) with the editor's
 * settings merged over it. A bad config becomes a value, not an exception,
 * so one broken folder never stops the server.
 */
import {dirname} from 'node:path'
import {ConfigError, isIgnored, loadConfig} from 'selfless'
import type {Options} from 'retext-selfless'
import {mergeOptions} from './settings.js'

export type Resolved =
  | {kind: 'ignored'}
  | {kind: 'ok'; options: Options; configPath: string | undefined}
  | {kind: 'error'; message: string; file: string | undefined; key: string | undefined}

export interface ResolveOptions {
  /** The document's file path; `undefined` for untitled and virtual documents (settings only). */
  filePath: string | undefined
  /** The workspace folder holding the document, if any. */
  root: string | undefined
  /** Options from the editor settings. */
  editor: Options
  /** Whether JavaScript configs may run (false in untrusted workspaces). */
  allowJs: boolean
}

export async function resolveConfig(options: ResolveOptions): Promise<Resolved> {
  const {filePath, root, editor, allowJs} = options
  if (filePath === undefined) return {kind: 'ok', options: mergeOptions({}, editor), configPath: undefined}

  try {
    // Paths in messages are shown relative to the workspace folder (or the
    // document's own folder outside any), never to the server's cwd.
    const cwd = root ?? dirname(filePath)
    if (await isIgnored(filePath, {cwd})) return {kind: 'ignored'}
    const loaded = await loadConfig(filePath, {cwd, allowJs})
    return {kind: 'ok', options: mergeOptions(loaded.options, editor), configPath: loaded.path}
  } catch (error) {
    if (error instanceof ConfigError) {
      return {kind: 'error', message: error.message, file: error.file, key: error.key}
    }
    // An unreadable file or a crash inside a JavaScript config.
    const reason = error instanceof Error ? error.message : String(error)
    return {kind: 'error', message: `Cannot load the selfless configuration for ${filePath}: ${reason}`, file: undefined, key: undefined}
  }
}
