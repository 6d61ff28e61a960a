/**
 * officer-directions: an office's own handout routes its work through one
 * official's orders or action, a credit chain: "on the directives of the
 * Deputy Commissioner (DC) Rawalpindi Tahir Farooq", "following orders from
 * Chief Commissioner X", "in line with special directives of CPO X", "as
 * the DC issued instant directives", "thanks to the efforts of DC X", "DC X
 * took prompt action".
 *
 * Not flagged: orders of a court or under a statute, directions of
 * politicians (patron-credit, a separate concern), "at the direction of" a
 * process owner, directives ("officers should follow the directions of …"),
 * and a plain report that an official issued directions.
 */
import {
  directionNouns,
  effortNouns,
  giftNouns,
  modalWords,
  orderedVerbs,
  neutralQualifiers,
  politicalWords,
  praiseQualifiers,
  statutoryWords,
  supervisionNouns
} from '../lexicon/credit.js'
import {officialAtQualified, officialBefore, officialInContext, type OfficialReference} from '../official.js'
import type {Context} from '../context.js'
import {anyOfficial, type Finding, type Rule} from '../rule.js'
import {institutionName, matchCase, midSentence, possessive} from '../rewrite.js'
import type {Sentence} from '../sentence.js'

// What a credit noun stands for: orders, effort or oversight (a weaker signal).
type Kind = 'direction' | 'effort' | 'supervision'
const kindOf = (noun: string): Kind | undefined =>
  directionNouns.has(noun) ? 'direction' : effortNouns.has(noun) ? 'effort' : supervisionNouns.has(noun) ? 'supervision' : undefined

// Verbs that hand out orders: "as the DC issued directives", "had given the task".
const issuing = new Set(['issued', 'issues', 'gave', 'given', 'gives', 'passed', 'assigned', 'assigns'])
const taskNouns = new Set(['task', 'tasks', 'target', 'targets'])
// Clause openers that make an order the cause of what is reported.
const connectors = new Set(['as', 'after', 'when', 'since', 'once', 'because', 'following', 'whereupon'])
// Qualifiers a credit noun needs for "interest" to be a credit ("special interest").
const interestQualifiers = new Set(['special', 'personal', 'keen'])
// "took prompt action": the speed that makes the action a credit.
const speed = new Set(['prompt', 'immediate', 'swift', 'quick', 'instant', 'timely', 'urgent', 'speedy', 'rapid'])
const took = new Set(['took', 'taken'])
const pronouns = new Set(['his', 'her'])
const articles = new Set(['the', 'an', 'a'])
const meetings = new Set(['meeting', 'meetings', 'session', 'sessions'])
const copulas = new Set(['is', 'was', 'are', 'were', 'be', 'been'])
const subjects = new Set(['he', 'she'])
const subjectAdverbs = new Set(['also', 'immediately', 'today', 'yesterday', 'promptly', 'then', 'has', 'had'])
// The word right before a credit chain's determiner or noun (`prepositionBefore`).
const prepositionLeads = new Set(['to', 'of', 'with', 'per', 'through', 'after', 'on', 'upon', 'at', 'following', 'under', ...copulas])

