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
import {doubled} from './doubled.js'
import {validateOptions, type Options, type Severity} from './options.js'
import {profiles} from './profiles.js'
import {report} from './report.js'
import type {Finding, Rule} from './rule.js'
import {dropCompanions, dropTriggers, pairedInReach, recordReach, resetReach, unpaired} from './reach-pairs.js'
import {DeferredSentence, Sentence, type Previous} from './sentence.js'
import {isScheme, tokenize, wordText, type QuoteState, type Token} from './tokens.js'
import {companionGuarded, guardsAt, unguarded} from './trigger-guards.js'
import {
  armed,
  byKind,
  companionBits,
  officialMask,
  ownBits,
  pairMask,
  reachMask,
  strong,
  triggersAt,
  triggersOf,
  wordSlot,
  writtenForm,
  written,
  type Anchored
} from './trigger-bits.js'

/**
 * Internal switches, for tests and benchmarks only (not exported from the
 * package): `companions: false` makes every rule run wherever its triggers
 * stand, as before companions existed; `reach: false` counts a companion
 * anywhere in the sentence, whatever the rule's `reach`; `guards: false`
 * counts a trigger whatever its neighbours, whatever the rule's `guards`.
 * They apply to plugins attached after the change.
 */
export const prefilter = {companions: true, reach: true, guards: true}

const emojiRead = byKind.has('emoji')
// Punctuation, the commonest token after words, is anchored on by no rule today.
const punctuationRead = byKind.has('punctuation')
/**
 * Whether every token kind a rule is anchored on needs a mark `scan` stops
 * at (`#`, `@`, an emoji): then a sentence scan read to its end has no such
 * token, and only scan's triggers need looking at.
 */
const kindsNeedMarks = [...byKind.keys()].every((kind) => kind === 'hashtag' || kind === 'mention' || kind === 'emoji')
const markRead = byKind.has('hashtag') || byKind.has('mention')
const emojiLike = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u
/** `emojiLike.test(value)`, without the regex for the common symbols ("$", "%", "&"): no emoji is below "©" (U+00A9). */
const mayBeEmoji = (value: string): boolean => (value.length > 1 || value.charCodeAt(0) >= 0xa9) && emojiLike.test(value)

/** Every bit: what a sentence cut short by a hashtag, mention or emoji is assumed to hold. */
const all = -1

// What `scan` finds a sentence needs.
/** No written trigger: no rule can run in it. */
const skip = 0
/** A written trigger, but no rule armed: only a later sentence may read it. */
const defer = 1
/** Tokens, and the rules `runnable` allows. */
const check = 2
/** Set by `scan` when it returns `check`: the companion bits seen (`all` for every rule). */
let runnable = 0
/**
 * Set by `scan` for `checkSentence`: the children that are triggers, with
 * their slots in the word table, so the tokens are not looked up again, and
 * the rules (bits) that need not run there (their guards failed, or no
 * companion stands within reach); a count of -1 when scan stopped early,
 * and every token must be.
 */
let triggerChildren = new Int32Array(64)
let triggerSlots = new Int32Array(64)
let triggerSkipped = new Int32Array(64)
let triggerCount = 0

/**
 * Whether a sentence needs tokens and rules, and which rules (see the
 * verdicts above). When it needs no tokens, its double quotes are carried
 * over to `quotes` in the same pass, so such a sentence costs one walk over
 * its children and, for the few words the shape filter lets through, a table
 * lookup. `windowMask`: the rules whose companions count only within their
 * reach of a trigger (see reach-pairs.ts); `guarded`: whether triggers
 * count only between the words their rules' guards allow (trigger-guards.ts),
 * read only in a sentence that is armed without them.
 */
