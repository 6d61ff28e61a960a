/**
 * Findings as LSP diagnostics: one view of the message contract.
 *
 * Severity: `fatal: true` → Error, `false` → Warning, `undefined` (a
 * suggestion) → Information. Not Hint: VS Code shows hints only as faint dots
 * and leaves them out of the Problems panel, and a suggestion should still be
 * seen.
 */
import {pathToFileURL} from 'node:url'
import {DiagnosticSeverity, type Diagnostic} from 'vscode-languageserver'
import type {Finding, FindingData} from './findings.js'

export const diagnosticSource = 'selfless'

export function severityOf(fatal: boolean | null | undefined): DiagnosticSeverity {
  if (fatal === true) return DiagnosticSeverity.Error
  if (fatal === false) return DiagnosticSeverity.Warning
  return DiagnosticSeverity.Information
}

export function toDiagnostic(finding: Finding, version: number): Diagnostic {
  const {message} = finding
  const data: FindingData = {id: finding.id, version, ruleId: message.ruleId}
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severityOf(message.fatal),
    source: diagnosticSource,
    message: message.note ? `${message.reason}\n${message.note}` : message.reason,
    data
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  return diagnostic
}

/** A problem that is not a finding (bad config, a crash), shown at the top of the document. */
export function topDiagnostic(message: string, code: string, severity: DiagnosticSeverity = DiagnosticSeverity.Error): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity,
    source: diagnosticSource,
    code,
    message
  }
}

/** A config file that cannot be used: at the top of the document, pointing at the file. */
export function configDiagnostic(message: string, file: string | undefined, key: string | undefined): Diagnostic {
  const diagnostic = topDiagnostic(message, 'config-error')
  diagnostic.data = {file, key}
  if (file !== undefined) {
    const start = {line: 0, character: 0}
    diagnostic.relatedInformation = [{location: {uri: pathToFileURL(file).href, range: {start, end: start}}, message: key === undefined ? 'The config file' : `The config key \`${key}\``}]
  }
  return diagnostic
}
