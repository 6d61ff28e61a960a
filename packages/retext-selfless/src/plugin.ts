/**
 * The retext plugin: validates options once, then for each sentence looks
 * every token up in the trigger map and runs only the rules anchored there.
 * A prefilter (`scan`) decides from the words alone, before any tokens are
 * built, whether any rule can flag in a sentence.
 */
import type {Paragraph, Root, Sentence as SentenceNode, SentenceContent} from 'nlcst'
import type {VFile} from 'vfile'
import {isAllowed} from './allow.js'
import {allRules} from './catalogue.js'
import {createContext, type Context} from './context.js'
import {validateOptions, type Options, type Severity} from './options.js'
import {profiles} from './profiles.js'
import {report} from './report.js'
import {anyOfficial, officialWords, type Finding, type Rule} from './rule.js'
import {DeferredSentence, Sentence, type Previous} from './sentence.js'
import {normalize, tokenize, wordText, type QuoteState, type Token, type TokenKind} from './tokens.js'

// Built once at module load: an engine attaches the plugin again for every file.
// Each rule comes with its trigger bit when it has companions (else 0).
interface Anchored {
  rule: Rule
  bit: number
}
const companionRules = allRules.filter((rule) => rule.companions !== undefined)
const triggerBit = (k: number): number => 1 << (k + 2)
const byTrigger = new Map<string, Anchored[]>()
const byKind = new Map<TokenKind, Anchored[]>()
for (const rule of allRules) {
  const k = companionRules.indexOf(rule)
  const anchored = {rule, bit: k === -1 ? 0 : triggerBit(k)}
  for (const trigger of rule.triggers ?? []) push(byTrigger, trigger, anchored)
  for (const kind of rule.kinds ?? []) push(byKind, kind, {rule, bit: 0})
}

/**
 * What a word tells the prefilter, as bits of one number so that a sentence
 * costs one map lookup per word:
 *
 * - `written`: the word, as written, is a trigger in lowercase, capitalised
 *   or uppercase form, with either apostrophe. A sentence without one (and
 *   without a hashtag, mention or emoji a rule reads) was always skipped, and
 *   still is, exactly as before.
 * - `strong`: a trigger of a rule without companions.
 * - `trigger(k)` and `companion(k)`: a trigger and a companion of the k-th
 *   rule with companions. Such a rule can flag only where both stand.
 *
 * A sentence with a written trigger is tokenized only when a strong trigger
 * or a trigger–companion pair of one rule stands in it (or a double quote,
 * see `scan`); otherwise no rule can flag in it. In a tokenized sentence,
 * a rule with companions runs only when one of them stands there too.
 */
const written = 1
const strong = 2
const companionShift = 16
if (companionRules.length > companionShift - 2) throw new Error('Too many rules with companions for the prefilter bits')
const pairMask = companionRules.reduce((mask, _, k) => mask | triggerBit(k), 0)
/** Rules whose companions include configured officials, as trigger bits. */
const officialMask = companionRules.reduce((mask, rule, k) => (rule.companions?.includes(anyOfficial) ? mask | triggerBit(k) : mask), 0)

/** Bits of each lowercase word (a token's `lower`). */
const lowerBits = new Map<string, number>()
const addBits = (word: string, bits: number): void => {
  lowerBits.set(word, (lowerBits.get(word) ?? 0) | bits)
}
for (const rule of allRules) {
  const k = companionRules.indexOf(rule)
  for (const trigger of rule.triggers ?? []) addBits(trigger, k === -1 ? strong : triggerBit(k))
  for (const word of rule.companions ?? []) {
    if (word === anyOfficial) {
      for (const official of officialWords) addBits(official, triggerBit(k) << companionShift)
    } else {
      addBits(word, triggerBit(k) << companionShift)
    }
  }
}

/**
 * The same bits by written form (lowercase, capitalised, uppercase, either
 * apostrophe), plus `written` exactly where the form is a written trigger.
 * A form is only listed when it normalises back to its word; any other
 * spelling ("mY", "DC's") is normalised when met, see `oddlyCased`.
 */
const writtenBits = new Map<string, number>()
for (const trigger of byTrigger.keys()) {
  for (const form of [trigger, trigger.charAt(0).toUpperCase() + trigger.slice(1), trigger.toUpperCase()]) {
    writtenBits.set(form, written)
    writtenBits.set(form.replaceAll("'", '’'), written)
  }
}
for (const [word, bits] of lowerBits) {
  for (const cased of [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()]) {
    for (const form of [cased, cased.replaceAll("'", '’')]) {
      if (normalize(form) === word) writtenBits.set(form, (writtenBits.get(form) ?? 0) | bits)
    }
  }
}

/**
 * A cheap filter before the map, by shape: whether any key has this length
 * and these first two, second and third, or last two characters, or these
 * first two and this last character (ASCII letters folded to lowercase).
 * About five words in six fail it on State of the Union text and cost no
 * hashing at all. Keys must be ASCII (lowercasing keeps an ASCII word's
 * length and letters); a position holding a non-ASCII character (`’`, say)
 * is not tested.
 */
