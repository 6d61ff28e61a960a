/**
 * The bin prints usage (and exits 0 for --help, 2 without a transport)
 * rather than vscode-languageserver's stack trace.
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const bin = fileURLToPath(new URL('../bin/selfless-language-server.js', import.meta.url))
const built = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url))
const usage = [
  'Usage: selfless-language-server --stdio',
  '',
  'A language server that flags self-promotion in official writing.',
  'Editors start it; pick a transport: --stdio, --node-ipc, --socket=PORT or --pipe=NAME.',
  ''
].join('\n')

describe('selfless-language-server bin', () => {
  it('is built', () => {
    expect(existsSync(built), 'run `pnpm build` before the tests').toBe(true)
  })

  it('prints usage on --help and exits 0', () => {
    const result = spawnSync(process.execPath, [bin, '--help'], {encoding: 'utf8'})
    expect({status: result.status, stdout: result.stdout, stderr: result.stderr}).toEqual({status: 0, stdout: usage, stderr: ''})
  })

  it('prints usage to stderr and exits 2 without a transport', () => {
    const result = spawnSync(process.execPath, [bin], {encoding: 'utf8'})
    expect({status: result.status, stdout: result.stdout, stderr: result.stderr}).toEqual({status: 2, stdout: '', stderr: usage})
  })
})
