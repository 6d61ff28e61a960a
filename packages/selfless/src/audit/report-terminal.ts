/**
 * The terminal summary: what was read, the share of posts flagged per
 * category and since when, the top rules, the trend by month and the worst
 * posts with their flagged spans highlighted (inverse video in colour, `[[…]]`
 * without). Colour follows `--color` / `--no-color`, else the terminal.
 */
import {compact, segments} from './highlight.js'
import type {AuditSummary, MonthSummary} from './summary.js'
import {formatCount, formatShare} from './format-numbers.js'

export interface TerminalReportOptions {
  input: string
  format: string
  color: boolean
  /** How many worst posts to show. */
  top: number
  since?: string | undefined
  until?: string | undefined
}

/** Months shown one per line; longer histories add a sparkline of every month. */
const monthLines = 24
const sparks = '▁▂▃▄▅▆▇█'

export function terminalReport(summary: AuditSummary, options: TerminalReportOptions): string {
  const paint = painter(options.color)
  const lines: string[] = []
  lines.push(paint.bold(`selfless audit · ${options.format} · ${options.input}`))

  const range = summary.firstDate && summary.lastDate ? ` from ${summary.firstDate.slice(0, 10)} to ${summary.lastDate.slice(0, 10)}` : ''
  lines.push(`${formatCount(summary.posts)} posts${range} · ${formatCount(summary.flagged)} flagged (${formatShare(summary.share)}) · ${formatCount(summary.findings)} findings`)
  const notes: string[] = []
  if (summary.undated > 0) notes.push(`${formatCount(summary.undated)} undated`)
  if (summary.outOfRange > 0) notes.push(`${formatCount(summary.outOfRange)} outside ${[options.since && `--since ${options.since}`, options.until && `--until ${options.until}`].filter(Boolean).join(' ')}`)
  if (summary.failed > 0) notes.push(paint.red(`${formatCount(summary.failed)} could not be linted`))
  if (notes.length > 0) lines.push(notes.join(' · '))

  lines.push('', paint.bold('Flagged posts by category'))
  const width = Math.max(...summary.categories.map((category) => category.id.length), 8)
  lines.push(paint.dim(`  ${'category'.padEnd(width)}  ${'posts'.padStart(7)}  ${'share'.padStart(6)}  since`))
  for (const category of summary.categories) {
    lines.push(`  ${category.id.padEnd(width)}  ${formatCount(category.posts).padStart(7)}  ${formatShare(category.share).padStart(6)}  ${category.firstMonth ?? '—'}`)
  }

  if (summary.rules.length > 0) {
    lines.push('', paint.bold('Top rules'))
    const shown = summary.rules.slice(0, 10)
    const ruleWidth = Math.max(...shown.map((rule) => rule.id.length))
    for (const rule of shown) {
      lines.push(`  ${rule.id.padEnd(ruleWidth)}  ${formatCount(rule.findings).padStart(7)} in ${formatCount(rule.posts)} ${rule.posts === 1 ? 'post' : 'posts'}  ${paint.dim(rule.category)}`)
    }
  }

  if (summary.months.length > 0) lines.push('', paint.bold('Trend by month (share of posts flagged)'), ...trend(summary.months, paint))

  if (summary.worst.length > 0 && options.top > 0) {
    lines.push('', paint.bold(`Worst posts (${Math.min(options.top, summary.worst.length)} of ${formatCount(summary.flagged)} flagged)`))
    summary.worst.slice(0, options.top).forEach((post, index) => {
      const head = [post.date?.slice(0, 10) ?? 'undated', post.id, `score ${post.score}`, post.url].filter(Boolean).join(' · ')
      lines.push(`  ${index + 1}. ${paint.dim(head)}`)
      const text = compact(segments(post.text, post.findings), 60)
        .map((part) => (part.findings.length > 0 ? paint.mark(part.text) : part.text))
        .join('')
        .trim()
      lines.push(`     ${text}`)
      for (const finding of post.findings) {
        const rewrite = finding.expected[0] === undefined ? '' : ` → ${finding.expected[0]}`
        lines.push(`     ${paint.yellow(finding.ruleId)} ${finding.reason}${paint.dim(rewrite)}`)
      }
    })
  }
  return lines.join('\n') + '\n'
}

function trend(months: readonly MonthSummary[], paint: Painter): string[] {
  const lines: string[] = []
  const share = (month: MonthSummary) => (month.posts === 0 ? 0 : month.flagged / month.posts)
  const top = Math.max(...months.map(share), 0.0001)
  if (months.length > monthLines) {
    const spark = months.map((month) => (month.posts === 0 ? ' ' : sparks[Math.min(7, Math.floor((share(month) / top) * 7.999))])).join('')
    lines.push(`  ${months[0]?.month} ${spark} ${months.at(-1)?.month}`, paint.dim(`  last ${monthLines} months:`))
  }
  for (const month of months.slice(-monthLines)) {
    const bar = '█'.repeat(Math.round((share(month) / top) * 20))
    lines.push(`  ${month.month}  ${bar.padEnd(20)}  ${formatShare(share(month)).padStart(6)}  ${paint.dim(`${formatCount(month.flagged)}/${formatCount(month.posts)}`)}`)
  }
  return lines
}

interface Painter {
  bold(value: string): string
  dim(value: string): string
  red(value: string): string
  yellow(value: string): string
  mark(value: string): string
}

function painter(color: boolean): Painter {
  const wrap = (open: number, close: number) => (value: string) => (color ? `\u001B[${open}m${value}\u001B[${close}m` : value)
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    mark: color ? (value) => `\u001B[7;33m${value}\u001B[27;39m` : (value) => `[[${value}]]`
  }
}
