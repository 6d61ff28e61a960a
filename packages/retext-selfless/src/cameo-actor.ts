/**
 * Who is the hero of a cameo device. A cameo needs an individual official
 * at the centre ("DC X paid a surprise visit"), not a team, an institution,
 * the public or a politician, and it must be a report, not an instruction
 * ("he would pay surprise visits", "every AC would supervise … personally").
 *
 * Every scan here is bounded (a fixed number of tokens), so a rule that calls
 * these at its trigger word keeps the cost per word flat.
 */
import type {Context} from './context.js'
import {
  critiqueWords,
  companionHead,
  companionLead,
  creditNouns,
  directiveWords,
  heroPronouns,
  modals,
  otherActors,
  politicians
} from './lexicon/cameo-words.js'
import {titleDeterminers, titles} from './lexicon/titles.js'
import {officialAt, officialBefore, titleAt} from './official.js'
import type {Finding} from './rule.js'
import {lookBack, type Sentence} from './sentence.js'
import {isPossessive, withoutPossessive} from './tokens.js'

export interface Actor {
  kind: 'official' | 'pronoun' | 'first-person'
  /** First and one-past-last token of the reference. */
  start: number
  end: number
  /** A pronoun whose antecedent is not in sight is a weaker signal. */
  confidence: 'high' | 'low'
}

const honorifics: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.'])
// Verbs that report speech: the act after them is the speaker's or someone else's.
const sayVerbs: ReadonlySet<string> = new Set(['said', 'says', 'told', 'stated', 'claimed', 'added', 'alleged', 'complained', 'that'])
// Only verbs that are nearly always reporting: "observed", "announced" are often the act itself.
const reportVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'stated', 'claimed', 'added', 'alleged', 'complained', 'informed', 'maintained', 'remarked',
  'disclosed'
])

/** How far left a hero may stand from its device. */
const reach = 24
/** How many earlier sentences may hold a pronoun's antecedent: all a rule may read. */
const antecedentDepth = lookBack

/**
 * The hero acting at `index` (a verb or device word): the nearest official,
 * he/she or I to the left, scanning over names, places, companions ("along
 * with other officers") and adverbials. `undefined` when the nearest actor
 * is someone else, or when an instruction, a modal or a negation stands
 * between the hero and the device.
 */
