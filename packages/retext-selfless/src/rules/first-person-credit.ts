/**
 * first-person-credit: the writer claims the office's work in the first
 * person singular ("I inaugurated", "which I launched today", "I took
 * immediate action", "I got the road repaired", "inaugurated by me").
 *
 * Only past and perfect claims count: "I will ensure" is a promise, "I thank
 * my team" and "I am writing in response" claim nothing, and "we" is the
 * institutional voice. Words attributed to someone else ("a resident said I
 * …") are not the writer's claim.
 */
import {directionNouns, speechVerbs} from '../lexicon/credit.js'
import {verbForms, verbTable} from '../lexicon/verbs.js'
import type {Context} from '../context.js'
import type {Rule} from '../rule.js'
import {institutionName, midSentence} from '../rewrite.js'
import type {Sentence} from '../sentence.js'

interface Claim {
  /** One past the last token of the claim. */
  end: number
  confidence: 'high' | 'low'
}

// A claim in itself: "I inaugurated", "I have launched".
const strong = verbTable([
  'inaugurate', 'launch', 'initiate', 'ensure', 'establish', 'introduce', 'sanction', 'conceive',
  'spearhead', 'pioneer', 'unveil', 'revamp', 'implement', 'restore', 'build', 'construct'
])
// Weaker: official acts that are often routine ("I inspected", "I organised").
const weak = verbTable(['inspect', 'organise', 'organize', 'achieve', 'accomplish', 'resolve', 'solve', 'transform', 'streamline'])
// Verbs that claim only with a particle or object: "set up", "kick off", "got … repaired", "took … action".
const phrasal = verbTable(['set', 'kick', 'get', 'take', 'lay', 'cut'])
// Ceremonial verbs after "I am happy to …".
const ceremonial = new Set(['inaugurate', 'launch', 'unveil'])
const ceremonialForms = verbTable([...ceremonial])
const pleased = new Set(['happy', 'pleased', 'glad', 'delighted', 'proud', 'thrilled', 'excited', 'privileged', 'honoured', 'honored'])
// Captions that leave the subject out: "Inaugurated the new block today".
const elided = new Set(['inaugurated', 'launched', 'unveiled'])
// "I had the honour to inaugurate", "It was my privilege to launch".
const honours = new Set(['honour', 'honor', 'privilege', 'pleasure', 'opportunity'])
const honourLead = new Set(['the', 'an', 'a', 'my', 'great', 'proud', 'real', 'had', 'have', 'was', 'is', 'it', "it's", 'i', "i've", 'truly'])
const objectStarts = new Set(['the', 'a', 'an', 'our', 'this', 'these', 'two', 'three', 'new'])

// Words that may stand between "I" and the verb; "have"/"had" make it perfect.
const between = new Set([
  'also', 'personally', 'today', 'yesterday', 'recently', 'just', 'successfully', 'then', 'finally',
  'immediately', 'myself', 'earlier', 'formally', 'officially', 'proudly', 'again', 'already',
  'first', 'once', 'have', 'had', 'subsequently', 'eventually', 'promptly', 'instantly'
])
// Dropped from the rewrite: they only make the claim more personal.
const personal = new Set(['personally', 'myself', 'proudly'])

// "took (immediate) action", "took notice", "took (strict) measures".
const actionNouns = new Set(['action', 'actions', 'notice', 'cognizance', 'cognisance', 'steps', 'measures'])
const actionAdjectives = new Set([
  'immediate', 'prompt', 'swift', 'strict', 'stern', 'quick', 'timely', 'instant', 'urgent',
  'necessary', 'firm', 'decisive', 'strong', 'serious', 'appropriate', 'legal', 'disciplinary', 'punitive'
])
// "got the road repaired": the participle that makes "got" causative.
const causative = verbTable([
  'repair', 'clean', 'construct', 'remove', 'fix', 'build', 'install', 'restore', 'vacate',
  'demolish', 'approve', 'sanction', 'complete', 'release', 'arrest', 'seal', 'pave', 'paint',
  'start', 'resolve', 'clear', 'desilt', 'widen', 'renovate', 'recover', 'register', 'open',
  'reopen', 'establish', 'set', 'do', 'lay', 'carpet', 'illuminate', 'light', 'plant', 'dispose',
  'settle', 'redress', 'allot', 'disburse', 'issue', 'upgrade', 'fill', 'level', 'erect', 'shift'
])
// "issued by me": credit nouns and the participles that hand them out.
const handedOut = new Set(['issued', 'given', 'passed'])

