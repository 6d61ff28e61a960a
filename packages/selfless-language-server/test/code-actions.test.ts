/**
 * Code actions and hovers over LSP: quick fixes from `expected`, the inline
 * ignore comment, "add to allowed phrases" for every kind of config file,
 * fix-all, and the rule that edits come from the server's own findings.
 */
import {readFileSync} from 'node:fs'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {CodeAction, Diagnostic, Hover, PublishDiagnosticsParams, TextDocumentEdit, TextEdit} from 'vscode-languageserver-protocol'
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest'
import {fileUri, startSession, type Session} from './lsp-session.js'
import {makeWorkspace, type Workspace} from './workspace.js'

// Each test starts a server process; the machine may be busy.
vi.setConfig({testTimeout: 30_000, hookTimeout: 60_000})

const text = 'Intro.\n\nThe drive was launched on my directions.\n'
const finding = {start: {line: 2, character: 23}, end: {line: 2, character: 39}}
const ignoreLine = '<!-- selfless ignore my-directions -- TODO: say why this is fine here -->\n'

let workspace: Workspace
let session: Session

beforeAll(async () => {
  workspace = makeWorkspace({
    'json/.selflessrc.json': '{\n  "institution": "The District Office",\n  "allow": ["on our directions"]\n}\n',
    'yaml/.selflessrc.yaml': '# House style\ninstitution: The District Office\n',
    'pkg/package.json': '{\n  "name": "pkg",\n  "selfless": {\n    "speaker": "department"\n  }\n}\n',
    'js/.selflessrc.mjs': 'export default {institution: "The District Office"}\n'
  })
  session = await startSession({settings: {selfless: {debounce: 0}}, folders: [workspace.root]})
})

afterAll(async () => {
  await session.close()
  workspace.remove()
})

async function actions(uri: string, diagnostics: Diagnostic[], range = diagnostics[0]!.range, only?: string[]): Promise<CodeAction[]> {
  return session.connection.sendRequest('textDocument/codeAction', {
    textDocument: {uri},
    range,
    context: only ? {diagnostics, only} : {diagnostics}
  })
}

function editsFor(action: CodeAction | undefined, uri: string): TextEdit[] {
  const change = action?.edit?.documentChanges?.find((item): item is TextDocumentEdit => 'textDocument' in item && item.textDocument.uri === uri)
  return (change?.edits ?? []) as TextEdit[]
}

function apply(before: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 0, before), edits)
}

async function openIn(folder: string, name = 'doc.md', content = text): Promise<{uri: string; published: PublishDiagnosticsParams}> {
  const uri = fileUri(workspace.path(`${folder}/${name}`))
  return {uri, published: await session.open(uri, name.endsWith('.html') ? 'html' : 'markdown', content)}
}