const rule: Rule = {
  id: 'officer-directions',
  category: 'self-credit',
  severity: 'warning',
  summary: 'The office\'s work is credited to one official\'s directions or action ("on the directives of DC X").',
  note:
    'An office\'s handout should report what the office did, not whose orders it followed: the UK Civil Service Code puts public duty above personal interest, the US GAO bars the "individual glorification of bureaucrats", and Pakistan\'s and India\'s Conduct Rules keep officers from publicising their own acts.',
  sources: ['uk-civil-service-code', 'us-gao-publicity-propaganda', 'pk-conduct-rules-1964', 'in-ais-conduct-rule-12'],
  fixable: true,
  triggers: [...directionNouns, ...effortNouns, ...supervisionNouns, ...taskNouns, ...giftNouns, ...orderedVerbs, 'action', 'credit', 'thanks'],
  // An official named in the sentence, "his"/"her" for one named before, or
  // "took"/"taken" (the only way to "took prompt action").
  companions: [anyOfficial, 'his', 'her', 'took', 'taken'],
  // "As <official> had also given the directions": up to four qualifiers and
  // a determiner before the noun, the issuing verb, three words before it
  // (`issued`), then an official reference ending there that starts up to
  // twelve words back (`officialBefore`). Every other path is within 15.
  reach: 20,
  // The first test on the path each of these triggers takes in `check`.
  guards: [
    // "on the special interest of DC X": "interest" only after its qualifiers.
    {triggers: ['interest'], before: [...interestQualifiers]},
    // "took prompt action" (`tookAction`).
    {triggers: ['action'], before: [...speed]},
    // "As directed by the DC" (`asDirected`).
    {triggers: [...orderedVerbs], before: ['as'], after: ['by']},
    // "Thanks to DC X, …" (`thanksTo`).
    {triggers: ['thanks'], after: ['to']},
    // Every other credit noun: right after a qualifier (the loop that opens
    // `check`), an article, an issuing verb (`issued`), a possessive, "his"
    // or "her", or the preposition `prepositionBefore` reads.
    {
      triggers: [...directionNouns, ...effortNouns, ...supervisionNouns, ...taskNouns].filter((noun) => noun !== 'interest'),
      before: [...neutralQualifiers, ...praiseQualifiers, ...articles, ...issuing, ...pronouns, ...prepositionLeads],
      beforeEndings: ["'s", "s'"]
    }
  ],
  // The first test on the path each of these companions takes: "on his
  // (special) directions" (a qualifier or the credit noun after "his"), "took
  // (prompt and) immediate action" (`tookAction`: a speed word or "and").
  companionGuards: [
    {companions: [...pronouns], after: [...neutralQualifiers, ...praiseQualifiers, ...directionNouns, ...effortNouns, ...supervisionNouns]},
    {companions: [...took], after: [...speed, 'and']}
  ],
  check(sentence, index, context) {
    const noun = sentence.lower(index)
    if (noun === 'action') return tookAction(sentence, index, context)
    if (giftNouns.has(noun)) return gift(sentence, index, context)
    if (orderedVerbs.has(noun)) return asDirected(sentence, index, context)
    if (noun === 'credit') return creditGoes(sentence, index, context)
    if (noun === 'thanks') return thanksTo(sentence, index, context)

    // Qualifiers before the noun: "special directives", "overall supervision".
    let left = index - 1
    while (left > index - 4 && (sentence.is(left, neutralQualifiers) || sentence.is(left, praiseQualifiers))) left--
    const first = left + 1
    if (noun === 'interest' && !sentence.is(index - 1, interestQualifiers)) return undefined

    // "as the DC issued instant directives", "had given the task to …".
    const verb = sentence.lower(left) === 'the' ? left - 1 : left
    if (issuing.has(sentence.lower(verb))) return issued(sentence, verb, index, context)

    const kind = kindOf(noun)
    if (!kind) return undefined

    // "on the DC's directions".
    const token = sentence.tokens[left]
    if (token?.kind === 'word' && /'s$|s'$/.test(token.lower)) {
      const reference = officialBefore(sentence, left + 1, context)
      if (!reference) return undefined
      const start = prepositionBefore(sentence, reference.start, kind, noun)
      if (start === undefined || excluded(sentence, start, index)) return undefined
      const expected = `${sentence.text(start, reference.start)} ${possessive(institutionName(context, reference.institution))} ${sentence.text(first, index + 1)}`
      return credit(sentence, start, index + 1, matchCase(expected, sentence.text(start, index + 1)), kind === 'supervision' ? 'low' : 'high')
    }

    // "on his directions": the official named earlier, looked for (which
    // costs the most) only after the preposition.
    if (sentence.is(left, pronouns)) {
      const start = prepositionBefore(sentence, left, kind, noun)
      if (start === undefined || excluded(sentence, start, index)) return undefined
      const reference = officialInContext(sentence, left, context, politicalWords)
      if (!reference) return undefined
      const expected = `${sentence.text(start, left)} ${possessive(institutionName(context, reference.institution))} ${sentence.text(first, index + 1)}`
      return credit(sentence, start, index + 1, matchCase(expected, sentence.text(start, index + 1)), 'low')
    }

    // "on the directions of …", "following orders from …", "directions issued by …".
    const determiner = sentence.is(left, articles) ? left : first
    const start = prepositionBefore(sentence, determiner, kind, noun)
    if (start === undefined) return undefined
    let of = index + 1
    // "the directions and supervision of …": a second credit noun.
    if (sentence.lower(of) === 'and' || sentence.lower(of) === ',') {
      let next = of + 1
      if (sentence.is(next, neutralQualifiers) || sentence.is(next, praiseQualifiers)) next++
      if (kindOf(sentence.lower(next))) of = next + 1
    }
    if (issuing.has(sentence.lower(of)) && sentence.lower(of + 1) === 'by') of++
    else if (!['of', 'from', 'by'].includes(sentence.lower(of))) return undefined
    const reference = officialAtQualified(sentence, of + 1, context)
    if (!reference || excluded(sentence, start, reference.end)) return undefined
    // "Under the supervision of the DC, a meeting was held": chairing is routine.
    if (kind === 'supervision' && near(sentence, start, reference.end, meetings)) return undefined
    const expected = `${sentence.text(start, of + 1)} ${midSentence(institutionName(context, reference.institution))}`
    return credit(sentence, start, reference.end, matchCase(expected, sentence.text(start, reference.end)), kind === 'supervision' ? 'low' : 'high')
  }
}

