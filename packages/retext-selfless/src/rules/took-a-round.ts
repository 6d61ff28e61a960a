/**
 * took-a-round: the officer's round of the city narrated as a performance:
 * on a motorcycle or a bicycle, on foot through the bazaars, or in the middle
 * of the night ("DC X took a round of the city on a motorcycle", "made rounds
 * of the bazaars on foot at midnight").
 *
 * A plain "took a round of the hospital" is a plain report that an officer
 * inspected something, which the label policy keeps clean; a "whirlwind" or
 * "day-long" tour is a hero adjective, which belongs to personal branding.
 * So this rule needs the round and a performed manner together.
 */
import {actorBefore, unlessCritique} from '../cameo-actor.js'
import type {Context} from '../context.js'
import {stagedModes, travelModes} from '../lexicon/cameo-words.js'
import {verbTable} from '../lexicon/verbs.js'
import type {Finding, Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'

const roundNouns = new Set(['round', 'rounds', 'tour', 'ride', 'visit', 'visits'])
const roundVerbs = verbTable(['take', 'make', 'undertake', 'have', 'go', 'visit', 'tour', 'ride', 'patrol', 'inspect', 'cycle', 'walk', 'move', 'reach', 'arrive'])
const articles = new Set(['a', 'an', 'the', 'his', 'her', 'my'])
// Night-time markers that make a round a performance ("at midnight", "in the wee hours").
const nightWords = new Set(['midnight', 'wee', 'dead'])

const rule: Rule = {
  id: 'took-a-round',
  category: 'cameo',
  severity: 'warning',
  summary: 'The officer’s round of the city narrated as a performance (on a motorcycle, on foot, at midnight).',
  note:
    'A round of inspection is routine work; narrating how the officer rode, walked or stayed up for it casts the officer as the hero of the service. The UK Government Communication Service asks that content and photography be a justifiable use of public funds, and the influencercrats op-ed (The Nation, 2021) names officers seeking attention “for merely doing their jobs”.',
  sources: ['uk-gcs-propriety', 'pk-influencercrats'],
  fixable: false,
  triggers: [...travelModes, ...nightWords],
  // A round always has its verb ("took", "made", "toured", …) before the manner.
  companions: [...roundVerbs.keys()],
  // The verb stands up to sixteen words before the manner, which starts up
  // to two words before the trigger (`find`, `mannerAt`); never after it.
  reach: {before: 18, after: 0},
  check(sentence, index, context) {
    return unlessCritique(sentence, find(sentence, index, context))
  }
}

/** The finding at `index`, before the critique check. */
function find(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const manner = mannerAt(sentence, index)
  if (!manner) return undefined

  // The round itself, within a few words before the manner.
  let verb = -1
  let sawRound = false
  for (let at = manner.start - 1; at >= 0 && at >= manner.start - 16; at--) {
    const lower = sentence.lower(at)
    if (roundNouns.has(lower)) sawRound = true
    if (roundVerbs.has(lower)) {
      verb = at
      break
    }
  }
  if (verb === -1) return undefined
  const verbBase = roundVerbs.get(sentence.lower(verb))
  // "went on foot" or "visited by boat" are travel; the finding needs a round or a
  // tour, unless the vehicle itself is staged ("reached the office on a bicycle").
  if (!sawRound && verbBase !== 'tour' && verbBase !== 'patrol' && !stagedModes.has(sentence.lower(index))) return undefined
  if (sentence.is(verb - 1, 'to')) return undefined

  const actor = actorBefore(sentence, verb, context)
  if (!actor) return undefined
  const actual = sentence.text(verb, manner.end)
  // Long spans are trimmed to the manner itself, so the finding stays readable.
  const start = manner.end - verb > 12 ? manner.start : verb
  const flagged = sentence.text(start, manner.end)
  return {
    start,
    end: manner.end,
    reason: `Narrates the officer’s round as a performance (\`${start === verb ? actual : flagged}\`); report what was inspected and found`,
    expected: [],
    confidence: actor.confidence
  }
}

/** "on a motorcycle", "on foot", "at midnight", "in the wee hours", "in the dead of night". */
function mannerAt(sentence: Sentence, index: number): {start: number; end: number} | undefined {
  const lower = sentence.lower(index)
  if (lower === 'midnight') {
    return sentence.is(index - 1, 'at') ? {start: index - 1, end: index + 1} : undefined
  }
  if (lower === 'wee') {
    return sentence.is(index - 2, 'in') && sentence.is(index + 1, 'hours') ? {start: index - 2, end: index + 2} : undefined
  }
  if (lower === 'dead') {
    return sentence.is(index + 1, 'of') && sentence.is(index + 2, 'night') && sentence.is(index - 2, 'in')
      ? {start: index - 2, end: index + 3}
      : undefined
  }
  // "on foot", "on a motorcycle", "on his bicycle", "by bicycle", "riding a motorcycle".
  let start = index - 1
  if (sentence.is(start, articles)) start--
  if (sentence.is(start, 'on') || (sentence.is(start, 'by') && start === index - 1)) return {start, end: index + 1}
  if (/^rid(?:e|es|ing)$|^rode$/.test(sentence.lower(start))) return {start, end: index + 1}
  return undefined
}

export default rule