export function actorBefore(sentence: Sentence, index: number, context: Context, budget = reach): Actor | undefined {
  for (let at = index - 1; at >= 0 && at >= index - budget; at--) {
    const token = sentence.tokens[at]
    if (!token) return undefined
    if (token.kind === 'punctuation' && (token.text === ';' || token.text === ':')) return undefined
    if (token.kind !== 'word' && token.kind !== 'mention') continue

    const lower = token.lower
    if (directiveWords.has(lower)) return undefined
    // "The DC said shopkeepers distributed…": the act belongs to whoever
    // stands after the say-verb, and no hero stood there.
    if (reportVerbs.has(lower)) return undefined

    const official = officialHere(sentence, at, context)
    if (official) {
      if (isCompanion(sentence, at)) continue
      // "the DC's visit was…", "under the supervision of the DC, teams…": the
      // official owns or directs the act; the actor is someone else.
      if (isPossessive(sentence.tokens[official.end - 1]?.text ?? '') || isCredited(sentence, at)) return undefined
      return {kind: 'official', start: official.start, end: official.end, confidence: 'high'}
    }
    if (heroPronouns.has(lower)) {
      if (isCompanion(sentence, at)) continue
      if (reportedSpeaker(sentence, at, context)) return undefined
      const confidence = pronounConfidence(sentence, context)
      return confidence ? {kind: 'pronoun', start: at, end: at + 1, confidence} : undefined
    }
    if (lower === 'i') return {kind: 'first-person', start: at, end: at + 1, confidence: 'high'}
    // "Mr. Langrial", "Dr. Kaur": an official named again by surname, only when
    // one is named in this sentence or just before; otherwise it is anyone.
    if (honorifics.has(lower) && (sentence.capitalized(at + 1) || sentence.capitalized(at + 2))) {
      if (isCompanion(sentence, at)) continue
      if (pronounConfidence(sentence, context) !== 'high') return undefined
      return {kind: 'pronoun', start: at, end: at + 1, confidence: 'high'}
    }
    if (otherActors.has(lower)) {
      // "along with other officers", "with his staff": company, keep looking.
      if (isCompanion(sentence, at) || sentence.is(at - 1, 'other')) continue
      // "the Superintendent of Police": the last word of a title, not the force.
      const title = titleTails.has(lower) ? officialBefore(sentence, at + 1, context) : undefined
      if (title && !isCompanion(sentence, title.start)) return {kind: 'official', start: title.start, end: title.end, confidence: 'high'}
      return undefined
    }
    // "Devgan personally led…" after "Deputy Commissioner Apoorv Devgan …": the
    // official named again by surname, right before the act.
    if (subjectSlot(sentence, at, index) && sentence.capitalized(at) && isKnownSurname(sentence, lower, context)) {
      return {kind: 'official', start: at, end: at + 1, confidence: 'high'}
    }
  }
  // retext-english ends a sentence at an abbreviation's period ("Deputy Police
  // Chief Brig.Gen. Aneka Pristafuddin directly checked…"); when this sentence
  // opens with the rest of a name, keep looking in the one before.
  const previous = index <= 6 && opensWithName(sentence, index) ? sentence.previous : undefined
  if (previous && endsWithAbbreviation(previous)) {
    return actorBefore(previous, previous.length - 1, context, Math.max(0, budget - index))
  }
  return undefined
}

/** Whether every word before `index` is capitalised (the rest of a name). */
function opensWithName(sentence: Sentence, index: number): boolean {
  for (let at = 0; at < index; at++) {
    if (sentence.tokens[at]?.kind === 'word' && !sentence.capitalized(at)) return false
  }
  return true
}

/** Whether a sentence ends in a capitalised abbreviation's period ("Brig.Gen.", "Addi.", "Dr."). */
function endsWithAbbreviation(sentence: Sentence): boolean {
  const last = sentence.tokens[sentence.length - 1]
  const word = sentence.tokens[sentence.length - 2]
  if (!last || !word || last.text !== '.' || last.spaced || word.kind !== 'word') return false
  return /^\p{Lu}[\p{L}.]{0,7}$/u.test(word.text) && word.text.replace(/\./g, '').length <= 7
}

/**
 * The hero named right after `index` ("During a surprise visit, the DC
 * found…"), within a short window; `undefined` past a clause break.
 */
export function actorAfter(sentence: Sentence, index: number, context: Context, span = 14): Actor | undefined {
  for (let at = index; at < sentence.length && at < index + span; at++) {
    const token = sentence.tokens[at]
    if (!token) return undefined
    if (token.kind === 'punctuation' && (token.text === ';' || token.text === ':')) return undefined
    if (token.kind !== 'word' && token.kind !== 'mention') continue
    const lower = token.lower
    if (directiveWords.has(lower)) return undefined
    const official = officialHere(sentence, at, context)
    if (official) return {kind: 'official', start: official.start, end: official.end, confidence: 'high'}
    if (heroPronouns.has(lower)) {
      const confidence = pronounConfidence(sentence, context)
      return confidence ? {kind: 'pronoun', start: at, end: at + 1, confidence} : undefined
    }
    if (sentence.capitalized(at) && isKnownSurname(sentence, lower, context)) {
      return {kind: 'official', start: at, end: at + 1, confidence: 'high'}
    }
    if (lower === 'i') return {kind: 'first-person', start: at, end: at + 1, confidence: 'high'}
    if (otherActors.has(lower) && !sentence.is(at - 1, 'other')) return undefined
  }
  return undefined
}

