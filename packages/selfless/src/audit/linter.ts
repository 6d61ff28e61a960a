/**
 * Lints one post. Posts are plain text (social posts, not Markdown), so the
 * processor is unified + retext-english + retext-selfless, built and frozen
 * ONCE per audit with the resolved options: attaching the plugin per post
 * would validate options and resolve severities 100,000 times.
 */
import retextEnglish from 'retext-english'
import retextSelfless, {mayFlag, rules, type Options} from 'retext-selfless'
import {unified} from 'unified'
import {VFile} from 'vfile'

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
    // Most posts hold no trigger word at all: they cannot be flagged, so
    // they are not parsed (parsing is nearly all of an audit's cost).
    if (!mayFlag(text)) return []
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    const findings: PostFinding[] = []
    for (const message of file.messages) {
      const start = message.place && 'start' in message.place ? message.place.start : undefined
      const end = message.place && 'end' in message.place ? message.place.end : undefined
      const ruleId = message.ruleId ?? 'unknown'
      findings.push({
        ruleId,
        category: categories.get(ruleId) ?? 'other',
        severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'suggestion',
        reason: message.reason,
        actual: message.actual ?? '',
        expected: message.expected ?? [],
        start: start?.offset ?? 0,
        end: end?.offset ?? 0,
        line: start?.line ?? message.line ?? 1,
        column: start?.column ?? message.column ?? 1
      })
    }
    return findings.sort((a, b) => a.start - b.start || a.end - b.end)
  }
}
