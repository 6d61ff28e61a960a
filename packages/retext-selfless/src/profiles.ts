/**
 * Who speaks changes what is worth flagging. A profile lowers or turns off
 * rules for one kind of account; the user's own `rules` settings win over it.
 *
 * - `department`: an office's account. Everything applies.
 * - `officer`: an officer's official account. The officer may speak in the
 *   first person about the office's work, but not claim it. The
 *   personal-branding rules keep their full weight here: an officer's
 *   official account is where praise of the officer, vanity hashtags,
 *   follower counts and award posts do the most harm (the influencercrats
 *   op-ed is about exactly these accounts), so nothing is lowered.
 * - `personal`: a personal account. Asking friends to follow or share is
 *   ordinary there (`engagement-appeal` off). Follower counts, superlatives
 *   and award news are usually private life there, but may still be about
 *   official work, so they are suggestions. Praise of the officer's official
 *   qualities (`personal-virtue`), relayed adulation (`reported-praise`),
 *   the officer's name as the brand of public work (`name-as-brand`) and
 *   hashtags built on the post or the service (`vanity-hashtag`: 5 CFR
 *   2635.702 is about personal activities that lean on the title) keep
 *   their weight: they are about the office, whoever posts them.
 */
import type {RuleSetting, Speaker} from './options.js'

export const profiles: Record<Speaker, Readonly<Record<string, RuleSetting>>> = {
  department: {},
  officer: {},
  personal: {
    'engagement-appeal': 'off',
    'follower-boast': 'suggestion',
    'superlative-claim': 'suggestion',
    'award-self-announcement': 'suggestion'
  }
}
