/**
 * surprise-visit: a routine inspection narrated as a surprise, unannounced,
 * late-night or incognito visit by the officer ("DC X paid a surprise visit to
 * the THQ hospital", "conducted late night inspection of city hospitals",
 * "reached the hospital in civil clothes", "visited the school without prior
 * intimation"). The device puts the officer at the centre; the finding is
 * what matters.
 *
 * Not flagged: plans and instructions ("he would pay surprise visits",
 * "directed ACs to pay surprise visits"), teams and inspection bodies whose
 * job is unannounced checks ("food safety teams conducted surprise checks").
 */
import {actorAfter, actorBefore, unlessCritique, type Actor} from '../cameo-actor.js'
import {arrivalVerbs, surpriseAdjectives, visitCarriers, visitNouns} from '../lexicon/cameo-words.js'
import {officialAt} from '../official.js'
import type {Finding, Rule} from '../rule.js'
import type {Context} from '../context.js'
import {matchCase} from '../rewrite.js'
import type {Sentence} from '../sentence.js'
import {isPossessive} from '../tokens.js'

const articles = new Set(['a', 'an', 'the'])
const possessives = new Set(['his', 'her', 'my'])
// Prepositions that introduce the place visited: kept inside the finding so
// the rewrite ("visited the hospital") stays grammatical.
const objectLeads = new Set(['to', 'of', 'at'])
// Words that start the place visited after "to" (else "to" begins an infinitive: "to inspect").
const placeStarts = new Set([
  'the', 'a', 'an', 'various', 'several', 'different', 'multiple', 'many', 'some', 'all', 'two', 'three', 'four',
  'five', 'local', 'nearby', 'government', 'govt', 'city', 'district', 'public', 'this', 'that', 'these', 'those',
  'his', 'her', 'our', 'their', 'rural', 'private', 'basic', 'primary', 'schools', 'hospitals', 'offices', 'shops',
  'markets', 'bazaars'
])
const prepositionLeads = new Set(['during', 'on', 'in', 'after', 'while', 'upon', 'amid'])
const copulas = new Set(['was', 'were', 'is'])
// Device adverbials after an arrival verb: "in civil clothes", "late at night", "at midnight", "unannounced".
const clothes = new Set(['clothes', 'dress', 'attire', 'clothing'])
const priorWords = new Set(['prior', 'advance', 'previous', 'earlier'])
const midnightLeads = new Set(['at', 'around', 'after', 'past', 'near'])
// Triggers `find` hands to `adverbial`, alone or as well as to `visitPhrase`.
const adverbialWords = new Set(['intimation', 'notice', 'announcement', 'civil', 'plain', 'disguise', 'disguised', 'incognito', 'late', 'midnight', 'unannounced', 'night'])

const rule: Rule = {
  id: 'surprise-visit',
  category: 'cameo',
  severity: 'warning',
  summary: 'A routine inspection narrated as the officer’s surprise, late-night or incognito visit.',
  note:
    'Official communication reports what was found and done, not the officer’s visit as an event: the UK Government Communication Service asks that content be relevant to government responsibilities and a justifiable use of public funds, and the Supreme Court of Pakistan (2022) held that projecting oneself through official material is unconstitutional.',
  sources: ['uk-gcs-propriety', 'pk-supreme-court-2022', 'pk-influencercrats'],
  fixable: true,
  triggers: [...surpriseAdjectives, 'civil', 'plain', 'disguise', 'disguised', 'intimation', 'notice', 'announcement'],
  // A visit noun ("surprise visit") or an arrival verb ("reached … in civil clothes").
  companions: [...visitNouns.keys(), ...arrivalVerbs.keys()],
  // A visit noun up to three words after the adjective, or an arrival verb up
  // to eight words before an adverbial that starts up to three words before
  // the trigger ("reached … without any prior notice").
  reach: 11,
  // The first test on the paths each of these triggers takes in `find`.
  guards: [
    // "in civil clothes", "in disguise" (`adverbial`).
    {triggers: ['civil', 'plain'], before: ['in'], after: [...clothes]},
    {triggers: ['disguise'], before: ['in']},
    // "without (any) prior notice" (`adverbial`).
    {triggers: ['intimation', 'notice', 'announcement'], before: [...priorWords, 'any', 'without']},
    // "late night visit" (`visitPhrase`, `isDevice`) or "late at night", "late in the night" (`adverbial`).
    {triggers: ['late'], after: ['night', 'evening', 'at', 'in']},
    // The adjectives only `visitPhrase` reads: another adjective or the visit noun follows.
    {triggers: [...surpriseAdjectives].filter((word) => !adverbialWords.has(word)), after: [...surpriseAdjectives, ...visitNouns.keys()]}
  ],
  check(sentence, index, context) {
    return unlessCritique(sentence, find(sentence, index, context))
  }
}

