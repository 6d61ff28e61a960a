/**
 * engagement-appeal: the account asks for reach ("like and share", "follow
 * us", "please RT", "subscribe to our channel", "tag us"). Reach for its own
 * sake is branding.
 *
 * Asking the public to pass on safety information is service, not branding:
 * a share request in a missing-person, wanted-suspect or warning post, and
 * "follow @alerts for flood warnings", pass. So do "share your feedback",
 * "follow the instructions" and "don't tag this handle".
 */
import type {Finding, Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'

const chain = new Set(['share', 'subscribe', 'comment', 'retweet', 'rt', 'follow', 'repost', 'forward'])
const joiners = new Set([',', 'and', '&', '/', '+'])
const please = new Set(['please', 'pls', 'plz', 'kindly', 'do'])
const posts = new Set(['page', 'post', 'posts', 'video', 'videos', 'tweet', 'tweets', 'channel', 'photo', 'photos', 'reel', 'reels', 'account', 'handle', 'story', 'pages', 'profile'])
const owners = new Set(['our', 'my', 'this', 'the', 'these'])
const platforms = new Set(['twitter', 'x', 'facebook', 'instagram', 'youtube', 'linkedin', 'threads', 'tiktok', 'whatsapp', 'koo', 'snapchat'])
const negations = new Set(["don't", 'dont', 'not', 'never', 'avoid', "doesn't", "didn't", 'no'])

/**
 * Words of public-safety and missing-person appeals. A share or follow
 * request near one of these passes on information the public needs.
 */
const safety = new Set([
  'missing', 'find', 'found', 'trace', 'traced', 'whereabouts', 'information', 'identify', 'identified',
  'wanted', 'suspect', 'suspects', 'lost', 'seen', 'alert', 'alerts', 'warning', 'warnings', 'advisory',
  'advisories', 'safety', 'awareness', 'emergency', 'helpline', 'blood', 'donor', 'urgent', 'flood',
  'floods', 'cyclone', 'evacuate', 'evacuation', 'scam', 'scams', 'fraud', 'fake', 'beware', 'rumour',
  'rumours', 'rumor', 'rumors', 'locate', 'traffic', 'weather', 'closures', 'diversion', 'diversions',
  'kidnapped', 'abducted', 'absconding', 'reward', 'tip', 'tips', 'crimestoppers', 'appeal',
  // Service notices the public needs: "follow @SurreyRoads for live travel updates".
  'travel', 'roadworks', 'outage', 'outages', 'disruption', 'disruptions', 'closure', 'timetable', 'schedules'
])

function safetyNear(sentence: Sentence): boolean {
  let current: Sentence | undefined = sentence
  // This sentence and up to two before it ("MISSING: … Please share.").
  for (let depth = 0; current && depth < 3; depth++) {
    for (let at = 0; at < current.length && at < 80; at++) if (current.is(at, safety)) return true
    current = current.previous
  }
  return false
}

function negated(sentence: Sentence, index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) {
    // "Don't forget to follow us" asks all the same.
    if (sentence.is(at, negations)) return sentence.lower(at + 1) !== 'forget'
  }
  return false
}

function found(sentence: Sentence, start: number, end: number): Finding {
  return {
    start,
    end,
    reason: `Asks for reach (\`${sentence.text(start, end)}\`); let the information stand on its own`,
    expected: []
  }
}

/** "like, share and subscribe": where the chain that starts after `index` ends, or -1. */
function chainEnd(sentence: Sentence, index: number): number {
  let at = index + 1
  let end = -1
  while (at < index + 9) {
    while (joiners.has(sentence.lower(at))) at++
    if (!sentence.is(at, chain)) break
    end = at + 1
    at++
  }
  return end
}

/** "on Twitter" after an appeal. */
function platformEnd(sentence: Sentence, end: number): number {
  return sentence.lower(end) === 'on' && sentence.is(end + 1, platforms) ? end + 2 : end
}

/**
 * "Like" is too common a word to look up, so appeals that open with it are
 * found from their other words: "like, share and subscribe" from "share",
 * "like our page" from "page", "hit the like button" from "button".
 */
