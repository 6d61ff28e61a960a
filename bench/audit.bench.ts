/**
 * `selfless audit` end to end, each run a whole child process (so peak
 * memory is the process's own `maxRSS`, worker threads included):
 * - 100,000 posts as an X archive `tweets.js`, made of State of the Union
 *   sentences cut to tweet length, one in eight mixed with self-promotional
 *   phrases: posts per second, peak memory, HTML report size; `--jobs 1`,
 *   `--jobs auto` (the default: a worker once the run proves long, if the
 *   machine is not busy) and `--jobs 2`, each run twice, alternating, the
 *   faster run of each kept, with the load average at its start;
 * - 10,000 posts, to show peak memory does not grow with the history;
 * - 5,000 posts: whether `auto` stays in one thread on a short run (it
 *   should), and what forcing `--jobs 2` costs there.
 * Runs the built command when `packages/selfless/dist` exists (`pnpm --filter
 * selfless build`), else the TypeScript source through tsx (more start-up
 * time and memory: upper bounds for the built CLI). Wall time
 * swings with the load on a shared machine; `posts/CPU-s` (CPU time of all
 * threads) is steadier.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {BenchRow} from '../scripts/bench.js'
import {sotuSentences} from './sotu.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const audit = path.join(root, 'packages/selfless/src/audit/index.ts')

// Self-promotion as official accounts write it (phrases from the rules' test tables and docs/rules/).
const phrases = [
  (text: string) => `On my directions, ${lower(text)}`,
  (text: string) => `${text} The work was completed under my supervision.`,
  (text: string) => `As per my instructions, ${lower(text)}`,
  (text: string) => `${text} The DC paid a surprise visit and personally monitored the work.`,
  (text: string) => `${text} Please like and share! #TeamDC`,
  (text: string) => `A historic first-ever achievement: ${lower(text)}`,
  (text: string) => `${text} Citizens appreciated the efforts of DC Tahir Farooq.`,
  (text: string) => `I inaugurated the new block today. ${text}`
]

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** `count` tweets (≤ 280 characters) as an X archive's `tweets.js`. */
export function tweetsScript(count: number): string {
  const sentences = sotuSentences().filter((sentence) => sentence.length < 200)
  const start = Date.UTC(2016, 0, 1)
  const span = Date.UTC(2024, 11, 31) - start
  const items: string[] = []
  let at = 0
  for (let index = 0; index < count; index++) {
    let text = sentences[at++ % sentences.length] as string
    const next = sentences[at % sentences.length] as string
    if (index % 2 === 0 && text.length + next.length < 270) {
      text += ' ' + next
      at++
    }
    if (index % 8 === 0) text = (phrases[(index / 8) % phrases.length] as (text: string) => string)(text).slice(0, 280)
    const date = new Date(start + Math.floor((span * index) / count))
    const tweet = {id_str: String(1_000_000_000_000 + index), full_text: text.replaceAll('&', '&amp;'), created_at: twitterDate(date)}
    items.push(JSON.stringify({tweet}))
  }
  return `window.YTD.tweets.part0 = [${items.join(',\n')}]\n`
}

// `Wed Oct 10 20:19:24 +0000 2018`, as in real archives.
function twitterDate(date: Date): string {
  const [day, , month, year, time] = date.toUTCString().replace(',', '').split(' ')
  return `${day} ${month} ${String(date.getUTCDate()).padStart(2, '0')} ${time} +0000 ${year}`
}

interface Run {
  seconds: number
  /** CPU time of the whole process (all threads): steadier than wall time on a shared machine. */
  cpuSeconds: number
  rssMiB: number
  htmlBytes: number
  /** Threads that linted (from the closing progress line). */
  threads: number
  /** 1-minute load average when the run started: other work on the machine. */
  load: number
}

// The built command when there is one (what users run), else the source through tsx.
const dist = path.join(root, 'packages/selfless/dist')
const built = ['cli.cjs', 'cli.js'].some((name) => existsSync(path.join(dist, name))) && existsSync(path.join(dist, 'audit/worker.js'))
const mode = built ? 'built CLI' : 'source via tsx'