/**
 * The start of the preposition that makes `noun` a credit chain, read
 * leftwards from `at` (the determiner or first word of the phrase).
 */
function prepositionBefore(sentence: Sentence, at: number, kind: Kind, noun: string): number | undefined {
  const one = sentence.lower(at - 1)
  // Every branch below needs one of these (the rule's guards rely on it).
  if (!prepositionLeads.has(one)) return undefined
  const two = sentence.lower(at - 2)
  const three = sentence.lower(at - 3)

  if (kind === 'supervision') return one === 'under' ? at - 1 : undefined
  if (one === 'to' && (two === 'thanks' || two === 'due' || two === 'owing' || two === 'according' || two === 'pursuant')) return at - 2
  if (one === 'of' && (two === 'because' || (two === 'pursuance' && three === 'in'))) return two === 'because' ? at - 2 : at - 3
  if (one === 'with' && three === 'in' && (two === 'line' || two === 'compliance' || two === 'accordance' || two === 'keeping')) return at - 3
  if (one === 'per') return two === 'as' ? at - 2 : at - 1

  if (kind === 'effort') {
    if (one === 'through' || one === 'with' || one === 'after') return at - 1
    // "The bazaar is the initiative of DC X", "was the brainchild of …".
    if (copulas.has(one) && (sentence.lower(at) === 'the' || sentence.lower(at) === 'an' || sentence.lower(at) === 'a') && noun !== 'interest') return at
    if ((one === 'on' || one === 'upon' || one === 'at') && noun !== 'efforts' && noun !== 'effort') return at - 1
    return undefined
  }
  // Orders and guidance.
  if (one === 'on' || one === 'upon' || one === 'following' || one === 'after') return at - 1
  // "under the directions of the DC"; the singular "under the direction of
  // the Secretary" describes who runs a programme, not a credit.
  // Only with an article: "under instructions from the Secretary" is procedure.
  if (one === 'under' && sentence.lower(at) === 'the' && (noun === 'guidance' || noun === 'directions' || noun === 'directives' || noun === 'instructions' || noun === 'orders')) return at - 1
  if (one === 'at' && (noun === 'behest' || noun === 'instance')) return at - 1
  return undefined
}

function near(sentence: Sentence, start: number, end: number, words: ReadonlySet<string>): boolean {
  for (let at = Math.max(0, start - 12); at < end + 12 && at < sentence.length; at++) if (words.has(sentence.lower(at))) return true
  return false
}

/** A court or statute nearby, or a directive ("officers should …"), is not a credit claim. */
function excluded(sentence: Sentence, start: number, end: number): boolean {
  for (let at = Math.max(0, start - 12); at < end + 12 && at < sentence.length; at++) {
    const lower = sentence.lower(at)
    if (statutoryWords.has(lower) || (lower === 'act' && sentence.capitalized(at))) return true
    if (at < start && at >= start - 6 && modalWords.has(lower)) return true
  }
  return false
}

/** "as the DC issued instant directives", "CCPO X had given the task to …". */
function issued(sentence: Sentence, verb: number, noun: number, context: Context): Finding | undefined {
  let subjectEnd = verb
  const auxiliary = sentence.lower(verb - 1)
  const pluperfect = auxiliary === 'had'
  if (auxiliary === 'had' || auxiliary === 'has' || auxiliary === 'have') subjectEnd--
  if (sentence.is(subjectEnd - 1, subjectAdverbs)) subjectEnd--
  const subjectClose = sentence.lower(subjectEnd - 1) === ',' ? subjectEnd - 1 : subjectEnd
  const reference = officialBefore(sentence, subjectClose, context)
  if (!reference) return undefined
  const connected = sentence.is(reference.start - 1, connectors)
  // A plain report ("The DC issued directions to …") is clean.
  if (!connected && !pluperfect) return undefined
  if (excluded(sentence, reference.start, noun + 1)) return undefined
  const institution = institutionName(context, reference.institution)
  const name = reference.start === 0 ? institution : midSentence(institution)
  const expected = `${name} ${sentence.text(subjectEnd, noun + 1)}`
  return credit(sentence, reference.start, noun + 1, expected, connected ? 'high' : 'low')
}

/**
 * "distributed rice as aid from the National Police Chief": the office's
 * relief presented as one official's gift.
 */
