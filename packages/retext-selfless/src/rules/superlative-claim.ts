/**
 * superlative-claim: the office ranks its own work ("first in India", "the
 * country's foremost agency", "biggest ever", "a game changer", "in record
 * time", "unparalleled"). Plain facts and figures say more.
 *
 * A superlative alone is not a claim: "our highest priority", "the best
 * possible measures" and "one of the best schools in Islamabad" pass. A rank
 * needs a wide scope (a country, a state, history, "ever") to be a boast, and
 * a rank about weather or harm ("record rainfall", "the highest number of
 * cases in the country") is news. A bare "historic" is a weak signal
 * (suggestion), and never about a building ("historic building").
 */
import {mostPraise, naturalNouns, rankWords, scopePossessives, scopeWords, topWords} from '../lexicon/superlatives.js'
import type {Finding, Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'
import {withoutPossessive} from '../tokens.js'

const achievementNouns = new Set([
  'day', 'step', 'steps', 'decision', 'achievement', 'achievements', 'move', 'moment', 'milestone',
  'initiative', 'feat', 'occasion', 'launch', 'agreement', 'success', 'victory', 'turnaround', 'reform',
  'reforms', 'transformation', 'drive', 'campaign', 'operation', 'project', 'scheme', 'programme',
  'program', 'inauguration', 'opening', 'ceremony', 'event', 'record', 'breakthrough', 'performance',
  'result', 'results', 'outcome', 'turnout', 'recovery', 'collection', 'progress', 'development',
  'growth', 'arrangements', 'measures', 'response', 'participation', 'scale', 'achievement'
])
const copulas = new Set(['is', 'was', "it's", 'truly', 'indeed', 'are', 'were'])
const recordWork = new Set([
  'recovery', 'recoveries', 'collection', 'collections', 'revenue', 'arrests', 'registrations',
  'vaccinations', 'vaccination', 'enrolment', 'enrollment', 'disposal', 'plantation', 'achievement',
  'turnout', 'participation', 'production', 'procurement', 'distribution', 'seizure', 'seizures'
])
// Nouns that make a rank an ordinal or a courtesy: "first phase", "best practices", "first information report".
const plainNouns = new Set([
  'phase', 'round', 'day', 'week', 'month', 'year', 'meeting', 'batch', 'stage', 'session', 'instalment',
  'installment', 'quarter', 'half', 'visit', 'anniversary', 'edition', 'floor', 'priority', 'responder',
  'responders', 'aid', 'information', 'class', 'division', 'hand', 'instance', 'lady', 'phase-i', 'practices',
  'practice', 'interest', 'interests', 'wishes', 'regards', 'possible', 'option', 'offence', 'offender',
  'case', 'accused', 'wave', 'dose', 'hearing', 'appeal', 'time', 'ever'
])
// "the best district award in the province" names an award, which is a fact.
const awardNouns = new Set(['award', 'awards', 'prize', 'prizes', 'trophy', 'trophies', 'medal', 'medals', 'shield', 'cup'])
const scopeIntro = new Set(['in', 'across', 'of'])
const clauseWords = new Set(['and', 'or', 'but', 'is', 'are', 'was', 'were', 'be', 'been', 'that', 'which', 'who', 'because', 'while', 'if', 'than', 'when'])
const skipInScope = new Set(['the', 'all', 'entire', 'whole'])
const stops = new Set([
  'to', 'that', 'which', 'who', 'with', 'for', 'by', 'on', 'at', 'where', 'when', 'as', 'is', 'was', 'has',
  'and', 'in', 'of', 'since', 'after', 'during', 'this', 'last', 'till', 'until', 'from', 'so', 'ever',
  'today', 'yet', 'but', 'or', 'because', 'despite', 'said', 'are', 'were', 'have', 'had', 'will'
])
// Size is often a plain fact ("the largest district in the state"): a weaker signal,
// and no signal at all about a place or a body ("the largest police force in Africa").
const sizeWords = new Set(['largest', 'biggest', 'highest', 'longest', 'tallest'])
const entityNouns = new Set([
  'district', 'districts', 'province', 'city', 'state', 'force', 'country', 'town', 'division', 'tehsil',
  'population', 'area', 'lake', 'river', 'dam', 'mountain', 'peak', 'region', 'county', 'island', 'desert',
  'forest', 'port', 'airport', 'station', 'camp', 'slum', 'market', 'mosque', 'temple', 'church', 'university',
  'hospital', 'employer', 'organisation', 'organization', 'service', 'department', 'agency', 'municipality',
  'corporation', 'constituency', 'village', 'metropolis', 'refugee', 'police'
])

function low(finding: Finding): Finding {
  return {...finding, confidence: 'low'}
}

/** "one of the best", "amongst the best": a weaker, shared rank. */
function shared(sentence: Sentence, index: number): boolean {
  let at = index - 1
  if (sentence.lower(at) === 'the' || sentence.lower(at) === 'our') at--
  const word = sentence.lower(at)
  return word === 'of' && sentence.lower(at - 1) === 'one' ? true : word === 'among' || word === 'amongst' || word === 'between'
}

/** Whether a weather or harm noun stands in tokens `from` up to `to`. */
function natural(sentence: Sentence, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (sentence.is(at, naturalNouns)) return true
  return false
}

/**
 * The end of a wide scope that starts at `from` ("in India", "across Jammu
 * and Kashmir", "of all the UK police forces", "in history", "ever"), or -1.
 */
function scopeEnd(sentence: Sentence, from: number): number {
  if (sentence.lower(from) === 'ever') return from + 1
  if (!sentence.is(from, scopeIntro)) return -1
  const intro = sentence.lower(from)
  let at = from + 1
  let all = false
  // At most three ("of all the", "in the entire"), so a scope ends a bounded way off.
  while (at < from + 4 && sentence.is(at, skipInScope)) {
    if (sentence.lower(at) === 'all') all = true
    at++
  }
  const head = withoutPossessive(sentence.lower(at))
  if (sentence.tokens[at]?.kind !== 'word') return -1
  // "of all the UK police forces", "of all districts"; not "first requisite of all government".
  const allOf = all && (sentence.lower(at - 1) === 'the' || head.endsWith('s'))
  const wide =
    scopeWords.has(head) ||
    (intro === 'across' && sentence.capitalized(at)) ||
    (intro === 'of' && allOf) ||
    (head === 'the' && sentence.lower(at + 1) === 'history')
  if (!wide || (intro === 'of' && !allOf && head !== 'history')) return -1
  // Carry on over a name ("Jammu and Kashmir", "UK police forces").
  let end = at + 1
  while (end < at + 5 && sentence.tokens[end]?.kind === 'word' && (!stops.has(sentence.lower(end)) || (sentence.lower(end) === 'and' && sentence.capitalized(end + 1)))) end++
  return end
}

/** The rank word's phrase starting at `index`, or undefined: "first", "top performing", "most modern", "No. 1". */
function rankAt(sentence: Sentence, index: number): number | undefined {
  const lower = sentence.lower(index)
  if (rankWords.has(lower)) return lower === 'foremost' && sentence.lower(index - 1) === 'and' ? undefined : index + 1
  if (lower === 'top' && sentence.is(index + 1, topWords)) return index + 2
  if (lower === 'most' && sentence.is(index + 1, mostPraise)) return index + 2
  // "No.1" is one word; "No. 1" is split into two sentences by the parser, so it is not read.
  if (lower === 'no.1') return index + 1
  return undefined
}

function ranked(sentence: Sentence, index: number): Finding | undefined {
  const rankEnd = rankAt(sentence, index)
  if (rankEnd === undefined || shared(sentence, index)) return undefined
  const lower = sentence.lower(index)
  if (lower === 'first' && (sentence.lower(rankEnd) === 'time' || sentence.lower(rankEnd) === 'and')) return undefined
  // "first of all", "the first is …": a rank with no noun of its own, over "of all", is a discourse word.
  if (sentence.lower(rankEnd) === 'of' && sentence.lower(rankEnd + 1) === 'all') return undefined
  if (sizeWords.has(lower) && (sentence.is(rankEnd, entityNouns) || sentence.is(rankEnd + 1, entityNouns))) return undefined
  for (let at = rankEnd; at < rankEnd + 3; at++) if (sentence.is(at, awardNouns)) return undefined

  // "India's first", "the country's foremost".
  const before = sentence.lower(index - 1)
  if (scopePossessives.has(before) && !natural(sentence, rankEnd, rankEnd + 3)) {
    const start = sentence.lower(index - 2) === 'the' ? index - 2 : index - 1
    const finding: Finding = {
      start,
      end: rankEnd,
      reason: `Ranks the office’s own work (\`${sentence.text(start, rankEnd)}\`); give the facts and figures instead`,
      expected: []
    }
    return sizeWords.has(lower) ? low(finding) : finding
  }

  // "first in India", "largest police force in Africa", "biggest ever".
  for (let at = rankEnd; at < rankEnd + 7 && at < sentence.length; at++) {
    const token = sentence.tokens[at]
    if (!token || token.kind === 'punctuation' || token.kind === 'url') return undefined
    // A new clause ends the ranked phrase: "the highest and be your best … in America".
    if (sentence.is(at, clauseWords)) return undefined
    if (at > rankEnd && sentence.is(at, plainNouns)) return undefined
    if (sentence.is(rankEnd, plainNouns) && sentence.lower(rankEnd) !== 'ever') return undefined
    const end = scopeEnd(sentence, at)
    if (end === -1) continue
    if (natural(sentence, rankEnd, end)) return undefined
    // "record rainfall …, the highest in the country": a rank with no noun of its own ranks the one before.
    if (at === rankEnd && natural(sentence, Math.max(0, index - 8), index)) return undefined
    const finding: Finding = {
      start: index,
      end,
      reason: `Ranks the office’s own work (\`${sentence.text(index, end)}\`); give the facts and figures instead`,
      expected: []
    }
    return sizeWords.has(lower) && sentence.lower(end - 1) !== 'ever' && sentence.lower(end - 1) !== 'history' ? low(finding) : finding
  }
  return undefined
}

function historic(sentence: Sentence, index: number): Finding | undefined {
  const next = sentence.lower(index + 1)
  const reason = `Calls the office’s own work \`${sentence.lower(index)}\`; say what changed and for whom`
  // "a historic step", "historic achievement"; never "historic building".
  if (achievementNouns.has(next) || (copulas.has(sentence.lower(index - 1)) && sentence.tokens[index + 1]?.kind !== 'word')) {
    return low({start: index, end: index + 1, reason, expected: []})
  }
  return undefined
}

function record(sentence: Sentence, index: number): Finding | undefined {
  const lower = sentence.lower(index)
  // "in record time": always about the office's own work.
  if (lower === 'record' && sentence.lower(index - 1) === 'in' && sentence.lower(index + 1) === 'time') {
    return {start: index - 1, end: index + 2, reason: 'Calls the office’s own pace `in record time`; give the dates', expected: []}
  }
  if (natural(sentence, index + 1, index + 4)) return undefined
  const reason = `Calls the office’s own work a record (\`${sentence.text(index, index + 2)}\`); give the figures`
  if (lower === 'record-breaking' && sentence.tokens[index + 1]?.kind === 'word') {
    return low({start: index, end: index + 2, reason, expected: [sentence.tokens[index + 1]?.text ?? '']})
  }
  // "a record Rs 5 crore", "record 40,000 challans".
  const next = sentence.tokens[index + 1]
  if (lower === 'record' && next && (next.kind === 'number' || /^(?:rs|rs\.|pkr|inr|usd|£|\$|₹)$/.test(next.lower))) {
    return low({start: index, end: index + 1, reason: 'Calls the office’s own figures a `record`; give the figures', expected: []})
  }
  if (lower === 'record' && sentence.is(index + 1, recordWork)) {
    return low({start: index, end: index + 2, reason, expected: [sentence.tokens[index + 1]?.text ?? '']})
  }
  return undefined
}

const rule: Rule = {
  id: 'superlative-claim',
  category: 'personal-branding',
  severity: 'warning',
  summary: 'The text ranks the office’s own work with a superlative (“first in India”, “biggest ever”, “game changer”).',
  note:
    'Superlatives about an office’s own work are the “self-aggrandizing” publicity the US GAO bars, and GCS propriety asks that official content be a justifiable use of public funds; plain facts and figures inform without the boast.',
  sources: ['us-gao-publicity-propaganda', 'uk-gcs-propriety', 'pk-influencercrats'],
  fixable: false,
  triggers: [
    ...rankWords, ...mostPraise, 'top', 'no.1', 'game', 'game-changer', 'gamechanger', 'first-ever', 'first-of-its-kind',
    'unparalleled', 'unmatched', 'unprecedented', 'second', 'historic', 'landmark', 'record', 'record-breaking'
  ],
  // A rank needs a wide scope ("in India", "India's", "across …", "of all …",
  // "ever"); the other claims need their own word ("game changer", "second
  // to none", "first of its kind") or flag on their own.
  companions: [
    ...scopeWords, ...[...scopeWords].map((word) => word + "'s"), 'ever', 'across', 'all', 'kind', 'none', 'changer', 'changers', 'game-changer',
    'gamechanger', 'first-of-its-kind', 'first-ever', 'unparalleled', 'unmatched', 'unprecedented', 'historic',
    'landmark', 'record', 'record-breaking'
  ],
  // A rank (up to two words) reads a scope up to six words on, and its head
  // word after up to three skipped (`scopeEnd`): 2 + 6 + 1 + 3. The other claims
  // hold their companion within three words after, or are their own. Before
  // the trigger only a possessive scope counts ("India's first"), right
  // before the rank, which "most modern" starts one word back: 2.
  reach: {before: 2, after: 12},
  // The first test in `check` on each of these triggers.
  guards: [
    // "most modern": each such adjective only after "most".
    {triggers: [...mostPraise], before: ['most']},
    {triggers: ['second'], after: ['to']},
    {triggers: ['game'], after: ['changer', 'changers']}
  ],
  // The first test on the path each of these companions takes: a scope's
  // head word and "all" stand after its preposition or a word `scopeEnd`
  // skips ("in India", "of all the", "across the whole country"); the other
  // words end their phrase ("of its kind", "to none", "game changer").
  companionGuards: [
    {companions: [...scopeWords, 'all'], before: [...scopeIntro, ...skipInScope]},
    {companions: ['kind'], before: ['its']},
    {companions: ['none'], before: ['to']},
    {companions: ['changer', 'changers'], before: ['game']}
  ],
  check(sentence, index) {
    const lower = sentence.lower(index)
    switch (lower) {
      case 'game':
        if (sentence.lower(index + 1) !== 'changer' && sentence.lower(index + 1) !== 'changers') return undefined
        return {start: index, end: index + 2, reason: 'Calls the office’s own work a `game changer`; say what it changes and for whom', expected: []}
      case 'game-changer':
      case 'gamechanger':
        return {start: index, end: index + 1, reason: 'Calls the office’s own work a `game changer`; say what it changes and for whom', expected: []}
      case 'first-of-its-kind':
        return {start: index, end: index + 1, reason: 'Calls the office’s own work `first-of-its-kind`; give the facts', expected: []}
      case 'first-ever':
        if (natural(sentence, index + 1, index + 4)) return undefined
        return {start: index, end: index + 1, reason: 'Calls the office’s own work `first-ever`; give the facts', expected: [matchFirst('first', sentence.tokens[index]?.text ?? '')]}
      case 'unparalleled':
      case 'unmatched':
        if (natural(sentence, index + 1, index + 4)) return undefined
        return {start: index, end: index + 1, reason: `Ranks the office’s own work as \`${lower}\`; give the figures and the comparison`, expected: []}
      case 'unprecedented':
        // Only about work: "unprecedented development", not "unprecedented times" or "rainfall".
        if (natural(sentence, index + 1, index + 4) || !(sentence.is(index + 1, achievementNouns) || sentence.is(index + 2, achievementNouns))) return undefined
        return low({start: index, end: index + 1, reason: 'Ranks the office’s own work as `unprecedented`; give the figures and the comparison', expected: []})
      case 'second':
        if (sentence.lower(index + 1) !== 'to' || sentence.lower(index + 2) !== 'none') return undefined
        return {start: index, end: index + 3, reason: 'Ranks the office’s own work as `second to none`; give the figures', expected: []}
      case 'historic':
      case 'landmark':
        return historic(sentence, index)
      case 'record':
      case 'record-breaking':
        return record(sentence, index)
      case 'first':
        // "first ever": the same claim as "first-ever".
        if (sentence.lower(index + 1) === 'ever' && !natural(sentence, index + 2, index + 5)) {
          return {start: index, end: index + 2, reason: 'Calls the office’s own work `first ever`; give the facts', expected: [matchFirst('first', sentence.tokens[index]?.text ?? '')]}
        }
        // "the first of its kind".
        if (sentence.lower(index + 1) === 'of' && sentence.lower(index + 2) === 'its' && sentence.lower(index + 3) === 'kind') {
          return {start: index, end: index + 4, reason: 'Calls the office’s own work `first of its kind`; give the facts', expected: []}
        }
        return ranked(sentence, index)
      default:
        // "most modern" is anchored on the adjective: "most" alone is too common a word to look up.
        if (mostPraise.has(lower)) return sentence.lower(index - 1) === 'most' ? ranked(sentence, index - 1) : undefined
        return ranked(sentence, index)
    }
  }
}

function matchFirst(value: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? value.charAt(0).toUpperCase() + value.slice(1) : value
}

export default rule
