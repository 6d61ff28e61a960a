/**
 * The rule catalogue: every rule, and the public description of each.
 */
import type {RuleId} from './rule-ids.js'
import type {Category, Rule} from './rule.js'
import type {Severity} from './options.js'
import {sources, type Source} from './sources.js'
import {ruleUrl} from './report.js'
import firstPersonCredit from './rules/first-person-credit.js'
import myDirections from './rules/my-directions.js'
import officerDirections from './rules/officer-directions.js'
import leadershipCredit from './rules/leadership-credit.js'
import officerInaugurates from './rules/officer-inaugurates.js'
import surpriseVisit from './rules/surprise-visit.js'
import personally from './rules/personally.js'
import tookARound from './rules/took-a-round.js'
import handsOnProp from './rules/hands-on-prop.js'
import entourage from './rules/entourage.js'
import performedReaction from './rules/performed-reaction.js'
import cameraFraming from './rules/camera-framing.js'
import personalVirtue from './rules/personal-virtue.js'
import reportedPraise from './rules/reported-praise.js'
import superlativeClaim from './rules/superlative-claim.js'
import vanityHashtag from './rules/vanity-hashtag.js'
import nameAsBrand from './rules/name-as-brand.js'
import engagementAppeal from './rules/engagement-appeal.js'
import followerBoast from './rules/follower-boast.js'
import awardSelfAnnouncement from './rules/award-self-announcement.js'

export {ruleIds, type RuleId} from './rule-ids.js'

/** Every rule, in catalogue order. */
export const allRules: readonly Rule[] = [
  firstPersonCredit,
  myDirections,
  officerDirections,
  leadershipCredit,
  officerInaugurates,
  surpriseVisit,
  personally,
  tookARound,
  handsOnProp,
  entourage,
  performedReaction,
  cameraFraming,
  personalVirtue,
  reportedPraise,
  superlativeClaim,
  vanityHashtag,
  nameAsBrand,
  engagementAppeal,
  followerBoast,
  awardSelfAnnouncement
]

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
