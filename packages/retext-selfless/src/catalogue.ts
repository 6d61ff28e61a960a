/**
 * The rule catalogue: every rule, and the public description of each.
 */
import type {RuleId} from './rule-ids.js'
import type {Category, Rule} from './rule.js'
import type {Severity} from './options.js'
import {sources, type Source} from './sources.js'
import {ruleUrl} from './report.js'
import myDirections from './rules/my-directions.js'

export {ruleIds, type RuleId} from './rule-ids.js'

/** Every rule, in catalogue order. */
export const allRules: readonly Rule[] = [myDirections]

export interface RuleDescription {
  id: RuleId
  category: Category
  severity: Severity
  summary: string
  note: string
  fixable: boolean
  url: string
  sources: readonly Source[]
}

/** The public catalogue: one entry per rule. */
export const rules: readonly RuleDescription[] = allRules.map((rule) => ({
  id: rule.id as RuleId,
  category: rule.category,
  severity: rule.severity,
  summary: rule.summary,
  note: rule.note,
  fixable: rule.fixable,
  url: ruleUrl(rule.id),
  sources: rule.sources.map((id) => sources[id])
}))
