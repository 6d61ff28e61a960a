/**
 * reported-praise: the office's text relays adulation of its officer:
 * "citizens appreciated the efforts of the DC", "the media had appreciated
 * his good deeds", "the DC was given a warm welcome by the people", slogans
 * in the officer's honour ("Collector zindabad").
 *
 * Praise the officer gives others ("the CPO lauded the performance of the
 * force"), a welcome the officer extends, and the warm reception of visiting
 * officers as a group pass. "Pakistan Zindabad" is a national slogan.
 */
import type {Context} from '../context.js'
import {officialAt, officialBefore, officialWithin, pronounForOfficial, titleAt} from '../official.js'
import {verbTable} from '../lexicon/verbs.js'
import {anyOfficial, type Finding, type Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'

const praise = verbTable(['appreciate', 'praise', 'laud', 'hail', 'applaud', 'commend', 'admire', 'acclaim', 'eulogise', 'eulogize', 'thank', 'salute', 'lionise', 'lionize', 'extol', 'felicitate'])
const praisedNouns = new Set([
  'efforts', 'effort', 'work', 'works', 'deeds', 'services', 'service', 'role', 'initiative', 'initiatives',
  'leadership', 'steps', 'measures', 'performance', 'dedication', 'commitment', 'contribution',
  'contributions', 'vision', 'achievements', 'achievement', 'working', 'approach', 'style', 'interest',
  'personality', 'conduct', 'determination', 'hard'
])
const fillers = new Set(['good', 'great', 'tireless', 'untiring', 'sincere', 'excellent', 'outstanding', 'best', 'relentless', 'timely', 'valuable', 'remarkable', 'exemplary', 'dedicated'])
const praiseNouns = new Set(['praise', 'praises', 'appreciation', 'accolades', 'kudos', 'plaudits', 'gratitude'])
const passiveAux = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'got'])
const intensifiers = new Set(['widely', 'highly', 'much', 'very', 'greatly', 'also', 'warmly', 'deeply', 'well', 'lavishly', 'universally', 'publicly'])
const writerWords = new Set(['i', 'we', 'our', 'us', 'my', 'me', "i'd", "i'm", "i've", "i'll", "we'd", "we'll", "we're", "we've", 'let'])
const thanks = new Set(['thank', 'thanks', 'thanked', 'thanking'])
const clauseEnds = new Set([',', ';', ':', 'that', 'while', 'who', 'which', '(', ')'])
const welcomeAdjectives = new Set(['warm', 'grand', 'rousing', 'hearty', 'red-carpet', 'rapturous', 'tumultuous', 'royal', 'befitting', 'standing', 'floral', 'traditional', 'enthusiastic', 'huge', 'overwhelming', 'heroic', 'thunderous', 'warmest', 'hero’s', "hero's"])
const welcomeNouns = new Set(['welcome', 'reception', 'ovation', 'send-off', 'farewell'])
const received = new Set(['was', 'were', 'been', 'being', 'got', 'received', 'receives', 'receiving', 'given', 'accorded'])
// Words before "zindabad" that name an officer in Hindi and Urdu slogans.
const sloganTitles = new Set(['ziladhikari', 'collector', 'sahab', 'sahib', 'saheb', 'kaptaan', 'kaptan', 'dm', 'dc', 'sp', 'ssp', 'thanedar', 'daroga', 'commissioner', 'ji', 'sir', 'madam'])

/** The praised official right after a praise verb at `index`: its end and whether it is surely an official. */
function praisedObject(sentence: Sentence, index: number, context: Context): {end: number; sure: boolean} | undefined {
  const at = index + 1
  const word = sentence.lower(at)
  if (word === 'him' || word === 'her') {
    // "praised her": after a praise verb whose subject is not the officer.
    return {end: at + 1, sure: pronounForOfficial(sentence, at, context)}
  }
  if (word === 'his' || word === 'her') {
    let noun = at + 1
    while (noun < at + 3 && sentence.is(noun, fillers)) noun++
    if (!sentence.is(noun, praisedNouns)) return undefined
    const sure = pronounForOfficial(sentence, at, context) || officialWithin(sentence, noun + 1, noun + 6, context) !== undefined
    return {end: noun + 1, sure}
  }
  // "the efforts of DC X", "the services of the Deputy Commissioner".
  if (word === 'the') {
    let noun = at + 1
    while (noun < at + 3 && sentence.is(noun, fillers)) noun++
    if (sentence.is(noun, praisedNouns) && sentence.lower(noun + 1) === 'of') {
      const found = officialAt(sentence, noun + 2, context)
      if (found) return {end: found.end, sure: true}
    }
  }
  // "the DC", "DC X's efforts".
  const found = officialAt(sentence, at, context)
  if (!found) return undefined
  let end = found.end
  if (sentence.lower(end - 1).endsWith("'s")) {
    while (end < found.end + 2 && sentence.is(end, fillers)) end++
    if (!sentence.is(end, praisedNouns)) return undefined
    end++
  }
  return {end, sure: true}
}

