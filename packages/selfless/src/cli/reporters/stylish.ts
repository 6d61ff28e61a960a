/**
 * The report for people: vfile-reporter, as every unified CLI prints it.
 * `--why` turns on its verbose mode (each message's note and rule page).
 */
import {reporter as vfileReporter} from 'vfile-reporter'
import {type Reporter, describeRules, suppressionsOf} from './types.js'

export const stylish: Reporter = (files, context) => {
  let report = vfileReporter([...files], {color: context.color, verbose: context.why, quiet: context.quiet})
  if (report !== '') report += '\n'

  if (context.suppressions) {
    const lines: string[] = []
    for (const file of files) {
      for (const entry of suppressionsOf(file)) {
        const reason = entry.reason === undefined ? '(no reason given)' : `reason: ${entry.reason}`
        lines.push(`  ${file.path}:${entry.line}:${entry.column}  ${entry.kind} ${describeRules(entry.ruleIds)}  ${reason}`)
      }
    }
    report += lines.length === 0 ? 'No inline suppressions\n' : `Inline suppressions (${lines.length}):\n${lines.join('\n')}\n`
  }

  return report
}
