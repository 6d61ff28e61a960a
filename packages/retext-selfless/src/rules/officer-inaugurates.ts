/**
 * officer-inaugurates: a civil servant fronts a ceremony for the office's
 * routine work: "Deputy Commissioner X inaugurated the special drive", "the
 * clinic was inaugurated by the DC", "the Commissioner cut the ribbon", "the
 * DC laid the foundation stone", "DC X launched the plantation campaign".
 *
 * The corpus labels such lines as cameo (the officer as the hero of a
 * routine service event), and the first-person form ("which I inaugurated
 * today") is `first-person-credit`'s. Not flagged: politicians (no title
 * matches "Chief Minister"), and the formal opening of a meeting, session,
 * hearing or court, which is an officer's duty.
 */
import {politicalWords} from '../lexicon/credit.js'
import {verbTable} from '../lexicon/verbs.js'
import {officialAtQualified, officialBefore, officialInContext, type OfficialReference} from '../official.js'
import type {Context} from '../context.js'
import {anyOfficial, type Finding, type Rule} from '../rule.js'
import {institutionName, matchCase, midSentence} from '../rewrite.js'
import type {Sentence} from '../sentence.js'

const inaugurate = verbTable(['inaugurate', 'unveil'])
const launch = verbTable(['launch'])
const cut = new Set(['cut', 'cuts'])
const lay = new Set(['laid', 'lays', 'lay'])
// Between the subject and the verb: "DC X on Tuesday also inaugurated".
const between = new Set([
  'also', 'formally', 'today', 'yesterday', 'here', 'jointly', 'officially', 'on', 'this', 'morning',
  'evening', 'afternoon', 'later', 'earlier', 'then', 'has', 'had', 'have', 'will', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'besides', 'moreover'
])
// Openings that are an officer's duty, not a show.
const duties = new Set(['session', 'sessions', 'meeting', 'meetings', 'sitting', 'proceedings', 'hearing', 'hearings', 'court', 'poll', 'polling', 'inquiry', 'enquiry', 'investigation'])
// What is launched rather than opened.
const launched = new Set([
  'drive', 'campaign', 'programme', 'program', 'scheme', 'week', 'initiative', 'project', 'service',
  'app', 'application', 'portal', 'helpline', 'mission', 'fortnight', 'festival', 'competition',
  'plantation', 'cleanliness', 'awareness', 'vaccination', 'polio', 'anti-dengue', 'dengue', 'exhibition'
])
const subjects = new Set(['he', 'she'])
// "while inaugurating", "after inaugurating".
const frames = new Set(['while', 'when', 'on', 'after', 'before', 'during'])
// What is unveiled at a ceremony.
const unveiled = new Set(['plaque', 'plaques', 'statue', 'memorial', 'monument', 'portrait', 'mural', 'logo', 'board', 'signboard', 'emblem', 'stone', 'model', 'mascot'])

const rule: Rule = {
  id: 'officer-inaugurates',
  category: 'cameo',
  severity: 'warning',
  summary: 'An official fronts a ceremony for routine office work ("DC X inaugurated the drive").',
  note:
    'Inaugurations make an officer the face of the office\'s work: a Government of India decision calls officers performing inaugurations "inappropriate and inconsistent with the rules of detached impartiality", and the US GAO bars the "individual glorification of bureaucrats".',
  sources: ['in-ais-conduct-rule-12', 'us-gao-publicity-propaganda', 'uk-civil-service-code'],
  fixable: false,
  triggers: [...inaugurate.keys(), ...launch.keys(), 'ribbon', 'stone'],
  // Every form needs the official: named (subject or agent), or "he"/"she".
  companions: [anyOfficial, ...subjects],
  check(sentence, index, context) {
    const lower = sentence.lower(index)
    if (lower === 'ribbon') {
      if (sentence.lower(index - 1) !== 'the' || !cut.has(sentence.lower(index - 2))) return undefined
      return active(sentence, index - 2, index + 1, context, undefined)
    }
    if (lower === 'stone') {
      if (sentence.lower(index - 1) !== 'foundation' || sentence.lower(index - 2) !== 'the') return undefined
      const verb = index - 3
      if (lay.has(sentence.lower(verb))) {
        return active(sentence, verb, index + 1, context, (name) => `${name} ${sentence.text(subjectStart(sentence, verb), index + 1)}`)
      }
      // "The foundation stone of the hospital was laid by the DC".
      for (let at = index + 1; at < index + 10 && at < sentence.length; at++) {
        if (sentence.lower(at) === 'laid' && sentence.lower(at + 1) === 'by') return passive(sentence, at, context, 'laid')
      }
      return undefined
    }

    if (lower === 'inaugurating') return participle(sentence, index, context)
    const isLaunch = launch.has(lower)
    const base = inaugurate.get(lower) ?? launch.get(lower)
    if (!base || lower.endsWith('ing')) return undefined
    if (object(sentence, index + 1, duties)) return undefined
    // "launched" only for campaigns and drives ("launched an inquiry" is
    // duty); in the passive the campaign stands before the verb.
    if (isLaunch && !object(sentence, index + 1, launched) && !(sentence.lower(index + 1) === 'by' && before(sentence, index, launched))) return undefined
    // "unveiled" only for the ceremony: "unveiled the plaque", not "unveiled a plan".
    if (base === 'unveil' && !object(sentence, index + 1, unveiled) && sentence.lower(index + 1) !== 'by') return undefined
    const confidence = isLaunch ? 'low' : 'high'
    const replacement = rewriteVerb(lower, base, sentence, index)

    if (sentence.lower(index + 1) === 'by') return passive(sentence, index, context, replacement, confidence)
    return active(sentence, index, index + 1, context, (name) => [name, sentence.text(subjectStart(sentence, index), index), replacement].filter(Boolean).join(' '), confidence)
  }
}