describe('code actions', () => {
  test('offered at a finding: rewrite (preferred), ignore comment, allow phrase (new config), fix all', async () => {
    const {uri, published} = await openIn('none')
    const offered = await actions(uri, published.diagnostics)
    const diagnostic = published.diagnostics[0]
    const configUri = fileUri(workspace.path('.selflessrc.json'))
    expect(offered).toEqual([
      {
        title: 'Replace “on my directions” with “on the department\'s directions”',
        kind: 'quickfix',
        isPreferred: true,
        diagnostics: [diagnostic],
        edit: {documentChanges: [{textDocument: {uri, version: 1}, edits: [{range: finding, newText: 'on the department\'s directions'}]}]}
      },
      {
        title: 'Ignore my-directions here, with a reason (inline comment)',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: {documentChanges: [{textDocument: {uri, version: 1}, edits: [{range: {start: {line: 2, character: 0}, end: {line: 2, character: 0}}, newText: ignoreLine}]}]}
      },
      {
        title: 'Add “on my directions” to allowed phrases in .selflessrc.json',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: {
          documentChanges: [
            {kind: 'create', uri: configUri, options: {ignoreIfExists: true}},
            {
              textDocument: {uri: configUri, version: null},
              edits: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, newText: '{\n  "allow": [\n    "on my directions"\n  ]\n}\n'}]
            }
          ]
        }
      },
      {
        title: 'Fix all selfless findings',
        kind: 'source.fixAll.selfless',
        edit: {documentChanges: [{textDocument: {uri, version: 1}, edits: [{range: finding, newText: 'on the department\'s directions'}]}]}
      }
    ])
  })

  test('the inserted ignore comment silences the finding (Markdown)', async () => {
    const {uri, published} = await openIn('none', 'ignore.md')
    const ignore = (await actions(uri, published.diagnostics)).find((action) => action.title.startsWith('Ignore'))
    const next = apply(text, editsFor(ignore, uri))
    expect(next).toBe('Intro.\n\n' + ignoreLine + 'The drive was launched on my directions.\n')
    const after = session.nextDiagnostics(uri, 2)
    session.change(uri, 2, next)
    expect((await after).diagnostics).toEqual([])
  })

  test('the inserted ignore comment silences the finding (HTML: right above the line, indented like it)', async () => {
    const html = '<main>\n  <p>\n    Roads were repaired as per my instructions.\n  </p>\n  <p>Again, as per my instructions.</p>\n</main>\n'
    const {uri, published} = await openIn('none', 'page.html', html)
    const ignore = (await actions(uri, published.diagnostics)).find((action) => action.title.startsWith('Ignore'))
    const next = apply(html, editsFor(ignore, uri))
    expect(next).toBe('<main>\n  <p>\n    ' + ignoreLine + '    Roads were repaired as per my instructions.\n  </p>\n  <p>Again, as per my instructions.</p>\n</main>\n')
    const after = session.nextDiagnostics(uri, 2)
    session.change(uri, 2, next)
    // An `ignore` covers the rest of its block: here, the whole <main>.
    expect((await after).diagnostics).toEqual([])
  })

  test('no ignore comment in plain text or MDX (no HTML comments there)', async () => {
    for (const [name, languageId] of [['plain.txt', 'plaintext'], ['post.mdx', 'mdx']] as const) {
      const uri = fileUri(workspace.path(`none/${name}`))
      const published = await session.open(uri, languageId, 'Done on my directions.\n')
      const titles = (await actions(uri, published.diagnostics)).map((action) => action.title)
      expect(titles).toEqual([
        'Replace “on my directions” with “on the department\'s directions”',
        'Add “on my directions” to allowed phrases in .selflessrc.json',
        'Fix all selfless findings'
      ])
    }
  })

  test('allow phrase: JSON rc keeps its keys, the phrase is appended', async () => {
    const {uri, published} = await openIn('json')
    const allow = (await actions(uri, published.diagnostics)).find((action) => action.title.startsWith('Add'))
    expect(allow?.title).toBe('Add “on my directions” to allowed phrases in .selflessrc.json')
    const path = workspace.path('json/.selflessrc.json')
    expect(apply(readFileSync(path, 'utf8'), editsFor(allow, fileUri(path)))).toBe(
      '{\n  "institution": "The District Office",\n  "allow": [\n    "on our directions",\n    "on my directions"\n  ]\n}\n'
    )
  })

  test('allow phrase: YAML rc keeps its comment', async () => {
    const {uri, published} = await openIn('yaml')
    const allow = (await actions(uri, published.diagnostics)).find((action) => action.title.startsWith('Add'))
    expect(allow?.title).toBe('Add “on my directions” to allowed phrases in .selflessrc.yaml')
    const path = workspace.path('yaml/.selflessrc.yaml')
    expect(apply(readFileSync(path, 'utf8'), editsFor(allow, fileUri(path)))).toBe(
      '# House style\ninstitution: The District Office\nallow:\n  - on my directions\n'
    )
  })

  test('allow phrase: package.json gets it under `selfless`', async () => {
    const {uri, published} = await openIn('pkg')
    const allow = (await actions(uri, published.diagnostics)).find((action) => action.title.startsWith('Add'))
    const path = workspace.path('pkg/package.json')
    expect(apply(readFileSync(path, 'utf8'), editsFor(allow, fileUri(path)))).toBe(
      '{\n  "name": "pkg",\n  "selfless": {\n    "speaker": "department",\n    "allow": [\n      "on my directions"\n    ]\n  }\n}\n'
    )
  })

  test('allow phrase: not offered for a JavaScript config (code, not data)', async () => {
    const {uri, published} = await openIn('js')
    const titles = (await actions(uri, published.diagnostics)).map((action) => action.title)
    expect(titles).toEqual([
      'Replace “on my directions” with “on the District Office\'s directions”',
      'Ignore my-directions here, with a reason (inline comment)',
      'Fix all selfless findings'
    ])
  })

  test('edits come from the server’s findings, not from the ranges the client sends back', async () => {
    const line = '🎉🇵🇰 वाह! The café on Mall Road, اردو بازار, reopened on my directions.\n'
    const {uri, published} = await openIn('none', 'utf16.md', line)
    const diagnostic = published.diagnostics[0]!
    // What Neovim 0.7 sends: byte columns (78 and 94) instead of UTF-16 (56 and 72).
    const bytes = {...diagnostic, range: {start: {line: 0, character: 78}, end: {line: 0, character: 94}}}
    const cursor = {start: {line: 0, character: 60}, end: {line: 0, character: 60}}
    const offered = await actions(uri, [bytes], cursor)
    expect(editsFor(offered[0], uri)).toEqual([{range: {start: {line: 0, character: 56}, end: {line: 0, character: 72}}, newText: 'on the department\'s directions'}])
    expect(apply(line, editsFor(offered[0], uri))).toBe('🎉🇵🇰 वाह! The café on Mall Road, اردو بازار, reopened on the department\'s directions.\n')
  })

  test('a client that sends no diagnostics gets actions for the findings at the cursor; none elsewhere', async () => {
    const {uri} = await openIn('none', 'cursor.md')
    const atFinding = await actions(uri, [], {start: {line: 2, character: 30}, end: {line: 2, character: 30}})
    expect(atFinding[0]?.title).toBe('Replace “on my directions” with “on the department\'s directions”')
    const elsewhere = await actions(uri, [], {start: {line: 0, character: 2}, end: {line: 0, character: 2}})
    expect(elsewhere).toEqual([])
  })

  test('diagnostics from an older version are not trusted: the current findings decide', async () => {
    const {uri, published} = await openIn('none', 'moved.md')
    const after = session.nextDiagnostics(uri, 2)
    session.change(uri, 2, 'A new first line.\n' + text)
    await after
    // The client still holds the version-1 diagnostic (line 2); the finding is now on line 3.
    const offered = await actions(uri, published.diagnostics, {start: {line: 3, character: 30}, end: {line: 3, character: 30}})
    expect(editsFor(offered[0], uri)).toEqual([{range: {start: {line: 3, character: 23}, end: {line: 3, character: 39}}, newText: 'on the department\'s directions'}])
    expect(offered[0]?.edit?.documentChanges?.[0]).toMatchObject({textDocument: {uri, version: 2}})
  })

  test('fix all (source.fixAll.selfless) rewrites every finding', async () => {
    const content = 'Done on my directions.\n\nAs per my instructions, roads were cleaned.\n'
    const {uri} = await openIn('none', 'fix-all.md', content)
    const offered = await actions(uri, [], {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, ['source.fixAll'])
    expect(offered.map((action) => [action.title, action.kind])).toEqual([['Fix all selfless findings', 'source.fixAll.selfless']])
    expect(apply(content, editsFor(offered[0], uri))).toBe(
      'Done on the department\'s directions.\n\nAs per the department\'s instructions, roads were cleaned.\n'
    )
  })

  test('`only: [quickfix]` leaves out the source action', async () => {
    const {uri, published} = await openIn('none', 'only.md')
    const kinds = (await actions(uri, published.diagnostics, undefined, ['quickfix'])).map((action) => action.kind)
    expect(kinds).toEqual(['quickfix', 'quickfix', 'quickfix'])
  })
})

