/**
 * Where a document's settings come from. Clients that announce
 * `workspace.configuration` are asked per document (folder settings work),
 * the answers cached until the next `workspace/didChangeConfiguration`.
 * Others push settings in that notification. A client that announced
 * nothing is asked too, until it pushes settings or fails to answer: Neovim
 * 0.7 answers the request from its `settings` but neither announces it nor
 * pushes them.
 */
import type {ClientCapabilities, Connection} from 'vscode-languageserver'
import {parseSettings, type ParsedSettings} from './settings.js'

// How long a client that never announced workspace/configuration gets to answer it.
const probeTimeout = 2000

export class SettingsSource {
  private pulled = false
  private pushed: ParsedSettings = parseSettings(undefined)
  private pushedSeen = false
  private probeFailed = false
  private cache = new Map<string, Promise<ParsedSettings>>()

  constructor(private readonly connection: Connection) {}

  initialize(capabilities: ClientCapabilities): void {
    this.pulled = capabilities.workspace?.configuration === true
  }

  /** `workspace/didChangeConfiguration`: `settings` as sent (`{selfless: …}`, `null`, anything). */
  changed(settings: unknown): void {
    const section = typeof settings === 'object' && settings !== null && !Array.isArray(settings) ? (settings as Record<string, unknown>).selfless : undefined
    this.pushed = parseSettings(section)
    this.pushedSeen = true
    this.cache = new Map()
  }

  /** The settings for the document at `uri`; never rejects. */
  forDocument(uri: string): Promise<ParsedSettings> {
    if (!this.pulled && (this.pushedSeen || this.probeFailed)) return Promise.resolve(this.pushed)
    let found = this.cache.get(uri)
    if (found === undefined) {
      const request = this.connection.workspace.getConfiguration({scopeUri: uri, section: 'selfless'})
      found = (this.pulled ? request : withTimeout(request, probeTimeout)).then(
        (raw: unknown) => parseSettings(raw),
        () => {
          if (this.pulled) return parseSettings(undefined)
          this.probeFailed = true
          return this.pushed
        }
      )
      this.cache.set(uri, found)
    }
    return found
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms)
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error))))
    )
  })
}
