/**
 * Recognises references to an individual official: a title ("the Deputy
 * Commissioner (DC) Rawalpindi Tahir Farooq", "DC", "City Police Officer"),
 * a configured official's name or title, or a configured handle.
 *
 * "We", the institution's own name and unnamed staff are the institutional
 * voice, so they are never an official reference.
 */
import type {Context} from './context.js'
import {titles, titleDeterminers, type Title} from './lexicon/titles.js'
import type {Sentence} from './sentence.js'

export interface OfficialReference {
  /** First and one-past-last token of the reference. */
  start: number
  end: number
  /** The institution a rewrite should credit instead. */
  institution: string
}

const fallbackInstitution = 'The department'

// Built once at module load: a title's first word → titles, longest first.
const byFirstWord = new Map<string, Title[]>()
const byAbbreviation = new Map<string, Title>()
for (const title of titles) {
  const first = title.words[0] as string
  const list = byFirstWord.get(first) ?? []
  list.push(title)
  list.sort((a, b) => b.words.length - a.words.length)
  byFirstWord.set(first, list)
  for (const abbreviation of title.abbreviations ?? []) byAbbreviation.set(abbreviation, title)
}

/** The title (words or abbreviation) starting at `index`: its end and entry. */
export function titleAt(sentence: Sentence, index: number): {end: number; title: Title} | undefined {
  const token = sentence.tokens[index]
  if (!token || token.kind !== 'word') return undefined

  const abbreviation = byAbbreviation.get(token.text.replace(/['’]s$/, ''))
  if (abbreviation) return {end: index + 1, title: abbreviation}

  for (const title of byFirstWord.get(token.lower) ?? []) {
    let at = index
    let matched = true
    for (const word of title.words) {
      if (sentence.lower(at).replace(/'s$/, '') !== word) {
        matched = false
        break
      }
      at++
    }
    // A lowercase "collector" or "secretary" is a common noun; a capitalised one is a title.
    if (matched && (title.words.length > 1 || sentence.capitalized(index))) return {end: at, title}
  }

  return undefined
}

/** A configured official's name or title starting at `index`. */
function configuredAt(sentence: Sentence, index: number, context: Context): number | undefined {
  const token = sentence.tokens[index]
  if (!token) return undefined
  if (token.kind === 'mention' && context.officialHandles.has(token.lower.slice(1))) return index + 1
  for (const words of context.officialNames) {
    let at = index
    let matched = true
    for (const word of words) {
      if (sentence.lower(at).replace(/'s$/, '') !== word) {
        matched = false
        break
      }
      at++
    }
    if (matched) return at
  }
  return undefined
}

/**
 * An official reference starting at `index` (after an optional determiner),
 * with its trailing abbreviation in brackets, place and name:
 * "the Deputy Commissioner (DC) Rawalpindi Tahir Farooq".
 */
export function officialAt(sentence: Sentence, index: number, context: Context): OfficialReference | undefined {
  let start = index
  if (sentence.is(start, titleDeterminers)) start++

  const configured = configuredAt(sentence, start, context)
  if (configured !== undefined) {
    return {start: index, end: extendName(sentence, configured), institution: context.institution ?? fallbackInstitution}
  }

  const found = titleAt(sentence, start)
  if (!found) return undefined
  let end = found.end
  // "(DC)" after the spelled-out title.
  if (sentence.lower(end) === '(' && sentence.tokens[end + 1]?.kind === 'word' && sentence.lower(end + 2) === ')') end += 3
  end = extendName(sentence, end)
  return {start: index, end, institution: context.institution ?? found.title.institution}
}

/**
 * Extends a reference over what follows a title: a comma and capitalised
 * words (place and name), initials and honorifics ("Dr.").
 */
function extendName(sentence: Sentence, end: number): number {
  let at = end
  let last = end
  let words = 0
  while (at < sentence.length && words < 6) {
    const token = sentence.tokens[at]
    if (!token) break
    if (token.kind === 'word' && sentence.capitalized(at)) {
      words++
      at++
      last = at
      continue
    }
    // "Dr." and initials: a period right after a capitalised word.
    if (token.text === '.' && !token.spaced && last === at && words > 0) {
      at++
      last = at
      continue
    }
    // "DC Rawalpindi, Tahir Farooq": a comma between place and name.
    if (token.text === ',' && words > 0 && sentence.capitalized(at + 1) && !startsClause(sentence, at + 1)) {
      at++
      continue
    }
    break
  }
  return last
}

// Capitalised words that begin a new clause rather than continue a name.
const clauseWords = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'this', 'in', 'on', 'at', 'as', 'while', 'and', 'who', 'said', 'during'])

function startsClause(sentence: Sentence, index: number): boolean {
  return clauseWords.has(sentence.lower(index))
}

/**
 * The official reference that ends right before `end` (the subject of a
 * verb at `end`), scanning left over the name, place and title.
 */
export function officialBefore(sentence: Sentence, end: number, context: Context): OfficialReference | undefined {
  // Walk left over at most a dozen tokens of a name-like stretch.
  for (let start = end - 1; start >= 0 && start >= end - 12; start--) {
    const token = sentence.tokens[start]
    if (!token) break
    const found = officialAt(sentence, start, context)
    if (found && found.end === end) {
      let from = start
      if (sentence.is(start - 1, titleDeterminers)) from = start - 1
      return {...found, start: from}
    }
    if (!(token.kind === 'word' || token.kind === 'mention' || token.text === ',' || token.text === '.' || token.text === '(' || token.text === ')')) break
  }
  return undefined
}
