/**
 * The built `selfless` CLI against alex's CLI (node_modules/.bin/alex) on the
 * same input in the same run, each as a whole process:
 * - one small draft (start-up dominates; empty Node is the floor),
 * - a folder of 10,000 short posts (the file pipeline),
 * - one 8 MiB document (words per second, and peak memory at 1 and 8 MiB).
 * Needs `pnpm --filter selfless... build` first. The first run of a build
 * fills the command's code cache (src/cli/compile-cache.ts): the draft's
 * median of 9 runs is a warm start, as a user's second run is.
 * `SELFLESS_BENCH_SKIP_ALEX=1` skips alex's slow runs (about two minutes on
 * the folder) and the ratios.
 * Peak memory and CPU time come from a preload that prints the child's
 * `maxRSS` and `cpuUsage()` on exit: on a shared machine, CPU time drifts
 * less with load than wall time does.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {BenchRow} from '../scripts/bench.js'
import {countWords, sotuDocument, sotuPosts} from './sotu.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const selfless = path.join(root, 'packages/selfless/bin/selfless.js')
const alex = path.join(root, 'node_modules/alex/cli.js')
const skipAlex = process.env.SELFLESS_BENCH_SKIP_ALEX === '1'

interface Timed {
  ms: number
  /** User + system CPU time of the child (all its threads). */
  cpuMs: number
  status: number | null
  rssMiB: number
}

/** Runs `node [preload] script args…` and returns wall time, exit status and peak RSS. */
function timed(script: string | undefined, args: readonly string[], cwd: string, preload: string): Timed {
  const start = process.hrtime.bigint()
  const child = spawnSync(process.execPath, ['--import', preload, ...(script ? [script] : ['-e', '']), ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const rss = /maxRSS=(\d+)/.exec(child.stderr)
  const cpu = /cpuUs=(\d+)/.exec(child.stderr)
  return {ms, cpuMs: cpu ? Number(cpu[1]) / 1000 : Number.NaN, status: child.status, rssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN}
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

export default async function cliBench(): Promise<BenchRow[]> {
  if (!existsSync(path.join(root, 'packages/selfless/dist/cli.cjs'))) {
    throw new Error('Build first: pnpm --filter selfless... build')
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'selfless-cli-bench-'))
  const preload = path.join(scratch, 'max-rss.mjs')
  writeFileSync(
    preload,
    "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS} cpuUs=${u.user + u.system}\\n`) })\n"
  )
  const rows: BenchRow[] = []

  try {
    // One small draft, whole process, median of 9 runs, interleaved so load drifts hit all three alike.
    const draft = path.join(scratch, 'draft.md')
    writeFileSync(draft, '# Water supply\n\nOn my directions, the water board repaired the main pipeline.\nSupply returns on Friday.\n')
    const empty: Timed[] = []
    const ours: Timed[] = []
    const theirs: number[] = []
    for (let run = 0; run < 9; run++) {
      empty.push(timed(undefined, [], scratch, preload))
      ours.push(timed(selfless, ['draft.md'], scratch, preload))
      if (!skipAlex) theirs.push(timed(alex, ['draft.md'], scratch, preload).ms)
    }
    const small = median(ours.map((run) => run.ms))
    rows.push({
      name: 'one small draft, whole process',
      figures: {
        'selfless ms': small,
        'empty node ms': median(empty.map((run) => run.ms)),
        'selfless cpu ms': median(ours.map((run) => run.cpuMs)),
        'empty node cpu ms': median(empty.map((run) => run.cpuMs)),
        ...(skipAlex ? {} : {'alex ms': median(theirs), 'alex / selfless': median(theirs) / small})
      },
      target: 'selfless ≤ 300 ms',
      met: small <= 300
    })

    // 10,000 short posts in 100 folders.
    const posts = path.join(scratch, 'posts')
    sotuPosts(10_000).forEach((post, index) => {
      const folder = path.join(posts, String(index % 100).padStart(3, '0'))
      if (index < 100) mkdirSync(folder, {recursive: true})
      writeFileSync(path.join(folder, `post-${index}.md`), post + '\n')
    })
    const folderRun = timed(selfless, ['posts', '--quiet'], scratch, preload)
    const alexRun = skipAlex ? undefined : timed(alex, ['posts', '--quiet'], scratch, preload)
    const ratio = alexRun ? alexRun.ms / folderRun.ms : Number.NaN
    rows.push({
      name: '10,000 short posts',
      figures: {
        'selfless s': folderRun.ms / 1000,
        'selfless cpu s': folderRun.cpuMs / 1000,
        'selfless peak MiB': folderRun.rssMiB,
        ...(alexRun ? {'alex s': alexRun.ms / 1000, 'alex peak MiB': alexRun.rssMiB, 'alex / selfless': ratio} : {})
      },
      target: '≤ 3 s and ≥ 40x faster than alex',
      met: folderRun.ms <= 3000 && (skipAlex || ratio >= 40)
    })

    // One big document: words per second at 8 MiB, and peak memory at 1 vs 8 MiB.
    const big = sotuDocument(8 * 1024 * 1024)
    const words = countWords(big)
    writeFileSync(path.join(scratch, 'big.txt'), big)
    writeFileSync(path.join(scratch, 'one.txt'), sotuDocument(1024 * 1024))
    const one = timed(selfless, ['one.txt', '--quiet'], scratch, preload)
    const eight = timed(selfless, ['big.txt', '--quiet'], scratch, preload)
    const alexBig = skipAlex ? undefined : timed(alex, ['big.txt', '--quiet'], scratch, preload)
    const rate = words / (eight.ms / 1000)
    rows.push({
      name: '8 MiB document',
      figures: {
        words,
        'selfless words/s': Math.round(rate),
        'selfless words/cpu s': Math.round(words / (eight.cpuMs / 1000)),
        'peak MiB at 1 MiB': one.rssMiB,
        'peak MiB at 8 MiB': eight.rssMiB,
        ...(alexBig ? {'alex words/s': Math.round(words / (alexBig.ms / 1000)), 'alex peak MiB': alexBig.rssMiB} : {})
      },
      target: '≥ 500k words/s',
      met: rate >= 500_000
    })
  } finally {
    rmSync(scratch, {recursive: true, force: true})
  }
  return rows
}