/** The finding at `index`, before the critique check. */
function find(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  if (lower === 'intimation' || lower === 'notice' || lower === 'announcement') return adverbial(sentence, index, context)
  if (lower === 'civil' || lower === 'plain' || lower === 'disguise' || lower === 'disguised' || lower === 'incognito') {
    return adverbial(sentence, index, context) ?? (lower === 'incognito' ? visitPhrase(sentence, index, context) : undefined)
  }
  if (lower === 'late' || lower === 'midnight' || lower === 'unannounced' || lower === 'night') {
    return visitPhrase(sentence, index, context) ?? adverbial(sentence, index, context)
  }
  return visitPhrase(sentence, index, context)
}

/**
 * "paid a surprise visit to", "conducted late night inspection of",
 * "during his surprise visit", "It was a surprise visit and he…".
 */
function visitPhrase(sentence: Sentence, index: number, context: Context): Finding | undefined {
  // Handle a run of adjectives once, at its first word.
  if (sentence.is(index - 1, surpriseAdjectives)) return undefined
  let noun = index
  while (noun < index + 3 && sentence.is(noun, surpriseAdjectives)) noun++
  const verbOf = visitNouns.get(sentence.lower(noun))
  if (!verbOf || noun === index) return undefined
  if (!isDevice(sentence, index, noun)) return undefined

  let before = index - 1
  const article = sentence.is(before, articles) ? before : undefined
  if (article !== undefined) before--

  // "paid a surprise visit to the hospital", "carried out an unannounced inspection".
  let carrier = before
  if (sentence.lower(carrier) === 'out' && sentence.lower(carrier - 1).startsWith('carr')) carrier--
  const carrierBase = visitCarriers.get(sentence.lower(carrier))
  if (carrierBase && !sentence.is(carrier - 1, 'to')) {
    const actor = actorBefore(sentence, carrier, context)
    if (!actor) return undefined
    const finding = carried(sentence, carrier, before, article, noun, verbOf, actor)
    // A bare "night inspection" may be the routine night shift: a suggestion.
    return nightOnly(sentence, index, noun) ? {...finding, confidence: 'low'} : finding
  }

  // "during his surprise visit", "the DC's surprise visit".
  if (article === undefined && (sentence.is(before, possessives) || isOfficialPossessive(sentence, before, context))) {
    const actor: Actor | undefined = sentence.is(before, possessives)
      ? possessiveActor(sentence, before, context)
      : {kind: 'official', start: before, end: before + 1, confidence: 'high'}
    if (!actor) return undefined
    return nounOnly(sentence, index, noun, actor.confidence)
  }

  // "Late-night visit: DC inspects city hospitals" (a headline): an official must follow.
  const lead = article ?? index
  if (lead === 0) {
    let after = noun + 1
    if (sentence.tokens[after]?.kind === 'punctuation') after++
    const actor = actorAfter(sentence, after, context, 10)
    return actor?.kind === 'official' ? nounOnly(sentence, index, noun, 'low') : undefined
  }

  // "During a surprise visit to the hospital, the DC found…", "It was a surprise visit and he…".
  if (sentence.is(lead - 1, prepositionLeads) || sentence.is(lead - 1, copulas)) {
    const copula = sentence.is(lead - 1, copulas)
    const actor = actorAfter(sentence, noun + 1, context) ?? (copula ? undefined : actorBefore(sentence, lead - 1, context))
    if (!actor) return undefined
    return nounOnly(sentence, index, noun, copula ? 'low' : actor.confidence)
  }

  return undefined
}

