/**
 * Baselines: findings match by file, rule and flagged text with a count, not
 * by line, so moving text keeps them recorded and a new repeat is reported.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, copyFixture} from './cli-helpers.js'

describe('--baseline', () => {
  it('ignores as many findings of a rule and text as recorded', async () => {
    const result = await cli('baseline', ['--baseline', 'selfless-baseline.json', '--reporter', 'json'])
    expect(result.code).toBe(1)
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{actual: string; line: number}>}>
    expect(file?.messages.map((message) => [message.actual, message.line])).toEqual([
      ['on my directions', 3],
      ['under my supervision', 5]
    ])
  })

  it('does not depend on line numbers', async () => {
    const folder = copyFixture('baseline')
    expect((await cli(folder, ['--update-baseline', '--baseline', 'selfless-baseline.json'])).code).toBe(0)
    const post = path.join(folder, 'pond.md')
    writeFileSync(post, 'A new first paragraph.\n\n' + readFileSync(post, 'utf8'))
    expect(await cli(folder, ['--baseline', 'selfless-baseline.json'])).toEqual({code: 0, stdout: 'pond.md: no issues found\n', stderr: ''})
    writeFileSync(post, readFileSync(post, 'utf8') + '\nThe bench was painted on my directions.\n')
    const result = await cli(folder, ['--baseline', 'selfless-baseline.json', '--reporter', 'json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)[0].messages).toHaveLength(1)
  })

  it('--update-baseline records every finding, sorted, and exits 0', async () => {
    const folder = copyFixture('baseline')
    const result = await cli(folder, ['--update-baseline', '--baseline', 'selfless-baseline.json'])
    expect(result).toEqual({code: 0, stdout: 'pond.md: no issues found\n', stderr: ''})
    expect(readFileSync(path.join(folder, 'selfless-baseline.json'), 'utf8')).toBe(
      JSON.stringify({version: 1, findings: {'pond.md': {'my-directions': {'on my directions': 2, 'under my supervision': 1}}}}, null, 2) + '\n'
    )
  })

  it('keys files relative to the baseline file', async () => {
    const folder = copyFixture('baseline')
    await cli(folder, ['--update-baseline', '--baseline', 'ci/baseline.json'])
    expect(Object.keys(JSON.parse(readFileSync(path.join(folder, 'ci/baseline.json'), 'utf8')).findings)).toEqual(['../pond.md'])
  })

  it('treats a missing baseline as empty', async () => {
    expect((await cli('baseline', ['--baseline', 'nope.json'])).code).toBe(1)
  })

  it.each([
    ['{', /^selfless: Invalid baseline .*bad\.json: expected JSON \(/],
    ['{"version": 2, "findings": {}}', /^selfless: Invalid baseline .*bad\.json at `version`: expected 1\n$/],
    ['{"version": 1, "findings": {}, "extra": true}', /^selfless: Invalid baseline .*bad\.json at `extra`: unknown key, expected `version` or `findings`\n$/],
    ['{"version": 1, "findings": {"a.md": {"my-directions": {"on my directions": 0}}}}', /at `findings\.a\.md\.my-directions\.on my directions`: expected a whole number of at least 1\n$/]
  ])('rejects a malformed baseline %s (exit 2)', async (text, message) => {
    const folder = copyFixture('baseline')
    writeFileSync(path.join(folder, 'bad.json'), text)
    const result = await cli(folder, ['--baseline', 'bad.json'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
  })
})