// Objects that make the sentence private or reflexive, not a claim.
const privateObjects = new Set(['myself', 'me', 'my', 'to', 'into', 'up', 'in'])
// Adverbs and negations: "I have not yet approved" is no causative "have".
const notObjects = new Set(['not', 'never', 'yet', 'been', 'so', 'already', 'just', 'also', 'only', 'much', 'really', 'finally', 'very', 'too', 'no', 'since', 'ever', 'recently', 'personally', 'always', 'now'])
// "Phase I", "Schedule I": a Roman numeral, not the writer.
const numeralBefore = new Set(['phase', 'part', 'schedule', 'class', 'grade', 'war', 'chapter', 'volume', 'annex', 'annexure', 'stage', 'tier', 'type', 'category', 'article', 'clause', 'section', 'round'])
const conditional = new Set(['if', 'unless', 'whether'])

const rule: Rule = {
  id: 'first-person-credit',
  category: 'self-credit',
  severity: 'warning',
  summary: 'The writer claims the office\'s work in the first person ("I inaugurated", "I took immediate action").',
  note:
    'Work done in an office\'s name is the office\'s: the UK Civil Service Code puts public duty above personal interest, the US GAO bars "self-aggrandizing" publicity, and India\'s AIS Conduct Rules and Pakistan\'s Conduct Rules keep officers from publicising their own acts.',
  sources: ['uk-civil-service-code', 'us-gao-publicity-propaganda', 'in-ais-conduct-rule-12', 'pk-conduct-rules-1964'],
  fixable: true,
  triggers: ['i', "i've", 'me', ...elided, ...pleased, ...honours],
  // The claimed act: a claim verb in a past form (`isPast`), any form of a
  // ceremonial verb ("the honour of inaugurating"), "set up", "kicked off",
  // "laid the foundation stone", "cut the ribbon", "took action", a
  // causative's participle (as `causativeAt` reads it), or "issued by me".
  companions: [
    ...[...strong, ...weak].filter(([form, base]) => !form.endsWith('ing') && form !== verbForms(base)[1]).map(([form]) => form),
    ...ceremonialForms.keys(), ...verbForms('set'), ...verbForms('kick'), 'stone', 'ribbon', ...actionNouns,
    ...[...causative]
      .filter(([form, base]) => form !== base && !form.endsWith('ing') && verbForms(base)[1] !== form)
      .map(([form]) => form),
    ...handedOut
  ],
  // "I" reaches its verb over up to three words, "managed to" or "was able
  // to" (verb at most 7 on); "got" then reads its participle up to six words
  // on (`causativeAt`): 13. "took … action", "laid … stone" and "cut the
  // ribbon" stay within 11; the honours and captions within 4. Only "by me"
  // reads its verb before the trigger, over one word at most (`byMe`): 3.
  reach: {before: 3, after: 13},
  // The first test on the path each of these triggers takes in `check`.
  guards: [
    // "I inaugurated", "I have launched", "I was able to get", "I am happy to
    // inaugurate": after "I" a word that may stand between it and the verb,
    // or the verb `claimAt` reads right there.
    {triggers: ['i', "i've"], after: [...between, 'am', 'managed', 'was', ...strong.keys(), ...weak.keys(), ...phrasal.keys()]},
    // "I had the honour to inaugurate", "the privilege of launching" (`honourClaim`).
    {triggers: [...honours], after: ['to', 'of']},
    // "the directions issued by me" (`byMe`).
    {triggers: ['me'], before: ['by']}
  ],
  check(sentence, index, context) {
    const lower = sentence.lower(index)
    if (honours.has(lower)) return honourClaim(sentence, index, context)
    // A caption with the subject left out: "Inaugurated the new block
    // today", "Glad to inaugurate …". Only at the start of a sentence.
    if (elided.has(lower) || pleased.has(lower)) return index === 0 ? captionClaim(sentence, context) : undefined
    if (attributed(sentence, index)) return undefined
    const institution = institutionName(context)

    if (sentence.lower(index) === 'me') return byMe(sentence, index, institution)
    if (sentence.is(index - 1, numeralBefore) || sentence.is(index - 1, conditional)) return undefined

    // "I am happy to inaugurate …".
    if (sentence.lower(index + 1) === 'am' && sentence.is(index + 2, pleased) && sentence.lower(index + 3) === 'to' && ceremonial.has(sentence.lower(index + 4))) {
      const base = sentence.lower(index + 4)
      const third = verbForms(base)[1] as string
      return finding(sentence, index, index + 5, [subject(sentence, index, institution) + ' ' + third], 'high')
    }

    let verb = index + 1
    let perfect = sentence.lower(index) === "i've"
    while (verb < index + 4 && sentence.is(verb, between)) {
      if (sentence.lower(verb) === 'have' || sentence.lower(verb) === 'had') perfect = true
      verb++
    }
    // "I managed to get …", "I was able to ensure …": a base form that claims a result.
    let able = 0
    if (sentence.lower(verb) === 'managed' && sentence.lower(verb + 1) === 'to') able = 2
    else if (sentence.lower(verb) === 'was' && sentence.lower(verb + 1) === 'able' && sentence.lower(verb + 2) === 'to') able = 3
    let claim = claimAt(sentence, verb + able, perfect || able > 0)
    // "I had the drains cleaned": causative "have".
    if (!claim && able === 0 && (sentence.lower(verb - 1) === 'had' || sentence.lower(verb - 1) === 'have')) {
      claim = causativeAt(sentence, verb - 1)
      if (claim) verb--
    }
    if (!claim) return undefined

    // The rewrite: the institution as subject, "have" agreeing with it.
    const words: string[] = [subject(sentence, index, institution)]
    if (sentence.lower(index) === "i've") words.push('has')
    for (let at = index + 1; at < verb; at++) {
      const lower = sentence.lower(at)
      if (personal.has(lower)) continue
      words.push(lower === 'have' ? 'has' : (sentence.tokens[at]?.text ?? ''))
    }
    words.push(sentence.text(verb, claim.end))
    return finding(sentence, index, claim.end, [words.join(' ')], claim.confidence)
  }
}