/** Whether the praise verb at `index` has the officer, another official or the writer as subject. */
function praiserIsOfficial(sentence: Sentence, index: number, context: Context): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 10; at--) {
    const word = sentence.lower(at)
    if (clauseEnds.has(word)) return false
    if (writerWords.has(word)) return true
    if ((word === 'he' || word === 'she') && pronounForOfficial(sentence, at, context)) return true
    if (titleAt(sentence, at)) return true
  }
  return false
}

function active(sentence: Sentence, index: number, context: Context): Finding | undefined {
  let before = index - 1
  while (before > index - 4 && sentence.is(before, intensifiers)) before--
  if (sentence.is(before, passiveAux)) return passive(sentence, index, context)
  // "were all praise for the DC", "appreciation of the SSP's services": the noun, then its object.
  // "showered praise on the DC", "expressed gratitude to the Deputy Commissioner".
  const noun = praiseNouns.has(sentence.lower(index)) && /^(?:for|of|to|on|upon)$/.test(sentence.lower(index + 1))
  const object = praisedObject(sentence, noun ? index + 1 : index, context)
  if (!object || praiserIsOfficial(sentence, index, context)) return undefined
  // "wrote to thank her": thanks to someone not known to be an official is everyday courtesy.
  if (!object.sure && thanks.has(sentence.lower(index))) return undefined
  const finding: Finding = {
    start: index,
    end: object.end,
    reason: `Relays praise of the official (\`${sentence.text(index, object.end)}\`); report the work, not the applause`,
    expected: []
  }
  return object.sure ? finding : {...finding, confidence: 'low'}
}

/** "DC X's efforts were widely appreciated", "the DC was praised by the residents". */
function passive(sentence: Sentence, index: number, context: Context): Finding | undefined {
  let at = index - 1
  while (at > index - 4 && sentence.is(at, intensifiers)) at--
  if (!sentence.is(at, passiveAux)) return undefined
  while (at > index - 5 && sentence.is(at - 1, passiveAux)) at--
  // The subject: an official, or "his"/"the DC's" + a praised noun.
  let subject = officialBefore(sentence, at, context)?.start
  if (subject === undefined && sentence.is(at - 1, praisedNouns)) {
    let owner = at - 2
    while (owner > at - 4 && sentence.is(owner, fillers)) owner--
    const word = sentence.lower(owner)
    if ((word === 'his' || word === 'her') && pronounForOfficial(sentence, owner, context)) subject = owner
    else if (word.endsWith("'s")) subject = officialBefore(sentence, owner + 1, context)?.start
  }
  if (subject === undefined) return undefined
  // "The efforts of DC Shahid were appreciated".
  if (sentence.lower(subject - 1) === 'of' && sentence.is(subject - 2, praisedNouns)) subject = sentence.lower(subject - 3) === 'the' ? subject - 3 : subject - 2
  return {
    start: subject,
    end: index + 1,
    reason: `Relays praise of the official (\`${sentence.text(subject, index + 1)}\`); report the work, not the applause`,
    expected: []
  }
}

