/**
 * Diagnostics over LSP: exact ranges (UTF-16), severities, codes, messages,
 * formats by language id and extension, debounce and stale versions.
 */
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest'
import {fileUri, startSession, type Session} from './lsp-session.js'
import {makeWorkspace, type Workspace} from './workspace.js'

// Each test starts a server process; the machine may be busy.
vi.setConfig({testTimeout: 30_000, hookTimeout: 60_000})

const note =
  'Work done by an office is credited to the office, not to the officer who ordered it: the UK Civil Service Code puts public duty above personal interest, and Pakistan\'s Conduct Rules and India\'s AIS Conduct Rules bar officers from vindicating or publicising their own acts.'
const url = 'https://github.com/selfless-lint/selfless/blob/main/docs/rules/my-directions.md'

let workspace: Workspace
let session: Session

beforeAll(async () => {
  workspace = makeWorkspace({'package.json': '{"name": "fixture"}\n'})
  session = await startSession({settings: {selfless: {debounce: 0}}, folders: [workspace.root]})
})

afterAll(async () => {
  await session.close()
  workspace.remove()
})

describe('diagnostics', () => {
  test('a Markdown finding: range, severity, code, description, source, message with the note, data', async () => {
    const uri = fileUri(workspace.path('drive.md'))
    const published = await session.open(uri, 'markdown', '# Cleanliness drive\n\nThe drive was launched on my directions.\n')
    expect(published).toEqual({
      uri,
      version: 1,
      diagnostics: [
        {
          range: {start: {line: 2, character: 23}, end: {line: 2, character: 39}},
          severity: 2,
          code: 'my-directions',
          codeDescription: {href: url},
          source: 'selfless',
          message: `Credits the writer’s own directions (\`on my directions\`); credit the office instead\n${note}`,
          data: {id: 0, version: 1, ruleId: 'my-directions'}
        }
      ]
    })
  })

  test('UTF-16 columns on lines with emoji, Hindi, Urdu and accents', async () => {
    const uri = fileUri(workspace.path('utf16.md'))
    const text = [
      '🎉🇵🇰 वाह! The café on Mall Road, اردو بازار, reopened on my directions.',
      '',
      'नमस्ते — As per my instructions, the naïve résumé was filed. 👍🏽',
      ''
    ].join('\n')
    const published = await session.open(uri, 'markdown', text)
    // "on my directions" starts at UTF-16 unit 56 (code point 53, byte 78);
    // "As per my instructions" at unit 9 (byte 23).
    expect(published.diagnostics.map((diagnostic) => [diagnostic.range, diagnostic.code])).toEqual([
      [{start: {line: 0, character: 56}, end: {line: 0, character: 72}}, 'my-directions'],
      [{start: {line: 2, character: 9}, end: {line: 2, character: 31}}, 'my-directions']
    ])
    expect(published.diagnostics.map((diagnostic) => (diagnostic.message as string).split('\n')[0])).toEqual([
      'Credits the writer’s own directions (`on my directions`); credit the office instead',
      'Credits the writer’s own instructions (`As per my instructions`); credit the office instead'
    ])
  })

  test('HTML by language id: markup and attributes are not prose', async () => {
    const uri = fileUri(workspace.path('page.html'))
    const text = '<p title="on my directions">\n  Roads were repaired as per my instructions.\n</p>\n'
    const published = await session.open(uri, 'html', text)
    expect(published.diagnostics.map((diagnostic) => [diagnostic.range, diagnostic.code])).toEqual([
      [{start: {line: 1, character: 22}, end: {line: 1, character: 44}}, 'my-directions']
    ])
  })

  test('plain text by language id (`plaintext`, Neovim’s `text`) and by extension', async () => {
    const text = 'Stalls were removed on my directions.\n'
    const range = {start: {line: 0, character: 20}, end: {line: 0, character: 36}}
    for (const [name, languageId] of [['a.txt', 'plaintext'], ['b.txt', 'text'], ['c.txt', 'unknown-id']] as const) {
      const published = await session.open(fileUri(workspace.path(name)), languageId, text)
      expect(published.diagnostics.map((diagnostic) => diagnostic.range)).toEqual([range])
    }
  })

  test('MDX: an .mdx file opened as `markdown` is linted as MDX (JSX is not prose)', async () => {
    const uri = fileUri(workspace.path('post.mdx'))
    const text = '<Notice text="on my directions" />\n\nThe drive began on my directions.\n'
    const published = await session.open(uri, 'markdown', text)
    expect(published.diagnostics.map((diagnostic) => diagnostic.range)).toEqual([
      {start: {line: 2, character: 16}, end: {line: 2, character: 32}}
    ])
  })

  test('code is not prose: fenced code in Markdown is skipped', async () => {
    const uri = fileUri(workspace.path('code.md'))
    const published = await session.open(uri, 'markdown', '```\non my directions\n```\n\nDone on my directions.\n')
    expect(published.diagnostics.map((diagnostic) => diagnostic.range.start)).toEqual([{line: 4, character: 5}])
  })

  test('inline comments from lint apply: ignore with a reason', async () => {
    const uri = fileUri(workspace.path('ignored.md'))
    const text = '<!-- selfless ignore my-directions -- quoting the order verbatim -->\nIt was done on my directions.\n\nAgain on my directions.\n'
    const published = await session.open(uri, 'markdown', text)
    expect(published.diagnostics.map((diagnostic) => diagnostic.range.start)).toEqual([{line: 3, character: 6}])
  })

  test('an unknown rule in an inline comment is an error diagnostic', async () => {
    const uri = fileUri(workspace.path('unknown.md'))
    const published = await session.open(uri, 'markdown', '<!-- selfless disable no-such-rule -->\n\nText.\n')
    expect(published.diagnostics).toEqual([
      {
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 38}},
        severity: 1,
        code: 'unknown-rule',
        source: 'selfless',
        message: 'Unknown rule `no-such-rule` in a `selfless disable` comment: expected a rule id such as `my-directions`',
        data: {id: 0, version: 1, ruleId: 'unknown-rule'}
      }
    ])
  })

  test('other languages are not checked', async () => {
    const code = fileUri(workspace.path('script.js'))
    void session.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: code, languageId: 'javascript', version: 1, text: '// on my directions\n'}
    })
    // Requests are handled in order: once a later document is published, the
    // script would have been too.
    await session.open(fileUri(workspace.path('after.md')), 'markdown', 'Fine.\n')
    expect(session.published.filter((params) => params.uri === code)).toEqual([])
  })

  test('editing re-lints; an untouched finding keeps its place', async () => {
    const uri = fileUri(workspace.path('edit.md'))
    await session.open(uri, 'markdown', 'First on my directions.\n\nSecond paragraph.\n')
    const next = session.nextDiagnostics(uri, 2)
    session.change(uri, 2, 'First on my directions.\n\nSecond, as per my instructions.\n')
    expect((await next).diagnostics.map((diagnostic) => diagnostic.range)).toEqual([
      {start: {line: 0, character: 6}, end: {line: 0, character: 22}},
      {start: {line: 2, character: 8}, end: {line: 2, character: 30}}
    ])
  })

  test('closing a document clears its diagnostics', async () => {
    const uri = fileUri(workspace.path('closed.md'))
    await session.open(uri, 'markdown', 'Done on my directions.\n')
    const cleared = session.nextDiagnostics(uri)
    void session.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    expect((await cleared).diagnostics).toEqual([])
  })
})

describe('debounce and stale versions', () => {
  let slow: Session
  beforeAll(async () => {
    slow = await startSession({settings: {selfless: {debounce: 300}}, folders: [workspace.root]})
  })
  afterAll(async () => {
    await slow.close()
  })

  test('quick edits are linted once, at the last version; no older version is ever published', async () => {
    const uri = fileUri(workspace.path('typing.md'))
    await slow.open(uri, 'markdown', 'Start.\n')
    const last = slow.nextDiagnostics(uri, 5)
    slow.change(uri, 2, 'Start on\n')
    slow.change(uri, 3, 'Start on my\n')
    slow.change(uri, 4, 'Start on my dir\n')
    slow.change(uri, 5, 'Start on my directions.\n')
    const published = await last
    expect(published.diagnostics.map((diagnostic) => diagnostic.range)).toEqual([
      {start: {line: 0, character: 6}, end: {line: 0, character: 22}}
    ])
    expect(slow.published.filter((params) => params.uri === uri).map((params) => params.version)).toEqual([1, 5])
  })
})
