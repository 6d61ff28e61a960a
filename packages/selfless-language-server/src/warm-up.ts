/**
 * Warming up at start-up, before any document arrives.
 *
 * A fresh server linted its first document two to four times slower than a
 * warm one (bench/lsp.bench.ts, 5,000 words of Markdown: 100-210 ms of CPU
 * against 35-60 ms). The modules are already loaded (the server is one
 * bundle) and building the pipelines takes ~5 ms; the rest is V8: hot loops
 * run in the interpreter until they are optimised, and the optimising
 * compilers' own work (about 70 ms of CPU, by `--no-opt`). That needs
 * volume: one lint of 1,000 words barely helped; ten rounds of the sample
 * (8,500 words) brought the first lint close to a warm one. So after
 * `initialized` the server lints `warmUpSample` (and turns the findings into
 * diagnostics) `warmUpRounds` times, one round per turn of the event loop,
 * and stops as soon as a real document arrives: that document's own lint
 * then does the rest of the warming, and would only wait for more rounds.
 *
 * The first round waits `warmUpDelay`: VS Code and Neovim send the open
 * editors' documents right after `initialized`, and a round already
 * running (the first, cold, takes ~50 ms) made such a document wait for it
 * (bench/lsp.bench.ts: 95–103 ms from `didOpen` to diagnostics, 1 round run;
 * without the round, see the server README).
 */
import {BlockCache, lint} from 'selfless'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {toDiagnostic} from './diagnostics.js'
import {toFindings} from './findings.js'
import {warmUpSample} from './warm-up-sample.js'

/** Rounds of the ~850-word sample (fewer left the first lint measurably slower). */
export const warmUpRounds = 10

/** Milliseconds between `initialized` and the first round. */
export const warmUpDelay = 100

export interface WarmUpReport {
  /** Lints run. */
  rounds: number
  /** Whether all of them ran (not cancelled by a document). */
  completed: boolean
  /** Milliseconds from start to the last lint's end (or the cancel). */
  ms: number
  /** The error of a lint that threw, which ends the warm-up. */
  error?: unknown
}

export interface WarmUp {
  /** Stop before the next lint; reports at once if still running. */
  cancel(): void
}

export function startWarmUp(rounds: number, done: (report: WarmUpReport) => void, delay = 0): WarmUp {
  const start = performance.now()
  let ran = 0
  let timer: NodeJS.Timeout | undefined = rounds > 0 ? setTimeout(step, delay) : undefined
  let handle: NodeJS.Immediate | undefined
  let finished = false
  if (rounds <= 0) finish(true)

  return {
    cancel() {
      if (timer !== undefined) clearTimeout(timer)
      if (handle !== undefined) clearImmediate(handle)
      timer = undefined
      handle = undefined
      finish(false)
    }
  }

  function step(): void {
    timer = undefined
    handle = undefined
    try {
      // A new cache each time, or every round after the first would be a lookup.
      const file = lint(warmUpSample, {format: 'markdown', cache: new BlockCache()})
      // The server's own part: line offsets, positions, diagnostics.
      const document = TextDocument.create('untitled:warm-up.md', 'markdown', 1, warmUpSample)
      for (const finding of toFindings(file.messages, document)) toDiagnostic(finding, 1)
    } catch (error) {
      return finish(false, error)
    }
    ran++
    if (ran < rounds) handle = setImmediate(step)
    else finish(true)
  }

  function finish(completed: boolean, error?: unknown): void {
    if (finished) return
    finished = true
    const report: WarmUpReport = {rounds: ran, completed, ms: performance.now() - start}
    if (error !== undefined) report.error = error
    done(report)
  }
}
