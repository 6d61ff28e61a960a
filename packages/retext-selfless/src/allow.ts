/**
 * `allow`: phrases a team has decided are fine. A finding is dropped when an
 * allowed phrase occurs in its sentence overlapping the finding's words.
 */
import type {Finding} from './rule.js'
import type {Sentence} from './sentence.js'
import {withoutPossessive} from './tokens.js'

export function isAllowed(sentence: Sentence, finding: Finding, allow: readonly string[]): boolean {
  if (allow.length === 0) return false

  // The sentence's words joined by single spaces, and where each token starts.
  let joined = ''
  const starts: number[] = []
  const indices: number[] = []
  sentence.tokens.forEach((token, index) => {
    if (token.kind === 'punctuation' || token.kind === 'symbol') return
    if (joined) joined += ' '
    starts.push(joined.length)
    indices.push(index)
    joined += withoutPossessive(token.lower).replace(/^[#@]/, '')
  })

  for (const phrase of allow) {
    let from = joined.indexOf(phrase)
    while (from !== -1) {
      const to = from + phrase.length
      // Tokens whose text overlaps [from, to).
      for (let at = 0; at < starts.length; at++) {
        const start = starts[at] as number
        const index = indices[at] as number
        const end = start + (sentence.tokens[index]?.lower.length ?? 0)
        if (start < to && end > from && index >= finding.start && index < finding.end) return true
      }
      from = joined.indexOf(phrase, from + 1)
    }
  }
  return false
}
