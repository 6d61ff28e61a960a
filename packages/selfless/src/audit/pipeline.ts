/**
 * The streaming pipeline: posts come one at a time from a reader, are linted
 * in batches (by the processor in this thread, and on long runs by worker
 * threads beside it), folded into the aggregates in input order and handed
 * to the `--jsonl` writer, then dropped. Nothing grows with the number of
 * posts but the counters.
 *
 * Threads: a run starts in this thread. With `jobs: 'auto'`, once half a
 * second of work shows that the rest would take more than `switchAfter`
 * seconds, and the machine is not too busy (`spareThreads`), it starts
 * workers (one on 2 cores); short runs never pay their start-up, and a
 * machine busy with other work gets no extra threads (measured: there they
 * cost a fifth more CPU and gained nothing). This thread keeps reading,
 * counting and linting: it hands a batch to a worker only when one is ready
 * and has room, so a worker still starting up costs it no wait, and on 2
 * cores there is no third thread to schedule (measured in docs/audit.md).
 */
import {availableParallelism, cpus, loadavg} from 'node:os'
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
  /** Threads that lint: `1` this one only, `n` this one and `n - 1` workers from the start, `'auto'` workers when the run is long. */
  jobs: number | 'auto'
  /** Called for every post read, in input order (the `--jsonl` writer). */
  onPost?: ((post: AuditedPost) => void | Promise<void>) | undefined
  onProgress?: ((state: ProgressState) => void) | undefined
  /**
   * For tests, which must not depend on timing: which thread lints each batch
   * when there are workers, instead of "a ready worker with room, else this
   * one". `'workers'`: every batch; `'alternate'`: every other batch, the
   * rest here. Either waits for workers to start.
   */
  placement?: 'workers' | 'alternate' | undefined
}

export interface PipelineResult {
  summary: AuditSummary
  /** Worker threads used (0: all in this thread). */
  workers: number
  /** The first few posts the linter failed on, with the error. */
  failures: Array<{id: string; error: string}>
}

/** Posts per batch: one message to a worker and back (fewer, larger messages cost less). */
const batchSize = 256
/** Batches a ready worker may hold before this thread lints the next one itself. */
const depth = 2
/** Seconds of predicted remaining work above which workers pay off (docs/audit.md). */
const switchAfter = 2

interface Batch {
  posts: Post[]
  /** Set once linted, here or by a worker. */
  results: WorkerResult[] | undefined
  failure?: Error
  settled?: Promise<void>
}

