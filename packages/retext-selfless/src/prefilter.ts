/**
 * `mayFlag(text)`: a cheap check on raw text, before any parsing, of whether
 * the plugin could flag anything in it. Every rule is anchored on a trigger
 * word, a hashtag, a mention or an emoji; text with none of them cannot be
 * flagged, so callers that lint many short texts (an account's history, the
 * blocks of a long document) can skip parsing it. The answer errs towards
 * `true`: it only has to be `false` when no finding is possible.
 */
import {allRules} from './catalogue.js'

const triggers = new Set<string>()
let readsMarks = false
let readsEmoji = false
for (const rule of allRules) {
  for (const trigger of rule.triggers ?? []) triggers.add(trigger)
  for (const kind of rule.kinds ?? []) {
    if (kind === 'hashtag' || kind === 'mention') readsMarks = true
    if (kind === 'emoji') readsEmoji = true
  }
}

// A run of word characters with the joiners retext keeps inside one word
// ("photo-op", "i've", "e.g"). The run and each joiner-separated piece of it
// are looked up, which covers every way retext-english can cut a word.
const run = /[\p{L}\p{N}\p{M}]+(?:['’‘.\-_][\p{L}\p{N}\p{M}]+)*/gu
const joiners = /['’‘.\-_]/
const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u

export function mayFlag(text: string): boolean {
  if (readsMarks && (text.includes('#') || text.includes('@'))) return true
  if (readsEmoji && emoji.test(text)) return true
  const lower = text.toLowerCase()
  for (const match of lower.matchAll(run)) {
    const word = match[0].replaceAll('’', "'").replaceAll('‘', "'")
    if (triggers.has(word)) return true
    if (joiners.test(word)) {
      for (const piece of word.split(joiners)) if (triggers.has(piece)) return true
      // Prefixes up to each joiner ("i've" → "i'", "dc's" → "dc").
      for (let at = 0; at < word.length; at++) {
        if (joiners.test(word.charAt(at)) && (triggers.has(word.slice(0, at)) || triggers.has(word.slice(0, at + 1)))) return true
      }
    }
  }
  return false
}
