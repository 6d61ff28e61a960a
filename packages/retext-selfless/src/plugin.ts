/**
 * The retext plugin: validates options once, then for each sentence looks
 * every token up in the trigger map and runs only the rules anchored there.
 */
import type {Paragraph, Root, Sentence as SentenceNode} from 'nlcst'
import type {VFile} from 'vfile'
import {isAllowed} from './allow.js'
import {allRules} from './catalogue.js'
import {createContext, type Context} from './context.js'
import {validateOptions, type Options, type Severity} from './options.js'
import {profiles} from './profiles.js'
import {report} from './report.js'
import type {Finding, Rule} from './rule.js'
import {Sentence} from './sentence.js'
import {tokenize, wordText, type QuoteState, type TokenKind} from './tokens.js'

// Built once at module load: an engine attaches the plugin again for every file.
const byTrigger = new Map<string, Rule[]>()
const byKind = new Map<TokenKind, Rule[]>()
for (const rule of allRules) {
  for (const trigger of rule.triggers ?? []) push(byTrigger, trigger, rule)
  for (const kind of rule.kinds ?? []) push(byKind, kind, rule)
}

/**
 * Trigger words as they are written: lowercase, capitalised and uppercase,
 * with either apostrophe. A sentence none of whose words is in this set (and
 * that has no hashtag, mention or emoji a rule reads) is skipped without
 * building tokens: most sentences of ordinary prose are, which keeps the
 * plugin's cost close to a map lookup per word.
 */
const writtenTriggers = new Set<string>()
for (const trigger of byTrigger.keys()) {
  for (const form of [trigger, trigger.charAt(0).toUpperCase() + trigger.slice(1), trigger.toUpperCase()]) {
    writtenTriggers.add(form)
    writtenTriggers.add(form.replaceAll("'", '’'))
  }
}
const emojiRead = byKind.has('emoji')
const markRead = byKind.has('hashtag') || byKind.has('mention')
const emojiLike = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u

/**
 * Whether any rule may match in the sentence. When none can, the sentence's
 * double quotes are carried over to `quotes` in the same pass, so a skipped
 * sentence costs one walk over its children and a set lookup per word.
 */
function mayMatch(sentence: SentenceNode, quotes: QuoteState): boolean {
  let open = quotes.open
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      if (writtenTriggers.has(wordText(child))) return true
    } else if (child.type === 'PunctuationNode') {
      const value = child.value
      if (value === '"') open = !open
      else if (value === '“' || value === '«' || value === '„') open = true
      else if (value === '”' || value === '»') open = false
      else if (markRead && (value === '#' || value === '@')) return true
    } else if (child.type === 'SymbolNode') {
      const value = child.value
      if (markRead && (value === '#' || value === '@')) return true
      if (emojiRead && emojiLike.test(value)) return true
    }
  }
  quotes.open = open
  return false
}

function push<K>(map: Map<K, Rule[]>, key: K, rule: Rule): void {
  const list = map.get(key)
  if (list) list.push(rule)
  else map.set(key, [rule])
}

/**
 * Check official text for self-promotion: self-credit, cameo framing and
 * personal branding.
 */
export default function retextSelfless(options?: Options | null | undefined) {
  const context = createContext(validateOptions(options))
  const severities = resolveSeverities(context)

  return function (tree: Root, file: VFile): undefined {
    // nlcst nests sentences in paragraphs in the root; a direct walk over
    // those two levels costs less than a generic visit of every node.
    checkParent(tree)

    function checkParent(parent: Root | Paragraph): void {
      const quotes: QuoteState = {open: false}
      let previous: Sentence | SentenceNode | undefined
      for (const node of parent.children) {
        if (node.type === 'ParagraphNode') {
          checkParent(node)
        } else if (node.type === 'SentenceNode') {
          if (mayMatch(node, quotes)) {
            const sentence = new Sentence(node, tokenize(node, quotes), previous)
            checkSentence(tree, file, sentence, context, severities)
            previous = sentence
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
  severities: Map<string, Severity | undefined>
): void {
  // Per rule, where its last finding in this sentence ended: no overlaps.
  let reachedBy: Map<string, number> | undefined

  sentence.tokens.forEach((token, index) => {
    const candidates =
      token.kind === 'word' ? byTrigger.get(token.lower) : byKind.get(token.kind)
    if (!candidates) return

    for (const rule of candidates) {
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
  })
}

function safeCheck(rule: Rule, sentence: Sentence, index: number, context: Context): Finding | undefined {
  const finding = rule.check(sentence, index, context)
  // An empty or out-of-range span would break `place`; the rule tests catch
  // such bugs, and linting must not throw on any text, so it is dropped.
  if (!finding || finding.start < 0 || finding.end > sentence.length || finding.start >= finding.end) return undefined
  return finding
}