function scan(sentence: SentenceNode, quotes: QuoteState, armedMask: number, windowMask: number, guarded: boolean): number {
  const children = sentence.children
  let open = quotes.open
  let own = 0
  let companions = 0
  let quoted = false
  // Runs of children between white space: tokens never span white space, so
  // words that many chunks apart are at least that many tokens apart (see
  // reach-pairs.ts). A run of white space counts once.
  let chunk = 0
  let lastSpace = -2
  triggerCount = 0
  resetReach()
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as SentenceContent
    const type = child.type
    if (type === 'WhiteSpaceNode') {
      if (index !== lastSpace + 1) chunk++
      lastSpace = index
      continue
    }
    if (type === 'WordNode') {
      const text = wordText(child)
      const slot = wordSlot(text)
      if (slot !== -1) {
        const bits = ownBits(slot)
        if (bits !== 0) recordTrigger(index, slot)
        // Whether a trigger is written as one matters once per sentence.
        if ((bits & written) !== 0 && (own & written) === 0 && writtenForm(text)) own |= written
        own |= bits & ~written
        const companionsHere = companionBits(slot)
        companions |= companionsHere
        if (((bits | companionsHere) & windowMask) !== 0) recordReach(index, slot, chunk, bits & windowMask, companionsHere & windowMask)
      }
    } else if (type === 'PunctuationNode') {
      // Every mark read here is one code unit: compared as a number.
      const value = child.value
      const code = value.length === 1 ? value.charCodeAt(0) : 0
      if (code === 0x22) {
        open = !open
        quoted = true
      } else if (code === 0x201c || code === 0xab || code === 0x201e) {
        open = true
        quoted = true
      } else if (code === 0x201d || code === 0xbb) {
        open = false
        quoted = true
      } else if (markRead && (code === 0x23 || code === 0x40)) return checkAllUnscanned()
    } else if (type === 'SymbolNode') {
      const value = child.value
      if (markRead && (value === '#' || value === '@')) return checkAllUnscanned()
      if (emojiRead && mayBeEmoji(value)) return checkAllUnscanned()
    }
  }

  if ((own & written) === 0) {
    quotes.open = open
    return skip
  }
  // A double quote inside a URL does not toggle the quote state the tokens
  // carry, so a sentence that may hold a URL and a quote mark is tokenized;
  // in any other, the state read here is theirs.
  if (quoted && mayHoldUrl(children)) return checkAll()
  // A rule with a reach counts its companions only near its triggers; the
  // distances are measured only when both stand somewhere in the sentence.
  let reachable = reachableIn(own, companions, windowMask)
  // Guards only take triggers away, so they are read only in a sentence
  // armed without them: most sentences with a trigger are not.
  if (armed(own, reachable, armedMask) && guarded) {
    const kept = applyGuards(children, own & ((reachable & pairMask) | armedMask | strong))
    if (kept !== -1) {
      own = kept | (own & written)
      reachable = reachableIn(own, companions, windowMask)
    }
  }
  if (!armed(own, reachable, armedMask)) {
    // (Without a quote mark, the quote state is unchanged.)
    quotes.open = open
    return defer
  }
  // A rule with a reach runs only at its triggers with a companion within
  // reach (rules that need configured officials run wherever their triggers
  // stand: their names are not in the table).
  if ((reachable & windowMask & ~armedMask) !== 0) skipUnpaired(reachable & windowMask & ~armedMask)
  runnable = reachable
  return check
}

/** Records, for each trigger, the rules among `rules` that have no companion within reach of it. */
function skipUnpaired(rules: number): void {
  for (let entry = 0; entry < triggerCount; entry++) {
    const bits = ownBits(triggerSlots[entry] as number) & rules
    if (bits !== 0) triggerSkipped[entry] = (triggerSkipped[entry] as number) | unpaired(triggerChildren[entry] as number, bits)
  }
}

/**
 * The rules with a companion where it counts: anywhere in the sentence, or
 * for a rule with a reach within reach of a trigger, measured only when
 * both stand somewhere in the sentence.
 */
function reachableIn(own: number, companions: number, windowMask: number): number {
  const inSentence = own & companions & windowMask
  return (companions & ~windowMask) | (inSentence === 0 ? 0 : pairedInReach(inSentence))
}

/**
 * Reads the guards on the sentence's triggers of the rules that arm it
 * (`arming`; trigger-guards.ts): records the rules each trigger failed for
 * `checkSentence`, takes them from its reach entry, and takes from the reach
 * entries the companions that fail their companion guards. Returns the own
 * bits the triggers keep (without `written`), or -1 when every guard read
 * was met. Another rule's guards cannot matter: it is not armed here, and
 * not run.
 */
function applyGuards(children: SentenceContent[], arming: number): number {
  let kept = 0
  let dropped = false
  for (let entry = 0; entry < triggerCount; entry++) {
    const slot = triggerSlots[entry] as number
    const bits = ownBits(slot) & ~written
    const guards = (bits & arming) === 0 ? undefined : guardsAt(slot)
    const left = guards === undefined ? bits : unguarded(bits, guards, children, triggerChildren[entry] as number)
    if (left !== bits) {
      triggerSkipped[entry] = bits & ~left
      dropTriggers(triggerChildren[entry] as number, bits & ~left)
      dropped = true
    }
    kept |= left
  }
  // Companion guards only take pairs away, which only `reachableIn` reads again.
  if ((arming & companionGuarded) !== 0 && dropCompanions(children, arming & companionGuarded)) dropped = true
  return dropped ? kept : -1
}

/** Whether a word of the sentence can start a URL (see `readUnit` in tokens.ts). */
function mayHoldUrl(children: readonly SentenceContent[]): boolean {
  for (const child of children) if (child.type === 'WordNode' && isScheme(wordText(child))) return true
  return false
}

function checkAll(): number {
  runnable = all
  return check
}

/** `checkAll` for a sentence scan left before its end: its triggers are unknown. */
function checkAllUnscanned(): number {
  triggerCount = -1
  return checkAll()
}