/**
 * "Inaugurated the new emergency block today" (a weaker signal: a
 * department may write so too) and "Glad to inaugurate the library today".
 */
function captionClaim(sentence: Sentence, context: Context) {
  const institution = institutionName(context)
  const first = sentence.lower(0)
  if (elided.has(first)) {
    // An object must follow ("Inaugurated the new block"), not a
    // participle clause ("Inaugurated in 1912, the building …").
    if (!sentence.is(1, objectStarts) && !sentence.capitalized(1)) return undefined
    return finding(sentence, 0, 1, [`${institution} ${first}`], 'low')
  }
  if (sentence.lower(1) !== 'to') return undefined
  // "Delighted to have inaugurated …".
  if (sentence.lower(2) === 'have') {
    const base = ceremonialForms.get(sentence.lower(3))
    if (!base || !sentence.lower(3).endsWith('ed')) return undefined
    return finding(sentence, 0, 4, [`${institution} ${sentence.lower(3)}`], 'high')
  }
  if (!ceremonial.has(sentence.lower(2))) return undefined
  return finding(sentence, 0, 3, [`${institution} ${verbForms(sentence.lower(2))[1] as string}`], 'high')
}

/**
 * "I had the honour to inaugurate …", "Had the privilege of launching …",
 * "It was my pleasure to unveil …": a ceremony claimed with courtesy. Not
 * "I had the pleasure of being there" or "the honor of participating".
 */
function honourClaim(sentence: Sentence, index: number, context: Context) {
  let verb = index + 2
  const link = sentence.lower(index + 1)
  if (link === 'to' && sentence.lower(verb) === 'have') verb++
  const form = sentence.lower(verb)
  const base = link === 'of' ? ceremonialForms.get(form) : link === 'to' ? ceremonialForms.get(form) : undefined
  if (!base || (link === 'of' && !form.endsWith('ing'))) return undefined

  let start = index
  let mine = false
  let past = false
  while (start > 0 && start > index - 5 && sentence.is(start - 1, honourLead)) {
    start--
    const word = sentence.lower(start)
    if (word === 'i' || word === "i've" || word === 'my') mine = true
    if (word === 'had' || word === 'was') past = true
  }
  // A first-person marker, or a caption that starts with the phrase.
  if (!mine && start !== 0) return undefined
  if (attributed(sentence, start)) return undefined
  const forms = verbForms(base)
  const verbText = past || form !== base ? (forms.find((f) => f.endsWith('ed')) ?? base) : (forms[1] as string)
  return finding(sentence, start, verb + 1, [`${subject(sentence, start, institutionName(context))} ${verbText}`], 'high')
}

