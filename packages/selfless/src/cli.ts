/**
 * The `selfless` command: `run(argv, io)` does everything and returns the
 * exit code, so tests call it in-process; `bin/selfless.js` only wires it to
 * the real process. Files are read with bounded concurrency and linted as
 * they arrive (no engine file queue: its cost grows with the square of the
 * file count); reporters, globbing and diffing are imported only when used.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Options} from 'retext-selfless'
import {type CliOptions, UsageError, parseCliArgs, usage} from './cli/args.js'
import {type Baseline, BaselineError, applyBaseline, baselinePath, createBaseline, loadBaseline} from './cli/baseline.js'
import {discover} from './cli/discover.js'
import {fixText, unifiedDiff} from './cli/fix.js'
import {hasIoMessage, ioMessage, ioSource} from './cli/io-message.js'
import {type Counts, atLeast, count, exitCodes, fails, levelOf} from './cli/levels.js'
import {mapInOrder} from './cli/pool.js'
import {describeError, readStream, readText} from './cli/read.js'
import {loadReporter} from './cli/reporters/index.js'
import {writeAtomic} from './cli/write.js'
import {formatFromPath, isIgnored, lint, loadConfig} from './index.js'

export {usage} from './cli/args.js'

/** Where `run` reads and writes; everything defaults to the real process. */
export interface CliIo {
  stdout?: {write(chunk: string): unknown}
  stderr?: {write(chunk: string): unknown}
  /** Standard input, as a stream or (in tests) a string. */
  stdin?: NodeJS.ReadableStream | string
  cwd?: string
  /** Colours in the stylish report when neither `--color` nor `--no-color` is given. */
  color?: boolean
}

/** Files read at once: enough to keep the disk busy, few enough to stay far from EMFILE. */
const concurrency = 32

interface Outcome {
  file: VFile
  /** Messages before the baseline, for `--update-baseline`. */
  all: readonly VFileMessage[]
  /** The diff (`--fix-dry-run`) or fixed text (`--fix` on stdin), printed instead of written. */
  output?: string
  fixed: number
}

