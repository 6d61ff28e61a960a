/**
 * Progress on stderr while an audit runs, in one of three modes:
 * - `bar`: a terminal (TTY) outside CI: one line redrawn at most 10 times a
 *   second, with a bar, the rate and the time left;
 * - `lines`: CI or a pipe: a plain line at each 10% of the input (logs stay
 *   readable and short), plus the total at the end;
 * - `none`: `--quiet`.
 * Progress is measured on bytes read, which every reader knows in advance.
 */
import type {ProgressState} from './pipeline.js'
import {formatCount, formatDuration} from './format-numbers.js'

export type ProgressMode = 'bar' | 'lines' | 'none'

export interface ProgressStream {
  write(chunk: string): unknown
  isTTY?: boolean | undefined
  columns?: number | undefined
}

/** `bar` on a TTY outside CI, `lines` in CI or a pipe, `none` when quiet. */
export function progressMode(stream: ProgressStream, env: Record<string, string | undefined>, quiet: boolean): ProgressMode {
  if (quiet) return 'none'
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0'
  return stream.isTTY === true && !ci ? 'bar' : 'lines'
}

export class Progress {
  private readonly started = performance.now()
  private lastDraw = 0
  private nextTenth = 1
  private drawn = false

  constructor(
    private readonly stream: ProgressStream,
    private readonly mode: ProgressMode
  ) {}

  update(state: ProgressState): void {
    if (this.mode === 'none') return
    const fraction = state.total > 0 ? Math.min(1, state.consumed / state.total) : 0
    if (this.mode === 'lines') {
      // One line per 10% crossed; the last one comes from `done`.
      if (fraction * 10 < this.nextTenth || fraction >= 1) return
      this.nextTenth = Math.floor(fraction * 10) + 1
      this.stream.write(`audit: ${Math.floor(fraction * 100)}% · ${formatCount(state.posts)} posts · ${formatCount(this.rate(state.posts))} posts/s\n`)
      return
    }
    const now = performance.now()
    if (now - this.lastDraw < 100) return
    this.lastDraw = now
    this.draw(state, fraction)
  }

  /** Clears the bar and prints the closing line. */
  done(posts: number, workers = 0): void {
    if (this.mode === 'none') return
    if (this.drawn) this.stream.write('\r\u001B[2K')
    const seconds = (performance.now() - this.started) / 1000
    // This thread lints beside its workers.
    const threads = workers > 0 ? `, ${workers + 1} threads` : ''
    this.stream.write(`audit: ${formatCount(posts)} posts in ${seconds.toFixed(1)} s (${formatCount(this.rate(posts))} posts/s${threads})\n`)
  }

  private rate(posts: number): number {
    const seconds = (performance.now() - this.started) / 1000
    return seconds > 0 ? posts / seconds : 0
  }

  private draw(state: ProgressState, fraction: number): void {
    const width = 24
    const filled = Math.round(fraction * width)
    const seconds = (performance.now() - this.started) / 1000
    const eta = fraction > 0 ? formatDuration((seconds * (1 - fraction)) / fraction) : '?'
    const line = `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${String(Math.floor(fraction * 100)).padStart(3)}% · ${formatCount(state.posts)} posts · ${formatCount(this.rate(state.posts))}/s · ETA ${eta}`
    const columns = this.stream.columns ?? 80
    this.stream.write(`\r\u001B[2K${line.slice(0, columns - 1)}`)
    this.drawn = true
  }
}
