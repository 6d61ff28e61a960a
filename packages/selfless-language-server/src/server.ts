/**
 * The language server: wires documents, settings, config discovery, linting,
 * diagnostics, code actions and hovers to an LSP connection.
 *
 * Each open document has its own state (a `BlockCache`, a debounce timer, the
 * findings of the last linted version). Linting itself is synchronous; only
 * settings and config discovery are awaited, and a result is published only
 * if the document is still at the version it was linted at.
 *
 * Between `initialized` and the first document, the server warms up (see
 * warm-up.ts), then logs `selfless: ready, …`.
 */
import {writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import {BlockCache, clearConfigCache, lint, type Format} from 'selfless'
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {codeActions, createConfigCommand, fixAllKind, type ClientSupport} from './code-actions.js'
import {resolveConfig, type Resolved} from './config.js'
import {configDiagnostic, toDiagnostic, topDiagnostic} from './diagnostics.js'
import {findingsAt, selectFindings, toFindings, type Finding} from './findings.js'
import {FolderWatcher} from './folder-watcher.js'
import {filePathOf, Folders} from './folders.js'
import {hoverFor} from './hover.js'
import {formatOf} from './languages.js'
import {SettingsSource} from './settings-source.js'
import {startWarmUp, warmUpDelay, warmUpRounds, type WarmUp, type WarmUpReport} from './warm-up.js'

/** Globs of the files that change what a document's config is. */
export const configGlobs = ['**/.selflessrc', '**/.selflessrc.{json,yaml,yml,cjs,mjs,js}', '**/package.json', '**/.selflessignore']

export interface InitializationOptions {
  /** Whether JavaScript config files may be executed (default `true`; VS Code passes `false` in untrusted workspaces). */
  allowJs?: boolean
}

interface Linted {
  version: number
  format: Format
  findings: Finding[]
  configPath: string | undefined
  root: string | undefined
}

interface DocumentState {
  cache: BlockCache
  timer: {kind: 'timeout'; handle: NodeJS.Timeout} | {kind: 'immediate'; handle: NodeJS.Immediate} | undefined
  debounce: number
  /** Incremented by each lint; only the latest may publish. */
  generation: number
  config: Promise<Resolved> | undefined
  linted: Linted | undefined
}

export interface ServerOptions {
  /**
   * Called once, `afterStartUpDelay` ms after start-up work is over: when
   * the warm-up has run all its rounds or, when a document stopped it, after
   * the first diagnostics. What linting runs is compiled by then, so the
   * bundled servers save V8's code cache here (bin/selfless-language-server.js,
   * vscode-selfless's src/server.ts): the next start compiles none of it.
   */
  afterStartUp?: () => void
}

/** Milliseconds between the end of start-up and `afterStartUp`: off the first lint's path. */
export const afterStartUpDelay = 1000

/** Start serving on `connection` (created by the caller, e.g. with `createConnection(ProposedFeatures.all)`). */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument)
  const states = new Map<string, DocumentState>()
  const folders = new Folders()
  const shown = new Set<string>()
  let capabilities: ClientCapabilities = {}
  let support: ClientSupport = {documentChanges: false, createFiles: false}
  let allowJs = true
  const settingsSource = new SettingsSource(connection)
  // Set when the client cannot watch config files for us.
  let watcher: FolderWatcher | undefined
  // Running from `initialized` until done or the first document arrives.
  let warmUp: WarmUp | undefined
  let shuttingDown = false
  let startUpOver = false

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities ?? {}
    const edit = capabilities.workspace?.workspaceEdit
    support = {documentChanges: edit?.documentChanges === true, createFiles: edit?.resourceOperations?.includes('create') === true}
    settingsSource.initialize(capabilities)
    const init: unknown = params.initializationOptions
    if (isRecord(init) && init.allowJs === false) allowJs = false

    if (params.workspaceFolders) folders.set(params.workspaceFolders)
    else if (params.rootUri) folders.set([{uri: params.rootUri, name: ''}])

    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: ['quickfix', fixAllKind]},
        hoverProvider: true,
        executeCommandProvider: {commands: [createConfigCommand]},
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo: {name: 'selfless-language-server'}
    }
  })

  connection.onInitialized(() => {
    const workspace = capabilities.workspace
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: configGlobs.map((globPattern) => ({globPattern}))
      })
    } else {
      watcher = new FolderWatcher(configChanged)
    }
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, {section: 'selfless'})
    }
    if (workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        folders.remove(event.removed)
        folders.add(event.added)
        configChanged()
      })
    }
    // Off the latency path: no document is open yet (see warm-up.ts).
    if (states.size === 0) warmUp = startWarmUp(warmUpRounds, ready, warmUpDelay)
    else ready(undefined)
  })

  connection.onDidChangeConfiguration((params) => {
    settingsSource.changed(params?.settings)
    shown.clear()
    for (const state of states.values()) state.config = undefined
    relintAll()
  })

  connection.onDidChangeWatchedFiles(() => configChanged())

  documents.onDidChangeContent(({document}) => {
    warmUp?.cancel()
    let state = states.get(document.uri)
    if (state === undefined) {
      state = {cache: new BlockCache(), timer: undefined, debounce: 0, generation: 0, config: undefined, linted: undefined}
      states.set(document.uri, state)
    }
    schedule(document.uri, state, state.linted === undefined ? 0 : state.debounce)
  })

  documents.onDidClose(({document}) => {
    const state = states.get(document.uri)
    if (state) cancel(state)
    states.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri)
    const linted = document && (await fresh(document))
    if (!document || !linted) return []
    // Null-safe: a client may leave the context out.
    const context = params.context ?? {diagnostics: []}
    const selected = selectFindings(linted.findings, linted.version, context.diagnostics ?? [], {
      start: document.offsetAt(params.range.start),
      end: document.offsetAt(params.range.end)
    })
    return codeActions({
      document,
      format: linted.format,
      findings: linted.findings,
      selected,
      configPath: linted.configPath,
      root: linted.root,
      only: context.only,
      support,
      openText: (uri) => documents.get(uri)?.getText()
    })
  })

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri)
    const linted = document && (await fresh(document))
    if (!document || !linted) return null
    const offset = document.offsetAt(params.position)
    return hoverFor(findingsAt(linted.findings, offset, offset)) ?? null
  })

  connection.onExecuteCommand(async (params) => {
    if (params.command !== createConfigCommand) return
    const [path, text] = params.arguments ?? []
    if (typeof path !== 'string' || typeof text !== 'string') return
    try {
      await writeFile(path, text, {flag: 'wx'})
      configChanged()
    } catch (error) {
      void connection.window.showErrorMessage(`selfless: could not create ${path}: ${errorMessage(error)}`)
    }
  })

  connection.onShutdown(() => {
    shuttingDown = true
    warmUp?.cancel()
    for (const state of states.values()) cancel(state)
    watcher?.close()
  })

  documents.listen(connection)
  connection.listen()

  /** Says in the log when start-up work is over (clients and benchmarks may wait for it). */
  function ready(report: WarmUpReport | undefined): void {
    warmUp = undefined
    if (shuttingDown) return
    const since = `${Math.round(performance.now())} ms after the process started`
    if (report?.error !== undefined) connection.console.error(`selfless: warm-up lint failed: ${errorStack(report.error)}`)
    const detail = report ? `warm-up: ${report.rounds} of ${warmUpRounds} sample lints in ${Math.round(report.ms)} ms${report.completed ? '' : ', stopped early'}` : 'no warm-up'
    connection.console.log(`selfless: ready, ${since} (${detail})`)
    if (report?.completed) endStartUp()
  }

  function endStartUp(): void {
    if (startUpOver) return
    startUpOver = true
    const {afterStartUp} = options
    if (afterStartUp === undefined) return
    setTimeout(() => {
      if (!shuttingDown) afterStartUp()
    }, afterStartUpDelay).unref()
  }

  function schedule(uri: string, state: DocumentState, delay: number): void {
    cancel(state)
    const run = () => {
      state.timer = undefined
      void validate(uri)
    }
    // `setTimeout(…, 0)` waits at least a millisecond; an immediate does not.
    state.timer = delay > 0 ? {kind: 'timeout', handle: setTimeout(run, delay)} : {kind: 'immediate', handle: setImmediate(run)}
  }

  function cancel(state: DocumentState): void {
    if (state.timer === undefined) return
    if (state.timer.kind === 'timeout') clearTimeout(state.timer.handle)
    else clearImmediate(state.timer.handle)
    state.timer = undefined
  }

  function relintAll(): void {
    for (const [uri, state] of states) schedule(uri, state, 0)
  }

  /** A config file, the ignore file or the workspace folders changed. */
  function configChanged(): void {
    clearConfigCache()
    shown.clear()
    for (const state of states.values()) {
      state.config = undefined
      state.cache.clear()
    }
    relintAll()
  }

  /** The findings for the document's current version, linting now if needed. */
  async function fresh(document: TextDocument): Promise<Linted | undefined> {
    const state = states.get(document.uri)
    if (state === undefined) return undefined
    if (state.linted?.version !== document.version) {
      cancel(state)
      await validate(document.uri)
    }
    return state.linted?.version === document.version ? state.linted : undefined
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri)
    const state = states.get(uri)
    if (document === undefined || state === undefined) return
    const version = document.version
    const generation = ++state.generation
    const current = () => documents.get(uri)?.version === version && states.get(uri) === state && state.generation === generation
    const publish = (diagnostics: Diagnostic[], linted: Linted | undefined) => {
      state.linted = linted
      void connection.sendDiagnostics({uri, version, diagnostics})
      endStartUp()
    }

    const path = filePathOf(uri)
    const format = formatOf(document.languageId, path ?? uriPath(uri))
    if (format === undefined) return
    const root = path === undefined ? undefined : folders.rootOf(path)
    if (path !== undefined) watcher?.watchUpFrom(dirname(path))
    const empty: Linted = {version, format, findings: [], configPath: undefined, root}

    try {
      const {settings, problems} = await settingsSource.forDocument(uri)
      for (const problem of problems) notifyOnce(problem, MessageType.Warning)
      state.debounce = settings.debounce
      if (!settings.enable) {
        if (current()) publish([], empty)
        return
      }

      state.config ??= resolveConfig({filePath: path, root, editor: settings.options, allowJs})
      const resolved = await state.config
      if (!current()) return
      if (resolved.kind === 'ignored') return publish([], empty)
      if (resolved.kind === 'error') {
        notifyOnce(`selfless: ${resolved.message}`, MessageType.Error)
        return publish([configDiagnostic(resolved.message, resolved.file, resolved.key)], empty)
      }

      const file = lint(document.getText(), {format, config: resolved.options, cache: state.cache})
      const findings = toFindings(file.messages, document)
      publish(
        findings.map((finding) => toDiagnostic(finding, version)),
        {...empty, findings, configPath: resolved.configPath}
      )
    } catch (error) {
      // A crash in one document must not stop the others: report it there.
      connection.console.error(`selfless: checking ${uri} failed: ${errorStack(error)}`)
      const message = `selfless could not check this document: ${errorMessage(error)}`
      notifyOnce(message, MessageType.Error)
      if (current()) publish([topDiagnostic(message, 'internal-error')], empty)
    }
  }

  function notifyOnce(message: string, type: MessageType): void {
    if (shown.has(message)) return
    shown.add(message)
    void connection.sendNotification('window/showMessage', {type, message})
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function errorStack(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The path part of a non-file URI (`untitled:notes.md`), for its extension. */
function uriPath(uri: string): string | undefined {
  const colon = uri.indexOf(':')
  if (colon === -1) return undefined
  const path = uri.slice(colon + 1).replace(/[?#].*$/, '')
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