describe('a client that cannot create files', () => {
  let limited: Session
  let folder: Workspace
  beforeAll(async () => {
    folder = makeWorkspace()
    limited = await startSession({
      settings: {selfless: {debounce: 0}},
      folders: [folder.root],
      capabilities: {workspace: {workspaceEdit: {documentChanges: false}}}
    })
  })
  afterAll(async () => {
    await limited.close()
    folder.remove()
  })

  test('gets a command that creates .selflessrc.json; the finding then goes away', async () => {
    const uri = fileUri(folder.path('doc.md'))
    const published = await limited.open(uri, 'markdown', text)
    const offered: CodeAction[] = await limited.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: published.diagnostics[0]!.range,
      context: {diagnostics: published.diagnostics}
    })
    // Without documentChanges, document edits are plain `changes`.
    expect(offered[0]?.edit).toEqual({changes: {[uri]: [{range: finding, newText: 'on the department\'s directions'}]}})
    const allow = offered.find((action) => action.title.startsWith('Add'))
    const path = folder.path('.selflessrc.json')
    expect(allow).toEqual({
      title: 'Add “on my directions” to allowed phrases in .selflessrc.json',
      kind: 'quickfix',
      diagnostics: published.diagnostics,
      command: {title: 'Create .selflessrc.json', command: 'selfless.createConfig', arguments: [path, '{\n  "allow": [\n    "on my directions"\n  ]\n}\n']}
    })
    const relinted = limited.nextDiagnostics(uri, 1)
    await limited.connection.sendRequest('workspace/executeCommand', allow!.command)
    expect(readFileSync(path, 'utf8')).toBe('{\n  "allow": [\n    "on my directions"\n  ]\n}\n')
    expect((await relinted).diagnostics).toEqual([])
  })
})

