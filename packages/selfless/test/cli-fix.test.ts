/**
 * `--fix` and `--fix-dry-run`: only each finding's span changes, a second run
 * changes nothing, writes are atomic, and nothing is written otherwise.
 */
import {readdirSync, readFileSync, statSync, chmodSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, copyFixture} from './cli-helpers.js'

const original = '# Health camp\n\nThe health camp was held on my directions.\n\nMedicines were given out under my supervision, and the camp ran as per my instructions.\n'
const fixed =
  "# Health camp\n\nThe health camp was held on the department's directions.\n\nMedicines were given out under the department's supervision, and the camp ran as per the department's instructions.\n"

describe('--fix', () => {
  it('rewrites exactly the flagged spans, atomically, and reports what is left', async () => {
    const folder = copyFixture('fix')
    chmodSync(path.join(folder, 'camp.md'), 0o640)
    const result = await cli(folder, ['--fix'])
    expect(result).toEqual({code: 0, stdout: 'camp.md: no issues found\n', stderr: 'selfless: fixed 3 findings in 1 file\n'})
    expect(readFileSync(path.join(folder, 'camp.md'), 'utf8')).toBe(fixed)
    // No temporary file is left behind, and the file keeps its mode.
    expect(readdirSync(folder)).toEqual(['camp.md'])
    expect(statSync(path.join(folder, 'camp.md')).mode & 0o777).toBe(0o640)
  })

  it('changes nothing on a second run', async () => {
    const folder = copyFixture('fix')
    await cli(folder, ['--fix'])
    const second = await cli(folder, ['--fix'])
    expect(second).toEqual({code: 0, stdout: 'camp.md: no issues found\n', stderr: ''})
    expect(readFileSync(path.join(folder, 'camp.md'), 'utf8')).toBe(fixed)
  })

  it('writes nothing without --fix', async () => {
    const folder = copyFixture('fix')
    const before = statSync(path.join(folder, 'camp.md')).mtimeMs
    expect((await cli(folder, [])).code).toBe(1)
    expect(readFileSync(path.join(folder, 'camp.md'), 'utf8')).toBe(original)
    expect(statSync(path.join(folder, 'camp.md')).mtimeMs).toBe(before)
    expect(readdirSync(folder)).toEqual(['camp.md'])
  })

  it('prints fixed standard input, and the report on stderr', async () => {
    const result = await cli('clean', ['--stdin', '--fix'], 'On my directions, the park was cleaned.\n')
    expect(result).toEqual({code: 0, stdout: "On the department's directions, the park was cleaned.\n", stderr: '<stdin>: no issues found\n'})
  })
})

describe('--fix-dry-run', () => {
  it('prints a unified diff and writes nothing', async () => {
    const folder = copyFixture('fix')
    const result = await cli(folder, ['--fix-dry-run'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        '--- a/camp.md',
        '+++ b/camp.md',
        '@@ -1,5 +1,5 @@',
        ' # Health camp',
        ' ',
        '-The health camp was held on my directions.',
        "+The health camp was held on the department's directions.",
        ' ',
        '-Medicines were given out under my supervision, and the camp ran as per my instructions.',
        "+Medicines were given out under the department's supervision, and the camp ran as per the department's instructions.",
        ''
      ].join('\n')
    )
    expect(result.stderr).toBe('camp.md: no issues found\n')
    expect(readFileSync(path.join(folder, 'camp.md'), 'utf8')).toBe(original)
  })

  it('prints nothing on stdout when there is nothing to fix', async () => {
    expect(await cli('clean', ['--fix-dry-run'])).toEqual({code: 0, stdout: 'hours.md: no issues found\n', stderr: ''})
  })
})
