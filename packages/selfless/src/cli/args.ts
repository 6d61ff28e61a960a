/**
 * Command-line arguments: parsed with `node:util` `parseArgs` in strict mode,
 * so an unknown flag or a flag missing its value is a usage error (exit 2),
 * never silently ignored.
 */
import {parseArgs} from 'node:util'
import {type Level, levels} from './levels.js'
import {type ReporterName, reporterNames} from './reporters/names.js'

export interface CliOptions {
  inputs: string[]
  stdin: boolean
  stdinFilename: string | undefined
  config: string | undefined
  ignorePath: string | undefined
  reporter: ReporterName
  output: string | undefined
  quiet: boolean
  why: boolean
  color: boolean | undefined
  failOn: Level
  maxWarnings: number | undefined
  fix: boolean
  fixDryRun: boolean
  baseline: string | undefined
  updateBaseline: boolean
  reportSuppressions: boolean
  help: boolean
  version: boolean
}

/** A mistake in how the CLI was called. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const usage = `Usage: selfless [options] [file|folder|glob ...]
       selfless audit [options] <export>   (see selfless audit --help)

Catch self-promotion in official public-sector writing.
Without inputs, lints the prose files (.md, .mdx, .markdown, .html, .htm, .txt)
under the current folder, skipping node_modules and .git.

Options:
  --stdin                    lint standard input
  --stdin-filename <path>    name of the standard input (format, config, ignore)
  -c, --config <file>        use this config file instead of discovering one
  --ignore-path <file>       ignore file to use instead of .selflessignore
  -r, --reporter <name>      stylish (default), json, sarif, github or junit
  --format <name>            same as --reporter
  -o, --output <file>        write the report to a file instead of stdout
  -q, --quiet                report only findings at or above --fail-on
  -w, --why                  show each finding's note and rule page (stylish)
  --color, --no-color        force colors on or off in the stylish report
  --fail-on <level>          error, warning (default) or suggestion
  --max-warnings <n>         fail only when there are more than n warnings
  --fix                      apply safe rewrites to the files
  --fix-dry-run              print the safe rewrites as a unified diff
  --baseline <file>          ignore findings recorded in this baseline
  --update-baseline          write the current findings to --baseline
  --report-suppressions      list inline suppressions and their reasons
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage,
config or I/O errors.
`

const options = {
  stdin: {type: 'boolean'},
  'stdin-filename': {type: 'string'},
  config: {type: 'string', short: 'c'},
  'ignore-path': {type: 'string'},
  reporter: {type: 'string', short: 'r'},
  format: {type: 'string'},
  output: {type: 'string', short: 'o'},
  quiet: {type: 'boolean', short: 'q'},
  why: {type: 'boolean', short: 'w'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  'fail-on': {type: 'string'},
  'max-warnings': {type: 'string'},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  baseline: {type: 'string'},
  'update-baseline': {type: 'boolean'},
  'report-suppressions': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true})
  } catch (error) {
    // Node's messages name the flag; drop its "To specify a positional…" advice.
    const message = error instanceof Error ? error.message.split('. To specify')[0] ?? error.message : String(error)
    throw new UsageError(message)
  }

  const {values, positionals} = parsed
  const reporter = values.reporter ?? values.format ?? 'stylish'
  if (values.reporter !== undefined && values.format !== undefined && values.reporter !== values.format) {
    throw new UsageError('Use either --reporter or --format, not both')
  }
  if (!(reporterNames as readonly string[]).includes(reporter)) {
    throw new UsageError(`Unknown reporter \`${reporter}\`: expected one of ${reporterNames.join(', ')}`)
  }

  const failOn = values['fail-on'] ?? 'warning'
  if (!(levels as readonly string[]).includes(failOn)) {
    throw new UsageError(`Unknown --fail-on level \`${failOn}\`: expected one of error, warning, suggestion`)
  }

  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings']
    if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings expects a whole number, got \`${raw}\``)
    maxWarnings = Number(raw)
  }

  if (values.color && values['no-color']) throw new UsageError('Use either --color or --no-color, not both')
  if (values.fix && values['fix-dry-run']) throw new UsageError('Use either --fix or --fix-dry-run, not both')
  if (values['update-baseline'] && values.baseline === undefined) {
    throw new UsageError('--update-baseline needs --baseline <file> to know where to write')
  }
  if (values['stdin-filename'] !== undefined && !values.stdin) {
    throw new UsageError('--stdin-filename only applies with --stdin')
  }
  if (values.stdin && positionals.length > 0) {
    throw new UsageError('Give either --stdin or files, not both')
  }

  return {
    inputs: positionals,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    config: values.config,
    ignorePath: values['ignore-path'],
    reporter: reporter as ReporterName,
    output: values.output,
    quiet: values.quiet ?? false,
    why: values.why ?? false,
    color: values.color ? true : values['no-color'] ? false : undefined,
    failOn: failOn as Level,
    maxWarnings,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    baseline: values.baseline,
    updateBaseline: values['update-baseline'] ?? false,
    reportSuppressions: values['report-suppressions'] ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  }
}
