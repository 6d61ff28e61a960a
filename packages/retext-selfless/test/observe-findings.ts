/**
 * Watches the findings rules return while `run` lints, for tests that hold
 * every finding to a prefilter's promise (reach, guards).
 */
import {anyOfficial, officialWords, type Finding, type Rule} from '../src/rule.js'
import type {Sentence} from '../src/sentence.js'

const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u

/**
 * Whether the plugin reads a sentence whole, whatever its words (see
 * `scan`): it holds a hashtag, mention or emoji mark, and needs no companion.
 */
export function readWhole(sentence: Sentence): boolean {
  return sentence.node.children.some(
    (child) => (child.type === 'PunctuationNode' || child.type === 'SymbolNode') && (child.value === '#' || child.value === '@' || emoji.test(child.value))
  )
}

/** Calls `seen` with each finding of `rules` (and where its rule was called) while `run` runs. */
export function observeFindings(
  rules: readonly Rule[],
  seen: (rule: Rule, sentence: Sentence, at: number, finding: Finding) => void,
  run: () => void
): void {
  const checks = rules.map((rule) => rule.check)
  for (const [index, rule] of rules.entries()) {
    const check = checks[index] as Rule['check']
    rule.check = (sentence, at, context) => {
      const finding = check(sentence, at, context)
      if (finding) seen(rule, sentence, at, finding)
      return finding
    }
  }
  try {
    run()
  } finally {
    for (const [index, rule] of rules.entries()) rule.check = checks[index] as Rule['check']
  }
}

/** The words that count as a rule's companions: an official's is the first word of its title, or its abbreviation. */
export function companionWords(rule: Rule): Set<string> {
  return new Set(rule.companions?.flatMap((word) => (word === anyOfficial ? officialWords : [word])))
}
