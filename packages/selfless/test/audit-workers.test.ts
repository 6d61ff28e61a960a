/**
 * Worker threads change speed, never results: the same export audited with
 * `--jobs 2` and in one thread gives the same summary and the same `--jsonl`
 * lines in the same order. Workers need real Node processes (vitest cannot
 * start a TypeScript worker), so each run is a child process under tsx.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {temporaryFolder, write} from './audit-helpers.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const entry = fileURLToPath(new URL('../src/audit/index.ts', import.meta.url))
const folder = temporaryFolder()
const runner = write(
  path.join(folder, 'runner.mjs'),
  `import {runAudit} from ${JSON.stringify(entry)}\nprocess.exitCode = await runAudit(process.argv.slice(2), {color: false})\n`
)
const texts = [
  'The drain on Mall Road was cleaned on my directions.',
  'Water supply was restored in Sector 4 today.',
  'Deputy Commissioner Muhammad Ali paid a surprise visit to Tehsil Headquarters Hospital Pasrur.',
  'As per my instructions, the polio drive began under my supervision. #TeamDC',
  'The vaccination camp at Government School No. 2 runs until Friday.'
]
const input = write(
  path.join(folder, 'posts.jsonl'),
  Array.from({length: 1500}, (_, index) =>
    JSON.stringify({id: `p${index}`, date: new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString(), text: texts[(index * 7) % texts.length]})
  ).join('\n') + '\n'
)

function auditIn(args: string[]): string {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@selfless/source', runner, input, '--quiet', ...args], {cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  expect({status: child.status, stderr: child.stderr}).toEqual({status: 0, stderr: ''})
  return child.stdout
}

describe('worker threads', () => {
  // The summary is folded in this thread from the per-post results, so equal lines mean equal summaries.
  it('give the same --jsonl lines, in the same order, as one thread', () => {
    const workers = auditIn(['--jsonl', '--jobs', '2'])
    const single = auditIn(['--jsonl', '--jobs', '1'])
    expect(workers).toBe(single)
    const lines = workers.trimEnd().split('\n').map((line) => JSON.parse(line) as {id: string; findings: unknown[]})
    expect(lines.length).toBe(1500)
    expect(lines.slice(0, 3).map((line) => line.id)).toEqual(['p0', 'p1', 'p2'])
    expect(lines.filter((line) => line.findings.length > 0).length).toBe(900)
    expect(lines.reduce((sum, line) => sum + line.findings.length, 0)).toBe(1500)
  }, 60_000)
})
