/**
 * leadership-credit: the office's work is credited to one official's
 * leadership: "under the able leadership of Deputy Commissioner X",
 * "thanks to the dynamic leadership of the Commissioner", "under DC X's
 * visionary leadership", "under his leadership".
 *
 * The official must be named by a title (or be a configured official), so
 * "the government led by the Prime Minister" and praise of a politician
 * (patron-credit, a separate concern) are not this rule's. "Led by" is a
 * neutral attribution ("the team was jointly led by …") and is not flagged.
 */
import {leadershipNouns, politicalWords, praiseQualifiers} from '../lexicon/credit.js'
import {officialAtQualified, officialBefore, officialInContext, type OfficialReference} from '../official.js'
import {anyOfficial, type Finding, type Rule} from '../rule.js'
import {institutionName, matchCase, midSentence} from '../rewrite.js'
import type {Sentence} from '../sentence.js'
import type {Context} from '../context.js'

const pronouns = new Set(['his', 'her'])
// Neutral words that may also stand before the noun: "overall leadership".
const neutral = new Set(['overall', 'direct', 'personal', 'inspired', 'kind', 'sole'])

const rule: Rule = {
  id: 'leadership-credit',
  category: 'self-credit',
  severity: 'warning',
  summary: 'The office\'s work is credited to an official\'s leadership ("under the able leadership of DC X").',
  note:
    'Crediting an office\'s results to one official\'s leadership personifies public work: India\'s Supreme Court (Common Cause, 2015) objected to crediting individuals with government achievements, the US GAO bars the "individual glorification of bureaucrats", and the UK Civil Service Code puts public duty above personal interest.',
  sources: ['in-ais-conduct-rule-12', 'us-gao-publicity-propaganda', 'uk-civil-service-code'],
  fixable: true,
  triggers: [...leadershipNouns],
  // The official is named ("DC X's leadership", "leadership of the DC") or is "his"/"her".
  companions: [anyOfficial, ...pronouns],
  check(sentence, index, context) {
    let left = index - 1
    while (left > index - 4 && (sentence.is(left, praiseQualifiers) || sentence.is(left, neutral))) {
      left--
    }
    const token = sentence.tokens[left]

    // "under DC X's able leadership".
    if (token?.kind === 'word' && /'s$|s'$/.test(token.lower)) {
      const reference = officialBefore(sentence, left + 1, context)
      if (!reference) return undefined
      return credited(sentence, reference.start, index + 1, reference, context, 'high')
    }

    // "under his able leadership": the official named earlier.
    if (sentence.is(left, pronouns)) {
      const reference = officialInContext(sentence, left, context, politicalWords)
      // Without a title nearby, a pronoun still points at one person, but
      // who it is stays unknown: a weaker signal.
      if (!reference && hasPolitician(sentence, left)) return undefined
      return credited(sentence, left, index + 1, reference, context, 'low')
    }

    // "under the able leadership of DC X".
    if (sentence.lower(index + 1) !== 'of') return undefined
    const reference = officialAtQualified(sentence, index + 2, context)
    if (!reference) return undefined
    const determiner = sentence.lower(left) === 'the' ? left : left + 1
    return credited(sentence, determiner, reference.end, reference, context, 'high')
  }
}

/**
 * The finding for a leadership phrase from `from` (its determiner or
 * owner) to `end`, with the preposition before it.
 */
function credited(
  sentence: Sentence,
  from: number,
  end: number,
  reference: OfficialReference | undefined,
  context: Context,
  confidence: 'high' | 'low'
): Finding | undefined {
  const start = prepositionBefore(sentence, from)
  if (start === undefined) return undefined
  const actual = sentence.text(start, end)
  const institution = midSentence(institutionName(context, reference?.institution))
  return {
    start,
    end,
    reason: `Credits the office’s work to an official’s leadership (\`${actual}\`); name the institution`,
    expected: [matchCase(`${sentence.text(start, from)} ${institution}`.replace(/\s+/g, ' '), actual)],
    confidence
  }
}

/** "under", "thanks to", "due to", "owing to", "through", "with", "because of". */
function prepositionBefore(sentence: Sentence, at: number): number | undefined {
  const one = sentence.lower(at - 1)
  const two = sentence.lower(at - 2)
  if (one === 'under' || one === 'through' || one === 'with') return at - 1
  if (one === 'to' && (two === 'thanks' || two === 'due' || two === 'owing' || two === 'goes')) return two === 'goes' ? at - 1 : at - 2
  if (one === 'of' && two === 'because') return at - 2
  // "the result of the able leadership of …".
  if (one === 'of' && (two === 'result' || two === 'outcome' || two === 'fruit' || two === 'fruits' || two === 'product')) return at - 1
  return undefined
}

function hasPolitician(sentence: Sentence, index: number): boolean {
  for (let at = Math.max(0, index - 40); at < index; at++) if (politicalWords.has(sentence.lower(at))) return true
  const previous = sentence.previous
  if (previous) for (let at = Math.max(0, previous.length - 40); at < previous.length; at++) if (politicalWords.has(previous.lower(at))) return true
  return false
}

export default rule
