/**
 * personal-virtue: the office's text praises the officer's personal
 * qualities ("the dynamic DC", "he meticulously assessed", "took prompt
 * action", "gave a patient hearing", "a role model"). The act is news; the
 * officer's virtue is branding.
 *
 * A virtue word alone flags nothing: praise of staff ("officers who worked
 * tirelessly"), of a team ("their relentless efforts") and instructions ("asked
 * officers to take prompt action") are fine. Each pattern ties the word to an
 * individual official: a title or configured name, a "he"/"she" that stands
 * for one, or the writer's "I".
 */
import {officialWithin, pronounForOfficial, subjectBefore, titleAt} from '../official.js'
import {titleDeterminers} from '../lexicon/titles.js'
import {
  actionNouns,
  actionVirtues,
  creditNouns,
  directiveWords,
  virtueAdjectives,
  virtueAdverbs,
  virtueNouns
} from '../lexicon/virtues.js'
import type {Context} from '../context.js'
import {anyOfficial, type Finding, type Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'

const takeVerbs = new Set(['took', 'taken', 'takes', 'taking', 'made', 'makes', 'making', 'showed', 'shown', 'undertook'])
const articles = new Set(['a', 'an'])
// "set a fine example".
const exampleQualifiers = new Set(['good', 'fine', 'great', 'shining', 'true', 'rare', 'glowing'])
const passiveAux = new Set(['was', 'were', 'been'])
// Nouns praised with a quality adjective after "his"/"her": "his tireless efforts".
const effortNouns = new Set([
  'efforts', 'effort', 'work', 'services', 'service', 'hard', 'endeavours', 'endeavors', 'approach', 'style',
  'attitude', 'nature', 'demeanour', 'demeanor', 'working'
])
// Verbs of praise or thanks: "appreciated his tireless efforts" is reported praise, another rule.
const praiseVerbs = new Set(['appreciated', 'appreciate', 'praised', 'lauded', 'commended', 'thanked', 'thank', 'acknowledged', 'hailed', 'applauded', 'recognised', 'recognized'])
const personNouns = new Set(['officer', 'administrator', 'leader', 'person', 'man', 'woman', 'lady', 'bureaucrat'])

function word(sentence: Sentence, index: number): string {
  return sentence.tokens[index]?.text ?? ''
}

/** Whether an instruction word stands in tokens `from` up to `to`: then the praise is asked of others. */
function directiveBetween(sentence: Sentence, from: number, to: number): boolean {
  for (let at = Math.max(from, 0); at < to; at++) if (sentence.is(at, directiveWords)) return true
  return false
}

/**
 * Whether an individual does the act at `end`: its subject, or (when
 * `strict` is off, or the verb is coordinated with "and") the nearest one
 * before it in the clause, at most 30 tokens back, with no instruction between.
 */
function actorBefore(sentence: Sentence, end: number, context: Context, strict = false): boolean {
  const direct = subjectBefore(sentence, end, context)
  if (direct) return true
  // "the police took prompt action": another subject stands right before the verb.
  if (strict && sentence.lower(end - 1) !== 'and') return false
  for (let at = end - 1; at >= 0 && at >= end - 30; at--) {
    if (sentence.is(at, directiveWords)) return false
    const lower = sentence.lower(at)
    if (lower === ';' || (strict && lower === ',')) return false
    if ((lower === 'he' || lower === 'she') && pronounForOfficial(sentence, at, context)) return true
    if (lower === 'i') return true
    if (titleAt(sentence, at)) return true
  }
  return false
}

function adverb(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  // "he meticulously assessed": the adverb before the verb.
  const next = sentence.tokens[index + 1]
  if (next?.kind === 'word' && subjectBefore(sentence, index, context)) {
    return {
      start: index,
      end: index + 2,
      reason: `Praises the official’s manner (\`${lower}\`); report what was done`,
      expected: [next.text]
    }
  }
  // "the DC worked tirelessly": the adverb right after the official's verb.
  const verb = sentence.tokens[index - 1]
  if (verb?.kind === 'word' && !directiveWords.has(verb.lower) && subjectBefore(sentence, index - 1, context)) {
    return {
      start: index - 1,
      end: index + 1,
      reason: `Praises the official’s manner (\`${lower}\`); report what was done`,
      expected: [verb.text]
    }
  }
  return undefined
}

function actionAdjective(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  if (!sentence.is(index + 1, actionNouns)) return undefined
  const noun = index + 1
  let before = index - 1
  if (sentence.is(before, articles)) before--
  const reason = `Praises the official’s act as \`${lower}\`; report what was done`

  // "In a proactive move, DC X undertook …": the official follows.
  if (sentence.lower(before) === 'in' && before === index - 2 && before <= 3) {
    if (!officialWithin(sentence, noun + 1, noun + 30, context)) return undefined
    return {start: before, end: noun + 1, reason, expected: []}
  }

  if (!sentence.is(before, takeVerbs)) {
    // "prompt action was taken by DC X".
    if (sentence.is(noun + 1, passiveAux) && sentence.lower(noun + 2) === 'taken' && sentence.lower(noun + 3) === 'by') {
      if (!officialWithin(sentence, noun + 4, noun + 6, context) && !pronounIsOfficial(sentence, noun + 4, context)) return undefined
      return {start: index, end: noun + 1, reason, expected: [matchFirst(word(sentence, noun), word(sentence, index))]}
    }
    return undefined
  }
  const verb = before
  const rewrite = sentence.text(verb, index) + ' ' + word(sentence, noun)

  // "Taking swift action after the rain, the DC directed …": the official is the main clause's subject.
  if (sentence.lower(verb) === 'taking' && verb <= 1) {
    if (!officialWithin(sentence, noun + 1, noun + 30, context)) return undefined
    return {start: verb, end: noun + 1, reason, expected: [rewrite.replace(/\s+/g, ' ')]}
  }
  if (sentence.lower(verb - 1) === 'to') return undefined
  if (!actorBefore(sentence, verb, context, true)) return undefined
  return {start: verb, end: noun + 1, reason, expected: [rewrite.replace(/\s+/g, ' ')]}
}

function pronounIsOfficial(sentence: Sentence, index: number, context: Context): boolean {
  const lower = sentence.lower(index)
  return (lower === 'him' || lower === 'her') && pronounForOfficial(sentence, index, context)
}

function matchFirst(value: string, original: string): string {
  const first = original.charAt(0)
  return first === first.toUpperCase() ? value.charAt(0).toUpperCase() + value.slice(1) : value.charAt(0).toLowerCase() + value.slice(1)
}

function adjective(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  // An earlier praise word of the same chain reports it.
  for (let at = index - 1; at >= index - 4 && (sentence.is(at, chainWords) || sentence.is(at, virtueAdjectives) || sentence.lower(at) === ','); at--) {
    if (sentence.is(at, virtueAdjectives)) return undefined
  }
  // Walk a chain of praise: "young and dynamic", "honest, upright".
  let at = index + 1
  while (at < index + 5 && (sentence.is(at, virtueAdjectives) || sentence.is(at, chainWords) || sentence.lower(at) === ',')) at++
  const title = titleAt(sentence, at)
  let start = index
  while (start > index - 4 && (sentence.is(start - 1, chainWords) || sentence.lower(start - 1) === ',')) start--
  const before = sentence.lower(start - 1)

  // "the dynamic Deputy Commissioner": praise fused with the title.
  if (title) {
    if (articles.has(before)) return undefined
    if (!(start === 0 || titleDeterminers.has(before) || before.endsWith("'s") || before === ',' || before === ':')) return undefined
    return {
      start,
      end: title.end,
      reason: `Praises the official as \`${lower}\`; name the office, not the officer’s qualities`,
      expected: [sentence.text(at, title.end)]
    }
  }

  // "his tireless efforts", "the DC's untiring efforts", "his people-friendly approach".
  if (sentence.is(index + 1, effortNouns) && ownedByOfficial(sentence, index - 1, context)) {
    const end = sentence.lower(index + 1) === 'hard' && sentence.lower(index + 2) === 'work' ? index + 3 : index + 2
    return {
      start: index,
      end,
      reason: `Praises the official’s ${sentence.text(index + 1, end)} as \`${lower}\`; report what was done`,
      expected: [sentence.text(index + 1, end)]
    }
  }

  // "The DC is a dynamic officer", "the DPO is an honest and upright officer".
  if (sentence.is(index - 1, articles) && sentence.is(at, personNouns) && sentence.is(index - 2, copulas)) {
    if (!subjectBefore(sentence, index - 2, context)) return undefined
    return {
      start: index - 1,
      end: at + 1,
      reason: `Praises the official as \`${lower}\`; report what was done`,
      expected: []
    }
  }
  return undefined
}

const chainWords = new Set(['and', 'young', 'very', 'most', 'highly'])
const copulas = new Set(['is', 'was', 'has', 'been', 'become', 'becomes', 'became', 'remains', 'proved'])

/** Whether the word at `index` is "his"/"her" for an official, or an official's possessive ("the DC's"). */
function ownedByOfficial(sentence: Sentence, index: number, context: Context): boolean {
  const lower = sentence.lower(index)
  for (let at = index - 1; at >= 0 && at >= index - 6; at--) if (sentence.is(at, praiseVerbs)) return false
  if (lower === 'his' || lower === 'her') return pronounForOfficial(sentence, index, context)
  if (!lower.endsWith("'s")) return false
  for (let at = index; at >= 0 && at >= index - 6; at--) {
    const found = officialWithin(sentence, at, at + 1, context)
    if (found && found.end === index + 1) return true
  }
  return false
}

function quality(sentence: Sentence, index: number, context: Context): Finding | undefined {
  // "his dedication", "her commitment": a quality noun owned by the official.
  if (sentence.is(index + 1, creditNouns)) return undefined
  if (!ownedByOfficial(sentence, index - 1, context)) return undefined
  return {
    start: index - 1,
    end: index + 1,
    reason: `Praises the official’s ${sentence.lower(index)}; report what was done`,
    expected: []
  }
}

function roleModel(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  let start: number
  if (lower === 'model') {
    if (sentence.lower(index - 1) !== 'role') return undefined
    start = index - 1
    if (sentence.is(start - 1, articles)) start--
  } else {
    // "sets (up) an example", "set a fine example".
    start = index - 1
    while (start > index - 3 && sentence.is(start, exampleQualifiers)) start--
    if (!sentence.is(start, articles)) return undefined
    start--
    if (sentence.lower(start) === 'up') start--
    if (!/^(?:set|sets|setting)$/.test(sentence.lower(start))) return undefined
  }
  if (directiveBetween(sentence, start - 3, start)) return undefined
  if (!actorBefore(sentence, start, context)) return undefined
  return {
    start,
    end: index + 1,
    reason: `Holds the official up as \`${sentence.text(start, index + 1)}\`; report what was done`,
    expected: []
  }
}

function patientHearing(sentence: Sentence, index: number, context: Context): Finding | undefined {
  if (sentence.lower(index + 1) !== 'hearing') return undefined
  let verb = index - 1
  if (sentence.is(verb, articles)) verb--
  if (sentence.lower(verb - 1) === 'to' || directiveBetween(sentence, verb - 8, verb)) return undefined
  if (!actorBefore(sentence, verb, context)) return undefined
  return {
    start: index,
    end: index + 2,
    reason: 'Praises the official’s patience (`patient hearing`); report who was heard and what was decided',
    expected: ['hearing']
  }
}

// Hours as heroism: "the DC worked round the clock", "she worked day and night".
const toilVerbs = new Set(['worked', 'works', 'working', 'work', 'toiled', 'remained', 'laboured', 'labored', 'stayed'])

function toil(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  let start: number
  if (lower === 'clock') {
    if (sentence.lower(index - 1) !== 'the' || !/^(?:round|around)$/.test(sentence.lower(index - 2))) return undefined
    start = index - 2
  } else if (lower === 'night') {
    if (sentence.lower(index - 1) !== 'and' || sentence.lower(index - 2) !== 'day') return undefined
    start = index - 2
  } else {
    // "at a stretch"
    if (sentence.lower(index - 1) !== 'a' || sentence.lower(index - 2) !== 'at') return undefined
    start = index - 2
  }
  let verb = start - 1
  // "worked 18 hours at a stretch".
  if (sentence.lower(verb) === 'hours' && sentence.tokens[verb - 1]?.kind === 'number') verb -= 2
  if (!sentence.is(verb, toilVerbs) || !subjectBefore(sentence, verb, context)) return undefined
  return {
    start: verb,
    end: index + 1,
    reason: `Praises the official’s hours (\`${sentence.text(verb, index + 1)}\`); report what was done`,
    expected: [word(sentence, verb)]
  }
}

const rule: Rule = {
  id: 'personal-virtue',
  category: 'personal-branding',
  severity: 'warning',
  summary: 'The text praises an official’s personal qualities (“the dynamic DC”, “took prompt action”, “gave a patient hearing”).',
  note:
    'Praising an officer’s personal qualities in official publicity is the “individual glorification of bureaucrats” the US GAO calls self-aggrandizing and the influencercrats op-ed describes; Maharashtra’s 2025 resolution tells officers to avoid self-praise. Report the work, not the virtue.',
  sources: ['us-gao-publicity-propaganda', 'pk-influencercrats', 'uk-gcs-propriety'],
  fixable: true,
  triggers: [...virtueAdverbs, ...virtueAdjectives, ...actionVirtues, ...virtueNouns, 'patient', 'model', 'example', 'clock', 'night', 'stretch'],
  // Whose virtue: an official named here, or "I", "he", "she", "his", "her", "him".
  companions: [anyOfficial, 'i', 'he', 'she', 'his', 'her', 'him'],
  // The first test on the path each of these triggers takes in `check`.
  guards: [
    // "round the clock", "day and night", "at a stretch" (`toil`).
    {triggers: ['clock'], before: ['the']},
    {triggers: ['night'], before: ['and']},
    {triggers: ['stretch'], before: ['a']},
    // "a patient hearing" (`patientHearing`).
    {triggers: ['patient'], after: ['hearing']},
    // "a role model", "set a fine example" (`roleModel`).
    {triggers: ['model'], before: ['role']},
    {triggers: ['example'], before: [...exampleQualifiers, ...articles]},
    // "his dedication", "the DC's commitment" (`quality`, `ownedByOfficial`).
    {triggers: [...virtueNouns], before: ['his', 'her'], beforeEndings: ["'s"]},
    // "took prompt action": an act's adjective needs its noun
    // (`actionAdjective`), unless it is read as a virtue in its own right.
    {
      triggers: [...actionVirtues].filter((word) => !virtueAdjectives.has(word) && !virtueAdverbs.has(word) && !virtueNouns.has(word)),
      after: [...actionNouns]
    }
  ],
  check(sentence, index, context) {
    const lower = sentence.lower(index)
    if (lower === 'clock' || lower === 'night' || lower === 'stretch') return toil(sentence, index, context)
    if (lower === 'patient') return patientHearing(sentence, index, context)
    if (lower === 'model' || lower === 'example') return roleModel(sentence, index, context)
    if (virtueAdverbs.has(lower)) return adverb(sentence, index, context)
    if (virtueNouns.has(lower)) return quality(sentence, index, context)
    return (actionVirtues.has(lower) ? actionAdjective(sentence, index, context) : undefined) ??
      (virtueAdjectives.has(lower) ? adjective(sentence, index, context) : undefined)
  }
}

export default rule
