/**
 * The built command as a process (`node bin/selfless.js`): what a shell, a
 * git hook or CI sees: exit codes, stdout and stderr, standard input. Also
 * the examples under examples/ (posts, ci, pre-commit, district-office),
 * whose `check` scripts run the built command the way their READMEs show.
 * (One file, so the build check runs once.)
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {bin} from './cli-build.js'
import {fixtures} from './cli-helpers.js'

function selfless(fixture: string, args: readonly string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const {NO_COLOR, FORCE_COLOR, ...rest} = process.env
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: path.join(fixtures, fixture),
    encoding: 'utf8',
    env: {...rest, ...env},
    ...(input === undefined ? {} : {input})
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

// Each test spawns Node processes: allow for a busy machine.
describe('bin/selfless.js', {timeout: 60_000}, () => {
  it('exits 1 with the stylish report for findings', () => {
    expect(selfless('findings', ['post.md'])).toEqual({
      code: 1,
      stderr: '',
      stdout:
        'post.md\n3:1-3:17 warning Credits the writer’s own directions (`On my directions`); credit the office instead my-directions retext-selfless\n\n⚠ 1 warning\n'
    })
  })

  it('exits 0 on clean files', () => {
    expect(selfless('clean', [])).toEqual({code: 0, stderr: '', stdout: 'hours.md: no issues found\n'})
  })

  it('exits 2 on an unknown flag', () => {
    expect(selfless('clean', ['--frobnicate'])).toEqual({code: 2, stdout: '', stderr: "selfless: Unknown option '--frobnicate'\nRun `selfless --help` for usage.\n"})
  })

  it('exits 2 on a config error', () => {
    const result = selfless('config-unknown-rule', [])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('.selflessrc.json: Invalid option `rules.no-such-rule`')
  })

  it('reads standard input', () => {
    const result = selfless('clean', ['--stdin', '--stdin-filename', 'post.md', '--reporter', 'github'], 'The fair was held on my directions.\n')
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: '::warning file=post.md,line=1,col=19,endLine=1,endColumn=35,title=selfless(my-directions)::Credits the writer’s own directions (`on my directions`); credit the office instead\n'
    })
  })

  it('writes SARIF with --output', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'selfless-bin-'))
    const output = path.join(folder, 'out.sarif')
    expect(selfless('findings', ['--reporter', 'sarif', '--output', output])).toEqual({code: 1, stdout: '', stderr: ''})
    const log = JSON.parse(readFileSync(output, 'utf8'))
    expect(log.runs[0].results.map((result: {ruleId: string}) => result.ruleId)).toEqual(['my-directions', 'my-directions'])
  })

  it('colours the report only when asked (FORCE_COLOR or --color)', () => {
    expect(selfless('findings', ['post.md'], undefined, {FORCE_COLOR: '1'}).stdout).toContain('\u001B[33mwarning\u001B[39m')
    expect(selfless('findings', ['post.md', '--color']).stdout).toContain('\u001B[33mwarning\u001B[39m')
  })
})

describe('examples', {timeout: 60_000}, () => {
  const examples = fileURLToPath(new URL('../../../examples/', import.meta.url))
  it.each(['posts', 'ci', 'pre-commit', 'district-office'])('%s passes its check', (name) => {
    const output = execFileSync(process.execPath, ['check.js'], {cwd: examples + name, encoding: 'utf8'})
    expect(output).toMatch(/^ok: /)
  })
})
