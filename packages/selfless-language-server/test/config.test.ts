/**
 * Settings and config files over LSP: pulled and pushed settings (missing,
 * null, bad), config discovery, re-linting when either changes, several
 * workspace folders, untrusted workspaces, and the robustness cases (a bad
 * config value, an unreadable config, a crashing document).
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {afterAll, afterEach, describe, expect, test, vi} from 'vitest'
import type {CodeAction} from 'vscode-languageserver-protocol'
import {fileUri, startSession, type Session, type SessionOptions} from './lsp-session.js'
import {makeWorkspace, type Workspace} from './workspace.js'

// Each test starts a server process; the machine may be busy.
vi.setConfig({testTimeout: 30_000, hookTimeout: 60_000})

const text = 'The drive was launched on my directions.\n'
const range = {start: {line: 0, character: 23}, end: {line: 0, character: 39}}
const top = {start: {line: 0, character: 0}, end: {line: 0, character: 0}}

const workspaces: Workspace[] = []
let sessions: Session[] = []

function workspace(files: Record<string, string> = {}): Workspace {
  const made = makeWorkspace(files)
  workspaces.push(made)
  return made
}

async function session(options: SessionOptions): Promise<Session> {
  const started = await startSession(options)
  sessions.push(started)
  return started
}

afterEach(async () => {
  await Promise.all(sessions.map((started) => started.close()))
  sessions = []
})

afterAll(() => {
  for (const made of workspaces) made.remove()
})

describe('settings', () => {
  test('null settings from workspace/configuration: defaults apply', async () => {
    const folder = workspace()
    const client = await session({settings: {selfless: null}, folders: [folder.root]})
    const published = await client.open(fileUri(folder.path('a.md')), 'markdown', text)
    expect(published.diagnostics.map((diagnostic) => [diagnostic.range, diagnostic.severity])).toEqual([[range, 2]])
    expect(client.shown).toEqual([])
  })

  test('pulled settings: rule severity overrides; a settings change re-lints open documents', async () => {
    const folder = workspace()
    const client = await session({settings: {selfless: {rules: {'my-directions': 'error'}}}, folders: [folder.root]})
    const uri = fileUri(folder.path('a.md'))
    expect((await client.open(uri, 'markdown', text)).diagnostics.map((diagnostic) => diagnostic.severity)).toEqual([1])

    client.settings = {selfless: {rules: {'my-directions': 'suggestion'}}}
    const relinted = client.nextDiagnostics(uri, 1)
    void client.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
    // A suggestion (fatal undefined) is Information.
    expect((await relinted).diagnostics.map((diagnostic) => diagnostic.severity)).toEqual([3])
  })

  test('pushed settings when the client has no workspace/configuration (Neovim 0.7)', async () => {
    const folder = workspace()
    const client = await session({configuration: false, pushSettings: {selfless: {rules: {'my-directions': 'off'}}}, folders: [folder.root]})
    const uri = fileUri(folder.path('a.md'))
    expect((await client.open(uri, 'markdown', text)).diagnostics).toEqual([])

    for (const settings of [null, {}, {selfless: null}]) {
      const relinted = client.nextDiagnostics(uri, 1)
      void client.connection.sendNotification('workspace/didChangeConfiguration', {settings})
      expect((await relinted).diagnostics.map((diagnostic) => diagnostic.range)).toEqual([range])
    }
  })

  test('a client that answers workspace/configuration without announcing it (Neovim 0.7) is asked', async () => {
    const folder = workspace()
    const client = await session({configuration: false, settings: {selfless: {rules: {'my-directions': 'error'}}}, folders: [folder.root]})
    const published = await client.open(fileUri(folder.path('a.md')), 'markdown', text)
    expect(published.diagnostics.map((diagnostic) => diagnostic.severity)).toEqual([1])
  })

  test('bad setting values are ignored with one message each; linting goes on', async () => {
    const folder = workspace()
    const client = await session({settings: {selfless: {speaker: 'boss', debounce: -5, enable: 'yes', allow: 'on my directions'}}, folders: [folder.root]})
    const published = await client.open(fileUri(folder.path('a.md')), 'markdown', text)
    await client.open(fileUri(folder.path('b.md')), 'markdown', text)
    expect(published.diagnostics.map((diagnostic) => diagnostic.range)).toEqual([range])
    expect(client.shown).toEqual([
      {type: 2, message: 'Ignoring setting `selfless.enable`: expected a boolean'},
      {type: 2, message: 'Ignoring setting `selfless.debounce`: expected a number of milliseconds, 0 or more'},
      {type: 2, message: 'Ignoring setting `selfless.speaker`: expected one of \'department\', \'officer\', \'personal\', got "boss"'},
      {type: 2, message: 'Ignoring setting `selfless.allow`: expected an array of strings, got "on my directions"'}
    ])
  })

  test('`selfless.enable: false` clears diagnostics; editor `allow` adds to the file’s', async () => {
    const folder = workspace({'.selflessrc.json': '{"allow": ["as per my instructions"]}\n'})
    const client = await session({settings: {selfless: {enable: false}}, folders: [folder.root]})
    const uri = fileUri(folder.path('a.md'))
    expect((await client.open(uri, 'markdown', text + '\nAs per my instructions, done.\n')).diagnostics).toEqual([])

    client.settings = {selfless: {enable: true, allow: ['on my directions']}}
    const relinted = client.nextDiagnostics(uri, 1)
    void client.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
    expect((await relinted).diagnostics).toEqual([])
  })
})

describe('config files', () => {
  test('a watched config change clears the cache and re-lints', async () => {
    const folder = workspace()
    const client = await session({settings: {selfless: {debounce: 0}}, folders: [folder.root]})
    const uri = fileUri(folder.path('docs/a.md'))
    expect((await client.open(uri, 'markdown', text)).diagnostics.map((diagnostic) => diagnostic.range)).toEqual([range])
    expect(client.registrations).toEqual(['workspace/didChangeWatchedFiles', 'workspace/didChangeConfiguration'])

    const path = folder.write('.selflessrc.yaml', 'rules:\n  my-directions: "off"\n')
    const relinted = client.nextDiagnostics(uri, 1)
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: fileUri(path), type: 1}]})
    expect((await relinted).diagnostics).toEqual([])
  })

  test('a client that cannot watch files: the server watches the config folders itself', async () => {
    const folder = workspace()
    const client = await session({settings: {selfless: {}}, folders: [folder.root], capabilities: {workspace: {}}})
    const uri = fileUri(folder.path('docs/a.md'))
    expect((await client.open(uri, 'markdown', text)).diagnostics.map((diagnostic) => diagnostic.range)).toEqual([range])
    expect(client.registrations).toEqual([])

    const relinted = client.nextDiagnostics(uri, 1)
    folder.write('.selflessrc.json', '{"rules": {"my-directions": "off"}}\n')
    expect((await relinted).diagnostics).toEqual([])
  })

  test('.selflessignore: an ignored document gets no diagnostics', async () => {
    const folder = workspace({'.selflessignore': 'drafts/\n'})
    const client = await session({settings: {selfless: {}}, folders: [folder.root]})
    expect((await client.open(fileUri(folder.path('drafts/a.md')), 'markdown', text)).diagnostics).toEqual([])
    expect((await client.open(fileUri(folder.path('final/a.md')), 'markdown', text)).diagnostics.map((diagnostic) => diagnostic.range)).toEqual([range])
  })

  test('a bad config value: an error at the top naming file and key, one message, other folders unaffected', async () => {
    const bad = workspace({'.selflessrc.json': '{\n  "speaker": "boss"\n}\n'})
    const good = workspace()
    const client = await session({settings: {selfless: {}}, folders: [bad.root, good.root]})
    const first = await client.open(fileUri(bad.path('a.md')), 'markdown', text)
    await client.open(fileUri(bad.path('b.md')), 'markdown', text)
    const message = '.selflessrc.json: Invalid option `speaker`: expected one of \'department\', \'officer\', \'personal\', got "boss"'
    expect(first.diagnostics).toEqual([
      {
        range: top,
        severity: 1,
        source: 'selfless',
        code: 'config-error',
        message,
        data: {file: bad.path('.selflessrc.json'), key: 'speaker'},
        relatedInformation: [{location: {uri: fileUri(bad.path('.selflessrc.json')), range: top}, message: 'The config key `speaker`'}]
      }
    ])
    expect(client.shown).toEqual([{type: 1, message: `selfless: ${message}`}])
    expect((await client.open(fileUri(good.path('a.md')), 'markdown', text)).diagnostics.map((diagnostic) => diagnostic.range)).toEqual([range])
  })

  test('an unreadable config and a malformed one are reported, not thrown', async () => {
    const folder = workspace({'broken/.selflessrc.yaml': 'rules: [unclosed\n'})
    mkdirSync(folder.path('folder/.selflessrc.json'), {recursive: true})
    const client = await session({settings: {selfless: {}}, folders: [folder.root]})
    const unreadable = await client.open(fileUri(folder.path('folder/a.md')), 'markdown', text)
    expect(unreadable.diagnostics.map((diagnostic) => [diagnostic.range, diagnostic.message])).toEqual([
      [top, 'Cannot read folder/.selflessrc.json: it is a folder']
    ])
    const malformed = await client.open(fileUri(folder.path('broken/a.md')), 'markdown', text)
    expect(malformed.diagnostics.map((diagnostic) => [diagnostic.range, diagnostic.code, (diagnostic.message as string).split(':')[0]])).toEqual([
      [top, 'config-error', 'Cannot parse broken/.selflessrc.yaml']
    ])
  })

  test('untrusted (allowJs: false): a JavaScript config is refused, never run', async () => {
    const folder = workspace({
      '.selflessrc.mjs': 'import {writeFileSync} from "node:fs"\nwriteFileSync(new URL("./ran", import.meta.url), "")\nexport default {rules: {"my-directions": "off"}}\n'
    })
    const untrusted = await session({settings: {selfless: {}}, folders: [folder.root], initializationOptions: {allowJs: false}})
    const published = await untrusted.open(fileUri(folder.path('a.md')), 'markdown', text)
    expect(published.diagnostics.map((diagnostic) => [diagnostic.range, diagnostic.message])).toEqual([
      [top, 'Cannot load .selflessrc.mjs: JavaScript config files are not allowed here (allowJs is false); use .selflessrc.json or .selflessrc.yaml']
    ])
    const {existsSync} = await import('node:fs')
    expect(existsSync(folder.path('ran'))).toBe(false)

    const trusted = await session({settings: {selfless: {}}, folders: [folder.root]})
    expect((await trusted.open(fileUri(folder.path('a.md')), 'markdown', text)).diagnostics).toEqual([])
    expect(existsSync(folder.path('ran'))).toBe(true)
  })

  test('several workspace folders: each document uses its own folder’s config and root', async () => {
    const one = workspace({'.selflessrc.json': '{"institution": "The Water Board"}\n'})
    const two = workspace({'.selflessrc.yaml': 'institution: The Health Office\n'})
    const client = await session({settings: {selfless: {}}, folders: [one.root, two.root]})
    const rewrite = async (uri: string) => {
      const published = await client.open(uri, 'markdown', text)
      const offered: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri},
        range: published.diagnostics[0]!.range,
        context: {diagnostics: published.diagnostics}
      })
      return offered[0]?.title
    }
    expect(await rewrite(fileUri(one.path('a.md')))).toBe('Replace “on my directions” with “on the Water Board\'s directions”')
    expect(await rewrite(fileUri(two.path('sub/a.md')))).toBe('Replace “on my directions” with “on the Health Office\'s directions”')

    // A folder added later: its documents get discovery from there too.
    const three = workspace()
    void client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: {added: [{uri: fileUri(three.root), name: 'three'}], removed: []}
    })
    const uri = fileUri(three.path('a.md'))
    const published = await client.open(uri, 'markdown', text)
    const offered: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: published.diagnostics[0]!.range,
      context: {diagnostics: published.diagnostics}
    })
    const create = offered.find((action) => action.title.startsWith('Add'))?.edit?.documentChanges?.[0]
    expect(create).toEqual({kind: 'create', uri: fileUri(three.path('.selflessrc.json')), options: {ignoreIfExists: true}})
  })
})

describe('a crashing document', () => {
  test('gets a clear error diagnostic; the server keeps serving other documents', async () => {
    // A JavaScript config is code: this one's `officials[0].titles` getter
    // throws once the `crash` file exists. The text pipeline is first built
    // (and the getter read) when the plain-text document is linted, after it.
    const folder = workspace({
      'js/.selflessrc.mjs': [
        'import {existsSync} from "node:fs"',
        'const flag = new URL("./crash", import.meta.url)',
        'export default {officials: [{name: "Tahir Farooq", get titles() {',
        '  if (existsSync(flag)) throw new Error("the officials register is offline")',
        '  return ["DC Rawalpindi"]',
        '}}]}',
        ''
      ].join('\n')
    })
    const client = await session({settings: {selfless: {}}, folders: [folder.root]})
    expect((await client.open(fileUri(folder.path('js/a.md')), 'markdown', text)).diagnostics.map((diagnostic) => diagnostic.range)).toEqual([range])

    writeFileSync(folder.path('js/crash'), '')
    const crashed = await client.open(fileUri(folder.path('js/b.txt')), 'plaintext', text)
    const message = 'selfless could not check this document: the officials register is offline'
    expect(crashed.diagnostics).toEqual([{range: top, severity: 1, source: 'selfless', code: 'internal-error', message}])
    expect(client.shown).toEqual([{type: 1, message}])

    // Still serving: the Markdown document re-lints, a document elsewhere lints.
    const uri = fileUri(folder.path('js/a.md'))
    const next = client.nextDiagnostics(uri, 2)
    client.change(uri, 2, 'Intro.\n' + text)
    expect((await next).diagnostics.map((diagnostic) => diagnostic.range.start.line)).toEqual([1])
    expect((await client.open(fileUri(folder.path('c.md')), 'markdown', text)).diagnostics.map((diagnostic) => diagnostic.range)).toEqual([range])
  })
})
