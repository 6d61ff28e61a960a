/**
 * Every rule id, in catalogue order. Ids are stable: renaming one is a
 * breaking change. A test checks that each id has a source file under
 * `src/rules/`, a test table under `test/rules/` and a page under
 * `docs/rules/`, all of the same name.
 */
export const ruleIds = [
  'first-person-credit',
  'my-directions',
  'officer-directions',
  'leadership-credit',
  'officer-inaugurates',
  'surprise-visit',
  'personally',
  'took-a-round',
  'hands-on-prop',
  'entourage',
  'performed-reaction',
  'camera-framing',
  'personal-virtue',
  'reported-praise',
  'superlative-claim',
  'vanity-hashtag',
  'name-as-brand',
  'engagement-appeal',
  'follower-boast',
  'award-self-announcement'
] as const

export type RuleId = (typeof ruleIds)[number]
