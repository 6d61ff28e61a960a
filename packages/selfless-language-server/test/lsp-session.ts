/**
 * Test helper: spawns the language server (bundled from the current source,
 * see `server-bundle.ts`) and talks JSON-RPC to it over stdio, as an editor
 * does. Records everything the server sends.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type WorkspaceEdit,
  type WorkspaceFolder
} from 'vscode-languageserver-protocol/node'
import {serverBundle} from './server-bundle.js'

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** The server command: the bundle of the current source (no `pnpm build` needed). */
export async function serverCommand(): Promise<string[]> {
  return [process.execPath, await serverBundle(), '--stdio']
}

export interface SessionOptions {
  /** The server command (default: `serverCommand()`, the bundle built from source). */
  command?: readonly string[]
  /** The server's environment (default: this process's). */
  env?: NodeJS.ProcessEnv
  /** `workspace/configuration` answers by section; `undefined` = not advertised (settings are pushed instead). */
  settings?: Record<string, unknown> | null
  /** Advertise `workspace.configuration` (default: when `settings` is given). */
  configuration?: boolean
  /** Pushed once with `workspace/didChangeConfiguration` after `initialized`. */
  pushSettings?: unknown
  folders?: string[]
  initializationOptions?: unknown
  capabilities?: ClientCapabilities
}

export interface Session {
  connection: MessageConnection
  /** The server's process id. */
  pid: number | undefined
  published: PublishDiagnosticsParams[]
  shown: ShowMessageParams[]
  logs: string[]
  /** What the server wrote to stderr so far. */
  stderr: string[]
  applied: WorkspaceEdit[]
  registrations: string[]
  initializeResult: unknown
  settings: Record<string, unknown> | null | undefined
  /** The next publish for `uri` (optionally: with this version) after the call. */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>
  open(uri: string, languageId: string, text: string, version?: number): Promise<PublishDiagnosticsParams>
  /** The server's `selfless: ready, …` log line, sent once its start-up work (the warm-up) is over. */
  ready(): Promise<string>
  change(uri: string, version: number, text: string): void
  close(): Promise<void>
}

export const defaultCapabilities: ClientCapabilities = {
  workspace: {
    workspaceEdit: {documentChanges: true, resourceOperations: ['create']},
    didChangeWatchedFiles: {dynamicRegistration: true},
    didChangeConfiguration: {dynamicRegistration: true},
    workspaceFolders: true
  },
  textDocument: {
    publishDiagnostics: {versionSupport: true},
    codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source.fixAll']}}, isPreferredSupport: true},
    hover: {contentFormat: ['markdown']}
  }
}

export async function startSession(options: SessionOptions = {}): Promise<Session> {
  const [command, ...args] = options.command ?? (await serverCommand())
  const child: ChildProcess = spawn(command as string, args, {cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env})
  const stderr: string[] = []
  // SELFLESS_LS_STDERR=1 shows the server's stderr (crash stacks, timings) while debugging.
  if (process.env.SELFLESS_LS_STDERR === '1') child.stderr?.pipe(process.stderr)
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(String(chunk)))
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))

  let readyLine: string | undefined
  const readyWaiters: Array<(line: string) => void> = []
  const waiters: Array<{uri: string; version: number | undefined; resolve: (params: PublishDiagnosticsParams) => void}> = []
  const session: Session = {
    connection,
    pid: child.pid,
    published: [],
    shown: [],
    logs: [],
    stderr,
    applied: [],
    registrations: [],
    initializeResult: undefined,
    settings: options.settings,
    nextDiagnostics(uri, version) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No diagnostics for ${uri} (version ${version}) within 15 s; stderr: ${stderr.join('')}`)), 15_000)
        waiters.push({uri, version, resolve: (params) => (clearTimeout(timer), resolve(params))})
      })
    },
    open(uri, languageId, text, version = 1) {
      const next = session.nextDiagnostics(uri, version)
      void connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
      return next
    },
    ready() {
      if (readyLine !== undefined) return Promise.resolve(readyLine)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`The server did not log that it was ready within 15 s; stderr: ${stderr.join('')}`)), 15_000)
        readyWaiters.push((line) => (clearTimeout(timer), resolve(line)))
      })
    },
    change(uri, version, text) {
      void connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
    },
    async close() {
      try {
        await connection.sendRequest('shutdown')
        void connection.sendNotification('exit')
      } catch {}
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        const timer = setTimeout(() => (child.kill(), resolve()), 3000)
        child.on('exit', () => (clearTimeout(timer), resolve()))
      })
      connection.dispose()
    }
  }

  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    session.published.push(params)
    for (let index = 0; index < waiters.length; index++) {
      const waiter = waiters[index]!
      if (waiter.uri === params.uri && (waiter.version === undefined || waiter.version === params.version)) {
        waiters.splice(index--, 1)
        waiter.resolve(params)
      }
    }
  })
  connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
    session.shown.push(params)
  })
  connection.onNotification('window/logMessage', (params: {message: string}) => {
    session.logs.push(params.message)
    if (readyLine === undefined && params.message.startsWith('selfless: ready')) {
      readyLine = params.message
      for (const resolve of readyWaiters.splice(0)) resolve(readyLine)
    }
  })
  connection.onRequest('workspace/configuration', (params: {items: Array<{section?: string}>}) =>
    params.items.map((item) => (session.settings && item.section ? (session.settings[item.section] ?? null) : null))
  )
  connection.onRequest('client/registerCapability', (params: {registrations: Array<{method: string}>}) => {
    for (const registration of params.registrations) session.registrations.push(registration.method)
    return null
  })
  connection.onRequest('workspace/applyEdit', (params: {edit: WorkspaceEdit}) => {
    session.applied.push(params.edit)
    return {applied: true}
  })
  connection.listen()

  const configuration = options.configuration ?? options.settings !== undefined
  const capabilities: ClientCapabilities = options.capabilities ?? defaultCapabilities
  const folders: WorkspaceFolder[] = (options.folders ?? []).map((path) => ({uri: fileUri(path), name: path.split('/').pop() ?? ''}))
  session.initializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folders[0]?.uri ?? null,
    workspaceFolders: folders.length > 0 ? folders : null,
    initializationOptions: options.initializationOptions,
    capabilities: {...capabilities, workspace: {...capabilities.workspace, configuration}}
  })
  await connection.sendNotification('initialized', {})
  if (options.pushSettings !== undefined) {
    await connection.sendNotification('workspace/didChangeConfiguration', {settings: options.pushSettings})
  }
  return session
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href
}