/** How far from a finding a word of critique turns it into a quotation of the device. */
const critiqueReach = 12

/**
 * Drops a finding in a sentence that criticises the device rather than
 * performs it ("the DC was criticised for taking a selfie with flood
 * victims", "critics called the surprise visits a publicity stunt").
 */
export function unlessCritique(sentence: Sentence, finding: Finding | undefined): Finding | undefined {
  if (!finding) return undefined
  const from = Math.max(0, finding.start - critiqueReach)
  const to = Math.min(sentence.length, finding.end + critiqueReach)
  for (let at = from; at < to; at++) {
    if (sentence.is(at, critiqueWords)) return undefined
  }
  return finding
}

/** Whether a modal ("shall inspect") stands in the `span` tokens after `index`, before a clause break. */
export function directiveAfter(sentence: Sentence, index: number, span = 16): boolean {
  for (let at = index; at < sentence.length && at < index + span; at++) {
    const token = sentence.tokens[at]
    if (!token) return false
    if (token.kind === 'punctuation' && (token.text === ';' || token.text === '.')) return false
    if (token.kind === 'word' && modals.has(token.lower)) return true
  }
  return false
}


/**
 * "A resident said he personally saw…": the pronoun is the speaker's, and the
 * speaker is not an official (no official is named before the say-verb).
 */
function reportedSpeaker(sentence: Sentence, at: number, context: Context): boolean {
  let say = -1
  for (let back = at - 1; back >= 0 && back >= at - 3; back--) {
    if (sentence.is(back, sayVerbs)) {
      say = back
      break
    }
  }
  if (say <= 0) return false
  for (let back = say - 1; back >= 0 && back >= say - 12; back--) {
    const lower = sentence.lower(back)
    if (heroPronouns.has(lower) || lower === 'i' || officialHere(sentence, back, context)) return false
  }
  return true
}

/** "under the supervision of the DC", "on the directions of X": X is credited, not acting. */
function isCredited(sentence: Sentence, at: number): boolean {
  let back = at - 1
  if (sentence.is(back, titleDeterminers)) back--
  return sentence.is(back, 'of') && sentence.is(back - 1, creditNouns)
}

/** "along with X", "accompanied by X", "together with X": X is company. */
function isCompanion(sentence: Sentence, at: number): boolean {
  for (let back = at - 1; back >= at - 4 && back >= 0; back--) {
    if (sentence.is(back, companionLead)) return sentence.is(back - 1, companionHead) || sentence.lower(back) === 'with'
    // Only determiners and titles may stand between "with" and the companion.
    const lower = sentence.lower(back)
    if (!(lower === 'the' || lower === 'his' || lower === 'her' || lower === 'other' || lower === 'all' || sentence.capitalized(back))) return false
  }
  return false
}

// Words that end a title and also name a group ("Superintendent of Police"); built once.
const titleTails: ReadonlySet<string> = new Set(
  titles.map((title) => title.words[title.words.length - 1] as string).filter((word) => otherActors.has(word))
)
// Lowercase words a title may start with ("police chief"); built once.
const titleStarts: ReadonlySet<string> = new Set(titles.map((title) => title.words[0] as string))
// First words of configured officials' names and titles, per attach.
const configuredStarts = new WeakMap<Context, ReadonlySet<string>>()

/**
 * A cheap test before the full `officialAt`: only a mention, a capitalised
 * word, a determiner or a word that starts a title or a configured name can
 * begin an official reference. Most words are none of these.
 */
export function mayStartOfficial(sentence: Sentence, at: number, context: Context): boolean {
  const token = sentence.tokens[at]
  if (!token) return false
  if (token.kind === 'mention') return true
  if (token.kind !== 'word') return false
  if (sentence.capitalized(at) || titleStarts.has(token.lower) || titleDeterminers.has(token.lower)) return true
  // Most runs configure no officials: then no map lookup for every word read.
  if (context.officialNames.length === 0) return false
  let starts = configuredStarts.get(context)
  if (!starts) {
    starts = new Set(context.officialNames.map((words) => words[0] as string))
    configuredStarts.set(context, starts)
  }
  return starts.has(withoutPossessive(token.lower))
}