function likeBefore(sentence: Sentence, index: number): number {
  let at = index - 1
  while (at > index - 6 && (joiners.has(sentence.lower(at)) || sentence.is(at, chain))) at--
  if (sentence.lower(at) !== 'like') return -1
  return sentence.is(at - 1, please) ? at - 1 : at
}

function likeObject(sentence: Sentence, index: number): Finding | undefined {
  // "hit the like button".
  if (sentence.lower(index) === 'button') {
    if (sentence.lower(index - 1) === 'like' && sentence.lower(index - 2) === 'the' && /^(?:hit|press|smash|click|tap)$/.test(sentence.lower(index - 3))) {
      return found(sentence, index - 3, index + 1)
    }
    return undefined
  }
  // "Please like our page", "Like this video".
  if (sentence.lower(index - 2) !== 'like' || !sentence.is(index - 1, owners)) return undefined
  const like = index - 2
  if (!(like === 0 || sentence.is(like - 1, please) || sentence.tokens[like - 1]?.kind === 'punctuation')) return undefined
  return found(sentence, sentence.is(like - 1, please) ? like - 1 : like, index + 1)
}

function share(sentence: Sentence, index: number): Finding | undefined {
  const next = sentence.lower(index + 1)
  // "share your feedback", "share information": the public speaking, not reach.
  if (next === 'your' || next === 'information' || next === 'details' || next === 'views' || next === 'of') return undefined
  const liked = likeBefore(sentence, index)
  if (liked !== -1) return found(sentence, liked, platformEnd(sentence, Math.max(chainEnd(sentence, index), index + 1)))
  // "do share" asks only at the head of a clause ("Do share!"), not in "we surely do share a future".
  const asked = sentence.is(index - 1, please) && (sentence.lower(index - 1) !== 'do' || index === 1 || sentence.tokens[index - 2]?.kind === 'punctuation')
  const imperative = index === 0 || sentence.tokens[index - 1]?.kind === 'punctuation' || sentence.tokens[index - 1]?.kind === 'emoji'
  const object = next === 'widely' || next === 'it' || (sentence.is(index + 1, owners) && sentence.is(index + 2, posts)) || (next === 'with' && /^(?:friends|family|everyone|others)$/.test(sentence.lower(index + 2)))
  if (!(asked || (imperative && (object || next === '' || next === '.' || next === '!')))) return undefined
  const start = asked ? index - 1 : index
  let end = chainEnd(sentence, index)
  if (end === -1) end = object ? (next === 'with' || sentence.is(index + 1, owners) ? index + 3 : index + 2) : index + 1
  return found(sentence, start, platformEnd(sentence, end))
}

function retweet(sentence: Sentence, index: number): Finding | undefined {
  const next = sentence.tokens[index + 1]
  // "RT @user: …" marks a retweet, it asks for nothing.
  if (next?.kind === 'mention') return undefined
  const liked = likeBefore(sentence, index)
  if (liked !== -1) return found(sentence, liked, Math.max(chainEnd(sentence, index), index + 1))
  const asked = sentence.is(index - 1, please)
  const after = next !== undefined && (please.has(next.lower) || next.lower === 'this' || next.lower === 'and' || next.lower === '&' || next.lower === 'it')
  if (!asked && !after) return undefined
  const start = asked ? index - 1 : index
  let end = chainEnd(sentence, index)
  if (end === -1) end = next && (please.has(next.lower) || next.lower === 'this' || next.lower === 'it') ? index + 2 : index + 1
  return found(sentence, start, end)
}

function follow(sentence: Sentence, index: number): Finding | undefined {
  // "give us a follow".
  if (sentence.lower(index - 1) === 'a' && (sentence.lower(index - 2) === 'us' || sentence.lower(index - 2) === 'me') && /^(?:give|gives|giving)$/.test(sentence.lower(index - 3))) {
    return found(sentence, index - 3, index + 1)
  }
  const next = sentence.tokens[index + 1]
  if (!next) return undefined
  let end: number
  if (next.lower === 'us' || next.lower === 'me') end = index + 2
  else if (next.kind === 'mention') end = index + 2
  else if (sentence.is(index + 1, owners) && (sentence.is(index + 2, posts) || sentence.is(index + 2, platforms))) end = index + 3
  else return undefined
  // "follow our Twitter account @handle".
  if (sentence.is(end, posts)) end++
  if (sentence.tokens[end]?.kind === 'mention' && sentence.tokens[end - 1]?.kind !== 'mention') end++
  if (negated(sentence, index)) return undefined
  // "follow us to the station": a direction, not an appeal.
  if (sentence.lower(end) === 'to' || sentence.lower(end) === 'into') return undefined
  const start = sentence.is(index - 1, please) ? index - 1 : index
  return found(sentence, start, platformEnd(sentence, end))
}