const maxLength = 31
const heads = new Uint32Array(128 * 128)
const middles = new Uint32Array(128 * 128)
const tails = new Uint32Array(128 * 128)
// By first two characters: the last character, folded to five bits.
const ends = new Uint32Array(128 * 128)
const shapeOf = (c0: number, c1: number): number => ((c0 | 32) << 7) | (c1 | 32)
for (const key of [...writtenBits.keys(), ...lowerBits.keys()]) {
  if (!/^[\x00-\x7f]*$/.test(key.replaceAll('’', "'")) || key.length > maxLength) {
    throw new Error(`Prefilter keys must be ASCII words of at most ${maxLength} characters: ${key}`)
  }
  const bit = 1 << key.length
  const c0 = key.charCodeAt(0)
  const c1 = key.length > 1 ? key.charCodeAt(1) : 0
  if (c0 < 128 && c1 < 128) heads[shapeOf(c0, c1)] = (heads[shapeOf(c0, c1)] as number) | bit
  const c2 = key.length > 2 ? key.charCodeAt(2) : 0
  if (c1 < 128 && c2 < 128) middles[shapeOf(c1, c2)] = (middles[shapeOf(c1, c2)] as number) | bit
  const z = key.charCodeAt(key.length - 1)
  const y = key.length > 1 ? key.charCodeAt(key.length - 2) : 0
  if (z < 128 && y < 128) tails[shapeOf(y, z)] = (tails[shapeOf(y, z)] as number) | bit
  if (c0 < 128 && c1 < 128 && z < 128) ends[shapeOf(c0, c1)] = (ends[shapeOf(c0, c1)] as number) | (1 << ((z | 32) & 31))
}

/**
 * Whether `text` may be a key in some case: false only for a word whose
 * first three, or last two, characters are ASCII and, with that length (or
 * that last character), match no key.
 */
function mayBeKey(text: string): boolean {
  const length = text.length
  if (length > maxLength) return false
  const bit = 1 << length
  const c0 = text.charCodeAt(0)
  const c1 = length > 1 ? text.charCodeAt(1) : 0
  if (c0 < 128 && c1 < 128 && ((heads[shapeOf(c0, c1)] as number) & bit) === 0) return false
  const c2 = length > 2 ? text.charCodeAt(2) : 0
  if (c1 < 128 && c2 < 128 && ((middles[shapeOf(c1, c2)] as number) & bit) === 0) return false
  const z = text.charCodeAt(length - 1)
  if (c0 < 128 && c1 < 128 && z < 128 && ((ends[shapeOf(c0, c1)] as number) & (1 << ((z | 32) & 31))) === 0) return false
  const y = length > 1 ? text.charCodeAt(length - 2) : 0
  return !(z < 128 && y < 128 && ((tails[shapeOf(y, z)] as number) & bit) === 0)
}

/** The bits of a word as written; a miss that may still normalise to a key is normalised. */
function bitsOf(text: string): number {
  if (!mayBeKey(text)) return 0
  const found = writtenBits.get(text)
  if (found !== undefined) return found
  // Words spelt in another case ("mY", "DC's") or with `‘` are found normalised.
  return oddlyCased(text) ? ((lowerBits.get(normalize(text)) ?? 0) & ~written) : 0
}

/**
 * Internal switches, for tests and benchmarks only (not exported from the
 * package): `companions: false` makes every rule run wherever its triggers
 * stand, as before companions existed; it applies to plugins attached after
 * the change.
 */
export const prefilter = {companions: true}

const emojiRead = byKind.has('emoji')
const markRead = byKind.has('hashtag') || byKind.has('mention')
const emojiLike = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u

/** Every bit: what a sentence cut short by a hashtag, mention or emoji is assumed to hold. */
const all = -1
/** A sentence without a written trigger (`scan` result): no rule can run in it. */
const skip = 0

/**
 * Whether a sentence needs tokens and rules, and which rules: the bits of
 * its words (`all` when a hashtag, mention or emoji ends the scan early), or
 * `skip` when it has no written trigger. When it needs no tokens (`skip`, or
 * no rule `armed`), its double quotes are carried over to `quotes` in the
 * same pass, so such a sentence costs one walk over its children and, for
 * the few words the shape filter lets through, a map lookup.
 */
function scan(sentence: SentenceNode, quotes: QuoteState): number {
  const children = sentence.children
  let open = quotes.open
  let bits = 0
  let quoted = false
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as SentenceContent
    if (child.type === 'WordNode') {
      bits |= bitsOf(wordText(child))
    } else if (child.type === 'PunctuationNode') {
      const value = child.value
      if (value === '"') {
        open = !open
        quoted = true
      } else if (value === '“' || value === '«' || value === '„') {
        open = true
        quoted = true
      } else if (value === '”' || value === '»') {
        open = false
        quoted = true
      } else if (markRead && (value === '#' || value === '@')) return all
    } else if (child.type === 'SymbolNode') {
      const value = child.value
      if (markRead && (value === '#' || value === '@')) return all
      if (emojiRead && emojiLike.test(value)) return all
    }
  }

  if ((bits & written) === 0) {
    quotes.open = open
    return skip
  }
  // A double quote: tokens carry the quote state exactly (a quote mark
  // inside a URL does not toggle it), so such a sentence is tokenized.
  if (quoted) return all
  return bits
}