describe('hover', () => {
  test('on a finding: rule, why it matters, the rewrite, the guidance, the docs', async () => {
    const {uri} = await openIn('none', 'hover.md')
    const hover: Hover = await session.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 2, character: 30}})
    expect(hover).toEqual({
      range: finding,
      contents: {
        kind: 'markdown',
        value: [
          '**selfless: `my-directions`** (self-credit)',
          '',
          'The writer credits their own orders or efforts ("on my directions", "under my supervision").',
          '',
          '**Why it matters:** Work done by an office is credited to the office, not to the officer who ordered it: the UK Civil Service Code puts public duty above personal interest, and Pakistan\'s Conduct Rules and India\'s AIS Conduct Rules bar officers from vindicating or publicising their own acts.',
          '',
          '**Instead:** “on the department\'s directions”',
          '',
          '**Guidance:**',
          '- [UK Civil Service Code (integrity: obligations of public service above personal interests)](https://www.gov.uk/government/publications/civil-service-code)',
          '- [Pakistan Government Servants (Conduct) Rules 1964 (rules 7, 18, 21–22, 27)](https://pakistanlawyer.com/2020/01/15/government-servants-conduct-rules-1964/)',
          '- [India, All India Services (Conduct) Rules 1968, rules 3(1A) and 12](https://www.referencer.in/CS_Regulations/AIS(Conduct)Rules1968/Rule_12.aspx)',
          '',
          '[Rule documentation](https://github.com/selfless-lint/selfless/blob/main/docs/rules/my-directions.md)'
        ].join('\n')
      }
    })
  })

  test('nothing off a finding', async () => {
    const {uri} = await openIn('none', 'hover-off.md')
    expect(await session.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 1}})).toBe(null)
  })
})
