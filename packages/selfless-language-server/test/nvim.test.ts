/**
 * The server driven by a real editor: headless Neovim and its built-in LSP
 * client, through `nvim/nvim-lsp-check.sh` (copied from the team's LSP
 * harness so the checkout stands alone). Neovim 0.7 answers
 * workspace/configuration without announcing it and never pushes settings,
 * and its code-action key sends the line's diagnostics with byte columns:
 * the settings must still arrive and the fixes must still be exact.
 *
 * Runs where `nvim` is on PATH (CI installs it with `apt-get install -y
 * neovim`); elsewhere the suite is skipped and says why.
 */
import {execFile, spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest'
import {serverBundle} from './server-bundle.js'
import {makeWorkspace, type Workspace} from './workspace.js'

vi.setConfig({testTimeout: 60_000, hookTimeout: 60_000})

const script = fileURLToPath(new URL('nvim/nvim-lsp-check.sh', import.meta.url))
const hasNvim = spawnSync('nvim', ['--version'], {stdio: 'ignore'}).status === 0
const title = hasNvim ? 'headless Neovim' : 'headless Neovim (SKIPPED: `nvim` is not on PATH; install it with `apt-get install -y neovim`)'

interface Result {
  diagnostics: Array<Record<string, unknown>>
  codeAction?: {offered: Array<{title: string}>; applied: string | null; buffer: string; diagnosticsAfter: Array<Record<string, unknown>>; republished: boolean}
  errors: string[]
  serverMessages: unknown[]
}

let workspace: Workspace
let server: string

function check(args: string[]): Promise<{code: number; result: Result}> {
  return new Promise((resolve, reject) => {
    execFile('bash', [script, ...args, '--', process.execPath, server, '--stdio'], {timeout: 55_000}, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      try {
        resolve({code, result: JSON.parse(stdout) as Result})
      } catch {
        reject(new Error(`nvim-lsp-check gave no JSON (exit ${code}): ${stderr}`))
      }
    })
  })
}

describe.skipIf(!hasNvim)(title, () => {
  beforeAll(async () => {
    server = await serverBundle()
    workspace = makeWorkspace({'package.json': '{"name": "nvim-fixture"}\n'})
  })
  afterAll(() => workspace?.remove())

  test('diagnostics with UTF-16 columns, and the preferred fix from the editor’s own context', async () => {
    const file = workspace.write('post.md', '# Drive\n\n🎉🇵🇰 वाह! The café, اردو بازار, reopened on my directions.\n')
    const {code, result} = await check(['--code-action', '3:50', file])
    expect(result.errors).toEqual([])
    expect(code).toBe(0)
    expect(result.diagnostics.map(({line, column, endLine, endColumn, severity, code, source}) => ({line, column, endLine, endColumn, severity, code, source}))).toEqual([
      {line: 3, column: 44, endLine: 3, endColumn: 60, severity: 'warning', code: 'my-directions', source: 'selfless'}
    ])
    expect(result.codeAction?.offered.map((action) => action.title)).toEqual([
      'Replace “on my directions” with “on the department\'s directions”',
      'Ignore my-directions here, with a reason (inline comment)',
      'Add “on my directions” to allowed phrases in .selflessrc.json',
      'Fix all selfless findings'
    ])
    expect(result.codeAction?.buffer).toBe('# Drive\n\n🎉🇵🇰 वाह! The café, اردو بازار, reopened on the department\'s directions.\n')
    expect(result.codeAction?.republished).toBe(true)
    expect(result.codeAction?.diagnosticsAfter).toEqual([])
  })

  test('the ignore comment, inserted above the block, silences the finding', async () => {
    const file = workspace.write('ignore.md', 'Intro.\n\nThe drive was launched\non my directions.\n')
    const {code, result} = await check(['--code-action', '4:5', '--action-match', 'Ignore', file])
    expect(code).toBe(0)
    expect(result.codeAction?.buffer).toBe(
      'Intro.\n\n<!-- selfless ignore my-directions -- TODO: say why this is fine here -->\nThe drive was launched\non my directions.\n'
    )
    expect(result.codeAction?.diagnosticsAfter).toEqual([])
  })

  test('plain text, with Neovim’s settings (it answers workspace/configuration without announcing it)', async () => {
    const file = workspace.write('notes.txt', 'Stalls were removed as per my instructions.\n')
    const {code, result} = await check(['--settings', '{"selfless": {"rules": {"my-directions": "error"}}}', file])
    expect(code).toBe(0)
    expect(result.diagnostics.map(({line, column, endColumn, severity}) => ({line, column, endColumn, severity}))).toEqual([
      {line: 1, column: 21, endColumn: 43, severity: 'error'}
    ])
  })
})
