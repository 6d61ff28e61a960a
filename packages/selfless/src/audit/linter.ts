/**
 * Lints one post. Posts are plain text (social posts, not Markdown), so the
 * processor is unified + retext-english + retext-selfless, built and frozen
 * ONCE per audit with the resolved options: attaching the plugin per post
 * would validate options and resolve severities 100,000 times.
 */
import retextEnglish from 'retext-english'
import retextSelfless, {rules, type Options} from 'retext-selfless'
import {unified} from 'unified'
import {lintProse} from '../lint-prose.js'

export type FindingSeverity = 'error' | 'warning' | 'suggestion'

/** One finding in a post, in the post's own coordinates. */
export interface PostFinding {
  ruleId: string
  category: string
  severity: FindingSeverity
  reason: string
  actual: string
  expected: string[]
  /** Offsets into the post's text: `text.slice(start, end) === actual`. */
  start: number
  end: number
  line: number
  column: number
}

const categories = new Map(rules.map((rule) => [rule.id as string, rule.category as string]))

export type PostLinter = (text: string) => PostFinding[]

export function createPostLinter(options: Options): PostLinter {
  const processor = unified().use(retextEnglish).use(retextSelfless, options).freeze()
  return function (text) {
    // Only the parts of a post that can hold a finding are parsed (most posts
    // have none): parsing is nearly all of an audit's cost.
    const result = lintProse(processor, text, options)
    // The plugin never throws on any string; if it did, say so, as before.
    if (result.error) throw new Error(result.error.reason)
    const findings: PostFinding[] = []
    for (const message of result.messages) {
      const ruleId = message.ruleId ?? 'unknown'
      findings.push({
        ruleId,
        category: categories.get(ruleId) ?? 'other',
        severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'suggestion',
        reason: message.reason,
        actual: message.actual ?? '',
        expected: message.expected ?? [],
        start: message.start?.offset ?? 0,
        end: message.end?.offset ?? 0,
        line: message.start?.line ?? 1,
        column: message.start?.column ?? 1
      })
    }
    return findings.sort((a, b) => a.start - b.start || a.end - b.end)
  }
}
