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
import {withoutPossessive} from './tokens.js'

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

  const abbreviation = byAbbreviation.get(withoutPossessive(token.text))
  if (abbreviation) return {end: index + 1, title: abbreviation}

  for (const title of byFirstWord.get(token.lower) ?? []) {
    let at = index
    let matched = true
    for (const word of title.words) {
      if (withoutPossessive(sentence.lower(at)) !== word) {
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
      if (withoutPossessive(sentence.lower(at)) !== word) {
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
    // "Dr." and initials: a period right after a capitalised word, with more
    // of the name after it (not the full stop after "… Tahir Farooq.").
    if (token.text === '.' && !token.spaced && last === at && words > 0 && sentence.capitalized(at + 1)) {
      at++
      last = at
      continue
    }
    // "DC Rawalpindi, Tahir Farooq" and "City Police Officer (CPO), Khurram
    // Shahzad Haider": a comma before the name, unless another title or a
    // new clause follows ("DC Rawalpindi, SSP Operations …").
    if (token.text === ',' && sentence.capitalized(at + 1) && !startsClause(sentence, at + 1) && !startsTitle(sentence, at + 1) && !officeFollows(sentence, at + 1)) {
      if (words > 0 || nameFollows(sentence, at + 1)) {
        at++
        continue
      }
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

// Words of a post or office, never of a person's name: after a comma they
// begin another official ("…, Duty Officer Traffic Headquarters Muhammad Waseem").
const officeWords = new Set([
  'officer', 'officers', 'police', 'inspector', 'superintendent', 'headquarters', 'station', 'department',
  'commissioner', 'magistrate', 'secretary', 'director', 'duty', 'incharge', 'in-charge', 'head', 'sho', 'ssp', 'sp', 'dsp'
])

/** Whether the capitalised run from `index` names a post rather than a person. */
function officeFollows(sentence: Sentence, index: number): boolean {
  for (let at = index; at < index + 6 && sentence.capitalized(at); at++) {
    if (officeWords.has(sentence.lower(at))) return true
  }
  return false
}

/** Whether a title (or a word that begins one, "Assistant …") starts at `index`. */
function startsTitle(sentence: Sentence, index: number): boolean {
  return byFirstWord.has(withoutPossessive(sentence.lower(index))) || titleAt(sentence, index) !== undefined
}

/**
 * Right after a bare title, a comma is followed by a name only when at least
 * two capitalised words come next ("(CPO), Khurram Shahzad Haider"), not a
 * single capitalised word that starts the main clause ("the DC, Police …").
 */
function nameFollows(sentence: Sentence, index: number): boolean {
  return sentence.capitalized(index) && sentence.capitalized(index + 1)
}

/**
 * An official reference at `index` that may open with a place or rank
 * before the title: "the Rawalpindi DC", "the National Police Chief
 * (Kapolri) General Police Idham Azis". Up to two capitalised words may
 * stand before the title; the reference starts at `index`.
 */
export function officialAtQualified(sentence: Sentence, index: number, context: Context): OfficialReference | undefined {
  const direct = officialAt(sentence, index, context)
  if (direct) return direct
  let at = index
  if (sentence.is(at, titleDeterminers)) at++
  for (let skipped = 0; skipped < 2; skipped++) {
    if (!sentence.capitalized(at) || startsClause(sentence, at)) return undefined
    at++
    const found = officialAt(sentence, at, context)
    if (found) return {...found, start: index}
  }
  return undefined
}

/**
 * The official reference that ends right before `end` (the subject of a
 * verb at `end`), scanning left over the name, place and title.
 */
export function officialBefore(sentence: Sentence, end: number, context: Context): OfficialReference | undefined {
  // Walk left over at most a dozen tokens of a name-like stretch. The
  // leftmost reference that ends at `end` wins: "Capital City Police
  // Officer", not "City Police Officer"; "Deputy Commissioner X", not
  // "Commissioner X".
  let best: OfficialReference | undefined
  for (let start = end - 1; start >= 0 && start >= end - 12; start--) {
    const token = sentence.tokens[start]
    if (!token) break
    const found = officialAt(sentence, start, context)
    if (found && found.end === end) {
      let from = start
      if (sentence.is(start - 1, titleDeterminers)) from = start - 1
      best = {...found, start: from}
    }
    if (!(token.kind === 'word' || token.kind === 'mention' || token.text === ',' || token.text === '.' || token.text === '(' || token.text === ')')) break
  }
  return best
}

/** The first official reference that starts in tokens `from` up to `to` (at most 80 tokens are read). */
export function officialWithin(sentence: Sentence, from: number, to: number, context: Context): OfficialReference | undefined {
  const end = Math.min(to, sentence.length, Math.max(from, 0) + 80)
  for (let at = Math.max(from, 0); at < end; at++) {
    const found = officialAt(sentence, at, context)
    if (found) return found
  }
  return undefined
}

/**
 * Whether a third-person pronoun at `index` ("he", "his", "her") may stand
 * for an official: one is named earlier in its sentence or in the sentence
 * before. Used by the personal-branding rules, which praise a person.
 */
export function pronounForOfficial(sentence: Sentence, index: number, context: Context): boolean {
  if (officialWithin(sentence, index - 40, index, context)) return true
  const previous = sentence.previous
  return previous !== undefined && officialWithin(previous, 0, previous.length, context) !== undefined
}

// Auxiliaries and fillers between a subject and its verb: "he has also met".
const subjectFillers: ReadonlySet<string> = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'also', 'then', 'himself', 'herself', 'been', 'once', 'again', 'today', 'later'])

/**
 * Who does the act whose verb (or adverb) stands at `end`: an official
 * reference, a "he"/"she" that stands for one, or the writer's "I". Reads
 * left over at most three auxiliaries ("he has also").
 */
export function subjectBefore(
  sentence: Sentence,
  end: number,
  context: Context
): {start: number; kind: 'official' | 'pronoun' | 'writer'} | undefined {
  let at = end
  while (at > 0 && at > end - 3 && subjectFillers.has(sentence.lower(at - 1))) at--
  const word = sentence.lower(at - 1)
  if (word === 'i') return {start: at - 1, kind: 'writer'}
  if ((word === 'he' || word === 'she') && pronounForOfficial(sentence, at - 1, context)) return {start: at - 1, kind: 'pronoun'}
  const found = officialBefore(sentence, at, context)
  return found ? {start: found.start, kind: 'official'} : undefined
}

/**
 * For "he", "his" and "her": the official a pronoun at `index` most likely
 * stands for, found among the title references earlier in this sentence or in
 * the previous one (a bounded look back). When a politician is named there
 * too ("Chief Minister", "President"), the pronoun may be theirs, so nothing
 * is returned.
 */
export function officialInContext(
  sentence: Sentence,
  index: number,
  context: Context,
  political: ReadonlySet<string>
): OfficialReference | undefined {
  const previous = sentence.previous
  const before = previous ? firstOfficial(previous, previous.length - 40, previous.length, context, political, true) : undefined
  if (before === null) return undefined
  // The first official counts: in this sentence, only the political words matter after one before.
  const here = firstOfficial(sentence, index - 40, index, context, political, before === undefined)
  if (here === null) return undefined
  return before ?? here
}

/**
 * The first official reference in tokens `from` up to `to` of `target` (when
 * `find`), or null when a political word stands there. A function of its
 * own, not a closure in `officialInContext`: that would be made on every call.
 */
function firstOfficial(
  target: Sentence,
  from: number,
  to: number,
  context: Context,
  political: ReadonlySet<string>,
  find: boolean
): OfficialReference | undefined | null {
  let found: OfficialReference | undefined
  for (let at = Math.max(from, 0); at < to; at++) {
    if (political.has(target.lower(at))) return null
    if (find && !found && target.tokens[at]?.kind !== 'punctuation') found = officialAt(target, at, context)
  }
  return found
}