/** `officialAt`, behind the cheap test. */
function officialHere(sentence: Sentence, at: number, context: Context) {
  return mayStartOfficial(sentence, at, context) ? officialAt(sentence, at, context) : undefined
}

// Fillers between a subject and its verb: "Devgan also personally led".
const subjectFillers: ReadonlySet<string> = new Set(['also', 'then', 'later', 'today', 'personally', 'himself', 'herself', 'has', 'had', 'was', 'is', 'on', 'this', 'occasion', ','])

/** Whether only fillers stand between `at` and `index`. */
function subjectSlot(sentence: Sentence, at: number, index: number): boolean {
  for (let between = at + 1; between < index; between++) {
    if (!subjectFillers.has(sentence.lower(between))) return false
  }
  return true
}

// The surnames of the officials a sentence names, cached.
const surnamesCache = new WeakMap<Sentence, ReadonlySet<string>>()

/**
 * Surnames: the last word of each official reference whose name has at least
 * two capitalised words after the title ("Deputy Commissioner Apoorv Devgan"
 * → "devgan"), so that a place alone ("DC Rawalpindi") never counts.
 */
function surnames(sentence: Sentence, context: Context): ReadonlySet<string> {
  const cached = surnamesCache.get(sentence)
  if (cached) return cached
  const found = new Set<string>()
  for (let at = 0; at < sentence.length; at++) {
    const reference = officialHere(sentence, at, context)
    if (!reference) continue
    const last = reference.end - 1
    if (last - 1 > at && sentence.capitalized(last) && sentence.capitalized(last - 1) && !titleAt(sentence, last - 1)) {
      found.add(sentence.lower(last))
    }
    at = reference.end - 1
  }
  surnamesCache.set(sentence, found)
  return found
}

/** Whether `word` is the surname of an official named in this sentence or the last few. */
function isKnownSurname(sentence: Sentence, word: string, context: Context): boolean {
  let current: Sentence | undefined = sentence
  for (let depth = 0; current && depth <= antecedentDepth; depth++) {
    if (surnames(current, context).has(word)) return true
    current = current.previous
  }
  return false
}

// What a sentence names, cached: a pronoun's antecedent is looked for once.
const namesCache = new WeakMap<Sentence, 'official' | 'politician' | 'none'>()

/** Whether `sentence` mentions an individual official anywhere (or, failing that, a politician). */
function names(sentence: Sentence, context: Context): 'official' | 'politician' | 'none' {
  const cached = namesCache.get(sentence)
  if (cached !== undefined) return cached
  let found: 'official' | 'politician' | 'none' = 'none'
  for (let at = 0; at < sentence.length; at++) {
    if (officialHere(sentence, at, context)) {
      found = 'official'
      break
    }
    // "CM" and "PM" only in capitals: "cm" of rain and "8 pm" are not politicians.
    const text = sentence.tokens[at]?.text
    if (found === 'none' && (sentence.is(at, politicians) || text === 'CM' || text === 'PM')) found = 'politician'
  }
  namesCache.set(sentence, found)
  return found
}

/**
 * He or she stands for an official when this sentence or one of the last few
 * names one (`high`); for a politician when the nearest named is one
 * (`undefined`: out of scope); otherwise the finding is only a suggestion.
 */
export function pronounConfidence(sentence: Sentence, context: Context): 'high' | 'low' | undefined {
  let current: Sentence | undefined = sentence
  for (let depth = 0; current && depth <= antecedentDepth; depth++) {
    const named = names(current, context)
    if (named === 'official') return 'high'
    if (named === 'politician') return undefined
    current = current.previous
  }
  return 'low'
}