/** "the DC was given a warm welcome by the people", "residents accorded a rousing reception to the SSP". */
function welcome(sentence: Sentence, index: number, context: Context): Finding | undefined {
  let start = index
  if (sentence.lower(index) === 'garlanded') {
    // "the DC was garlanded", "the locals garlanded the DC"; not "the DC garlanded the winners".
    const subject = sentence.is(index - 1, passiveAux) ? officialBefore(sentence, index - 1, context) : undefined
    if (subject) return {start: subject.start, end: index + 1, reason: `Relays adulation of the official (\`${sentence.text(subject.start, index + 1)}\`); report the visit’s purpose and outcome`, expected: []}
    const object = officialAt(sentence, index + 1, context)
    if (object && !praiserIsOfficial(sentence, index, context)) return {start: index, end: object.end, reason: `Relays adulation of the official (\`${sentence.text(index, object.end)}\`); report the visit’s purpose and outcome`, expected: []}
    return undefined
  }
  if (sentence.lower(index) === 'welcomed') {
    if (!sentence.is(index - 1, intensifiers) || sentence.lower(index - 1) === 'also') return undefined
    start = index - 1
  } else {
    if (!sentence.is(index - 1, welcomeAdjectives)) return undefined
    start = index - 1
    while (start > index - 3 && (sentence.is(start - 1, welcomeAdjectives) || sentence.lower(start - 1) === 'very')) start--
  }
  // The official receives it: "the DC was given …", "… to the DC", "people warmly welcomed the DC".
  let receiver = false
  for (let at = start - 1; at >= 0 && at >= start - 12; at--) {
    if (clauseEnds.has(sentence.lower(at)) && sentence.lower(at) !== ',') break
    const found = officialAt(sentence, at, context)
    if (found && found.end <= start) {
      let passiveBetween = false
      for (let between = found.end; between < start; between++) if (sentence.is(between, received)) passiveBetween = true
      receiver = passiveBetween
      break
    }
  }
  if (!receiver) {
    let after = index + 1
    if (sentence.lower(after) === 'to' || sentence.lower(after) === 'for') after++
    else if (sentence.lower(index) !== 'welcomed') after = -1
    receiver = after !== -1 && officialAt(sentence, after, context) !== undefined
  }
  if (!receiver) return undefined
  return {
    start,
    end: index + 1,
    reason: `Relays adulation of the official (\`${sentence.text(start, index + 1)}\`); report the visit’s purpose and outcome`,
    expected: []
  }
}

/** "ziladhikari Shravasti zindabad", "slogans in favour of the DC". */
function slogan(sentence: Sentence, index: number, context: Context): Finding | undefined {
  if (sentence.lower(index) === 'zindabad') {
    // The earliest title word of the slogan: "DC sahab zindabad".
    for (let at = Math.max(0, index - 3); at < index; at++) {
      if (sentence.is(at, sloganTitles) || titleAt(sentence, at)) {
        return {start: at, end: index + 1, reason: `Relays a slogan in the official’s honour (\`${sentence.text(at, index + 1)}\`)`, expected: []}
      }
    }
    return undefined
  }
  // "slogans in favour of / in praise of the DC".
  for (let at = index + 1; at < index + 5; at++) {
    const found = officialWithin(sentence, at, at + 1, context)
    if (found && /^(?:of|praising|hailing)$/.test(sentence.lower(at - 1))) {
      return {start: index, end: found.end, reason: `Relays slogans in the official’s honour (\`${sentence.text(index, found.end)}\`)`, expected: []}
    }
  }
  return undefined
}

const rule: Rule = {
  id: 'reported-praise',
  category: 'personal-branding',
  severity: 'warning',
  summary: 'The text relays praise or adulation of an official (“citizens appreciated the efforts of the DC”, “warm welcome”, slogans).',
  note:
    'Relaying praise of an officer publishes a testimonial: India’s AIS Conduct Rule 12 bars officers from accepting testimonials and complimentary addresses, and Pakistan’s Conduct Rules (rule 7) bar demonstrations in honour of government servants.',
  sources: ['in-ais-conduct-rule-12', 'pk-conduct-rules-1964', 'us-gao-publicity-propaganda'],
  fixable: false,
  // The slogan itself is usually quoted: the rule reads quotes and skips them elsewhere.
  readsQuotes: true,
  triggers: [...praise.keys(), ...praiseNouns, ...welcomeNouns, 'welcomed', 'garlanded', 'zindabad', 'slogans', 'slogan'],
  // Praise, welcomes and slogans need the official in the sentence: named, or
  // "him", "her", "his" standing for one. "zindabad" is its own companion (its
  // slogan titles include "ji" and "sir").
  companions: [anyOfficial, 'him', 'her', 'his', 'zindabad'],
  check(sentence, index, context) {
    const lower = sentence.lower(index)
    if (lower === 'zindabad') return slogan(sentence, index, context)
    if (sentence.tokens[index]?.quoted && !context.quotes) return undefined
    if (lower === 'slogans' || lower === 'slogan') return slogan(sentence, index, context)
    if (welcomeNouns.has(lower) || lower === 'welcomed' || lower === 'garlanded') return welcome(sentence, index, context)
    return active(sentence, index, context)
  }
}

export default rule
