/**
 * follower-boast: the account reports its own audience ("1 lakh followers",
 * "gained many new followers", "our video went viral"). Audience size is not
 * public service.
 *
 * "Followers" alone is not a boast: "feed your followers" (advice) and "to
 * increase the followership" (a goal) pass, and "500 followers of the sect"
 * is a fact about someone else. Views and likes count only when they are the
 * account's own ("our video got 10,000 views"); a crime video that "went
 * viral" is news.
 */
import {officialWithin} from '../official.js'
import {anyOfficial, type Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'

const audience = new Set(['followers', 'follower', 'subscribers', 'subscriber', 'fans'])
const reactions = new Set(['likes', 'views', 'retweets', 'impressions', 'shares', 'hits', 'reactions'])
const quantities = new Set([
  'lakh', 'lakhs', 'lac', 'lacs', 'million', 'millions', 'crore', 'crores', 'thousand', 'thousands',
  'k', 'm', 'hundred', 'hundreds', 'many', 'new', 'more', 'billion'
])
const gainVerbs = new Set([
  'gained', 'gain', 'gaining', 'gathering', 'gathered', 'crossed', 'crossing', 'reached', 'reaching',
  'touched', 'hit', 'surpassed', 'celebrating', 'celebrate', 'celebrates', 'celebrated', 'achieved',
  'garnered', 'amassed', 'clocked', 'got', 'added', 'attracted', 'boasts', 'boasting', 'welcomed',
  'doubled', 'grew', 'won', 'attained', 'notched'
])
const own = new Set(['our', 'my', 'we', 'i', "we've", "i've", 'us'])
const thanks = new Set(['thank', 'thanks', 'thanking', 'grateful', 'milestone', 'gratitude'])
const viralVerbs = new Set(['went', 'gone', 'going', 'goes'])

/** Whether the token at `index` is a number: "4,400", "1Million", "10k", "1.2M". */
function isNumber(sentence: Sentence, index: number): boolean {
  const token = sentence.tokens[index]
  return token !== undefined && (token.kind === 'number' || (token.kind === 'word' && /^\d/.test(token.text)))
}

/** Where the quantity before `index` starts ("1 lakh", "100,000", "many new"), or -1. */
function quantityStart(sentence: Sentence, index: number): number {
  let at = index - 1
  let found = false
  // "5,000" is three tokens: a comma between digits belongs to the number.
  while (at >= 0 && at >= index - 5 && (isNumber(sentence, at) || sentence.is(at, quantities) || (sentence.lower(at) === ',' && isNumber(sentence, at - 1) && isNumber(sentence, at + 1)))) {
    found = true
    at--
  }
  return found ? at + 1 : -1
}

/** A gain verb at most four tokens before `index` ("gathering 100,000"). */
function gainBefore(sentence: Sentence, index: number): number {
  for (let at = index - 1; at >= 0 && at >= index - 4; at--) if (sentence.is(at, gainVerbs)) return at
  return -1
}

/** "Thank you all for 10K followers": thanks for a count make it the account's own. */
function thanked(sentence: Sentence, index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 8; at--) if (sentence.is(at, thanks)) return true
  return false
}

function ownBefore(sentence: Sentence, index: number, span: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - span; at--) if (sentence.is(at, own)) return true
  return false
}

const rule: Rule = {
  id: 'follower-boast',
  category: 'personal-branding',
  severity: 'warning',
  summary: 'The text boasts of the account’s audience (“1 lakh followers”, “went viral”).',
  note:
    'Counting followers and views turns public information into a popularity contest: the influencercrats op-ed names officers “dedicated to gaining social media likes and retweets for merely doing their jobs”, and GCS propriety asks that official social media serve government business.',
  sources: ['pk-influencercrats', 'uk-gcs-propriety', 'uk-social-media-guidance'],
  fixable: false,
  triggers: [...audience, ...reactions, 'viral', 'followed', 'most-followed', 'most-liked', 'most-viewed'],
  // "most followed", the account's own ("our", "I"), a gain ("crossed"),
  // thanks, or an official named here.
  companions: [...own, ...gainVerbs, ...thanks, anyOfficial, 'most', 'most-followed', 'most-liked', 'most-viewed'],
  // A count's owner, thanks or official up to eight words before it; the
  // other paths are within seven.
  reach: 8,
  // The first test in `check` on each of these triggers.
  guards: [
    // "the most followed account".
    {triggers: ['followed'], before: ['most']},
    // "our video went viral".
    {triggers: ['viral'], before: [...viralVerbs]},
    // "10,000 views", "1 lakh likes": a reaction counts only after its number
    // (`quantityStart`), whatever gain verb stands before.
    {triggers: [...reactions], before: [...quantities], beforeStarts: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']}
  ],
  check(sentence, index, context) {
    const lower = sentence.lower(index)
    // "the UK's most followed police force".
    if (lower === 'most-followed' || lower === 'most-liked' || lower === 'most-viewed') {
      return {start: index, end: index + 1, reason: `Boasts of the account’s audience (\`${sentence.text(index, index + 1)}\`); report the service, not the reach`, expected: []}
    }
    if (lower === 'followed') {
      if (sentence.lower(index - 1) !== 'most') return undefined
      return {start: index - 1, end: index + 1, reason: `Boasts of the account’s audience (\`${sentence.text(index - 1, index + 1)}\`); report the service, not the reach`, expected: []}
    }
    if (lower === 'viral') {
      // "our video went viral": only the account's own post.
      if (!sentence.is(index - 1, viralVerbs) || !ownBefore(sentence, index - 1, 6)) return undefined
      return {start: index - 1, end: index + 1, reason: 'Boasts that the account’s post went viral; report the message, not its reach', expected: []}
    }
    // "followers of the sect" are someone else's.
    if (sentence.lower(index + 1) === 'of') return undefined

    const quantity = quantityStart(sentence, index)
    const gain = gainBefore(sentence, index)
    if (quantity === -1 && gain === -1) return undefined
    if (reactions.has(lower) && (quantity === -1 || !ownBefore(sentence, index, 8))) return undefined
    // A bare count ("had 5,000 followers") boasts only when it is the account's own or an official's.
    if (gain === -1 && !ownBefore(sentence, index, 8) && !thanked(sentence, index) && !officialWithin(sentence, index - 8, index, context)) return undefined
    if (quantity !== -1 && quantity === index - 1 && sentence.is(quantity, quantities) && gain === -1) {
      // A lone "new followers" or "more likes" with no number and no gain is a plan, not a boast.
      return undefined
    }

    const start = gain !== -1 ? gain : quantity
    let end = index + 1
    // "… followers on Twitter".
    if (sentence.lower(end) === 'on' && sentence.capitalized(end + 1)) end += 2
    return {
      start,
      end,
      reason: `Boasts of the account’s audience (\`${sentence.text(start, end)}\`); report the service, not the reach`,
      expected: []
    }
  }
}

export default rule
