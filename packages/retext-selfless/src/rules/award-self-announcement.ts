/**
 * award-self-announcement: the officer announces an honour to themself
 * ("humbled to receive", "I was conferred the … award", "I felt humbled").
 * An award is reported as the institution's, with what it was for.
 *
 * A factual institutional award ("our district received the Prime
 * Minister's Award … we were evaluated under 11 schemes"), an officer
 * presenting awards to staff ("proud to recognise the outstanding work of our
 * officers") and a branch presented with an award pass. An office's own "we
 * are honoured to receive" is a weaker signal (suggestion).
 */
import type {Context} from '../context.js'
import {subjectBefore} from '../official.js'
import type {Finding, Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'

const emotions = new Set(['humbled', 'honoured', 'honored', 'proud', 'privileged', 'delighted', 'thrilled', 'elated', 'grateful', 'blessed', 'overwhelmed', 'glad', 'happy', 'excited'])
const receiveVerbs = new Set(['receive', 'accept', 'get', 'win', 'bag', 'collect', 'share'])
const passiveVerbs = new Set(['awarded', 'conferred', 'honoured', 'honored', 'presented', 'recognised', 'recognized', 'felicitated', 'named', 'selected', 'decorated', 'chosen', 'bestowed', 'given', 'received', 'won'])
const awardNouns = new Set([
  'award', 'awards', 'medal', 'medals', 'prize', 'honour', 'honor', 'trophy', 'certificate', 'commendation',
  'recognition', 'citation', 'accolade', 'accolades', 'felicitation', 'laurel', 'laurels', 'shield',
  'excellence', 'fellowship', 'padma', 'badge'
])
// Award nouns common enough in other senses ("honour", "excellence") confirm but do not anchor.
const anchors = [...awardNouns].filter((noun) => noun !== 'honour' && noun !== 'honor' && noun !== 'excellence')
// What an officer is "overwhelmed by": the public's acclaim.
const acclaim = new Set(['love', 'affection', 'blessings', 'wishes', 'warmth', 'response', 'outpouring', 'gratitude', 'adulation', 'appreciation'])
// Verbs that are an honour with no award named: "honoured to be felicitated".
const selfHonours = new Set(['felicitated', 'decorated'])
const receiptVerbs = new Set(['awarded', 'conferred', 'bestowed', 'presented', 'felicitated', 'decorated', 'received', 'won', 'bagged', 'clinched', 'given'])
const feelings = new Set(['am', 'are', "i'm", 'feel', 'felt', 'feeling', 'was', 'truly', 'deeply', 'really', 'so', 'very', 'extremely', 'immensely', 'most', 'indeed', 'absolutely', 'been', 'have'])
// Verbs whose subject receives: "I received", "DC X bagged the … award".
const activeReceipt = new Set(['received', 'won', 'bagged', 'clinched'])
const aux = new Set(['was', 'were', 'been', 'got', 'have', 'has', 'had', 'being', 'am', 'is'])
const plural = new Set(['we', "we're", "we've", 'our', 'us'])

/** An award noun in tokens `from` up to `to`. */
function awardIn(sentence: Sentence, from: number, to: number): boolean {
  for (let at = Math.max(from, 0); at < to && at < sentence.length; at++) {
    if (sentence.is(at, awardNouns)) return true
    // "named Chief of the Year".
    if (sentence.lower(at) === 'year' && sentence.lower(at - 1) === 'the' && sentence.lower(at - 2) === 'of') return true
  }
  return false
}

/** Who feels the emotion at `index`: the writer, the office ("we"), an official, or nobody we know. */
function feeler(sentence: Sentence, index: number, context: Context): 'writer' | 'office' | 'official' | undefined {
  let at = index - 1
  while (at >= 0 && at >= index - 4 && sentence.is(at, feelings)) at--
  const word = sentence.lower(at)
  // A caption that opens with the feeling: "Humbled to receive …".
  if (at < 0 || (at === index - 1 && sentence.tokens[at]?.kind !== 'word')) return 'writer'
  if (word === 'i' || word === 'me' || word === 'myself') return 'writer'
  if (plural.has(word)) return 'office'
  const subject = subjectBefore(sentence, at + 1, context)
  if (subject) return subject.kind === 'writer' ? 'writer' : 'official'
  return undefined
}

function emotion(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  const who = feeler(sentence, index, context)
  if (!who) return undefined
  // "humbled to receive", "honoured to be conferred", "proud to have won".
  if (sentence.lower(index + 1) === 'to') {
    let verb = index + 2
    const second = sentence.lower(verb)
    if (second === 'be' || second === 'have') verb++
    if (sentence.lower(verb) === 'been') verb++
    const receiving = sentence.is(verb, receiveVerbs) || ((second === 'be' || second === 'have') && sentence.is(verb, passiveVerbs))
    if (receiving && (awardIn(sentence, verb, verb + 8) || selfHonours.has(sentence.lower(verb)))) {
      const finding: Finding = {
        start: index,
        end: verb + 1,
        reason: `Announces a personal honour (\`${sentence.text(index, verb + 1)}\`); report what the institution was recognised for`,
        expected: []
      }
      return who === 'office' ? {...finding, confidence: 'low'} : finding
    }
  }
  // "Overwhelmed by the love and blessings of the people": acclaim as a feeling.
  if (lower === 'overwhelmed' && who !== 'office' && sentence.lower(index + 1) === 'by') {
    for (let at = index + 2; at < index + 5; at++) {
      if (sentence.is(at, acclaim)) {
        return {
          start: index,
          end: at + 1,
          reason: `Performs humility about personal acclaim (\`${sentence.text(index, at + 1)}\`); report the work, not the feeling`,
          expected: []
        }
      }
    }
    return undefined
  }
  // "I felt humbled", "Humbled by the love of the people".
  if (lower === 'humbled' && who !== 'office') {
    return {
      start: index,
      end: index + 1,
      reason: 'Performs humility about personal acclaim (`humbled`); report the work, not the feeling',
      expected: []
    }
  }
  return undefined
}

function receipt(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  // "conferred upon me", "presented to me".
  if ((sentence.lower(index + 1) === 'upon' || sentence.lower(index + 1) === 'on' || sentence.lower(index + 1) === 'to') && sentence.lower(index + 2) === 'me') {
    if (!awardIn(sentence, index - 6, index)) return undefined
    return {start: index, end: index + 3, reason: `Announces an honour to the writer (\`${sentence.text(index, index + 3)}\`); report what the institution was recognised for`, expected: []}
  }
  // "I was conferred the … award", "I received the … award", "DC X was awarded the … medal".
  let at = index
  if (!activeReceipt.has(lower)) {
    if (!sentence.is(at - 1, aux)) return undefined
    at--
  }
  while (at > 0 && at > index - 3 && sentence.is(at - 1, aux)) at--
  if (!awardIn(sentence, index + 1, index + 9) && !selfHonours.has(lower)) return undefined
  const subject = subjectBefore(sentence, at, context)
  if (!subject) return undefined
  return {
    start: subject.start,
    end: index + 1,
    reason: `Announces an honour to ${subject.kind === 'writer' ? 'the writer' : 'an official'} (\`${sentence.text(subject.start, index + 1)}\`); report what the institution was recognised for`,
    expected: [],
    ...(subject.kind === 'writer' ? {} : {confidence: 'low' as const})
  }
}

const rule: Rule = {
  id: 'award-self-announcement',
  category: 'personal-branding',
  severity: 'warning',
  summary: 'An official announces an honour to themself (“humbled to receive”, “I was conferred the award”).',
  note:
    'India’s AIS Conduct Rule 12 bars officers from accepting testimonials and complimentary addresses, and the US GAO calls publicity that glorifies individual officials self-aggrandizing; an award is reported as the institution’s, with what it was for.',
  sources: ['in-ais-conduct-rule-12', 'us-gao-publicity-propaganda', 'pk-influencercrats'],
  fixable: false,
  // Anchored on the award itself ("proud", "received" and "presented" are too
  // common to look up), and on "humbled", which needs no award.
  triggers: ['humbled', 'overwhelmed', ...selfHonours, ...anchors],
  // An award is announced only through a feeling ("proud to receive") or a
  // receipt verb ("was conferred"); "humbled", "overwhelmed" (both feelings),
  // "felicitated" and "decorated" are their own companions.
  companions: [...emotions, ...receiptVerbs, ...selfHonours],
  // An award noun looks for its emotion or receipt verb up to ten words back
  // or six on; the other triggers are their own companions.
  reach: 10,
  check(sentence, index, context) {
    const lower = sentence.lower(index)
    if (lower === 'humbled' || lower === 'overwhelmed') return emotion(sentence, index, context)
    if (selfHonours.has(lower)) {
      // "honoured to be felicitated", "I was felicitated by the CM".
      for (let at = index - 1; at >= 0 && at >= index - 4; at--) {
        if (emotions.has(sentence.lower(at))) return emotion(sentence, at, context)
      }
      return receipt(sentence, index, context)
    }
    // "humbled to receive the award", "I was conferred the … medal": the feeling or the verb before the award.
    for (let at = index - 1; at >= 0 && at >= index - 10; at--) {
      const word = sentence.lower(at)
      const finding = emotions.has(word) ? emotion(sentence, at, context) : receiptVerbs.has(word) ? receipt(sentence, at, context) : undefined
      if (finding) return finding
    }
    // "the medal was conferred upon me".
    for (let at = index + 1; at < sentence.length && at <= index + 6; at++) {
      if (receiptVerbs.has(sentence.lower(at)) && sentence.lower(at + 2) === 'me') return receipt(sentence, at, context)
    }
    return undefined
  }
}

export default rule