function nightOnly(sentence: Sentence, first: number, noun: number): boolean {
  for (let at = first; at < noun; at++) {
    if (!/^night(?:-?time)?$/.test(sentence.lower(at))) return false
  }
  return true
}

/** "late" must be "late night"/"late-night"; "early" must be "early morning". */
function isDevice(sentence: Sentence, first: number, noun: number): boolean {
  for (let at = first; at < noun; at++) {
    const word = sentence.lower(at)
    if (word === 'late' && !(sentence.lower(at + 1) === 'night' || sentence.lower(at + 1) === 'evening')) return false
    if (word === 'early' && sentence.lower(at + 1) !== 'morning') return false
    if (word === 'morning' && sentence.lower(at - 1) !== 'early') return false
  }
  return true
}

function isOfficialPossessive(sentence: Sentence, at: number, context: Context): boolean {
  const token = sentence.tokens[at]
  if (!token || !isPossessive(token.text)) return false
  // "the DC's", "Deputy Commissioner's": the title ends right here.
  for (let start = at; start >= 0 && start > at - 4; start--) {
    const found = officialAt(sentence, start, context)
    if (found && found.end >= at + 1) return true
  }
  return false
}

function possessiveActor(sentence: Sentence, at: number, context: Context): Actor | undefined {
  if (sentence.lower(at) === 'my') return {kind: 'first-person', start: at, end: at + 1, confidence: 'high'}
  // "his surprise visit": whose? The nearest hero before it, or the sentence's
  // own official; a bare "his" is a suggestion.
  const actor = actorBefore(sentence, at, context) ?? actorAfter(sentence, at + 1, context)
  return actor ?? {kind: 'pronoun', start: at, end: at + 1, confidence: 'low'}
}

/** The carrier verb through the visit noun, with the place's preposition when one follows. */
function carried(
  sentence: Sentence,
  carrier: number,
  before: number,
  article: number | undefined,
  noun: number,
  verbOf: string,
  actor: Actor
): Finding {
  const carrierWord = sentence.lower(carrier)
  let end = noun + 1
  const next = sentence.lower(end)
  const withPlace =
    objectLeads.has(next) && (next !== 'to' || sentence.capitalized(end + 1) || placeStarts.has(sentence.lower(end + 1)))
  if (withPlace) end++
  const actual = sentence.text(carrier, end)
  const plural = sentence.lower(noun).endsWith('s') && sentence.lower(noun) !== 'checking'

  const expected: string[] = []
  if (withPlace) expected.push(conjugate(verbOf, carrierWord))
  // The same sentence without the device: "paid a visit to", "made a visit".
  const kept = [sentence.text(carrier, before + 1)]
  const nounText = sentence.tokens[noun]?.text ?? ''
  if (article !== undefined && sentence.lower(article) !== 'the') kept.push(articleFor(nounText))
  else if (article !== undefined) kept.push(sentence.tokens[article]?.text ?? 'the')
  else if (!plural && !nounText.endsWith('ing')) kept.push(articleFor(nounText))
  kept.push(nounText)
  if (withPlace) kept.push(sentence.tokens[noun + 1]?.text ?? '')
  expected.push(matchCase(kept.join(' '), actual))

  return {
    start: carrier,
    end,
    reason: `Narrates the visit as a cameo (\`${actual}\`); report what was inspected and found`,
    expected,
    confidence: actor.confidence
  }
}

function nounOnly(sentence: Sentence, first: number, noun: number, confidence: 'high' | 'low'): Finding {
  let start = first
  // "an unannounced visit" → "a visit": take the article along when it must change.
  const article = sentence.lower(first - 1)
  const nounText = sentence.tokens[noun]?.text ?? ''
  let replacement = nounText
  if (article === 'an' || article === 'a') {
    const fixed = articleFor(nounText)
    if (fixed !== article) {
      start = first - 1
      replacement = `${fixed} ${nounText}`
    }
  }
  const actual = sentence.text(start, noun + 1)
  return {
    start,
    end: noun + 1,
    reason: `Narrates the visit as a cameo (\`${actual}\`); report what was inspected and found`,
    expected: [matchCase(replacement, actual)],
    confidence
  }
}