function run(folder: string, args: readonly string[]): Run {
  const html = path.join(folder, 'report.html')
  const command = built
    ? ['--import', path.join(folder, '..', 'usage.mjs'), path.join(root, 'packages/selfless/bin/selfless.js'), 'audit']
    : ['--import', 'tsx', '--import', path.join(folder, '..', 'usage.mjs'), '--conditions=@selfless/source', path.join(folder, '..', 'runner.mjs')]
  const load = loadavg()[0] as number
  const started = process.hrtime.bigint()
  // No `--quiet`: the closing progress line says how many threads linted (stderr is a pipe: one line per 10%).
  const child = spawnSync(process.execPath, [...command, folder, '--json', '--html', html, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (child.status !== 0) throw new Error(`audit failed (${child.status}): ${child.stderr}`)
  const usage = /maxRSS=(\d+) cpu=(\d+)/.exec(child.stderr)
  const threads = Number(/, (\d+) threads\)/.exec(child.stderr)?.[1] ?? 1)
  return {seconds, cpuSeconds: Number(usage?.[2]) / 1e6, rssMiB: Number(usage?.[1]) / 1024, htmlBytes: statSync(html).size, threads, load}
}

/** Runs each argument list `times` times, alternating, and keeps the fastest run of each (the least disturbed by other work). */
function fastest(folder: string, variants: ReadonlyArray<readonly string[]>, times: number): Run[] {
  const best: Array<Run | undefined> = variants.map(() => undefined)
  for (let round = 0; round < times; round++) {
    variants.forEach((args, index) => {
      const result = run(folder, args)
      if (!best[index] || result.seconds < (best[index] as Run).seconds) best[index] = result
    })
  }
  return best as Run[]
}

function archive(base: string, name: string, count: number): string {
  const folder = path.join(base, name)
  mkdirSync(path.join(folder, 'data'), {recursive: true})
  writeFileSync(path.join(folder, 'data/tweets.js'), tweetsScript(count))
  return folder
}

function helpers(base: string): void {
  // Peak memory and CPU time of the whole process (all threads), printed on
  // exit. Workers run this preload too, and exit first: only the main thread reports.
  writeFileSync(
    path.join(base, 'usage.mjs'),
    "import {isMainThread} from 'node:worker_threads'\nif (isMainThread) process.on('exit', () => { const usage = process.resourceUsage(); process.stderr.write('maxRSS=' + usage.maxRSS + ' cpu=' + (usage.userCPUTime + usage.systemCPUTime) + '\\n') })\n"
  )
  writeFileSync(
    path.join(base, 'runner.mjs'),
    `import {runAudit} from ${JSON.stringify(audit)}\nprocess.exitCode = await runAudit(process.argv.slice(2), {color: false})\n`
  )
}

export default async function auditBench(): Promise<BenchRow[]> {
  const base = mkdtempSync(path.join(tmpdir(), 'selfless-audit-bench-'))
  try {
    helpers(base)
    const big = archive(base, 'big', 100_000)
    const medium = archive(base, 'medium', 10_000)
    const small = archive(base, 'small', 5_000)
    const size = statSync(path.join(big, 'data/tweets.js')).size

    const [single, auto, two] = fastest(big, [['--jobs', '1'], [], ['--jobs', '2']], 2) as [Run, Run, Run]
    const tenThousand = run(medium, ['--jobs', '1'])
    const [shortSingle, shortAuto, shortWorkers] = fastest(small, [['--jobs', '1'], [], ['--jobs', '2']], 1) as [Run, Run, Run]

    const rate = (posts: number, result: Run) => Math.round(posts / result.seconds)
    const cpuRate = (posts: number, result: Run) => Math.round(posts / result.cpuSeconds)
    return [
      {
        name: `100,000 posts (tweets.js, ${(size / 1e6).toFixed(1)} MB, ${mode}), --jobs 1`,
        figures: {'posts/s': rate(100_000, single), 's': single.seconds, 'posts/CPU-s': cpuRate(100_000, single), 'peak MiB': single.rssMiB, 'load': single.load.toFixed(1)},
        target: 'peak < 300 MiB',
        met: single.rssMiB < 300
      },
      {
        name: '100,000 posts, --jobs auto (a worker once the run proves long, if the machine is not busy)',
        figures: {
          'posts/s': rate(100_000, auto),
          's': auto.seconds,
          'threads': auto.threads,
          'speed-up': single.seconds / auto.seconds,
          'posts/CPU-s': cpuRate(100_000, auto),
          'peak MiB': auto.rssMiB,
          'load': auto.load.toFixed(1)
        },
        target: '≥ 20,000 posts/s, peak < 300 MiB',
        met: rate(100_000, auto) >= 20_000 && auto.rssMiB < 300
      },
      {
        name: '100,000 posts, --jobs 2 (this thread and a worker from the start)',
        figures: {'posts/s': rate(100_000, two), 's': two.seconds, 'speed-up': single.seconds / two.seconds, 'posts/CPU-s': cpuRate(100_000, two), 'peak MiB': two.rssMiB, 'load': two.load.toFixed(1)},
        target: 'peak < 300 MiB',
        met: two.rssMiB < 300
      },
      {
        name: '10,000 posts, --jobs 1 (memory stays flat)',
        figures: {'posts/s': rate(10_000, tenThousand), 'peak MiB': tenThousand.rssMiB, 'peak ratio 100k/10k': single.rssMiB / tenThousand.rssMiB}
      },
      {
        name: '5,000 posts: --jobs 1 / auto / --jobs 2',
        figures: {
          's': `${shortSingle.seconds.toFixed(2)} / ${shortAuto.seconds.toFixed(2)} / ${shortWorkers.seconds.toFixed(2)}`,
          'auto threads': shortAuto.threads,
          'peak MiB': `${Math.round(shortSingle.rssMiB)} / ${Math.round(shortAuto.rssMiB)} / ${Math.round(shortWorkers.rssMiB)}`,
          'load': shortSingle.load.toFixed(1)
        }
      },
      {
        name: 'HTML report for 100,000 posts (aggregates + 1,000 worst flagged)',
        figures: {'bytes': single.htmlBytes, 'MB': single.htmlBytes / 1e6},
        target: '< 5 MB',
        met: single.htmlBytes < 5e6
      }
    ]
  } finally {
    rmSync(base, {recursive: true, force: true})
  }
}
