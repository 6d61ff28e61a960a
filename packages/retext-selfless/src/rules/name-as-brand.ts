/**
 * name-as-brand: the office's work is branded with the officer's name or
 * post ("CP Bala's special squad", "the brainchild of DC X", "the DC Cup").
 * The squad, the scheme and the trophy belong to the institution.
 *
 * Credit chains ("on the initiative of DC X", "the DC's directions") are the
 * self-credit rules' business and are left to them; the DC's office, car or
 * team are facts, not brands.
 */
import type {Context} from '../context.js'
import {officialBefore, officialWithin, titleAt} from '../official.js'
import {possessive} from '../rewrite.js'
import {anyOfficial, type Finding, type Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'

// Things a handout brands with the officer's name.
const brandNouns = new Set([
  'squad', 'squads', 'model', 'brand', 'formula', 'app', 'brainchild', 'trophy', 'cup',
  'shield', 'tournament', 'league'
])
// Words that may stand between the possessive and the noun: "CP Bala's special squad".
const between = new Set(['own', 'special', 'pet', 'signature', 'flagship', 'famous', 'new', 'unique', 'innovative'])
const trophies = new Set(['trophy', 'cup', 'shield', 'tournament', 'league'])

function reason(text: string): string {
  return `Brands the office’s work with an official (\`${text}\`); name the scheme or the institution`
}

/** "CP Bala's special squad", "the DC's brainchild". */
function possessed(sentence: Sentence, index: number, context: Context): Finding | undefined {
  let owner = index - 1
  while (owner > index - 3 && sentence.is(owner, between)) owner--
  if (!sentence.lower(owner).endsWith("'s")) return undefined
  const found = officialBefore(sentence, owner + 1, context)
  if (!found) return undefined
  const rest = sentence.text(owner + 1, index + 1)
  // "the police's special squad"; capitalised at the start of a sentence.
  let institution = possessive(found.institution)
  if (found.start === 0) institution = institution.charAt(0).toUpperCase() + institution.slice(1)
  const replaced = `${institution} ${rest}`
  return {
    start: found.start,
    end: index + 1,
    reason: reason(sentence.text(found.start, index + 1)),
    expected: sentence.lower(index) === 'brainchild' ? [] : [replaced]
  }
}

/** "the brainchild of Deputy Commissioner X". */
function brainchild(sentence: Sentence, index: number, context: Context): Finding | undefined {
  if (sentence.lower(index + 1) !== 'of') return undefined
  const found = officialWithin(sentence, index + 2, index + 3, context)
  if (!found) return undefined
  return {start: index, end: found.end, reason: reason(sentence.text(index, found.end)), expected: []}
}

/** "the DC Cup", "SSP Trophy": a trophy named after the post. */
function trophy(sentence: Sentence, index: number): Finding | undefined {
  if (!sentence.capitalized(index)) return undefined
  for (let at = index - 1; at >= 0 && at >= index - 4; at--) {
    const title = titleAt(sentence, at)
    if (title && title.end === index) {
      return {
        start: at,
        end: index + 1,
        reason: reason(sentence.text(at, index + 1)),
        expected: [],
        confidence: 'low'
      }
    }
  }
  return undefined
}

const rule: Rule = {
  id: 'name-as-brand',
  category: 'personal-branding',
  severity: 'warning',
  summary: 'The office’s work is branded with an official’s name or post (“CP Bala’s special squad”, “the DC Cup”).',
  note:
    'A squad, scheme or trophy named after the officer personifies the institution’s work, as India’s Supreme Court warned in Common Cause (2015); Pakistan’s Conduct Rules bar demonstrations in honour of government servants, and the US GAO calls such publicity self-aggrandizing.',
  sources: ['pk-conduct-rules-1964', 'pk-supreme-court-2022', 'us-gao-publicity-propaganda'],
  fixable: false,
  triggers: [...brandNouns],
  // The brand is an official's: "DC X's squad", "brainchild of the DC", "the DC Cup".
  companions: [anyOfficial],
  check(sentence, index, context) {
    const lower = sentence.lower(index)
    // "the DC's brand new office".
    if (lower === 'brand' && sentence.lower(index + 1) === 'new') return undefined
    const owned = possessed(sentence, index, context)
    if (owned) return owned
    if (lower === 'brainchild') return brainchild(sentence, index, context)
    if (trophies.has(lower)) return trophy(sentence, index)
    return undefined
  }
}

export default rule
