/**
 * Runs retext-selfless over a post in the browser and flattens its vfile
 * messages into what the page shows: offsets into the text, the reason, the
 * guidance link and the rewrites.
 */
import retextEnglish from 'retext-english'
import retextSelfless, {type Options} from 'retext-selfless'
import {unified} from 'unified'
import {VFile} from 'vfile'

export type Severity = 'error' | 'warning' | 'suggestion'

export interface Finding {
  ruleId: string
  severity: Severity
  /** Offsets into the linted text: `text.slice(start, end)` is `actual`. */
  start: number
  end: number
  actual: string
  reason: string
  note: string
  url: string
  expected: string[]
}

// One processor per set of options: typing re-lints often, options rarely change.
let cached: {key: string; processor: ReturnType<typeof create>} | undefined

function create(options: Options) {
  return unified().use(retextEnglish).use(retextSelfless, options).freeze()
}

/** Lints `text` with the given plugin options; findings come back in text order. */
export function lint(text: string, options: Options): Finding[] {
  const key = JSON.stringify(options)
  if (cached?.key !== key) cached = {key, processor: create(options)}
  const {processor} = cached
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)

  const findings: Finding[] = []
  for (const message of file.messages) {
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
    // A message without a span cannot be shown in place or rewritten.
    if (start === undefined || end === undefined) continue
    findings.push({
      ruleId: message.ruleId ?? 'unknown',
      severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'suggestion',
      start,
      end,
      actual: message.actual ?? text.slice(start, end),
      reason: message.reason,
      note: message.note ?? '',
      url: message.url ?? '',
      expected: message.expected ?? []
    })
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}
