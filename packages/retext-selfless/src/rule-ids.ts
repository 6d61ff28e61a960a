/**
 * Every rule id, in catalogue order. Ids are stable: renaming one is a
 * breaking change. A test checks that each id has a source file under
 * `src/rules/`, a test table under `test/rules/` and a page under
 * `docs/rules/`, all of the same name.
 */
export const ruleIds = [
  'my-directions'
] as const

export type RuleId = (typeof ruleIds)[number]
