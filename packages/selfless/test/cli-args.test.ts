/**
 * Usage: unknown flags, missing or bad values and conflicting flags are
 * usage errors (exit 2) that name the problem; `--help` and `--version`.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {usage} from '../src/cli.js'
import {cli} from './cli-helpers.js'

const hint = 'Run `selfless --help` for usage.\n'

describe('usage errors', () => {
  it.each([
    [['--nope'], "Unknown option '--nope'"],
    [['-x'], "Unknown option '-x'"],
    [['--config'], "Option '-c, --config <value>' argument missing"],
    [['--fix=yes'], "Option '--fix' does not take an argument"],
    [['--reporter', 'xml'], 'Unknown reporter `xml`: expected one of stylish, json, sarif, github, junit'],
    [['--reporter', 'json', '--format', 'sarif'], 'Use either --reporter or --format, not both'],
    [['--fail-on', 'info'], 'Unknown --fail-on level `info`: expected one of error, warning, suggestion'],
    [['--max-warnings', 'ten'], '--max-warnings expects a whole number, got `ten`'],
    [['--max-warnings=-1'], '--max-warnings expects a whole number, got `-1`'],
    [['--color', '--no-color'], 'Use either --color or --no-color, not both'],
    [['--fix', '--fix-dry-run'], 'Use either --fix or --fix-dry-run, not both'],
    [['--update-baseline'], '--update-baseline needs --baseline <file> to know where to write'],
    [['--stdin-filename', 'a.md'], '--stdin-filename only applies with --stdin'],
    [['--stdin', 'a.md'], 'Give either --stdin or files, not both']
  ])('%j', async (args, message) => {
    expect(await cli('clean', args)).toEqual({code: 2, stdout: '', stderr: `selfless: ${message}\n${hint}`})
  })
})

describe('--help and --version', () => {
  it('prints the usage, naming every flag', async () => {
    const result = await cli('clean', ['--help'])
    expect(result).toEqual({code: 0, stdout: usage, stderr: ''})
    for (const flag of ['--stdin', '--stdin-filename', '--config', '--ignore-path', '--reporter', '--format', '--output', '--quiet', '--why', '--color', '--no-color', '--fail-on', '--max-warnings', '--fix', '--fix-dry-run', '--baseline', '--update-baseline', '--report-suppressions', '--help', '--version']) {
      expect(usage).toContain(flag)
    }
  })

  it('prints the package version', async () => {
    const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    expect(await cli('clean', ['-v'])).toEqual({code: 0, stdout: version + '\n', stderr: ''})
  })
})
