/**
 * A finding: one message of one linted document version, with its range in
 * LSP coordinates. Code actions and hovers are built from these, never from
 * the ranges a client sends back (Neovim 0.7, for one, sends byte columns).
 */
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Range} from 'vscode-languageserver'
import type {VFile} from 'vfile'

export type Message = VFile['messages'][number]

export interface Finding {
  /** Index among the findings of this document version (goes in `Diagnostic.data`). */
  id: number
  message: Message
  /** UTF-16 offsets into the linted text. */
  start: number
  end: number
  range: Range
}

/** What every diagnostic carries in `data`, so a code action finds its finding again. */
export interface FindingData {
  id: number
  version: number
  ruleId: string | undefined
}

/**
 * Offsets of a message in the linted text. vfile offsets count UTF-16 code
 * units, as JavaScript strings and LSP do, so `positionAt` turns them into
 * correct columns on lines with emoji, Urdu, Hindi or accents; line/column
 * pairs are only a fallback for messages without offsets.
 */
export function offsetsOf(message: Message, document: TextDocument): {start: number; end: number} {
  const place = message.place
  const point = place && 'start' in place ? place.start : place
  const endPoint = place && 'start' in place ? place.end : place
  const start = point?.offset ?? lineStart(document, point?.line)
  const end = endPoint?.offset ?? start
  return {start, end: Math.max(start, end)}
}

function lineStart(document: TextDocument, line: number | undefined): number {
  if (line === undefined || line < 1) return 0
  return document.offsetAt({line: line - 1, character: 0})
}

export function toFindings(messages: readonly Message[], document: TextDocument): Finding[] {
  return messages.map((message, id) => {
    const {start, end} = offsetsOf(message, document)
    return {id, message, start, end, range: {start: document.positionAt(start), end: document.positionAt(end)}}
  })
}

/** Findings whose range touches `[start, end]` (offsets). */
export function findingsAt(findings: readonly Finding[], start: number, end: number): Finding[] {
  return findings.filter((finding) => finding.start <= end && finding.end >= start)
}

/**
 * The findings a code-action request is about: those its diagnostics point
 * at through `data` (same version, same rule), else, when it sends none of
 * ours (or stale ones), the findings at the requested range.
 */
export function selectFindings(
  findings: readonly Finding[],
  version: number,
  diagnostics: ReadonlyArray<{data?: unknown}>,
  range: {start: number; end: number}
): Finding[] {
  const selected = new Set<Finding>()
  for (const diagnostic of diagnostics) {
    const data = diagnostic.data
    if (!isFindingData(data) || data.version !== version) continue
    const finding = findings[data.id]
    if (finding && (finding.message.ruleId ?? undefined) === (data.ruleId ?? undefined)) selected.add(finding)
  }
  if (selected.size > 0) return [...selected]
  return findingsAt(findings, range.start, range.end)
}

function isFindingData(value: unknown): value is FindingData {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return typeof record.id === 'number' && typeof record.version === 'number'
}