/** Whether one of `words` is among the next few words (the object). */
function object(sentence: Sentence, from: number, words: ReadonlySet<string>): boolean {
  for (let at = from; at < from + 5; at++) {
    const token = sentence.tokens[at]
    if (!token || token.kind === 'punctuation') return false
    if (words.has(token.lower)) return true
  }
  return false
}

/** Whether one of `words` is among the six words before `index`. */
function before(sentence: Sentence, index: number, words: ReadonlySet<string>): boolean {
  for (let at = Math.max(0, index - 6); at < index; at++) if (words.has(sentence.lower(at))) return true
  return false
}

/** "inaugurated" → "opened" or "launched", in the same form. */
function rewriteVerb(lower: string, base: string, sentence: Sentence, index: number): string {
  // An institution can unveil a plaque as well as an officer can.
  if (base === 'unveil') return lower
  let campaign = base === 'launch' || object(sentence, index + 1, launched)
  // Passive: the thing launched stands before the verb.
  if (!campaign && sentence.lower(index + 1) === 'by') campaign = before(sentence, index, launched)
  const [past, third, plain] = campaign ? ['launched', 'launches', 'launch'] : ['opened', 'opens', 'open']
  if (lower.endsWith('d')) return past
  if (lower.endsWith('s')) return third
  return plain
}

/** Where the words between subject and verb start ("on Tuesday also"). */
function subjectStart(sentence: Sentence, verb: number): number {
  let at = verb
  while (at > verb - 4 && sentence.is(at - 1, between)) at--
  return at
}

/** An official (or "he" after one) as the subject of the verb at `verb`. */
function active(
  sentence: Sentence,
  verb: number,
  end: number,
  context: Context,
  rewrite: ((name: string) => string) | undefined,
  confidence: 'high' | 'low' = 'high'
): Finding | undefined {
  const subjectEnd = subjectStart(sentence, verb)
  const close = sentence.lower(subjectEnd - 1) === ',' ? subjectEnd - 1 : subjectEnd
  let reference: OfficialReference | undefined = officialBefore(sentence, close, context)
  let start = reference?.start
  if (!reference && sentence.is(subjectEnd - 1, subjects)) {
    reference = officialInContext(sentence, subjectEnd - 1, context, politicalWords)
    start = subjectEnd - 1
    confidence = 'low'
  }
  if (!reference || start === undefined) return undefined
  const institution = institutionName(context, reference.institution)
  const name = start === 0 ? institution : midSentence(institution)
  return finding(sentence, start, end, rewrite ? [rewrite(name).replace(/\s+/g, ' ')] : [], confidence)
}

/**
 * "While inaugurating the camp, DC X said …", "Inaugurating the drive, the
 * DC …", "DC X, while inaugurating …": the ceremony as the frame of the
 * official's remarks.
 */
function participle(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const before = sentence.lower(index - 1)
  const start = index === 0 ? index : frames.has(before) ? index - 1 : undefined
  if (start === undefined || object(sentence, index + 1, duties)) return undefined
  let reference: OfficialReference | undefined
  // The official before the clause ("DC X, while inaugurating …").
  const close = sentence.lower(start - 1) === ',' ? start - 1 : start
  if (close > 0) reference = officialBefore(sentence, close, context)
  // Or after it ("While inaugurating the camp, DC X said …").
  for (let at = index + 1; !reference && at < index + 15 && at < sentence.length; at++) {
    if (sentence.lower(at) === ',') {
      reference = officialAtQualified(sentence, at + 1, context)
      break
    }
  }
  if (!reference) return undefined
  const phrase = before === 'after' || before === 'before' ? `${before} the opening of` : 'at the opening of'
  const actual = sentence.text(start, index + 1)
  return finding(sentence, start, index + 1, [matchCase(phrase, actual)], 'high')
}

/** "inaugurated by Deputy Commissioner X": drop the agent. */
function passive(sentence: Sentence, verb: number, context: Context, replacement: string, confidence: 'high' | 'low' = 'high'): Finding | undefined {
  const reference = officialAtQualified(sentence, verb + 2, context)
  if (!reference) return undefined
  return finding(sentence, verb, reference.end, [replacement], confidence)
}

function finding(sentence: Sentence, start: number, end: number, expected: string[], confidence: 'high' | 'low'): Finding {
  const actual = sentence.text(start, end)
  return {
    start,
    end,
    reason: `Makes an official the face of the office’s work (\`${actual}\`); report the event, not who opened it`,
    expected,
    confidence
  }
}

export default rule
