/**
 * Worker threads for long audits. Each worker gets batches of post texts and
 * answers them in the order sent; the pipeline keeps batches in input order.
 * Workers cost about 0.3 s to start and the posts must be copied to them, so
 * the pipeline only starts them when the rest of a run is long enough for
 * that to pay off (see `pipeline.ts` and docs/audit.md).
 */
import {existsSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import type {Options} from 'retext-selfless'
import type {WorkerResult} from './worker.js'

// Built (tsup entry `src/audit/worker.ts` → `dist/audit/worker.js`, beside the
// bundle's chunks) or source (`worker.ts` next to this file, run with tsx).
const candidates = [new URL('./audit/worker.js', import.meta.url), new URL('./worker.ts', import.meta.url)]

/** The worker script, or `undefined` when this runtime cannot start one. */
export function workerScript(): URL | undefined {
  return candidates.find((url) => url.protocol === 'file:' && existsSync(url))
}

/**
 * Whether workers can run here: the built worker exists, or this is the
 * TypeScript source run with tsx and the source condition (the bench, dev).
 */
export function canUseWorkers(): boolean {
  const script = workerScript()
  if (!script) return false
  if (!script.pathname.endsWith('.ts')) return true
  // `--import tsx`, or the tsx CLI's `--import …/tsx/dist/loader.mjs` (not any path that merely contains "tsx").
  const tsx = process.execArgv.some((arg) => /^tsx(?:\/|$)|[\\/]tsx[\\/]dist[\\/]/.test(arg))
  const source = process.execArgv.some(
    (arg, index, all) => arg === '--conditions=@selfless/source' || ((arg === '--conditions' || arg === '-C') && all[index + 1] === '@selfless/source')
  )
  return tsx && source
}

/** A worker for the script; TypeScript source first registers tsx in the worker (Node 20 workers do not inherit `--import`). */
function startWorker(script: URL, options: Options): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, {workerData: {options}})
  const api = import.meta.resolve('tsx/esm/api')
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}) })`
  return new Worker(code, {eval: true, workerData: {options}})
}

type Waiting = {resolve: (results: WorkerResult[]) => void; reject: (error: Error) => void}

export class LintPool {
  private readonly workers: Worker[]
  private readonly waiting: Waiting[][]
  private readonly isReady: boolean[]
  /** Why a worker stopped, once it has. */
  private readonly stopped: Array<Error | undefined>
  /** Workers that have loaded the linter and take batches now. */
  ready = 0

  constructor(jobs: number, options: Options) {
    const script = workerScript()
    if (!script) throw new Error('No audit worker script found')
    this.workers = []
    this.waiting = []
    this.isReady = []
    this.stopped = []
    for (let index = 0; index < jobs; index++) {
      const worker = startWorker(script, options)
      const queue: Waiting[] = []
      const number = index
      worker.on('message', (results: WorkerResult[] | 'ready') => {
        if (results !== 'ready') queue.shift()?.resolve(results)
        else if (!this.isReady[number]) {
          this.isReady[number] = true
          this.ready++
        }
      })
      worker.on('error', (error) => {
        this.stopped[number] ??= error
        for (const pending of queue.splice(0)) pending.reject(error)
      })
      // A worker that stops without an error (killed, out of memory) must not leave the run waiting.
      worker.on('exit', (code) => {
        this.stopped[number] ??= new Error(`An audit worker stopped (exit code ${code})`)
        for (const pending of queue.splice(0)) pending.reject(new Error(`An audit worker stopped (exit code ${code})`))
      })
      this.workers.push(worker)
      this.waiting.push(queue)
      this.isReady.push(false)
      this.stopped.push(undefined)
    }
  }

  /** Whether a ready worker has fewer than `depth` batches waiting. */
  hasRoom(depth: number): boolean {
    for (let index = 0; index < this.workers.length; index++) {
      if (this.isReady[index] && !this.stopped[index] && (this.waiting[index] as Waiting[]).length < depth) return true
    }
    return false
  }

  /** Lints a batch on the worker with the fewest batches waiting, ready workers first. */
  lint(texts: string[]): Promise<WorkerResult[]> {
    let index = -1
    for (let candidate = 0; candidate < this.workers.length; candidate++) {
      if (index === -1 || this.rank(candidate) < this.rank(index)) index = candidate
    }
    const stopped = this.stopped[index]
    if (stopped) return Promise.reject(stopped)
    return new Promise((resolve, reject) => {
      ;(this.waiting[index] as Waiting[]).push({resolve, reject})
      ;(this.workers[index] as Worker).postMessage(texts)
    })
  }

  // Batches waiting, with workers still starting up behind every ready one.
  private rank(index: number): number {
    return (this.waiting[index] as Waiting[]).length + (this.isReady[index] ? 0 : 1e6) + (this.stopped[index] ? 1e7 : 0)
  }

  get size(): number {
    return this.workers.length
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}
