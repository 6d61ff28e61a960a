export {default} from './plugin.js'
export {rules, ruleIds, type RuleDescription, type RuleId} from './catalogue.js'
export {mayFlag} from './prefilter.js'
export {
  optionsSchema,
  validateOptions,
  OptionsError,
  speakers,
  ruleSettings,
  type Options,
  type Official,
  type RuleSetting,
  type Severity,
  type Speaker
} from './options.js'
export type {Category} from './rule.js'
export {sources, type Source, type SourceId} from './sources.js'
export {rangesToCheck, type CheckRange} from './check-ranges.js'