function subscribe(sentence: Sentence, index: number): Finding | undefined {
  const liked = likeBefore(sentence, index)
  if (liked !== -1) return found(sentence, liked, Math.max(chainEnd(sentence, index), index + 1))
  let at = index + 1
  if (sentence.lower(at) === 'to') at++
  if (!(sentence.is(at, owners) && (sentence.is(at + 1, posts) || sentence.is(at + 1, platforms)))) return undefined
  let end = at + 2
  if (sentence.is(at + 1, platforms) && sentence.lower(end) === 'channel') end++
  const start = sentence.is(index - 1, please) ? index - 1 : index
  return found(sentence, start, end)
}

function tag(sentence: Sentence, index: number): Finding | undefined {
  if (negated(sentence, index)) return undefined
  const next = sentence.lower(index + 1)
  let end = -1
  for (let at = index + 1; at <= index + 3; at++) {
    if (sentence.tokens[at]?.kind === 'hashtag' || sentence.tokens[at]?.kind === 'mention') {
      end = at + 1
      break
    }
  }
  if (end === -1 && /^(?:us|a|your|yourself|our|three|two|friends)$/.test(next)) end = next === 'a' || next === 'your' || next === 'our' ? index + 3 : index + 2
  if (end === -1) return undefined
  // "Tweet us & tag it #myNYPD".
  let start = sentence.is(index - 1, please) ? index - 1 : index
  if (joiners.has(sentence.lower(start - 1)) && sentence.lower(start - 2) === 'us' && /^(?:tweet|message|dm|mention)$/.test(sentence.lower(start - 3))) start -= 3
  return found(sentence, start, end)
}

const rule: Rule = {
  id: 'engagement-appeal',
  category: 'personal-branding',
  severity: 'warning',
  summary: 'The text asks for likes, shares, follows or retweets (“like and share”, “follow us”, “please RT”).',
  note:
    'Official accounts exist to inform, not to chase reach: the influencercrats op-ed faults officers “dedicated to gaining social media likes and retweets”, and GCS propriety requires social media content to be relevant to government responsibilities.',
  sources: ['pk-influencercrats', 'uk-gcs-propriety', 'uk-social-media-guidance'],
  fixable: false,
  triggers: ['share', 'retweet', 'rt', 'follow', 'subscribe', 'tag', 'page', 'video', 'channel', 'button'],
  // "like …", "follow us", "follow our page", "subscribe to our channel" (a
  // mention or hashtag makes the plugin read the sentence anyway). "share",
  // "retweet", "rt" and "tag" can ask on their own ("Share!"), and "page",
  // "video" and "channel" are post words: their own companions.
  companions: ['like', 'share', 'retweet', 'rt', 'tag', 'us', 'me', ...posts, ...platforms],
  // "like, comment, follow and subscribe": "like" up to six words before
  // "subscribe"; every other appeal holds its companion within three. ("Follow
  // @handle" needs none: a sentence with a mention is always read whole.)
  reach: 6,
  check(sentence, index) {
    const lower = sentence.lower(index)
    let finding: Finding | undefined
    if (lower === 'page' || lower === 'video' || lower === 'channel' || lower === 'button') finding = likeObject(sentence, index)
    else if (lower === 'share') finding = share(sentence, index)
    else if (lower === 'retweet' || lower === 'rt') finding = retweet(sentence, index)
    else if (lower === 'follow') finding = follow(sentence, index)
    else if (lower === 'subscribe') finding = subscribe(sentence, index)
    else finding = tag(sentence, index)
    if (!finding || safetyNear(sentence)) return undefined
    return finding
  }
}

export default rule
