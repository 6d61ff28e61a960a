/**
 * `selfless audit` end to end, each run a whole child process (so peak
 * memory is the process's own `maxRSS`, worker threads included):
 * - 100,000 posts as an X archive `tweets.js`, made of State of the Union
 *   sentences cut to tweet length, one in eight mixed with self-promotional
 *   phrases: posts per second, peak memory, HTML report size; single-thread
 *   and with worker threads;
 * - 10,000 posts, to show peak memory does not grow with the history;
 * - 5,000 posts with and without workers: whether workers pay off on a
 *   short run (on 2 cores they do not).
 * Runs the built command when `packages/selfless/dist` exists (`pnpm --filter
 * selfless build`), else the TypeScript source through tsx (more start-up
 * time and memory: upper bounds for the built CLI). Wall time
 * swings with the load on a shared machine; `posts/CPU-s` (CPU time of all
 * threads) is steadier.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
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
}

// The built command when there is one (what users run), else the source through tsx.
const built = existsSync(path.join(root, 'packages/selfless/dist/cli.js')) && existsSync(path.join(root, 'packages/selfless/dist/audit/worker.js'))
const mode = built ? 'built CLI' : 'source via tsx'

function run(folder: string, args: readonly string[]): Run {
  const html = path.join(folder, 'report.html')
  const command = built
    ? ['--import', path.join(folder, '..', 'usage.mjs'), path.join(root, 'packages/selfless/bin/selfless.js'), 'audit']
    : ['--import', 'tsx', '--import', path.join(folder, '..', 'usage.mjs'), '--conditions=@selfless/source', path.join(folder, '..', 'runner.mjs')]
  const started = process.hrtime.bigint()
  const child = spawnSync(process.execPath, [...command, folder, '--quiet', '--html', html, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (child.status !== 0) throw new Error(`audit failed (${child.status}): ${child.stderr}`)
  const usage = /maxRSS=(\d+) cpu=(\d+)/.exec(child.stderr)
  return {seconds, cpuSeconds: Number(usage?.[2]) / 1e6, rssMiB: Number(usage?.[1]) / 1024, htmlBytes: statSync(html).size}
}

function archive(base: string, name: string, count: number): string {
  const folder = path.join(base, name)
  mkdirSync(path.join(folder, 'data'), {recursive: true})
  writeFileSync(path.join(folder, 'data/tweets.js'), tweetsScript(count))
  return folder
}

function helpers(base: string): void {
  // Peak memory and CPU time of the whole process (all threads), printed on exit.
  writeFileSync(
    path.join(base, 'usage.mjs'),
    "process.on('exit', () => { const usage = process.resourceUsage(); process.stderr.write('maxRSS=' + usage.maxRSS + ' cpu=' + (usage.userCPUTime + usage.systemCPUTime) + '\\n') })\n"
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

    const single = run(big, ['--jobs', '1'])
    const auto = run(big, [])
    const best = auto.seconds < single.seconds ? auto : single
    const tenThousand = run(medium, ['--jobs', '1'])
    const shortSingle = run(small, ['--jobs', '1'])
    const shortWorkers = run(small, ['--jobs', '2'])

    const rate = (posts: number, result: Run) => Math.round(posts / result.seconds)
    return [
      {
        name: `100,000 posts (tweets.js, ${(size / 1e6).toFixed(1)} MB, ${mode}), one thread`,
        figures: {'posts/s': rate(100_000, single), 's': single.seconds, 'posts/CPU-s': Math.round(100_000 / single.cpuSeconds), 'peak MiB': single.rssMiB},
        target: 'peak < 300 MiB',
        met: single.rssMiB < 300
      },
      {
        name: '100,000 posts, --jobs auto (workers once the run is long)',
        figures: {'posts/s': rate(100_000, auto), 's': auto.seconds, 'posts/CPU-s': Math.round(100_000 / auto.cpuSeconds), 'peak MiB': auto.rssMiB, 'speed-up': single.seconds / auto.seconds},
        target: '≥ 20,000 posts/s, peak < 300 MiB',
        met: rate(100_000, best) >= 20_000 && auto.rssMiB < 300
      },
      {
        name: '10,000 posts, one thread (memory stays flat)',
        figures: {'posts/s': rate(10_000, tenThousand), 'peak MiB': tenThousand.rssMiB, 'peak ratio 100k/10k': single.rssMiB / tenThousand.rssMiB}
      },
      {
        name: '5,000 posts: --jobs 2 vs one thread',
        figures: {'one thread s': shortSingle.seconds, '--jobs 2 s': shortWorkers.seconds, 'ratio': shortWorkers.seconds / shortSingle.seconds, 'peak MiB one / two': `${Math.round(shortSingle.rssMiB)} / ${Math.round(shortWorkers.rssMiB)}`}
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
