/**
 * GitHub Actions workflow commands, one line per finding:
 * `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * Errors become `::error`, suggestions `::notice`. Values are escaped as the
 * runner expects: `%`, CR and LF everywhere, and `:` and `,` in properties too.
 */
import type {VFileMessage} from 'vfile-message'
import {levelOf} from '../levels.js'
import {type Reporter, describeRules, suppressionsOf} from './types.js'

const commands = {error: 'error', warning: 'warning', suggestion: 'notice'} as const

export const github: Reporter = (files, context) => {
  let report = ''
  for (const file of files) {
    for (const message of file.messages) report += command(file.path, message, context.why)
    if (context.suppressions) {
      for (const entry of suppressionsOf(file)) {
        const reason = entry.reason === undefined ? 'no reason given' : entry.reason
        report += `::notice ${properties({file: file.path, line: entry.line, col: entry.column, title: 'selfless suppression'})}::${escapeData(`${entry.kind} ${describeRules(entry.ruleIds)}: ${reason}`)}\n`
      }
    }
  }
  return report
}

function command(path: string, message: VFileMessage, why: boolean): string {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  const fields: Record<string, string | number | undefined> = {file: path}
  if (start) {
    fields.line = start.line
    fields.col = start.column
  }
  if (end) {
    fields.endLine = end.line
    fields.endColumn = end.column
  }
  fields.title = message.ruleId ? `selfless(${message.ruleId})` : 'selfless'
  let text = message.reason
  if (why && message.note) text += `\n${message.note}`
  if (why && message.url) text += `\n${message.url}`
  return `::${commands[levelOf(message)]} ${properties(fields)}::${escapeData(text)}\n`
}

function properties(fields: Record<string, string | number | undefined>): string {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