function gift(sentence: Sentence, index: number, context: Context): Finding | undefined {
  let start = index - 1
  // "as aid", "as a gift", "as Eid gifts".
  while (start > index - 3 && sentence.lower(start) !== 'as' && sentence.tokens[start]?.kind === 'word') start--
  if (sentence.lower(start) !== 'as' || sentence.lower(index + 1) !== 'from') return undefined
  const reference = officialAtQualified(sentence, index + 2, context)
  if (!reference || excluded(sentence, start, reference.end)) return undefined
  const expected = `${sentence.text(start, index + 2)} ${midSentence(institutionName(context, reference.institution))}`
  return credit(sentence, start, reference.end, matchCase(expected, sentence.text(start, reference.end)), 'low')
}

/** "As directed by the DC, teams removed …". */
function asDirected(sentence: Sentence, index: number, context: Context): Finding | undefined {
  if (sentence.lower(index - 1) !== 'as' || sentence.lower(index + 1) !== 'by') return undefined
  const reference = officialAtQualified(sentence, index + 2, context)
  if (!reference || excluded(sentence, index - 1, reference.end)) return undefined
  const expected = `${sentence.text(index - 1, index + 2)} ${midSentence(institutionName(context, reference.institution))}`
  return credit(sentence, index - 1, reference.end, matchCase(expected, sentence.text(index - 1, reference.end)), 'high')
}

/** "The credit (for this) goes to DC X". */
function creditGoes(sentence: Sentence, index: number, context: Context): Finding | undefined {
  for (let at = index + 1; at < index + 8 && at < sentence.length; at++) {
    const lower = sentence.lower(at)
    if (lower === 'goes' || lower === 'went' || lower === 'go') {
      if (sentence.lower(at + 1) !== 'to') return undefined
      const reference = officialAtQualified(sentence, at + 2, context)
      if (!reference) return undefined
      const expected = `${sentence.text(at, at + 2)} ${midSentence(institutionName(context, reference.institution))}`
      return credit(sentence, at, reference.end, expected, 'high')
    }
    if (sentence.tokens[at]?.kind === 'punctuation') return undefined
  }
  return undefined
}

/** "Thanks to DC X, the road was repaired" (not "Thanks to DC X for …", a thank-you). */
function thanksTo(sentence: Sentence, index: number, context: Context): Finding | undefined {
  if (sentence.lower(index + 1) !== 'to') return undefined
  const reference = officialAtQualified(sentence, index + 2, context)
  if (!reference || sentence.lower(reference.end) !== ',') return undefined
  const expected = `${sentence.text(index, index + 2)} ${midSentence(institutionName(context, reference.institution))}`
  return credit(sentence, index, reference.end, matchCase(expected, sentence.text(index, reference.end)), 'high')
}

/** "DC X took prompt action", "… and took immediate action". */
function tookAction(sentence: Sentence, index: number, context: Context): Finding | undefined {
  let verb = index - 1
  if (!sentence.is(verb, speed)) return undefined
  while (verb > index - 4 && (sentence.is(verb, speed) || sentence.lower(verb) === 'and')) verb--
  if (!took.has(sentence.lower(verb))) return undefined
  let subjectEnd = verb
  if (sentence.lower(subjectEnd - 1) === 'has' || sentence.lower(subjectEnd - 1) === 'have' || sentence.lower(subjectEnd - 1) === 'had') subjectEnd--
  if (sentence.is(subjectEnd - 1, subjectAdverbs)) subjectEnd--
  // "Dr. X, Deputy Commissioner, took …": an appositive comma.
  const subjectClose = sentence.lower(subjectEnd - 1) === ',' ? subjectEnd - 1 : subjectEnd

  const reference = officialBefore(sentence, subjectClose, context)
  if (reference) {
    const institution = institutionName(context, reference.institution)
    const name = reference.start === 0 ? institution : midSentence(institution)
    return credit(sentence, reference.start, index + 1, `${name} ${sentence.text(subjectEnd, index + 1)}`, 'high')
  }
  // "He took prompt action" after a sentence naming the DC; "the DC … and took
  // prompt action": the official is the subject further back.
  let distant: OfficialReference | undefined
  if (sentence.is(subjectEnd - 1, subjects) || sentence.lower(subjectEnd - 1) === 'and') {
    distant = officialInContext(sentence, subjectEnd - 1, context, politicalWords)
  }
  if (!distant) return undefined
  return credit(sentence, verb, index + 1, undefined, 'low')
}

function credit(sentence: Sentence, start: number, end: number, expected: string | undefined, confidence: 'high' | 'low'): Finding {
  const actual = sentence.text(start, end)
  return {
    start,
    end,
    reason: `Credits the office’s work to an official (\`${actual}\`); report what the office did`,
    expected: expected === undefined ? [] : [expected.replace(/\s+/g, ' ')],
    confidence
  }
}

export default rule