/**
 * After an arrival verb: "reached the hospital in civil clothes", "visited the
 * ward late at night", "arrived unannounced", "went incognito".
 */
function adverbial(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  let start = index
  let end = index + 1
  let weak = false
  if (lower === 'civil' || lower === 'plain') {
    if (!clothes.has(sentence.lower(index + 1))) return undefined
    end = index + 2
    if (sentence.lower(index - 1) === 'in') start = index - 1
    else return undefined
  } else if (lower === 'disguise') {
    if (sentence.lower(index - 1) !== 'in') return undefined
    start = index - 1
  } else if (lower === 'late') {
    // "late at night", "late in the night".
    if (sentence.lower(index + 1) === 'at' && sentence.lower(index + 2) === 'night') end = index + 3
    else if (sentence.lower(index + 1) === 'in' && sentence.lower(index + 2) === 'the' && sentence.lower(index + 3) === 'night') end = index + 4
    else return undefined
  } else if (lower === 'midnight') {
    if (!sentence.is(index - 1, midnightLeads)) return undefined
    start = index - 1
  } else if (lower === 'night') {
    // "at night", "during the night", "during night hours": weaker than "late at night".
    const night = nightAdverbial(sentence, index)
    if (!night) return undefined
    start = night.start
    end = night.end
    weak = true
  } else if (lower === 'intimation' || lower === 'notice' || lower === 'announcement') {
    // "without (any) prior intimation", "without advance notice".
    let lead = index - 1
    if (sentence.is(lead, priorWords)) lead--
    if (sentence.is(lead, 'any')) lead--
    if (!sentence.is(lead, 'without')) return undefined
    start = lead
  } else if (lower !== 'unannounced' && lower !== 'incognito' && lower !== 'disguised') {
    return undefined
  }

  // The arrival verb within a few words before: "reached the hospital in civil clothes".
  let verb = -1
  for (let at = start - 1; at >= 0 && at >= start - 8; at--) {
    if (arrivalVerbs.has(sentence.lower(at))) {
      verb = at
      break
    }
  }
  if (verb === -1 || sentence.is(verb - 1, 'to')) return undefined
  const actor = actorBefore(sentence, verb, context)
  if (!actor) return undefined
  const actual = sentence.text(start, end)
  return {
    start,
    end,
    reason: `Narrates the visit as a cameo (\`${actual}\`); report what was inspected and found`,
    expected: [],
    confidence: weak ? 'low' : actor.confidence
  }
}

/** "at night", "in the night", "during the night", "during night hours". */
function nightAdverbial(sentence: Sentence, index: number): {start: number; end: number} | undefined {
  if (sentence.is(index - 1, 'at')) return {start: index - 1, end: index + 1}
  if (sentence.is(index - 1, 'the') && (sentence.is(index - 2, 'during') || sentence.is(index - 2, 'in'))) return {start: index - 2, end: index + 1}
  if (sentence.is(index - 1, 'during') && sentence.is(index + 1, 'hours')) return {start: index - 1, end: index + 2}
  return undefined
}

/** "a" or "an" for the noun that follows. */
function articleFor(noun: string): string {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a'
}

/** "paid" + visit → "visited"; "paying" → "visiting"; "pays" → "visits". */
function conjugate(verb: string, carrier: string): string {
  if (carrier.endsWith('ing')) return verb + 'ing'
  if (/^(?:pay|make|conduct|undertake|carry|hold|do|perform|take)$/.test(carrier)) return verb
  if (/(?:ed|paid|made|undertook|held|did|took|done|taken|undertaken)$/.test(carrier)) return verb.endsWith('e') ? verb + 'd' : verb + 'ed'
  return verb + 's'
}

export default rule
