/**
 * Who speaks changes what is worth flagging. A profile lowers or turns off
 * rules for one kind of account; the user's own `rules` settings win over it.
 *
 * - `department`: an office's account. Everything applies.
 * - `officer`: an officer's official account. The officer may speak in the
 *   first person about the office's work, but not claim it.
 * - `personal`: a personal account. Asking friends to follow or share is
 *   ordinary there; claiming official work still is not.
 */
import type {RuleSetting, Speaker} from './options.js'

export const profiles: Record<Speaker, Readonly<Record<string, RuleSetting>>> = {
  department: {},
  officer: {},
  personal: {
    'engagement-appeal': 'off',
    'follower-boast': 'suggestion'
  }
}
