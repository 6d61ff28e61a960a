/**
 * The packaged extension: `vsce package` (on the build CI made, or a fresh
 * one) gives a .vsix holding exactly the manifest, readme, license, schema and
 * the two bundles; the bundled server answers `initialize` and lints; the
 * extension bundle loads with only `vscode` external.
 */
import {execFileSync, spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, expect, test, vi} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams} from 'vscode-languageserver-protocol/node'
import {schemaText} from '../src/schema.js'
import {ensureBuilt, packageFolder} from './ensure-built.js'

vi.setConfig({testTimeout: 60_000, hookTimeout: 180_000})

const scratch = mkdtempSync(join(tmpdir(), 'vscode-selfless-'))
const vsix = join(scratch, 'vscode-selfless.vsix')
const unpacked = join(scratch, 'unpacked')

beforeAll(() => {
  ensureBuilt()
  execFileSync(join(packageFolder, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsix], {cwd: packageFolder, stdio: 'pipe'})
  mkdirSync(unpacked)
  execFileSync('unzip', ['-q', vsix, '-d', unpacked])
})

afterAll(() => rmSync(scratch, {recursive: true, force: true}))

test('the .vsix holds the manifest, readme, license, schema, the extension and the server, nothing else', () => {
  const listing = execFileSync('unzip', ['-Z1', vsix], {encoding: 'utf8'}).trim().split('\n').sort()
  expect(listing).toEqual([
    '[Content_Types].xml',
    'extension.vsixmanifest',
    'extension/LICENSE.txt',
    'extension/dist/compile-cache.cjs',
    'extension/dist/extension.cjs',
    'extension/dist/selflessrc.schema.json',
    'extension/dist/server-main.cjs',
    'extension/dist/server.cjs',
    'extension/package.json',
    'extension/readme.md'
  ])
})

test('the packaged schema, written by `pnpm build`, is the current `optionsSchema`', () => {
  expect(readFileSync(join(unpacked, 'extension/dist/selflessrc.schema.json'), 'utf8')).toBe(schemaText())
})

test('the bundled server answers initialize and lints a document', async () => {
  const child = spawn(process.execPath, [join(unpacked, 'extension/dist/server.cjs'), '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const published = new Promise<PublishDiagnosticsParams>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', resolve)
  })
  connection.listen()
  try {
    const result: {capabilities: Record<string, unknown>; serverInfo: {name: string}} = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {}
    })
    expect(result.serverInfo).toEqual({name: 'selfless-language-server'})
    expect(result.capabilities.codeActionProvider).toEqual({codeActionKinds: ['quickfix', 'source.fixAll.selfless']})
    expect(result.capabilities.hoverProvider).toBe(true)

    await connection.sendNotification('initialized', {})
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1, text: 'Done on my directions.\n'}
    })
    const diagnostics = (await published).diagnostics
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range])).toEqual([
      ['my-directions', {start: {line: 0, character: 5}, end: {line: 0, character: 21}}]
    ])
    await connection.sendRequest('shutdown')
    await connection.sendNotification('exit')
  } finally {
    connection.dispose()
    child.kill()
  }
})

test('the extension bundle loads with a stand-in `vscode` and exports activate and deactivate', () => {
  // Everything but `vscode` is bundled: a folder holding only the bundle and
  // a stub `vscode` module is enough to load it.
  const folder = join(scratch, 'load')
  mkdirSync(join(folder, 'node_modules/vscode'), {recursive: true})
  writeFileSync(
    join(folder, 'node_modules/vscode/index.js'),
    // `__esModule: true` makes the bundle's interop use the proxy as is.
    'module.exports = new Proxy({}, {get: (_, key) => key === "__esModule" ? true : class Stub {}})\n'
  )
  const bundle = join(folder, 'extension.cjs')
  writeFileSync(bundle, execFileSync('unzip', ['-p', vsix, 'extension/dist/extension.cjs']))
  const loaded = createRequire(bundle)(bundle) as Record<string, unknown>
  expect(typeof loaded.activate).toBe('function')
  expect(typeof loaded.deactivate).toBe('function')
})
