/**
 * Turns a finding into a vfile message that follows the message contract:
 * `source`, `ruleId`, `fatal` by severity, `actual` with a `place` spanning
 * exactly it, `expected`, `note` and `url`.
 */
import type {Root, Sentence as SentenceNode} from 'nlcst'
import type {VFile} from 'vfile'
import type {Severity} from './options.js'
import type {Finding, Rule} from './rule.js'
import type {Sentence} from './sentence.js'

export const source = 'retext-selfless'
export const docsBase = 'https://github.com/selfless-lint/selfless/blob/main/docs/rules/'

export function ruleUrl(id: string): string {
  return `${docsBase}${id}.md`
}

export function fatalFor(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}

export function report(
  file: VFile,
  tree: Root,
  sentence: Sentence,
  rule: Rule,
  finding: Finding,
  severity: Severity
): void {
  const node: SentenceNode = sentence.node
  const first = node.children[sentence.tokens[finding.start]?.first ?? -1]
  const last = node.children[sentence.tokens[finding.end - 1]?.last ?? -1]
  const start = first?.position?.start
  const end = last?.position?.end

  // A vfile message is an Error: making one captures a stack trace (tens of
  // microseconds) that vfile-message then drops (its `stack` is ''), so the
  // capture is switched off meanwhile.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: ReturnType<VFile['message']>
  try {
    message = file.message(finding.reason, {
      ancestors: [tree, node],
      place: start && end ? {start, end} : undefined,
      ruleId: rule.id,
      source
    })
  } finally {
    Error.stackTraceLimit = limit
  }
  message.actual = sentence.text(finding.start, finding.end)
  message.expected = finding.expected
  message.note = rule.note
  message.url = ruleUrl(rule.id)
  message.fatal = fatalFor(severity)
}
