/**
 * `selfless audit` arguments, parsed strictly with `node:util` `parseArgs`
 * (an unknown flag or a missing value is a usage error, exit 2), like the
 * linter's own flags.
 */
import {parseArgs} from 'node:util'
import {speakers, type Speaker} from 'retext-selfless'
import {parseBound} from './dates.js'
import {AuditError} from './errors.js'
import type {FieldNames} from './readers/fields.js'
import {inputFormats, type InputFormat} from './readers/detect.js'

export interface AuditArgs {
  input: string | undefined
  format: InputFormat | undefined
  config: string | undefined
  speaker: Speaker | undefined
  since: Date | undefined
  until: Date | undefined
  /** As given, for messages. */
  sinceText: string | undefined
  untilText: string | undefined
  fields: FieldNames
  output: 'terminal' | 'json' | 'jsonl'
  html: string | undefined
  top: number
  htmlTop: number
  jobs: number | 'auto'
  quiet: boolean
  color: boolean | undefined
  help: boolean
}

export const auditUsage = `Usage: selfless audit [options] <export>

Audit an account's whole history: the share of posts that promote
individuals, which kinds, since when, and the worst examples.

<export> is one of:
  an X/Twitter archive: its .zip, its folder, or data/tweets.js
  a Facebook posts export (.json: [{timestamp, data: [{post}]}])
  a CSV or TSV file (.csv, .tsv) with a header row
  JSON Lines (.jsonl, .ndjson): one object per line
  a folder of Markdown or text files (one file per post)

Options:
  --format <name>          x, facebook, csv, jsonl or text (default: from the path)
  -c, --config <file>      use this config file instead of discovering one
  --speaker <who>          department (default), officer or personal
  --since <date>           only posts on or after this ISO date (2024-01-31)
  --until <date>           only posts on or before this ISO date
  --text-column <name>     CSV/JSONL field with the text (default: text, full_text, message, …)
  --date-column <name>     … with the date (default: date, created_at, timestamp, …)
  --id-column <name>       … with the id (default: id, id_str, post_id, …)
  --url-column <name>      … with the link (default: url, link, permalink, …)
  --json                   print the summary as JSON instead of text
  --jsonl                  print one JSON line per post: {id, date, url, findings}
  --html <file>            also write a self-contained HTML report
  --top <n>                worst posts to show (default: 5)
  --html-top <n>           flagged posts in the HTML table (default: 1000)
  --jobs <n|auto>          threads to lint with (default: auto, 2+ on long runs)
  -q, --quiet              no progress on stderr
  --color, --no-color      force colours on or off in the summary
  -h, --help               show this help

Exit codes: 0 report written (whatever it found), 2 usage, config, input
or I/O errors.
`

const options = {
  format: {type: 'string'},
  config: {type: 'string', short: 'c'},
  speaker: {type: 'string'},
  since: {type: 'string'},
  until: {type: 'string'},
  'text-column': {type: 'string'},
  'date-column': {type: 'string'},
  'id-column': {type: 'string'},
  'url-column': {type: 'string'},
  json: {type: 'boolean'},
  jsonl: {type: 'boolean'},
  html: {type: 'string'},
  top: {type: 'string'},
  'html-top': {type: 'string'},
  jobs: {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const

export function parseAuditArgs(argv: readonly string[]): AuditArgs {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true})
  } catch (error) {
    throw new AuditError((error as Error).message)
  }
  const {values, positionals} = parsed
  if (positionals.length > 1) throw new AuditError(`expected one export to audit, got ${positionals.length}: ${positionals.join(', ')}`)
  if (values.json && values.jsonl) throw new AuditError('`--json` and `--jsonl` both print to stdout: choose one')
  if (values.color && values['no-color']) throw new AuditError('`--color` and `--no-color` contradict each other')

  const format = values.format
  if (format !== undefined && !(inputFormats as readonly string[]).includes(format)) {
    throw new AuditError(`Invalid \`--format\`: expected one of ${inputFormats.join(', ')}, got ${JSON.stringify(format)}`)
  }
  const speaker = values.speaker
  if (speaker !== undefined && !(speakers as readonly string[]).includes(speaker)) {
    throw new AuditError(`Invalid \`--speaker\`: expected one of ${speakers.join(', ')}, got ${JSON.stringify(speaker)}`)
  }
  const since = values.since === undefined ? undefined : parseBound('--since', values.since)
  const until = values.until === undefined ? undefined : parseBound('--until', values.until)
  if (since && until && since >= until) throw new AuditError(`\`--since ${values.since}\` is not before \`--until ${values.until}\``)

  return {
    input: positionals[0],
    format: format as InputFormat | undefined,
    config: values.config,
    speaker: speaker as Speaker | undefined,
    since,
    until,
    sinceText: values.since,
    untilText: values.until,
    fields: {text: values['text-column'], date: values['date-column'], id: values['id-column'], url: values['url-column']},
    output: values.json ? 'json' : values.jsonl ? 'jsonl' : 'terminal',
    html: values.html,
    top: count('--top', values.top, 5),
    htmlTop: count('--html-top', values['html-top'], 1000),
    jobs: jobs(values.jobs),
    quiet: values.quiet ?? false,
    color: values.color ? true : values['no-color'] ? false : undefined,
    help: values.help ?? false
  }
}

function count(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) > 1_000_000) throw new AuditError(`Invalid \`${flag}\`: expected a whole number from 0 to 1000000, got ${JSON.stringify(value)}`)
  return Number(value)
}

function jobs(value: string | undefined): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto'
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64) throw new AuditError(`Invalid \`--jobs\`: expected \`auto\` or a number from 1 to 64, got ${JSON.stringify(value)}`)
  return Number(value)
}