export async function run(argv: readonly string[], io: CliIo = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout
  const stderr = io.stderr ?? process.stderr
  const cwd = io.cwd ?? process.cwd()

  // `selfless audit …` is its own command (src/audit/), loaded only when used.
  if (argv[0] === 'audit') {
    const {runAudit} = await import('./audit/index.js')
    return runAudit(argv.slice(1), io)
  }

  let options: CliOptions
  try {
    options = parseCliArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    stderr.write(`selfless: ${error.message}\nRun \`selfless --help\` for usage.\n`)
    return exitCodes.error
  }

  if (options.help) {
    stdout.write(usage)
    return exitCodes.ok
  }
  if (options.version) {
    stdout.write(version() + '\n')
    return exitCodes.ok
  }

  const baselineFile = options.baseline === undefined ? undefined : path.resolve(cwd, options.baseline)
  let baseline: Baseline | undefined
  if (baselineFile && !options.updateBaseline) {
    try {
      baseline = await loadBaseline(baselineFile)
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error
      stderr.write(`selfless: ${error.message}\n`)
      return exitCodes.error
    }
  }

  const configFile = options.config === undefined ? undefined : path.resolve(cwd, options.config)
  const ignorePath = options.ignorePath === undefined ? undefined : path.resolve(cwd, options.ignorePath)
  let failed = false
  let configError: Error | undefined
  const outcomes: Outcome[] = []

  /** Whether an ignore file skips this file; a broken ignore file is a config error. */
  async function ignored(absolute: string): Promise<boolean> {
    try {
      return await isIgnored(absolute, ignorePath === undefined ? {cwd} : {cwd, ignorePath})
    } catch (error) {
      configError ??= error instanceof Error ? error : new Error(String(error))
      return true
    }
  }

  // The config of a folder's files, looked up once per folder.
  const configs = new Map<string, ReturnType<typeof loadConfig>>()

  async function configFor(absolute: string): Promise<Options | undefined> {
    const folder = path.dirname(absolute)
    let pending = configs.get(folder)
    if (!pending) {
      pending = loadConfig(absolute, configFile === undefined ? {cwd} : {cwd, configFile})
      pending.catch(() => {})
      configs.set(folder, pending)
    }
    try {
      const loaded = await pending
      return loaded.options
    } catch (error) {
      configError ??= error instanceof Error ? error : new Error(String(error))
      return undefined
    }
  }

  /** Lints one text; with `--fix`/`--fix-dry-run` lints the fixed text again so the report shows what is left. */
  function check(file: VFile, value: string, config: Options, absolute: string | undefined): {fixedValue: string; fixed: number} {
    const format = formatFromPath(absolute ?? file.path)
    lintInto(file, value, format, config)
    if (!options.fix && !options.fixDryRun) return {fixedValue: value, fixed: 0}
    const {text, applied} = fixText(value, file.messages)
    if (applied === 0) return {fixedValue: value, fixed: 0}
    file.messages.length = 0
    lintInto(file, text, format, config)
    return {fixedValue: text, fixed: applied}
  }

  async function finish(file: VFile, before: string, after: string, fixed: number, absolute: string | undefined): Promise<Outcome> {
    const outcome: Outcome = {file, all: [...file.messages], fixed}
    if (fixed > 0) {
      if (options.fixDryRun) {
        outcome.output = await unifiedDiff(file.path ?? '<stdin>', before, after)
      } else if (absolute === undefined) {
        outcome.output = after
      } else {
        try {
          await writeAtomic(absolute, after)
        } catch (error) {
          ioMessage(file, `Cannot write fixed file: ${describeError(error)}`, 'write-error')
        }
      }
    } else if (options.fix && absolute === undefined) {
      // `--fix` on stdin always prints the (unchanged) text, so it can sit in a pipe.
      outcome.output = before
    }
    if (baseline && baselineFile) {
      const kept = applyBaseline(baseline, baselinePath(baselineFile, absolute ?? path.resolve(cwd, file.path ?? '<stdin>')), file.messages)
      file.messages.length = 0
      file.messages.push(...kept)
    }
    // The file's text is no longer needed: drop it so 10,000 files do not stay in memory.
    file.value = ''
    return outcome
  }

  if (options.stdin) {
    const value = await readStream(typeof io.stdin === 'string' ? streamOf(io.stdin) : (io.stdin ?? process.stdin))
    const name = options.stdinFilename
    const absolute = name === undefined ? undefined : path.resolve(cwd, name)
    const file = new VFile({path: name === undefined ? undefined : displayPath(cwd, absolute as string), cwd})
    const skip = absolute !== undefined && (await ignored(absolute))
    const config = skip ? undefined : await configFor(absolute ?? path.join(cwd, '<stdin>'))
    if (config !== undefined && !configError) {
      const {fixedValue, fixed} = check(file, value, config, absolute)
      outcomes.push(await finish(file, value, fixedValue, fixed, undefined))
    } else if (skip && !configError && options.fix) {
      // An ignored stdin name is not linted, but `--fix` still passes the text through.
      stdout.write(value)
    }
  } else {
    const found = await discover(options.inputs, cwd)
    for (const problem of found.problems) stderr.write(`selfless: ${problem}\n`)
    if (found.problems.length > 0) failed = true

    const kept: string[] = []
    await mapInOrder(
      found.files,
      concurrency,
      async (absolute) => ignored(absolute),
      (skip, index) => {
        if (!skip) kept.push(found.files[index] as string)
      }
    )

    await mapInOrder(
      kept,
      concurrency,
      async (absolute) => {
        const file = new VFile({path: displayPath(cwd, absolute), cwd})
        if (configError) return undefined
        const read = readText(absolute)
        if ('error' in read) {
          ioMessage(file, read.error, 'read-error')
          return {file, all: [], fixed: 0}
        }
        const config = await configFor(absolute)
        if (config === undefined) return undefined
        const {fixedValue, fixed} = check(file, read.value, config, absolute)
        return finish(file, read.value, fixedValue, fixed, absolute)
      },
      (outcome) => {
        if (outcome) outcomes.push(outcome)
      }
    )
  }

  if (configError) {
    stderr.write(`selfless: ${configError.message}\n`)
    return exitCodes.error
  }

  // Text the command prints in place of a report (a diff, fixed stdin) takes
  // stdout; the report then goes to stderr, the way unified's CLIs do it.
  const printed = outcomes.map((outcome) => outcome.output ?? '').join('')
  if (printed !== '') stdout.write(printed)
  const reportStream = printed !== '' || (options.fix && options.stdin) ? stderr : stdout

  const fixedCount = outcomes.reduce((sum, outcome) => sum + outcome.fixed, 0)
  if (options.fix && !options.stdin && fixedCount > 0) {
    const fixedFiles = outcomes.filter((outcome) => outcome.fixed > 0).length
    stderr.write(`selfless: fixed ${fixedCount} ${fixedCount === 1 ? 'finding' : 'findings'} in ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}\n`)
  }

  if (options.updateBaseline && baselineFile) {
    const entries = outcomes.map((outcome) => ({
      key: baselinePath(baselineFile, path.resolve(cwd, outcome.file.path ?? '<stdin>')),
      messages: outcome.all
    }))
    try {
      await writeAtomic(baselineFile, createBaseline(entries))
    } catch (error) {
      stderr.write(`selfless: Cannot write baseline ${options.baseline}: ${describeError(error)}\n`)
      return exitCodes.error
    }
    // Everything found is now recorded: report only what cannot be baselined.
    for (const outcome of outcomes) {
      const rest = outcome.file.messages.filter((message) => message.source !== 'retext-selfless')
      outcome.file.messages.length = 0
      outcome.file.messages.push(...rest)
    }
  }

  const counts: Counts = {error: 0, warning: 0, suggestion: 0}
  for (const outcome of outcomes) {
    const file = outcome.file
    if (hasIoMessage(file)) failed = true
    count(
      file.messages.filter((message) => message.source !== ioSource),
      counts
    )
    if (options.quiet) {
      const shown = file.messages.filter((message) => message.source === ioSource || shownWhenQuiet(message, options))
      file.messages.length = 0
      file.messages.push(...shown)
    }
  }

  const reporter = await loadReporter(options.reporter)
  const report = reporter(
    outcomes.map((outcome) => outcome.file),
    {
      why: options.why,
      color: options.output === undefined && (options.color ?? io.color ?? false),
      quiet: options.quiet,
      suppressions: options.reportSuppressions,
      version
    }
  )

  if (options.output === undefined) {
    if (report !== '') reportStream.write(report)
  } else {
    try {
      await writeAtomic(path.resolve(cwd, options.output), report)
    } catch (error) {
      stderr.write(`selfless: Cannot write report ${options.output}: ${describeError(error)}\n`)
      return exitCodes.error
    }
  }

  if (failed) return exitCodes.error
  return fails(counts, options.failOn, options.maxWarnings) ? exitCodes.findings : exitCodes.ok
}

