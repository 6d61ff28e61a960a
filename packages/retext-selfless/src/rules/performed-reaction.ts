/**
 * performed-reaction: the officer's emotion staged for the release: "expressed
 * indignation / anger / annoyance / displeasure", "became surprised", "got
 * angry", or a public reprimand ("reprimanded the staff", "took the doctors to
 * task"). The reaction is the scene; the finding and the action taken are the
 * news.
 *
 * Not flagged: "expressed satisfaction" (the routine close of an inspection),
 * reactions of residents, courts or teams, and instructions.
 */
import {actorBefore, unlessCritique} from '../cameo-actor.js'
import type {Context} from '../context.js'
import {
  degreeWords,
  reactionAdjectives,
  reactionCarriers,
  reactionCopulas,
  reactionFillers,
  reactionNouns,
  reprimandVerbs
} from '../lexicon/cameo-words.js'
import type {Finding, Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'

const takeForms = new Set(['took', 'take', 'takes', 'taking', 'taken'])

const rule: Rule = {
  id: 'performed-reaction',
  category: 'cameo',
  severity: 'warning',
  summary: 'The officer’s anger, displeasure or surprise, or a public reprimand, staged in the release.',
  note:
    'An official release reports findings and the action taken; narrating the officer’s anger, displeasure or surprise, or a reprimand in front of staff, performs the officer for the audience. The UK Government Communication Service asks that content be relevant to government responsibilities and a justifiable use of public funds, and the influencercrats op-ed (The Nation, 2021) describes the same performance for likes.',
  sources: ['uk-gcs-propriety', 'pk-influencercrats', 'uk-civil-service-code'],
  fixable: false,
  triggers: [...reactionNouns, ...reactionAdjectives, ...reprimandVerbs.keys(), 'task'],
  // A reaction noun needs its carrier ("expressed"), "to task" a form of
  // "take"; a reprimand verb and a reaction adjective are their own companions
  // (the adjective's copulas, "was", "is", are too common to be worth listing).
  companions: [...reactionCarriers.keys(), ...takeForms, ...reprimandVerbs.keys(), ...reactionAdjectives],
  // "took … to task": a form of "take" up to eight words before "task";
  // a carrier up to five before its noun; the rest are their own companions.
  // So no companion after the trigger counts.
  reach: {before: 8, after: 0},
  // The first test on the path each of these triggers takes in `find`.
  guards: [
    // "took … to task" (`tookToTask`).
    {triggers: ['task'], before: ['to']},
    // "expressed (his strong) displeasure" (`expressed`).
    {triggers: [...reactionNouns].filter((word) => word !== 'task' && !reprimandVerbs.has(word)), before: [...reactionFillers, ...reactionCarriers.keys()]},
    // "became (very) angry" (`became`).
    {
      triggers: [...reactionAdjectives].filter((word) => word !== 'task' && !reprimandVerbs.has(word) && !reactionNouns.has(word)),
      before: [...degreeWords, ...reactionCopulas]
    }
  ],
  check(sentence, index, context) {
    return unlessCritique(sentence, find(sentence, index, context))
  }
}

/** The finding at `index`, before the critique check. */
function find(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  if (lower === 'task') return tookToTask(sentence, index, context)
  if (reprimandVerbs.has(lower)) return reprimand(sentence, index, context)
  // "surprise" is a reaction noun only after "expressed"; "surprise visit" is another rule.
  if (reactionNouns.has(lower)) return expressed(sentence, index, context)
  return became(sentence, index, context)
}

/** "expressed (his strong) displeasure". */
function expressed(sentence: Sentence, index: number, context: Context): Finding | undefined {
  let verb = index - 1
  while (verb > index - 5 && sentence.is(verb, reactionFillers)) verb--
  if (!reactionCarriers.has(sentence.lower(verb))) return undefined
  return report(sentence, verb, index + 1, context)
}

/** "became surprised", "got (very) angry", "was surprised to see". */
function became(sentence: Sentence, index: number, context: Context): Finding | undefined {
  let copula = index - 1
  while (copula > index - 3 && sentence.is(copula, degreeWords)) copula--
  if (!sentence.is(copula, reactionCopulas)) return undefined
  // "was surprised" needs a cause after it ("to see", "at", "over", "on finding"),
  // so that "was upset" in an unrelated sense stays out.
  const next = sentence.lower(index + 1)
  if (sentence.lower(copula).startsWith('w') || sentence.lower(copula) === 'is') {
    if (!['to', 'at', 'over', 'on', 'by', 'when', 'upon', 'and', 'with', 'that'].includes(next)) return undefined
  }
  const finding = report(sentence, copula, index + 1, context)
  // "I was surprised by how many…" in a blog is musing, not a performed scene.
  if (finding && (sentence.lower(index) === 'surprised' || sentence.lower(index) === 'astonished') && actorBefore(sentence, copula, context)?.kind === 'first-person') return undefined
  return finding
}

/** "reprimanded the staff", "scolded the doctors". */
function reprimand(sentence: Sentence, index: number, context: Context): Finding | undefined {
  // Passive "was reprimanded": someone else did it.
  const previous = sentence.lower(index - 1)
  if (previous === 'was' || previous === 'were' || previous === 'been' || previous === 'be' || previous === 'to') return undefined
  return report(sentence, index, index + 1, context)
}

/** "took the absent doctors to task". */
function tookToTask(sentence: Sentence, index: number, context: Context): Finding | undefined {
  if (!sentence.is(index - 1, 'to')) return undefined
  for (let at = index - 2; at >= 0 && at >= index - 8; at--) {
    if (takeForms.has(sentence.lower(at))) {
      if (sentence.is(at - 1, 'to')) return undefined
      return report(sentence, at, index + 1, context)
    }
  }
  return undefined
}

function report(sentence: Sentence, start: number, end: number, context: Context): Finding | undefined {
  const actor = actorBefore(sentence, start, context)
  if (!actor) return undefined
  const actual = sentence.text(start, end)
  return {
    start,
    end,
    reason: `Stages the officer’s reaction (\`${actual}\`); report the finding and the action taken`,
    expected: [],
    confidence: actor.confidence
  }
}

export default rule
