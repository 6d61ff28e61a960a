/**
 * entourage: a line listing who accompanied the officer ("Among those who
 * accompanied the DC were…", "The Deputy Commissioner, accompanied by the
 * ADC and the SP, visited…"). The list makes the officer the centre of the
 * event and the other officers the retinue.
 *
 * Not flagged: "along with" (joint work, not a retinue), meeting minutes
 * ("present were…"), standing instructions ("DMs accompanied by district
 * heads shall inspect…"), family ("accompanied by his family"), an official
 * accompanying someone else ("the minister, accompanied by the DC").
 */
import {actorAfter, actorBefore, directiveAfter, pronounConfidence, unlessCritique, type Actor} from '../cameo-actor.js'
import type {Context} from '../context.js'
import {directiveWords, family} from '../lexicon/cameo-words.js'
import {officialAt} from '../official.js'
import {anyOfficial, type Finding, type Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'

const objectPronouns = new Set(['him', 'her'])
// Who may follow "accompanied by" in an entourage line.
const people = new Set([
  'officers', 'officer', 'officials', 'official', 'staff', 'team', 'members', 'personnel', 'heads', 'head',
  'police', 'delegation', 'representatives', 'administration', 'colleagues', 'deputy', 'assistant', 'additional'
])
const kinDeterminers = new Set(['his', 'her', 'their', 'a', 'an', 'the'])

const rule: Rule = {
  id: 'entourage',
  category: 'cameo',
  severity: 'warning',
  summary: 'An entourage line: who “accompanied the DC”, or the officer “accompanied by” other officers.',
  note:
    'Listing the officers who accompanied an official presents the official as the centre of a routine event and the service as a retinue. Official releases should report the work and the institution that did it: the UK Government Communication Service asks that content be relevant to government responsibilities and a justifiable use of public funds.',
  sources: ['uk-gcs-propriety', 'pk-influencercrats', 'uk-civil-service-code'],
  fixable: false,
  triggers: ['accompanied', 'accompanying', 'accompanies', 'accompany'],
  // "accompanied by …", or the official ("the DC") or "him"/"her" accompanied.
  companions: ['by', ...objectPronouns, anyOfficial],
  // "accompanied by", "accompanied him", "accompanied the DC".
  reach: 2,
  check(sentence, index, context) {
    return unlessCritique(sentence, find(sentence, index, context))
  }
}

/** The finding at `index`, before the critique check. */
function find(sentence: Sentence, index: number, context: Context): Finding | undefined {
  // Modal or instruction just before: "officers will accompany the DC".
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) {
    if (directiveWords.has(sentence.lower(at))) return undefined
  }
  if (sentence.is(index + 1, 'by')) return accompaniedBy(sentence, index, context)
  return accompaniedOfficial(sentence, index, context)
}

/** "the DC, accompanied by the ADC and the SP, visited…". */
function accompaniedBy(sentence: Sentence, index: number, context: Context): Finding | undefined {
  let kin = index + 2
  if (sentence.is(kin, kinDeterminers)) kin++
  if (sentence.is(kin, family)) return undefined
  if (!companionFollows(sentence, index + 2)) return undefined
  const actor = actorBefore(sentence, index, context) ?? heroAfterOpening(sentence, index, context)
  if (!actor) return undefined
  if (directiveAfter(sentence, index + 2)) return undefined

  let end = index + 2
  const companion = officialAt(sentence, end, context)
  if (companion) end = companion.end
  const actual = sentence.text(index, end)
  return {
    start: index,
    end,
    reason: `Lists the officer’s entourage (\`${actual}\`); name the services that took part instead`,
    expected: [],
    confidence: actor.confidence
  }
}

/** "Accompanied by the ADC, the DC visited…": the hero stands after the opening phrase. */
function heroAfterOpening(sentence: Sentence, index: number, context: Context): Actor | undefined {
  if (index !== 0) return undefined
  for (let at = index + 2; at < sentence.length && at < index + 16; at++) {
    if (sentence.tokens[at]?.text === ',') return actorAfter(sentence, at + 1, context, 4)
  }
  return undefined
}

/** People after "accompanied by": a title or name, or officers ("not heavy rain"). */
function companionFollows(sentence: Sentence, from: number): boolean {
  for (let at = from; at < from + 4 && at < sentence.length; at++) {
    if (sentence.capitalized(at) || sentence.is(at, people)) return true
  }
  return false
}

/** "Among those who accompanied the DC were…", "accompanying him were…". */
function accompaniedOfficial(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const next = index + 1
  let end: number | undefined
  const official = officialAt(sentence, next, context)
  if (official) {
    end = official.end
  } else if (sentence.is(next, objectPronouns)) {
    // "accompanied him": only when an official was named just before.
    if (pronounConfidence(sentence, context) !== 'high') return undefined
    end = next + 1
  }
  if (end === undefined || directiveAfter(sentence, end)) return undefined
  const actual = sentence.text(index, end)
  return {
    start: index,
    end,
    reason: `Lists the officer’s entourage (\`${actual}\`); name the services that took part instead`,
    expected: []
  }
}

export default rule
