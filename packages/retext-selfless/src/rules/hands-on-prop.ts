/**
 * hands-on-prop: the officer pictured with a prop ("broom in hand", "picked up
 * a shovel") or staging a hand-out ("the DC distributed school bags among
 * students", "handed over cheques to the families", "gave away prizes").
 * Distribution is the institution's service; the officer handing it over is
 * the photo opportunity.
 *
 * Not flagged: teams and departments distributing ("the police distributed
 * ration"), instructions ("directed to distribute"), sharing out work
 * ("distributed the duties among officers"), handing over charge or custody.
 */
import {actorAfter, actorBefore, unlessCritique, type Actor} from '../cameo-actor.js'
import type {Context} from '../context.js'
import {
  concreteGifts,
  giftVerbs,
  gifts,
  handOutVerbs,
  handOverVerbs,
  nonGifts,
  propVerbs,
  props,
  recipientLead
} from '../lexicon/cameo-words.js'
import type {Finding, Rule} from '../rule.js'
import type {Sentence} from '../sentence.js'

const determiners = new Set(['a', 'an', 'the', 'his', 'her', 'my'])
// Longest object a hand-out finding spans before the recipient.
const objectReach = 7

const rule: Rule = {
  id: 'hands-on-prop',
  category: 'cameo',
  severity: 'warning',
  summary: 'The officer staged with a prop (“broom in hand”) or handing out bags, gifts, cheques or kits.',
  note:
    'Relief, kits and prizes are public services paid for with public funds, delivered by the institution; staging the officer handing them out (or holding a broom) makes a photo opportunity of the service. The UK Government Communication Service applies the test of a justifiable use of public funds to social media content and photography, and the Supreme Court of Pakistan (2022) held that projecting oneself through official material is unconstitutional.',
  sources: ['uk-gcs-propriety', 'pk-supreme-court-2022', 'pk-influencercrats'],
  fixable: false,
  triggers: [...new Set([...props, ...handOutVerbs.keys(), ...handOverVerbs.keys(), ...giftVerbs.keys()])],
  // A prop or a hand-out verb flags on its own; a gift verb needs a gift in its object.
  companions: [...props, ...handOutVerbs.keys(), ...gifts, ...concreteGifts],
  // A gift verb's gift stands in its object, which starts up to two words on
  // and is read for seven (`objectReach`); props and hand-out verbs are their
  // own companions. So no companion before the trigger counts.
  reach: {before: 0, after: 8},
  check(sentence, index, context) {
    return unlessCritique(sentence, find(sentence, index, context))
  }
}

/** The finding at `index`, before the critique check. */
function find(sentence: Sentence, index: number, context: Context): Finding | undefined {
  const lower = sentence.lower(index)
  if (props.has(lower)) return prop(sentence, index, context)
  if (handOutVerbs.has(lower)) return handOut(sentence, index, index + 1, context)
  // "handed over", "gave away", "handed out": anything on the gift list.
  const particle = sentence.lower(index + 1)
  if (particle === 'over' || particle === 'out' || particle === 'away') {
    return handOut(sentence, index, index + 2, context, gifts)
  }
  // "handed cheques to", "gave prizes to", "presented shields to": concrete gifts only
  // ("gave relief to", "presented the report" are not hand-outs; "presented with" is passive).
  if (giftVerbs.has(lower) && particle !== 'with') return handOut(sentence, index, index + 1, context, concreteGifts)
  return undefined
}

/** "broom in hand", "with a broom in his hand", "picked up a broom", "wielding a shovel". */
function prop(sentence: Sentence, index: number, context: Context): Finding | undefined {
  let start = index
  let end = index + 1
  let anchor = -1

  // "<prop> in (his|her) hand(s)".
  if (sentence.is(index + 1, 'in')) {
    let hand = index + 2
    if (sentence.is(hand, determiners)) hand++
    if (sentence.is(hand, 'hand') || sentence.is(hand, 'hands')) {
      end = hand + 1
      anchor = index
    }
  }

  // "holding a broom", "picked up a shovel", "with a broom".
  let before = index - 1
  if (sentence.is(before, determiners)) before--
  if (sentence.is(before, 'up')) before--
  if (propVerbs.has(sentence.lower(before))) {
    start = before
    anchor = before
  } else if (sentence.is(before, 'with') && anchor === -1) {
    // "swept the road with a broom": the sweeping is the act.
    anchor = before
    start = before
  } else if (anchor !== -1 && sentence.is(before, 'with')) {
    start = before
  }
  if (anchor === -1) return undefined
  if (sentence.is(anchor - 1, 'to')) return undefined

  let actor = actorBefore(sentence, anchor, context)
  // "Broom in hand, the DC joined…": a prop phrase that opens the sentence, then its hero.
  if (!actor && start === 0 && sentence.tokens[end]?.text === ',' && (end > index + 1 || sentence.is(0, 'with'))) {
    actor = actorAfter(sentence, end + 1, context, 6)
  }
  if (!actor) return undefined
  const actual = sentence.text(start, end)
  return {
    start,
    end,
    reason: `Stages the officer with a prop (\`${actual}\`); report the work and who did it`,
    expected: [],
    confidence: actor.confidence
  }
}

/** "distributed school bags among students", "handed over cheques to the families". */
function handOut(
  sentence: Sentence,
  verb: number,
  objectStart: number,
  context: Context,
  needs?: ReadonlySet<string>
): Finding | undefined {
  if (sentence.is(verb - 1, 'to')) return undefined
  // Passive "were distributed by": the institution's voice, not the officer's act.
  if (sentence.is(verb - 1, 'were') || sentence.is(verb - 1, 'was') || sentence.is(verb - 1, 'be') || sentence.is(verb - 1, 'been')) return undefined

  // The object: up to the recipient ("among", "to"), a comma after a long list, or the reach.
  let end = objectStart
  let gift = false
  let first = true
  while (end < sentence.length && end < objectStart + objectReach) {
    const token = sentence.tokens[end]
    if (!token) break
    // "1,000 food packages": a comma inside a number is not the end of the object.
    const inNumber = token.text === ',' && !token.spaced && sentence.tokens[end + 1]?.kind === 'number' && sentence.tokens[end + 1]?.spaced === false
    if (token.kind === 'punctuation' && !inNumber && token.text !== '-' && token.text !== '’' && token.text !== "'") break
    if (token.kind === 'word' && recipientLead.has(token.lower) && !first) break
    if (token.kind === 'word') {
      if (nonGifts.has(token.lower)) return undefined
      if ((needs ?? gifts).has(token.lower)) gift = true
    }
    first = false
    end++
  }
  if (end === objectStart) return undefined
  if (needs && !gift) return undefined

  const actor: Actor | undefined = actorBefore(sentence, verb, context)
  if (!actor) return undefined
  const actual = sentence.text(verb, end)
  return {
    start: verb,
    end,
    reason: `Stages the officer handing out (\`${actual}\`); say what was distributed, to whom, by which service`,
    expected: [],
    confidence: actor.confidence
  }
}

export default rule
