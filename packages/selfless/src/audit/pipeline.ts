/**
 * The streaming pipeline: posts come one at a time from a reader, are linted
 * (by the one processor in this thread, or by worker threads on long runs),
 * folded into the aggregates and handed to the `--jsonl` writer, then
 * dropped. Nothing grows with the number of posts but the counters.
 *
 * Threads: a run starts in this thread. With `jobs: 'auto'`, once about a
 * second of work shows that the rest would take more than `switchAfter`
 * seconds, and a core is idle, it moves linting to worker threads; short
 * runs never pay the start-up of workers (measured in docs/audit.md).
 */
import {availableParallelism, loadavg} from 'node:os'
import type {Options} from 'retext-selfless'
import {AuditError} from './errors.js'
import {createPostLinter, type PostFinding} from './linter.js'
import {canUseWorkers, LintPool} from './pool.js'
import type {Post} from './post.js'
import type {PostSource} from './readers/source.js'
import {Aggregator, type AuditedPost, type AuditSummary, toAudited} from './summary.js'
import type {WorkerResult} from './worker.js'

export interface ProgressState {
  posts: number
  consumed: number
  total: number
}

export interface PipelineOptions {
  source: PostSource
  /** Resolved plugin options (config + `--speaker`). */
  options: Options
  since?: Date | undefined
  /** Exclusive upper bound. */
  until?: Date | undefined
  /** How many worst posts to keep. */
  keep: number
  /** Worker threads: `1` none, `n` from the start, `'auto'` when the run is long. */
  jobs: number | 'auto'
  /** Called for every post read, in input order (the `--jsonl` writer). */
  onPost?: ((post: AuditedPost) => void | Promise<void>) | undefined
  onProgress?: ((state: ProgressState) => void) | undefined
}

export interface PipelineResult {
  summary: AuditSummary
  /** Worker threads used (0: all in this thread). */
  workers: number
  /** The first few posts the linter failed on, with the error. */
  failures: Array<{id: string; error: string}>
}

const batchSize = 256
/** Seconds of predicted remaining work above which workers pay off. */
const switchAfter = 2

export async function runPipeline(settings: PipelineOptions): Promise<PipelineResult> {
  const {source, options, since, until, keep, jobs, onPost, onProgress} = settings
  const lint = createPostLinter(options)
  const aggregator = new Aggregator(keep)
  const failures: PipelineResult['failures'] = []
  let pool: LintPool | undefined
  if (typeof jobs === 'number' && jobs > 1) {
    if (!canUseWorkers()) throw new AuditError('`--jobs` needs the built package (dist/audit/worker.js) or tsx; run without `--jobs`')
    pool = new LintPool(jobs, options)
  }
  const mayParallelize = jobs === 'auto' && availableParallelism() > 1 && canUseWorkers()
  const started = performance.now()
  let read = 0
  let batch: Post[] = []
  const pending: Array<{posts: Post[]; results: Promise<WorkerResult[]>}> = []

  async function record(post: Post, result: WorkerResult): Promise<void> {
    let findings: PostFinding[] = []
    if (Array.isArray(result)) findings = result
    else {
      aggregator.failed++
      if (failures.length < 3) failures.push({id: post.id, error: result.error})
    }
    aggregator.add(post, findings)
    if (onPost) await onPost(toAudited(post, findings))
    read++
    tick()
  }

  // Every post read counts for progress, those outside --since/--until too.
  let seen = 0
  function tick(): void {
    seen++
    if (onProgress && seen % 200 === 0) onProgress({posts: read, consumed: source.consumed(), total: source.total})
  }

  async function settle(entry: {posts: Post[]; results: Promise<WorkerResult[]>}): Promise<void> {
    const results = await entry.results
    for (let index = 0; index < entry.posts.length; index++) {
      await record(entry.posts[index] as Post, results[index] ?? [])
    }
  }

  try {
    for await (const post of source.posts()) {
      if (post.date && ((since && post.date < since) || (until && post.date >= until))) {
        aggregator.outOfRange++
        tick()
        continue
      }
      if (pool) {
        batch.push(post)
        if (batch.length >= batchSize) {
          pending.push({posts: batch, results: pool.lint(batch.map((item) => item.text))})
          batch = []
          // Two batches per worker in flight: enough to keep them busy, bounded memory.
          while (pending.length > pool.size * 2) await settle(pending.shift() as (typeof pending)[number])
        }
        continue
      }
      let result: WorkerResult
      try {
        result = lint(post.text)
      } catch (error) {
        result = {error: String((error as Error).stack ?? error)}
      }
      await record(post, result)
      if (mayParallelize && read % 1000 === 0 && remainingSeconds(started, source) > switchAfter && spareCore()) {
        pool = new LintPool(Math.min(availableParallelism(), 4), options)
      }
    }
    if (pool && batch.length > 0) pending.push({posts: batch, results: pool.lint(batch.map((item) => item.text))})
    while (pending.length > 0) await settle(pending.shift() as (typeof pending)[number])
  } finally {
    await pool?.close()
  }
  onProgress?.({posts: read, consumed: source.total, total: source.total})
  return {summary: aggregator.summary(), workers: pool?.size ?? 0, failures}
}

/**
 * Whether a core is idle besides the one this run keeps busy: on a machine
 * already saturated by other work, workers only add start-up and memory
 * (measured: no speed-up at a load of 15 on 2 cores, docs/audit.md).
 */
function spareCore(): boolean {
  return loadavg()[0] as number < availableParallelism() - 0.5
}

/** Predicted seconds left, from the time so far and the share of input read. */
function remainingSeconds(started: number, source: PostSource): number {
  const elapsed = (performance.now() - started) / 1000
  const fraction = source.total > 0 ? source.consumed() / source.total : 1
  if (elapsed < 0.5 || fraction <= 0 || fraction >= 1) return 0
  return (elapsed * (1 - fraction)) / fraction
}