export async function runPipeline(settings: PipelineOptions): Promise<PipelineResult> {
  const {source, options, since, until, keep, jobs, onPost, onProgress, placement} = settings
  const lint = createPostLinter(options)
  const aggregator = new Aggregator(keep)
  const failures: PipelineResult['failures'] = []
  let pool: LintPool | undefined
  if (typeof jobs === 'number' && jobs > 1) {
    if (!canUseWorkers()) throw new AuditError('`--jobs` needs the built package (dist/audit/worker.js) or tsx; run without `--jobs`')
    pool = new LintPool(jobs - 1, options)
  }
  let mayParallelize = jobs === 'auto' && availableParallelism() > 1 && canUseWorkers()
  const idle = mayParallelize ? new IdleMeter() : undefined
  const started = performance.now()
  let read = 0
  let batch: Post[] = []
  // Batches in input order; each is recorded once it and all before it are linted.
  const queue: Batch[] = []
  let dispatched = 0

  function lintOne(text: string): WorkerResult {
    try {
      return lint(text)
    } catch (error) {
      return {error: String((error as Error).stack ?? error)}
    }
  }

  function dispatch(posts: Post[]): void {
    const entry: Batch = {posts, results: undefined}
    // A ready worker with room takes the batch; else this thread lints it.
    const toWorker = placement === 'workers' || (placement === 'alternate' && dispatched % 2 === 0)
    dispatched++
    if (pool && (placement ? toWorker : pool.hasRoom(depth))) {
      entry.settled = pool.lint(posts.map((post) => post.text)).then(
        (results) => {
          entry.results = results
        },
        (error: unknown) => {
          entry.failure = error as Error
        }
      )
    } else {
      const results: WorkerResult[] = []
      for (const post of posts) results.push(lintOne(post.text))
      entry.results = results
    }
    queue.push(entry)
  }

  /** Records linted batches from the head of the queue; waits for the head while more than `limit` are queued. */
  async function drain(limit: number): Promise<void> {
    while (queue.length > 0) {
      const head = queue[0] as Batch
      if (head.results === undefined && head.failure === undefined) {
        if (queue.length <= limit) return
        await head.settled
      }
      if (head.failure) throw head.failure
      queue.shift()
      const results = head.results as WorkerResult[]
      for (let index = 0; index < head.posts.length; index++) {
        const pending = record(head.posts[index] as Post, results[index] ?? [])
        if (pending) await pending
      }
    }
  }

  function record(post: Post, result: WorkerResult): void | Promise<void> {
    let findings: PostFinding[] = []
    if (Array.isArray(result)) findings = result
    else {
      aggregator.failed++
      if (failures.length < 3) failures.push({id: post.id, error: result.error})
    }
    aggregator.add(post, findings)
    const pending = onPost?.(toAudited(post, findings))
    // Counted once written, as progress says what is done.
    if (pending) return pending.then(counted)
    counted()
  }

  function counted(): void {
    read++
    tick()
  }

  // Every post read counts for progress, those outside --since/--until too.
  let seen = 0
  function tick(): void {
    seen++
    if (onProgress && seen % 200 === 0) onProgress({posts: read, consumed: source.consumed(), total: source.total})
  }

  try {
    for await (const post of source.posts()) {
      const time = post.date?.getTime()
      if (time !== undefined && ((since && time < since.getTime()) || (until && time >= until.getTime()))) {
        aggregator.outOfRange++
        tick()
        continue
      }
      batch.push(post)
      if (batch.length < batchSize) continue
      if (mayParallelize && remainingSeconds(started, source) > switchAfter) {
        const workers = spareThreads((idle as IdleMeter).idleCores())
        if (workers > 0) {
          mayParallelize = false
          pool = new LintPool(workers, options)
        }
      }
      dispatch(batch)
      batch = []
      // Linted batches are recorded at once; this thread waits for a worker
      // only when it has got that far ahead of it (bounded memory).
      await drain(pool ? pool.size * depth + 4 : 0)
    }
    if (batch.length > 0) dispatch(batch)
    await drain(0)
  } finally {
    await pool?.close()
  }
  onProgress?.({posts: read, consumed: source.total, total: source.total})
  return {summary: aggregator.summary(), workers: pool?.size ?? 0, failures}
}

/**
 * How many workers to add now: one per idle core (up to 3), or, with no core
 * idle, one while the 1-minute load average (this run included) stays under
 * the cores plus one. Measured on 2 cores, 100,000 posts, `--jobs 2` against
 * `--jobs 1` in pairs: at a load of 2.6–3.3 two threads were 1.2–1.3 times as
 * fast (3 of 3 pairs); at 3.5–4.7 slower in 4 of 5, at 7–10 in 3 of 5.
 */
function spareThreads(idleCores: number): number {
  const cores = availableParallelism()
  const idle = Math.min(Math.round(idleCores), cores - 1, 3)
  if (idle > 0) return idle
  return (loadavg()[0] as number) < cores + 1 ? 1 : 0
}

/**
 * Idle CPU capacity of the machine, in cores, over the last half second or
 * more (from the kernel's per-core times): whether a worker would get a core
 * of its own, now rather than as the 1-minute load average lags behind.
 */
class IdleMeter {
  private since = performance.now()
  private last = totals()
  private latest = 0

  /** Cores idle on average since the previous reading, at least half a second ago (else that reading). */
  idleCores(): number {
    const now = performance.now()
    if (now - this.since < 500) return this.latest
    const current = totals()
    const busy = current.busy - this.last.busy
    const idle = current.idle - this.last.idle
    this.latest = busy + idle > 0 ? (idle / (busy + idle)) * current.cores : 0
    this.since = now
    this.last = current
    return this.latest
  }
}

function totals(): {busy: number; idle: number; cores: number} {
  let busy = 0
  let idle = 0
  const all = cpus()
  for (const cpu of all) {
    busy += cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq
    idle += cpu.times.idle
  }
  return {busy, idle, cores: all.length}
}

/** Predicted seconds left, from the time so far and the share of input read. */
function remainingSeconds(started: number, source: PostSource): number {
  const elapsed = (performance.now() - started) / 1000
  const fraction = source.total > 0 ? source.consumed() / source.total : 1
  if (elapsed < 0.5 || fraction <= 0 || fraction >= 1) return 0
  return (elapsed * (1 - fraction)) / fraction
}
