/**
 * `selfless audit <export>`: reads an account's whole history from the
 * usual exports, lints every post with the same rules, config and speaker
 * profiles as the linter, and reports aggregates: a terminal summary,
 * `--json` / `--jsonl`, and a self-contained `--html` report.
 *
 * `runAudit(argv, io)` returns the exit code, like the CLI's `run`, which
 * dispatches `selfless audit …` here.
 */
import {readFileSync, existsSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import type {Options} from 'retext-selfless'
import {writeAtomic} from '../cli/write.js'
import {ConfigError, loadConfig} from '../index.js'
import {auditUsage, parseAuditArgs, type AuditArgs} from './args.js'
import {AuditError} from './errors.js'
import {formatBytes} from './format-numbers.js'
import {runPipeline, type PipelineResult} from './pipeline.js'
import {Progress, progressMode} from './progress.js'
import {openSource} from './readers/detect.js'
import {jsonLine, jsonReport} from './report-json.js'
import {htmlReport} from './report-html.js'
import {terminalReport} from './report-terminal.js'

export {auditUsage} from './args.js'
export {AuditError} from './errors.js'
export type {AuditSummary, AuditedPost} from './summary.js'
export type {PostFinding} from './linter.js'

export interface AuditStream {
  write(chunk: string): unknown
  isTTY?: boolean | undefined
  columns?: number | undefined
  once?: ((event: 'drain', listener: () => void) => unknown) | undefined
  on?: ((event: 'error', listener: (error: NodeJS.ErrnoException) => void) => unknown) | undefined
}

/** Where `runAudit` reads and writes; compatible with the CLI's `CliIo`. */
export interface AuditIo {
  stdout?: AuditStream
  stderr?: AuditStream
  cwd?: string
  /** Colours when neither `--color` nor `--no-color` is given. */
  color?: boolean
  /** Environment for CI detection (default: `process.env`). */
  env?: Record<string, string | undefined>
}

export async function runAudit(argv: readonly string[], io: AuditIo = {}): Promise<number> {
  const stdout: AuditStream = io.stdout ?? process.stdout
  const stderr: AuditStream = io.stderr ?? process.stderr
  const cwd = io.cwd ?? process.cwd()

  let args: AuditArgs
  try {
    args = parseAuditArgs(argv)
  } catch (error) {
    return fail(stderr, error, true)
  }
  if (args.help) {
    stdout.write(auditUsage)
    return 0
  }
  if (args.input === undefined) {
    stderr.write('selfless audit: expected an export to audit\nRun `selfless audit --help` for usage.\n')
    return 2
  }

  try {
    const input = path.resolve(cwd, args.input)
    const options = await resolveOptions(input, args, cwd)
    const source = await openSource(input, args.format, args.fields)
    const progress = new Progress(stderr, progressMode(stderr, io.env ?? process.env, args.quiet))
    const writer = args.output === 'jsonl' ? new LineWriter(stdout) : undefined

    const result: PipelineResult = await runPipeline({
      source,
      options,
      since: args.since,
      until: args.until,
      keep: Math.max(args.top, args.html ? args.htmlTop : 0),
      jobs: args.jobs,
      onPost: writer && ((post) => writer.write(jsonLine(post))),
      onProgress: (state) => progress.update(state)
    })
    await writer?.flush()
    if (writer?.closed) return 0
    progress.done(result.summary.posts, result.workers)
    for (const failure of result.failures) {
      stderr.write(`selfless audit: could not lint post ${failure.id} (a bug, please report it): ${failure.error.split('\n')[0]}\n`)
    }

    const shown = {input: args.input, format: source.format, since: args.sinceText, until: args.untilText}
    if (args.output === 'json') {
      // `worst` honours `--top` in JSON too; the heap may hold more for the HTML table.
      const summary = {...result.summary, worst: result.summary.worst.slice(0, args.top)}
      stdout.write(jsonReport({version: 1, input: args.input, format: source.format, since: args.sinceText ?? null, until: args.untilText ?? null, summary}))
    } else if (args.output === 'terminal') {
      stdout.write(terminalReport(result.summary, {...shown, color: args.color ?? io.color ?? false, top: args.top}))
    }

    if (args.html) {
      const file = path.resolve(cwd, args.html)
      await writeAtomic(file, htmlReport(result.summary, {...shown, limit: args.htmlTop, generator: `selfless ${version()}`})).catch((error: unknown) => {
        throw new AuditError(`Cannot write \`${args.html}\`: ${(error as Error).message}`, file)
      })
      if (!args.quiet) stderr.write(`audit: wrote ${args.html} (${formatBytes((await stat(file)).size)})\n`)
    }
    return 0
  } catch (error) {
    // `--jsonl | head`: the reader has what it wanted; stop quietly, like other Unix tools.
    if (error instanceof OutputClosed) return 0
    return fail(stderr, error, false)
  }
}

/** Thrown to stop the run when stdout's reader has gone away (EPIPE). */
class OutputClosed extends Error {}

/** Config as the linter finds it (from the export's folder, or `--config`), then `--speaker`. */
async function resolveOptions(input: string, args: AuditArgs, cwd: string): Promise<Options> {
  const isFolder = await stat(input).then((stats) => stats.isDirectory(), () => false)
  // Discovery starts in the folder holding the file, so for a folder, inside it.
  const from = isFolder ? path.join(input, '.selfless-audit') : input
  const configFile = args.config === undefined ? undefined : path.resolve(cwd, args.config)
  const loaded = await loadConfig(from, configFile === undefined ? {cwd} : {cwd, configFile})
  return args.speaker === undefined ? loaded.options : {...loaded.options, speaker: args.speaker}
}

function fail(stderr: AuditStream, error: unknown, usage: boolean): number {
  if (error instanceof AuditError || error instanceof ConfigError) {
    stderr.write(`selfless audit: ${error.message}\n${usage ? 'Run `selfless audit --help` for usage.\n' : ''}`)
    return 2
  }
  throw error
}

/**
 * Buffers `--jsonl` lines into 64 KiB writes and waits for `drain` when the
 * stream asks, so a slow pipe does not make output pile up in memory.
 */
class LineWriter {
  private buffer = ''
  private release: (() => void) | undefined
  closed = false
  constructor(private readonly stream: AuditStream) {
    stream.on?.('error', (error) => {
      if (error.code !== 'EPIPE') throw error
      this.closed = true
      // A closed pipe never drains: end any wait for it.
      this.release?.()
    })
  }

  /** Returns a promise only when it writes (every 64 KiB), so most lines cost no wait. */
  write(line: string): Promise<void> | undefined {
    if (this.closed) throw new OutputClosed('stdout closed')
    this.buffer += line
    return this.buffer.length >= 65_536 ? this.flush() : undefined
  }

  async flush(): Promise<void> {
    if (this.buffer === '' || this.closed) return
    const chunk = this.buffer
    this.buffer = ''
    const ok = this.stream.write(chunk)
    if (ok === false && this.stream.once) {
      await new Promise<void>((resolve) => {
        this.release = resolve
        this.stream.once?.('drain', resolve)
      })
      this.release = undefined
    }
  }
}

let cachedVersion: string | undefined

/** The package version: `package.json` is two folders up from the source, one from `dist/`. */
function version(): string {
  if (cachedVersion !== undefined) return cachedVersion
  for (const relative of ['../../package.json', '../package.json']) {
    const url = new URL(relative, import.meta.url)
    if (!existsSync(url)) continue
    const json = JSON.parse(readFileSync(url, 'utf8')) as {name?: string; version?: string}
    if (json.name === 'selfless' && json.version) return (cachedVersion = json.version)
  }
  return (cachedVersion = 'unknown')
}