function lintInto(file: VFile, value: string, format: ReturnType<typeof formatFromPath>, config: Options): void {
  file.value = value
  try {
    lint(file, {format, config})
  } catch (error) {
    // The API promises never to throw on text; if it does, say so on the file and go on.
    ioMessage(file, `Internal error while linting: ${describeError(error)}`, 'internal-error')
  }
  // Ancestors (nlcst nodes) would keep whole trees alive and flood `--why`.
  for (const message of file.messages) message.ancestors = undefined
}

/** `--quiet` keeps only what can fail the run. */
function shownWhenQuiet(message: VFileMessage, options: CliOptions): boolean {
  const level = levelOf(message)
  if (level === 'warning' && options.maxWarnings !== undefined) return true
  return atLeast(level, options.failOn)
}

let displayBase: {cwd: string; prefix: string | undefined} | undefined

function displayPath(cwd: string, absolute: string): string {
  // Fast path for the usual case on POSIX, a file under `cwd` (`absolute`
  // is always normalized here): what `path.relative` returns, without its
  // ~5 µs per file.
  if (displayBase?.cwd !== cwd) {
    const base = path.resolve(cwd)
    displayBase = {cwd, prefix: path.sep === '/' ? (base.endsWith('/') ? base : base + '/') : undefined}
  }
  const prefix = displayBase.prefix
  if (prefix !== undefined && absolute.startsWith(prefix) && absolute.length > prefix.length) return absolute.slice(prefix.length)
  return path.relative(cwd, absolute).split(path.sep).join('/')
}

async function* streamOf(value: string): AsyncGenerator<Buffer> {
  yield Buffer.from(value)
}

let cachedVersion: string | undefined

/** The package's version: `../package.json` from both `src/cli.ts` and `dist/cli.js`. */
function version(): string {
  cachedVersion ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version
  return cachedVersion
}
