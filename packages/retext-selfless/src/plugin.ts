/**
 * The retext plugin: validates options once, then for each sentence looks
 * every token up in the trigger map and runs only the rules anchored there.
 */
import type {Paragraph, Root, Sentence as SentenceNode} from 'nlcst'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {isAllowed} from './allow.js'
import {allRules} from './catalogue.js'
import {createContext, type Context} from './context.js'
import {validateOptions, type Options, type Severity} from './options.js'
import {profiles} from './profiles.js'
import {report} from './report.js'
import type {Finding, Rule} from './rule.js'
import {Sentence} from './sentence.js'
import {tokenize, type QuoteState, type TokenKind} from './tokens.js'

// Built once at module load: an engine attaches the plugin again for every file.
const byTrigger = new Map<string, Rule[]>()
const byKind = new Map<TokenKind, Rule[]>()
for (const rule of allRules) {
  for (const trigger of rule.triggers ?? []) push(byTrigger, trigger, rule)
  for (const kind of rule.kinds ?? []) push(byKind, kind, rule)
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
    let paragraph: Paragraph | Root | undefined
    let quotes: QuoteState = {open: false}
    let previous: Sentence | undefined

    visit(tree, function (node, _, parent) {
      if (node.type !== 'SentenceNode') return node.type === 'RootNode' || node.type === 'ParagraphNode' ? undefined : SKIP
      if (parent !== paragraph) {
        paragraph = parent as Paragraph | Root | undefined
        quotes = {open: false}
        previous = undefined
      }
      const sentence = new Sentence(node as SentenceNode, tokenize(node as SentenceNode, quotes), previous)
      checkSentence(tree, file, sentence, context, severities)
      previous = sentence
      return SKIP
    })
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
