/**
 * personally: the officer "personally" (or "himself", "directly") did
 * routine work: "the DC personally monitored the anti-polio drive", "the
 * Commissioner himself picked up the litter", "took it upon himself", "the
 * Police Chief directly checked the rice". The emphasis makes the officer the
 * hero of the service.
 *
 * Not flagged: instructions ("every AC would supervise all activities
 * personally", "officers should personally supervise"), liability ("personally
 * liable"), opinion ("I personally believe"), reflexives ("introduced
 * himself"), and teams ("officers personally delivered").
 */
import {actorBefore, pronounConfidence, unlessCritique, type Actor} from '../cameo-actor.js'
import type {Context} from '../context.js'
import {directlyVerbs, heroPronouns, irregularActions, personallyExcluded} from '../lexicon/cameo-words.js'
import {officialBefore} from '../official.js'
import type {Finding, Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'

// Prepositions after which "himself" is an ordinary reflexive ("spoke to himself").
const reflexiveLeads = new Set(['to', 'for', 'by', 'of', 'about', 'with', 'from', 'against', 'introduced', 'as'])
// Words that open the object of an emphatic "himself": "checked the registers himself".
const objectDeterminers = new Set(['the', 'a', 'an', 'all', 'every', 'each', 'these', 'those', 'this', 'that', 'his', 'her', 'their', 'its', 'several', 'many'])
// What may end an emphatic "himself" at the end of a clause: "checked the registers himself."
const clauseEnds = new Set(['and', 'to', 'on', 'at', 'in', 'during', 'while', 'before', 'after', 'with'])

const rule: Rule = {
  id: 'personally',
  category: 'cameo',
  severity: 'warning',
  summary: 'Routine work narrated as something the officer did “personally” or “himself”.',
  note:
    'Public services are delivered by institutions; stressing that the officer did the work “personally” turns a routine duty into a personal performance. The UK Government Communication Service asks that official content be a justifiable use of public funds, and the influencercrats op-ed (The Nation, 2021) names officers seeking credit “for merely doing their jobs”.',
  sources: ['uk-gcs-propriety', 'pk-influencercrats', 'uk-civil-service-code'],
  fixable: true,
  triggers: ['personally', 'himself', 'herself', 'myself', 'directly'],
  // The first tests on each path these triggers take in `find`.
  guards: [
    // "directly checked" (`directly`).
    {triggers: ['directly'], after: [...directlyVerbs]},
    // "took it upon himself" (`emphatic`) …
    {triggers: ['himself', 'herself', 'myself'], before: ['upon']},
    // … or an act right after ("the DC himself picked up", `isAction`), or
    // the end of the clause ("checked the registers himself.", `isClauseEnd`).
    {triggers: ['himself', 'herself', 'myself'], after: [...irregularActions, ...clauseEnds, ''], afterEndings: ['ed', 'ing']}
  ],
  check(sentence, index, context) {
    return unlessCritique(sentence, find(sentence, index, context))
  }
}

/** The finding at `index`, before the critique check. */
function find(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  if (lower === 'personally') return personally(sentence, index, context)
  if (lower === 'directly') return directly(sentence, index, context)
  return emphatic(sentence, index, context)
}

function personally(sentence: Sentence, index: number, context: Context): Finding | undefined {
  // "to personally supervise": an instruction or a purpose, not a report.
  if (sentence.is(index - 1, 'to')) return undefined
  const next = sentence.lower(index + 1)
  if (personallyExcluded.has(next)) return undefined

  const actor = actorBefore(sentence, index, context)
  if (!actor) return undefined

  if (isAction(sentence, index + 1)) {
    return dropAdverb(sentence, index, actor, '“personally”')
  }
  // After the verb: "monitored the arrangements personally."
  if (!isClauseEnd(sentence, index + 1)) return undefined
  if (!hasActionBefore(sentence, index, actor.end)) return undefined
  return {
    start: index,
    end: index + 1,
    reason: 'Stresses that the officer did the work `personally`; say what was done',
    expected: [],
    confidence: weight(actor)
  }
}

/** "directly checked": weaker, so only with a hands-on verb and as a suggestion. */
function directly(sentence: Sentence, index: number, context: Context): Finding | undefined {
  if (sentence.is(index - 1, 'to')) return undefined
  if (!sentence.is(index + 1, directlyVerbs)) return undefined
  const actor = actorBefore(sentence, index, context)
  if (!actor || actor.kind === 'first-person') return undefined
  const finding = dropAdverb(sentence, index, actor, '“directly”')
  return {...finding, confidence: 'low'}
}

/** "the DC himself picked up", "he himself", "took it upon himself", "checked the registers himself". */
function emphatic(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const word = sentence.tokens[index]?.text ?? ''

  // "took it upon himself".
  if (sentence.lower(index - 1) === 'upon' && sentence.lower(index - 2) === 'it') {
    const verb = index - 3
    if (!/^(?:took|take|takes|taking|taken)$/.test(sentence.lower(verb))) return undefined
    const actor = actorBefore(sentence, verb, context)
    if (!actor) return undefined
    const actual = sentence.text(verb, index + 1)
    return {
      start: verb,
      end: index + 1,
      reason: `Casts the officer as the one who \`${actual}\`; say what was done`,
      expected: [],
      confidence: actor.confidence
    }
  }

  // Right after the subject, before an act: "the DC himself picked up".
  const actAfter = isAction(sentence, index + 1) || sentence.is(index + 1, irregularActions)
  // At the end of a clause, after the object: "checked the registers himself".
  // The object must open with a determiner, so that a reflexive after a bare
  // verb ("to extricate herself", "express myself") stays out.
  const clauseEnd =
    !sentence.is(index - 1, reflexiveLeads) && !isAction(sentence, index - 1) && isClauseEnd(sentence, index + 1) && objectBefore(sentence, index)
  // The subject is looked for (which costs the most) only when one of the two can flag.
  if (!actAfter && !clauseEnd) return undefined

  // "the DC himself", "he himself", "I myself": with a subject, only an act can follow.
  const subject = subjectBefore(sentence, index, context)
  if (subject) return actAfter ? dropAdverb(sentence, index, subject, `“${word}”`) : undefined

  if (!clauseEnd) return undefined
  const actor = actorBefore(sentence, index, context)
  if (!actor || !hasActionBefore(sentence, index, actor.end)) return undefined
  if ((word.toLowerCase() === 'myself') !== (actor.kind === 'first-person')) return undefined
  return {
    start: index,
    end: index + 1,
    reason: `Stresses that the officer did the work \`${word}\`; say what was done`,
    expected: [],
    confidence: actor.confidence
  }
}

/** The subject standing right before an emphatic pronoun. */
function subjectBefore(sentence: Sentence, index: number, context: Context): Actor | undefined {
  const previous = sentence.lower(index - 1)
  if (heroPronouns.has(previous)) {
    const confidence = pronounConfidence(sentence, context)
    return confidence ? {kind: 'pronoun', start: index - 1, end: index, confidence} : undefined
  }
  if (previous === 'i' && sentence.lower(index) === 'myself') return {kind: 'first-person', start: index - 1, end: index, confidence: 'high'}
  const official = officialBefore(sentence, index, context)
  if (official) return {kind: 'official', start: official.start, end: official.end, confidence: 'high'}
  return undefined
}

/**
 * "I personally visited…" is written the same by an officer and by a citizen
 * complaining to the office, so the writer's own "personally" is a suggestion.
 */
function weight(actor: Actor): 'high' | 'low' {
  return actor.kind === 'first-person' ? 'low' : actor.confidence
}

/** Drop the adverb: "personally conferred" → "conferred". */
function dropAdverb(sentence: Sentence, index: number, actor: Actor, label: string): Finding {
  const actual = sentence.text(index, index + 2)
  const verb = sentence.tokens[index + 1]?.text ?? ''
  return {
    start: index,
    end: index + 2,
    reason: `Stresses that the officer did the work ${label} (\`${actual}\`); say what was done`,
    expected: [verb],
    confidence: weight(actor)
  }
}

/** A verb form a cameo may stress: past, -ing, third person, or a listed action. */
function isAction(sentence: Sentence, at: number): boolean {
  const token = sentence.tokens[at]
  if (!token || token.kind !== 'word') return false
  const lower = token.lower
  if (personallyExcluded.has(lower)) return false
  if (irregularActions.has(lower)) return true
  // The ending first: most words have neither, and the regexes need not run.
  if (!lower.endsWith('ed') && !lower.endsWith('ing')) return false
  return /^[a-z-]{3,}(?:ed|ing)$/.test(lower) && !/(?:thing|ceiling|evening|morning|building|meeting|during)$/.test(lower)
}

/** A short noun phrase ending right before `index`: "the registers", "all the files". */
function objectBefore(sentence: Sentence, index: number): boolean {
  for (let at = index - 2; at >= index - 4 && at >= 0; at--) {
    if (sentence.is(at, objectDeterminers) || sentence.tokens[at]?.kind === 'number') return true
  }
  return false
}

function isClauseEnd(sentence: Sentence, at: number): boolean {
  const token = sentence.tokens[at]
  if (!token) return true
  if (token.kind === 'punctuation') return true
  return token.kind === 'word' && clauseEnds.has(token.lower)
}

/** A verb between the actor and the adverb ("monitored the drive personally"). */
function hasActionBefore(sentence: Sentence, index: number, from: number): boolean {
  for (let at = index - 1; at >= from && at >= index - 8; at--) {
    if (isAction(sentence, at)) return true
  }
  return false
}

export default rule
