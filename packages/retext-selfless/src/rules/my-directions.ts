/**
 * my-directions: the writer credits their own orders or effort for the
 * office's work ("on my directions", "under my supervision", "thanks to my
 * efforts"). The fact stays; the credit goes to the institution.
 */
import type {Rule} from '../rule.js'
import {institutionName, matchCase, possessive} from '../rewrite.js'

// Prepositions that route credit through "my …".
const before = new Set(['on', 'upon', 'per', 'under', 'following', 'to', 'through', 'by', 'at', 'with', 'after', 'of'])
// "as per", "in line with", "in compliance with", "thanks to", "due to", "owing to".
const leading = new Set(['as', 'in', 'thanks', 'due', 'owing', 'because'])
const credit = new Set([
  'direction', 'directions', 'directive', 'directives', 'instruction', 'instructions',
  'order', 'orders', 'supervision', 'guidance', 'leadership', 'efforts', 'effort',
  'initiative', 'intervention', 'command', 'behest', 'monitoring', 'vision'
])
// "in line with", "in compliance with", "in accordance with", "in pursuance of".
const inPhrases = new Set(['line with', 'compliance with', 'accordance with', 'keeping with', 'pursuance of'])
// "according to", "pursuant to".
const toLeading = new Set(['according', 'pursuant'])
// Adjectives that may stand between "my" and the credit noun.
const qualifiers = new Set(['special', 'strict', 'clear', 'personal', 'direct', 'close', 'constant', 'specific', 'express', 'explicit', 'own', 'able', 'untiring', 'tireless', 'relentless', 'continuous'])
const personal = new Set(['personal', 'own', 'able', 'untiring', 'tireless', 'relentless'])

const rule: Rule = {
  id: 'my-directions',
  category: 'self-credit',
  severity: 'warning',
  summary: 'The writer credits their own orders or efforts ("on my directions", "under my supervision").',
  note:
    'Work done by an office is credited to the office, not to the officer who ordered it: the UK Civil Service Code puts public duty above personal interest, and Pakistan\'s Conduct Rules and India\'s AIS Conduct Rules bar officers from vindicating or publicising their own acts.',
  sources: ['uk-civil-service-code', 'pk-conduct-rules-1964', 'in-ais-conduct-rule-12'],
  fixable: true,
  triggers: ['my'],
  // The credit noun `check` requires.
  companions: [...credit],
  // The credit noun stands right after "my" and at most three qualifiers.
  reach: 4,
  // "on my (special) directions": the preposition before, a qualifier or
  // the credit noun after (the first two tests of `check`).
  guards: [{triggers: ['my'], before: [...before], after: [...qualifiers, ...credit]}],
  check(sentence, index, context) {
    let noun = index + 1
    // At most three qualifiers ("my clear, strict, personal directions"), so the check is bounded.
    while (noun < index + 4 && sentence.is(noun, qualifiers)) noun++
    if (!sentence.is(noun, credit)) return undefined

    let start = index - 1
    if (!sentence.is(start, before)) return undefined
    // "all the means at my command" is the idiom "at my disposal".
    if (sentence.lower(noun) === 'command' && sentence.lower(start) === 'at') return undefined
    // Extend over "as per", "thanks to", "due to", "in line with", "in
    // compliance with", "in accordance with", "in pursuance of".
    if (sentence.is(start - 1, leading)) start--
    else if (sentence.lower(start - 2) === 'in' && inPhrases.has(`${sentence.lower(start - 1)} ${sentence.lower(start)}`)) start -= 2

    // "to my orders" only as "according/pursuant/thanks/due to".
    if (sentence.lower(index - 1) === 'to' && start === index - 1 && !toLeading.has(sentence.lower(index - 2))) return undefined
    if (toLeading.has(sentence.lower(index - 2)) && sentence.lower(index - 1) === 'to') start = index - 2

    const actual = sentence.text(start, noun + 1)
    const owner = possessive(institutionName(context))
    // Self-praising qualifiers ("my untiring efforts") do not survive the rewrite.
    const kept: string[] = []
    for (let at = index + 1; at <= noun; at++) {
      if (!personal.has(sentence.lower(at))) kept.push(sentence.tokens[at]?.text ?? '')
    }
    const replaced = [sentence.text(start, index), owner, ...kept].join(' ')
    return {
      start,
      end: noun + 1,
      reason: `Credits the writer’s own ${sentence.lower(noun)} (\`${actual}\`); credit the office instead`,
      expected: [matchCase(replaced.replace(/\s+/g, ' '), actual)]
    }
  }
}

export default rule
