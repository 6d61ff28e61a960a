/**
 * Hover on a finding: what the rule looks for, why it matters, and the
 * guidance it rests on, from retext-selfless's rule catalogue.
 */
import {rules, type RuleDescription} from 'retext-selfless'
import type {Hover, MarkupContent} from 'vscode-languageserver'
import type {Finding} from './findings.js'

const byId = new Map<string, RuleDescription>(rules.map((rule) => [rule.id, rule]))

export function hoverFor(findings: readonly Finding[]): Hover | undefined {
  const first = findings[0]
  if (first === undefined) return undefined
  const contents: MarkupContent = {kind: 'markdown', value: findings.map(describe).join('\n\n---\n\n')}
  return {contents, range: first.range}
}

function describe(finding: Finding): string {
  const {message} = finding
  const rule = message.ruleId ? byId.get(message.ruleId) : undefined
  if (rule === undefined) return `**selfless**: ${message.reason}`

  const lines = [
    `**selfless: \`${rule.id}\`** (${rule.category})`,
    '',
    rule.summary,
    '',
    `**Why it matters:** ${message.note ?? rule.note}`
  ]
  if (message.expected && message.expected.length > 0) {
    lines.push('', `**Instead:** ${message.expected.map((text) => `“${text}”`).join(' or ')}`)
  }
  if (rule.sources.length > 0) {
    lines.push('', '**Guidance:**', ...rule.sources.map((source) => `- [${source.title}](${source.url})`))
  }
  lines.push('', `[Rule documentation](${message.url ?? rule.url})`)
  return lines.join('\n')
}
