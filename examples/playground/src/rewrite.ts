/**
 * Applying a rewrite: a pure splice, kept apart from the DOM so the page and
 * its test agree on what "apply" means.
 */
import type {Finding} from './lint.js'

export interface Rewritten {
  text: string
  /** Where the replacement now sits, to select it for the user. */
  start: number
  end: number
}

/** Replaces the finding's span in `text` with `replacement`. */
export function applyRewrite(text: string, finding: Pick<Finding, 'start' | 'end'>, replacement: string): Rewritten {
  return {
    text: text.slice(0, finding.start) + replacement + text.slice(finding.end),
    start: finding.start,
    end: finding.start + replacement.length
  }
}
