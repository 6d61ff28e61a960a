/**
 * Splits a post's text into plain runs and flagged spans, for the terminal
 * and HTML reports. Overlapping findings are merged into the first span (it
 * still lists every finding), so each character is shown once.
 */
import type {PostFinding} from './linter.js'

export interface Segment {
  text: string
  /** The findings on this span; empty for plain text. */
  findings: PostFinding[]
}

export function segments(text: string, findings: readonly PostFinding[]): Segment[] {
  const sorted = findings.filter((finding) => finding.end > finding.start && finding.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end)
  const result: Segment[] = []
  let at = 0
  let open: {start: number; end: number; findings: PostFinding[]} | undefined
  const close = (): void => {
    if (!open) return
    result.push({text: text.slice(open.start, open.end), findings: open.findings})
    at = open.end
    open = undefined
  }
  for (const finding of sorted) {
    if (open && finding.start < open.end) {
      open.end = Math.max(open.end, finding.end)
      open.findings.push(finding)
      continue
    }
    close()
    if (finding.start > at) result.push({text: text.slice(at, finding.start), findings: []})
    open = {start: finding.start, end: finding.end, findings: [finding]}
  }
  close()
  if (at < text.length) result.push({text: text.slice(at), findings: []})
  return result
}

/**
 * Shortens long plain runs for a compact view: keeps `context` characters
 * next to each flagged span and collapses whitespace. Spans are never cut.
 */
export function compact(parts: readonly Segment[], context: number): Segment[] {
  return parts.map((part, index) => {
    const text = part.text.replace(/\s+/g, ' ')
    if (part.findings.length > 0 || text.length <= context * 2 + 1) return {text, findings: part.findings}
    const first = index === 0
    const last = index === parts.length - 1
    if (first && last) return {text: text.slice(0, context * 2) + '…', findings: []}
    if (first) return {text: '…' + text.slice(-context), findings: []}
    if (last) return {text: text.slice(0, context) + '…', findings: []}
    return {text: text.slice(0, context) + ' … ' + text.slice(-context), findings: []}
  })
}