function recordTrigger(child: number, slot: number): void {
  if (triggerCount === triggerChildren.length) {
    triggerChildren = doubled(triggerChildren)
    triggerSlots = doubled(triggerSlots)
    triggerSkipped = doubled(triggerSkipped)
  }
  triggerChildren[triggerCount] = child
  triggerSlots[triggerCount] = slot
  triggerSkipped[triggerCount++] = 0
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

  const windowMask = prefilter.companions && prefilter.reach ? reachMask : 0
  const guarded = prefilter.companions && prefilter.guards

  const attach: Attach = {context, severities, armedMask, windowMask, guarded}
  return function (tree: Root, file: VFile): undefined {
    // nlcst nests sentences in paragraphs in the root; a direct walk over
    // those two levels costs less than a generic visit of every node.
    checkParent(tree, tree, file, attach)
  }
}

/** What one attach of the plugin decided once for every file. */
interface Attach {
  context: Context
  severities: Map<string, Severity | undefined>
  armedMask: number
  /** Rules whose companions count only within their reach of a trigger. */
  windowMask: number
  /** Whether a trigger counts for a rule only between the words the rule's guards allow. */
  guarded: boolean
}

function checkParent(parent: Root | Paragraph, tree: Root, file: VFile, attach: Attach): void {
  const quotes: QuoteState = {open: false}
  let previous: Previous | undefined
  for (const node of parent.children) {
    if (node.type === 'ParagraphNode') {
      checkParent(node, tree, file, attach)
    } else if (node.type === 'SentenceNode') {
      const open = quotes.open
      const verdict = scan(node, quotes, attach.armedMask, attach.windowMask, attach.guarded)
      if (verdict === check) {
        const sentence = new Sentence(node, tokenize(node, quotes), previous)
        checkSentence(tree, file, sentence, attach.context, attach.severities, runnable | attach.armedMask)
        previous = sentence
      } else if (verdict === defer) {
        // Rules that look back read this sentence as if it had been
        // tokenized here, with the quote state it started with.
        previous = new DeferredSentence(node, open, previous)
      } else {
        previous = node
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
  const run: Run = {tree, file, sentence, context, severities, runnable, reachedBy: undefined}
  const tokens = sentence.tokens
  if (triggerCount !== -1 && kindsNeedMarks) {
    // Scan saw every word: only its triggers can anchor a rule (tokens and
    // triggers are both in order of children, and a word token is one child).
    for (let next = 0; next < triggerCount; next++) {
      const index = tokenStartingAt(tokens, triggerChildren[next] as number)
      const token = tokens[index]
      // A word inside a URL is part of the URL's token.
      if (token === undefined || token.kind !== 'word') continue
      const candidates = triggersAt(triggerSlots[next] as number, token.text)
      if (candidates) runRules(run, candidates, index, triggerSkipped[next] as number)
    }
    return
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    const candidates = token.kind === 'word' ? triggersOf(token.lower) : token.kind === 'punctuation' && !punctuationRead ? undefined : byKind.get(token.kind)
    if (candidates) runRules(run, candidates, index, 0)
  }
}

/** One sentence's check: what its rules read and where each rule's last finding ended. */
interface Run {
  tree: Root
  file: VFile
  sentence: Sentence
  context: Context
  severities: Map<string, Severity | undefined>
  runnable: number
  /** Per rule, where its last finding in this sentence ended: no overlaps. */
  reachedBy: Map<string, number> | undefined
}

/**
 * Runs the rules anchored at token `index` and reports their findings;
 * `skipped`: the rules (bits) that need not run at this trigger.
 */
function runRules(run: Run, candidates: readonly Anchored[], index: number, skipped: number): void {
  const {sentence, context} = run
  const token = sentence.tokens[index] as Token
  for (const {rule, bit} of candidates) {
    // A rule none of whose companions is in the sentence cannot flag here,
    // nor one whose guards on this trigger failed or with no companion
    // within reach of it (`strong` for a rule without companions).
    if (bit !== 0 && (bit & run.runnable) === 0) continue
    if (((bit || strong) & skipped) !== 0) continue
    const severity = run.severities.get(rule.id)
    if (!severity) continue
    if (token.quoted && !context.quotes && !rule.readsQuotes) continue

    const finding = safeCheck(rule, sentence, index, context)
    if (!finding) continue
    run.reachedBy ??= new Map()
    if ((run.reachedBy.get(rule.id) ?? -1) > finding.start) continue
    if (isAllowed(sentence, finding, context.allow)) continue
    run.reachedBy.set(rule.id, finding.end)

    const level = finding.confidence === 'low' && !context.rules[rule.id] ? 'suggestion' : severity
    report(run.file, run.tree, sentence, rule, finding, level)
  }
}

/** The index of the token that starts at child `child`, or -1 (tokens are in order of their children). */
function tokenStartingAt(tokens: readonly Token[], child: number): number {
  let low = 0
  let high = tokens.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const first = (tokens[middle] as Token).first
    if (first === child) return middle
    if (first < child) low = middle + 1
    else high = middle - 1
  }
  return -1
}

function safeCheck(rule: Rule, sentence: Sentence, index: number, context: Context): Finding | undefined {
  const finding = rule.check(sentence, index, context)
  // An empty or out-of-range span would break `place`; the rule tests catch
  // such bugs, and linting must not throw on any text, so it is dropped.
  if (!finding || finding.start < 0 || finding.end > sentence.length || finding.start >= finding.end) return undefined
  return finding
}
