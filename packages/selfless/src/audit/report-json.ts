/**
 * Machine-readable output. `--json`: the whole summary as one document.
 * `--jsonl`: one line per post read, in input order, written as the audit
 * goes (never collected): `{id, date, url, findings}`. Post text is left
 * out of `--jsonl` (it is in the export, keyed by id) to keep it lean.
 */
import type {AuditedPost, AuditSummary} from './summary.js'

export interface JsonReport {
  /** The report's own shape version; bumped on breaking changes. */
  version: 1
  input: string
  format: string
  since: string | null
  until: string | null
  summary: AuditSummary
}

export function jsonReport(report: JsonReport): string {
  return JSON.stringify(report, null, 2) + '\n'
}

export function jsonLine(post: AuditedPost): string {
  return (
    JSON.stringify({
      id: post.id,
      date: post.date,
      url: post.url,
      findings: post.findings.map((finding) => ({
        ruleId: finding.ruleId,
        category: finding.category,
        severity: finding.severity,
        start: finding.start,
        end: finding.end,
        line: finding.line,
        column: finding.column,
        actual: finding.actual,
        reason: finding.reason,
        expected: finding.expected
      }))
    }) + '\n'
  )
}