/** The claim made by the verb at `verb`, if any. */
function claimAt(sentence: Sentence, verb: number, perfect: boolean): Claim | undefined {
  const lower = sentence.lower(verb)
  const next = sentence.lower(verb + 1)

  const base = strong.get(lower) ?? weak.get(lower)
  if (base) {
    if (!isPast(lower, base, perfect)) return undefined
    // "I introduced myself", "I resolved to …" (a resolution, not a result),
    // "I built my house" (private life).
    if (next === 'myself' || next === 'me' || next === 'to' || next === 'into' || (next === 'my' && (base === 'build' || base === 'construct' || base === 'achieve'))) return undefined
    // "I introduced the new Chief Constable to the panel": a person, not a scheme.
    if (base === 'introduce' && hasWithin(sentence, verb + 1, 6, 'to')) return undefined
    return {end: verb + 1, confidence: strong.has(lower) ? 'high' : 'low'}
  }

  const phrasalBase = phrasal.get(lower)
  if (!phrasalBase || !isPast(lower, phrasalBase, perfect)) return undefined
  switch (phrasalBase) {
    case 'set':
      return next === 'up' ? {end: verb + 2, confidence: 'high'} : undefined
    case 'kick':
      return next === 'off' ? {end: verb + 2, confidence: 'high'} : undefined
    case 'lay':
      return sentence.lower(verb + 1) === 'the' && sentence.lower(verb + 2) === 'foundation' && sentence.lower(verb + 3) === 'stone'
        ? {end: verb + 4, confidence: 'high'}
        : undefined
    case 'cut':
      return sentence.lower(verb + 1) === 'the' && sentence.lower(verb + 2) === 'ribbon' ? {end: verb + 3, confidence: 'high'} : undefined
    case 'take': {
      let at = verb + 1
      while (at < verb + 4 && sentence.is(at, actionAdjectives)) at++
      const noun = sentence.lower(at)
      if (!actionNouns.has(noun)) return undefined
      // "took steps" and "took measures" claim only with an adjective ("took immediate steps").
      if ((noun === 'steps' || noun === 'measures') && at === verb + 1) return undefined
      return {end: at + 1, confidence: 'high'}
    }
    case 'get':
      return causativeAt(sentence, verb)
    default:
      return undefined
  }
}

/** "got the road repaired", "had the drains cleaned": an object of one to five words, then a participle. */
function causativeAt(sentence: Sentence, verb: number): Claim | undefined {
  const object = sentence.lower(verb + 1)
  if (privateObjects.has(object) || notObjects.has(object) || sentence.tokens[verb + 1]?.kind === 'punctuation') return undefined
  for (let at = verb + 2; at <= verb + 6; at++) {
    const token = sentence.tokens[at]
    if (!token || (token.kind !== 'word' && token.kind !== 'number')) return undefined
    const participle = causative.get(token.lower)
    if (participle && token.lower !== participle && !token.lower.endsWith('ing') && verbForms(participle)[1] !== token.lower) {
      return {end: at + 1, confidence: 'high'}
    }
  }
  return undefined
}

function hasWithin(sentence: Sentence, from: number, count: number, word: string): boolean {
  for (let at = from; at < from + count && at < sentence.length; at++) {
    if (sentence.lower(at) === word) return true
    if (sentence.tokens[at]?.kind === 'punctuation') return false
  }
  return false
}

/** A past or perfect form: not the base (unless past equals base), third person or "-ing". */
function isPast(form: string, base: string, perfect: boolean): boolean {
  if (form.endsWith('ing')) return false
  if (form === verbForms(base)[1]) return false
  if (form === base) return perfect || base === 'set' || base === 'cut'
  return true
}

/** "inaugurated by me", "the directions issued by me". */
function byMe(sentence: Sentence, index: number, institution: string) {
  if (sentence.lower(index - 1) !== 'by') return undefined
  let verb = index - 2
  if (sentence.is(verb, between)) verb--
  const lower = sentence.lower(verb)
  const base = strong.get(lower) ?? weak.get(lower)
  // "the directions issued by me", not "the book given by me".
  const handed = handedOut.has(lower) && directionNouns.has(sentence.lower(verb - 1))
  if (!handed && !(base && isPast(lower, base, true))) return undefined
  const replaced = `${sentence.text(verb, index)} ${midSentence(institution)}`
  return finding(sentence, verb, index + 1, [replaced], handed || strong.has(lower) ? 'high' : 'low')
}

/** The institution as the subject replacing "I" (capitalised at sentence start). */
function subject(sentence: Sentence, index: number, institution: string): string {
  return index === 0 ? institution.charAt(0).toUpperCase() + institution.slice(1) : midSentence(institution)
}

/** Words someone else is reported to have said ("the resident said I …"). */
function attributed(sentence: Sentence, index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 12; at--) {
    if (!speechVerbs.has(sentence.lower(at))) continue
    const speaker = sentence.lower(at - 1)
    return speaker !== 'i' && speaker !== 'we'
  }
  return false
}

function finding(sentence: Sentence, start: number, end: number, expected: string[], confidence: 'high' | 'low') {
  const actual = sentence.text(start, end)
  return {
    start,
    end,
    reason: `Claims the office’s work for the writer (\`${actual}\`); make the institution the subject`,
    expected,
    confidence
  }
}

export default rule
