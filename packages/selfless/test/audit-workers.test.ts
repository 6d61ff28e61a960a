/**
 * Worker threads change speed, never results: the same export audited with
 * `--jobs 2` and in one thread gives the same summary and the same `--jsonl`
 * lines in the same order, whichever thread lints which batch. Workers need
 * real Node processes (vitest cannot start a TypeScript worker), so each run
 * is a child process under tsx.
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
// One process for the rest: `--json` with one and two threads, then the
// pipeline with batches placed on workers deterministically (by default a
// batch goes to a worker only once it has started, which depends on timing),
// each run's summary and per-post lines.
const pipelineEntry = fileURLToPath(new URL('../src/audit/pipeline.ts', import.meta.url))
const detectEntry = fileURLToPath(new URL('../src/audit/readers/detect.ts', import.meta.url))
const placements = write(
  path.join(folder, 'placements.mjs'),
  [
    `import {runAudit} from ${JSON.stringify(entry)}`,
    `import {runPipeline} from ${JSON.stringify(pipelineEntry)}`,
    `import {openSource} from ${JSON.stringify(detectEntry)}`,
    'const input = process.argv[2]',
    'const json = {}',
    'for (const jobs of ["1", "2"]) {',
    '  let stdout = ""',
    '  const code = await runAudit([input, "--quiet", "--json", "--jobs", jobs], {stdout: {write: (chunk) => { stdout += chunk }}})',
    '  json[jobs] = {code, stdout}',
    '}',
    'const runs = {}',
    "for (const [name, jobs, placement] of [['one thread', 1, undefined], ['every batch on one worker', 2, 'workers'], ['every other batch on two workers', 3, 'alternate']]) {",
    '  const lines = []',
    '  const source = await openSource(input, undefined, {})',
    '  const result = await runPipeline({source, options: {}, keep: 10, jobs, placement, onPost: (post) => { lines.push(JSON.stringify(post)) }})',
    '  runs[name] = {workers: result.workers, failures: result.failures, summary: result.summary, lines}',
    '}',
    'process.stdout.write(JSON.stringify({json, runs}))'
  ].join('\n') + '\n'
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

function auditIn(args: string[], script = runner): string {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@selfless/source', script, input, '--quiet', ...args], {cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
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

  it('give the same --json summary as one thread, and the same summary and lines whichever thread lints which batch', () => {
    type Run = {workers: number; failures: unknown[]; summary: {posts: number; worst: unknown[]}; lines: string[]}
    const {json, runs} = JSON.parse(auditIn([], placements)) as {json: Record<string, {code: number; stdout: string}>; runs: Record<string, Run>}
    expect(json['2']).toEqual(json['1'])
    expect(json['1']?.code).toBe(0)
    expect((JSON.parse(json['1']?.stdout ?? '') as {summary: {flagged: number}}).summary.flagged).toBe(900)

    const single = runs['one thread'] as Run
    expect(single.workers).toBe(0)
    expect(single.summary.posts).toBe(1500)
    expect(single.summary.worst.length).toBe(10)
    expect(single.lines.length).toBe(1500)
    for (const [name, workers] of [['every batch on one worker', 1], ['every other batch on two workers', 2]] as const) {
      const run = runs[name] as Run
      expect({name, workers: run.workers, failures: run.failures}).toEqual({name, workers, failures: []})
      expect(run.summary).toEqual(single.summary)
      expect(run.lines).toEqual(single.lines)
    }
  }, 60_000)
})