/** Whether a strong trigger, or a trigger and companion of one rule, were seen. */
function armed(bits: number, armedMask: number): boolean {
  return (bits & strong) !== 0 || (bits & armedMask) !== 0 || (bits & (bits >>> companionShift) & pairMask) !== 0
}

/** Whether normalising `text` may give another word: a capital after the first letter, or non-ASCII. */
function oddlyCased(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > 127 || (index > 0 && code >= 65 && code <= 90)) return true
  }
  return false
}

function push<K>(map: Map<K, Anchored[]>, key: K, anchored: Anchored): void {
  const list = map.get(key)
  if (list) list.push(anchored)
  else map.set(key, [anchored])
}

/**
 * Check official text for self-promotion: self-credit, cameo framing and
 * personal branding.
 */
export default function retextSelfless(options?: Options | null | undefined) {
  const context = createContext(validateOptions(options))
  const severities = resolveSeverities(context)
  // Configured officials are companions too: rules that need an official
  // then run wherever their triggers stand.
  const armedMask = !prefilter.companions
    ? pairMask
    : context.officialNames.length > 0 || context.officialHandles.size > 0
      ? officialMask
      : 0

  return function (tree: Root, file: VFile): undefined {
    // nlcst nests sentences in paragraphs in the root; a direct walk over
    // those two levels costs less than a generic visit of every node.
    checkParent(tree)

    function checkParent(parent: Root | Paragraph): void {
      const quotes: QuoteState = {open: false}
      let previous: Previous | undefined
      for (const node of parent.children) {
        if (node.type === 'ParagraphNode') {
          checkParent(node)
        } else if (node.type === 'SentenceNode') {
          const open = quotes.open
          const bits = scan(node, quotes)
          if (bits !== skip && armed(bits, armedMask)) {
            const sentence = new Sentence(node, tokenize(node, quotes), previous)
            checkSentence(tree, file, sentence, context, severities, (bits >>> companionShift) | armedMask)
            previous = sentence
          } else if (bits !== skip) {
            // Rules that look back read this sentence as if it had been
            // tokenized here, with the quote state it started with.
            previous = new DeferredSentence(node, open, previous)
          } else {
            previous = node
          }
        }
      }
    }
  }
}

/** Each rule's severity for this attach, or `undefined` when off. */
function resolveSeverities(context: Context): Map<string, Severity | undefined> {
  const profile = profiles[context.speaker]
  const result = new Map<string, Severity | undefined>()
  for (const rule of allRules) {
    const setting = context.rules[rule.id] ?? profile[rule.id] ?? rule.severity
    result.set(rule.id, setting === 'off' ? undefined : setting)
  }
  return result
}

function checkSentence(
  tree: Root,
  file: VFile,
  sentence: Sentence,
  context: Context,
  severities: Map<string, Severity | undefined>,
  runnable: number
): void {
  // Per rule, where its last finding in this sentence ended: no overlaps.
  let reachedBy: Map<string, number> | undefined
  const tokens = sentence.tokens

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    let candidates: readonly Anchored[] | undefined
    if (token.kind === 'word') {
      // The shape filter of `bitsOf`: most words are no trigger, and cost no hashing.
      if (!mayBeKey(token.lower)) continue
      candidates = byTrigger.get(token.lower)
    } else {
      candidates = byKind.get(token.kind)
    }
    if (!candidates) continue

    for (const {rule, bit} of candidates) {
      // A rule none of whose companions is in the sentence cannot flag here.
      if (bit !== 0 && (bit & runnable) === 0) continue
      const severity = severities.get(rule.id)
      if (!severity) continue
      if (token.quoted && !context.quotes && !rule.readsQuotes) continue

      const finding = safeCheck(rule, sentence, index, context)
      if (!finding) continue
      reachedBy ??= new Map()
      if ((reachedBy.get(rule.id) ?? -1) > finding.start) continue
      if (isAllowed(sentence, finding, context.allow)) continue
      reachedBy.set(rule.id, finding.end)

      const level = finding.confidence === 'low' && !context.rules[rule.id] ? 'suggestion' : severity
      report(file, tree, sentence, rule, finding, level)
    }
  }
}

function safeCheck(rule: Rule, sentence: Sentence, index: number, context: Context): Finding | undefined {
  const finding = rule.check(sentence, index, context)
  // An empty or out-of-range span would break `place`; the rule tests catch
  // such bugs, and linting must not throw on any text, so it is dropped.
  if (!finding || finding.start < 0 || finding.end > sentence.length || finding.start >= finding.end) return undefined
  return finding
}
