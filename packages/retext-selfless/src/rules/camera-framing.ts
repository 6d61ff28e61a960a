/**
 * camera-framing: the release frames the officer for the camera: "Glimpses of
 * DC's visit to…", "Pictured: DC X inspecting…", "took a selfie with
 * students", "posed for a group photo", "photo op", a 📸 on the officer's post.
 *
 * Not flagged without an official in frame ("Pictured: the new plant"), selfie
 * safety warnings ("don't take selfies near the water", "selfie points"), and
 * photographs as evidence ("a photo of the suspect").
 */
import {actorAfter, actorBefore, mayStartOfficial, unlessCritique, type Actor} from '../cameo-actor.js'
import type {Context} from '../context.js'
import {cameraEmoji, photoNouns, selfieWarnings} from '../lexicon/cameo-words.js'
import {officialAt} from '../official.js'
import {verbTable} from '../lexicon/verbs.js'
import {anyOfficial, type Finding, type Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'

const poseVerbs = verbTable(['pose'])
const shootVerbs = verbTable(['take', 'click', 'snap', 'capture'])
const framedLeads = new Set(['of', 'with', 'featuring'])
const photoOps = new Set(['op', 'ops', 'opportunity', 'opportunities', 'session', 'sessions', 'shoot'])
const determiners = new Set(['a', 'an', 'the', 'his', 'her', 'my'])
// How far an official may stand from the camera word.
const frame = 10

const rule: Rule = {
  id: 'camera-framing',
  category: 'cameo',
  severity: 'warning',
  summary: 'The release frames the officer for the camera (glimpses, pictured, selfie, photo op, 📸).',
  note:
    'Official photographs and posts should show the service, not the officer: the UK Government Communication Service says content must be a justifiable use of public funds and that “the same principle applies to social media content and photography”; the Supreme Court of Pakistan (2022) held that projecting oneself, as by one’s photograph on official documents, violates the Constitution.',
  sources: ['uk-gcs-propriety', 'pk-supreme-court-2022', 'pk-influencercrats'],
  fixable: false,
  triggers: ['glimpses', 'glimpse', 'pictured', 'selfie', 'selfies', 'reel', 'reels', 'photo-op', 'photo-ops', 'photoshoot', ...photoNouns],
  kinds: ['emoji'],
  // Glimpses, reels and photos need an official, "I" or "my" near them;
  // "pictured" and "selfie" also take a hero from an earlier sentence (a
  // surname), so they are their own companions. Emoji are kinds, never gated.
  companions: [anyOfficial, 'i', 'my', 'pictured', 'selfie', 'selfies'],
  check(sentence, index, context) {
    return unlessCritique(sentence, find(sentence, index, context))
  }
}

/** The finding at `index`, before the critique check. */
function find(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const token = sentence.tokens[index]
  if (!token) return undefined
  if (token.kind === 'emoji') return emoji(sentence, index, context)
  const lower = token.lower
  if (lower === 'glimpses' || lower === 'glimpse') return glimpses(sentence, index, context)
  if (lower === 'pictured') return pictured(sentence, index, context)
  if (lower === 'selfie' || lower === 'selfies') return selfie(sentence, index, context)
  if (lower === 'reel' || lower === 'reels') return reel(sentence, index, context)
  return photo(sentence, index, context)
}

/** "Glimpses of DC's visit to the hospital". */
function glimpses(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const official = officialNear(sentence, index, context)
  if (!official) return undefined
  return finding(sentence, index, index + 1, official.confidence, 'Glimpses')
}

/** "Pictured: DC X with…", "DC X pictured with students". */
function pictured(sentence: Sentence, index: number, context: Context): Finding | undefined {
  // "Pictured: DC X…", "Pictured (left): DC X…".
  let next = index + 1
  while (next < index + 5 && sentence.tokens[next]?.kind === 'punctuation') next++
  if (sentence.is(next, 'left') || sentence.is(next, 'right') || sentence.is(next, 'above') || sentence.is(next, 'here')) next++
  while (next < index + 7 && sentence.tokens[next]?.kind === 'punctuation') next++
  const after = actorAfter(sentence, next, context, 8)
  const before = after ? undefined : sentence.is(index - 1, 'is') || sentence.is(index - 1, 'was') || sentence.is(index - 1, 'are') ? actorBefore(sentence, index - 1, context) : actorBefore(sentence, index, context)
  const actor = after ?? before
  if (!actor) return undefined
  return finding(sentence, index, index + 1, actor.confidence, 'Pictured')
}

/** "took a selfie with students"; not "don't take selfies near the water". */
function selfie(sentence: Sentence, index: number, context: Context): Finding | undefined {
  for (let at = index - 4; at <= index + 1; at++) {
    if (at !== index && sentence.is(at, selfieWarnings)) return undefined
  }
  let start = index
  if (sentence.is(start - 1, determiners)) start--
  if (shootVerbs.has(sentence.lower(start - 1))) start--
  else start = index
  // "took a selfie" with the official as subject, or "the DC's selfie with students".
  const actor = official(sentence, start, index, context) ?? officialNear(sentence, index, context)
  if (!actor) return undefined
  return finding(sentence, start, index + 1, actor.confidence, 'selfie')
}

/** "shared a reel of the DC's visit": a weaker signal. */
function reel(sentence: Sentence, index: number, context: Context): Finding | undefined {
  for (let at = index - 3; at <= index + 1; at++) {
    if (at !== index && sentence.is(at, selfieWarnings)) return undefined
  }
  const actor = officialNear(sentence, index, context)
  if (!actor) return undefined
  return finding(sentence, index, index + 1, 'low', 'reel')
}

/** "posed for a (group) photo", "photo op", "group photo with the DC", "photos of the DC". */
function photo(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  let start = index
  let end = index + 1
  let framed = false

  if (lower === 'photo-op' || lower === 'photo-ops' || lower === 'photoshoot') framed = true
  if (sentence.is(index + 1, photoOps)) {
    framed = true
    end = index + 2
  }

  // "posed for a group photo".
  let lead = index - 1
  if (sentence.is(lead, 'group')) lead--
  if (sentence.is(lead, determiners)) lead--
  if (sentence.is(lead, 'for') && poseVerbs.has(sentence.lower(lead - 1))) {
    start = lead - 1
    framed = true
  }

  let actor: Actor | undefined
  if (framed) {
    // A photo op needs an official in sight ("the DC's photo session"), not a bare "he".
    actor = officialNear(sentence, index, context)
  } else if (sentence.is(index + 1, framedLeads) || (sentence.is(index - 1, 'group') && sentence.is(index + 1, 'with'))) {
    // "photos of the DC", "a group photo with the Commissioner".
    let at = index + 2
    if (sentence.is(at, determiners)) at++
    const found = officialAt(sentence, at, context) ?? officialAt(sentence, index + 2, context)
    if (!found) return undefined
    if (sentence.is(index - 1, 'group')) start = index - 1
    actor = {kind: 'official', start: found.start, end: found.end, confidence: 'high'}
  }
  if (!actor) return undefined
  return finding(sentence, start, end, actor.confidence, 'photo')
}

/** A camera emoji in a sentence about the officer. */
function emoji(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const token = sentence.tokens[index]
  if (!token || !cameraEmoji.has(token.text.replace(/\uFE0F/g, ''))) return undefined
  const actor = officialNear(sentence, index, context)
  if (!actor) return undefined
  return finding(sentence, index, index + 1, 'low', 'camera emoji')
}

/** The officer as the one photographed or photographing: before the device, or after it. */
function official(sentence: Sentence, start: number, end: number, context: Context): Actor | undefined {
  return actorBefore(sentence, start, context) ?? actorAfter(sentence, end, context, 8)
}

/** An official within the frame around `index`, either side (not a bare pronoun after). */
function officialNear(sentence: Sentence, index: number, context: Context): Actor | undefined {
  for (let at = Math.max(0, index - frame); at < sentence.length && at <= index + frame; at++) {
    const token = sentence.tokens[at]
    if (!token || (token.kind !== 'word' && token.kind !== 'mention')) continue
    const found = mayStartOfficial(sentence, at, context) ? officialAt(sentence, at, context) : undefined
    if (found) return {kind: 'official', start: found.start, end: found.end, confidence: 'high'}
    if (token.lower === 'i' || token.lower === 'my') return {kind: 'first-person', start: at, end: at + 1, confidence: 'high'}
  }
  return undefined
}

function finding(sentence: Sentence, start: number, end: number, confidence: 'high' | 'low', what: string): Finding {
  const actual = sentence.text(start, end)
  return {
    start,
    end,
    reason: `Frames the officer for the camera (${what}: \`${actual}\`); show and report the service instead`,
    expected: [],
    confidence
  }
}

export default rule
