/**
 * Applies a file's control comments to its messages: drops the messages that
 * a `disable` range or an `ignore` covers, reports unknown rule ids and
 * keywords, and records every comment as a suppression.
 */
import {ruleIds} from 'retext-selfless'
import type {Point} from './line-index.js'
import type {ControlComment, Suppression} from './control-comments.js'

/** A control comment in whole-file coordinates; `ignoreEnd` for `ignore`. */
export interface PlacedControl extends Omit<ControlComment, 'start' | 'end'> {
  start: Point
  end: Point
  ignoreEnd: number
}

/** What `apply` needs from a message. */
export interface Suppressible {
  ruleId: string | undefined
  source: string | undefined
  offset: number | undefined
}

export interface Problem {
  reason: string
  ruleId: 'unknown-rule' | 'unknown-keyword'
  control: PlacedControl
}

const known = new Set<string>(ruleIds)

export function applyControls<T extends Suppressible>(
  messages: readonly T[],
  controls: readonly PlacedControl[]
): {kept: T[]; problems: Problem[]; suppressions: Suppression[]} {
  const problems: Problem[] = []
  const suppressions: Suppression[] = []
  const active: PlacedControl[] = []

  for (const control of controls) {
    if (control.kind === undefined) {
      problems.push({
        reason: `Unknown keyword \`${control.keyword}\` in a selfless comment: expected \`disable\`, \`enable\` or \`ignore\``,
        ruleId: 'unknown-keyword',
        control
      })
      continue
    }
    suppressions.push({
      ruleIds: control.ruleIds,
      kind: control.kind,
      reason: control.reason,
      line: control.start.line,
      column: control.start.column
    })
    if (control.ruleIds === 'all') {
      active.push(control)
      continue
    }
    const ids: string[] = []
    for (const id of control.ruleIds) {
      if (known.has(id)) ids.push(id)
      else {
        problems.push({
          reason: `Unknown rule \`${id}\` in a \`selfless ${control.kind}\` comment: expected a rule id such as \`my-directions\``,
          ruleId: 'unknown-rule',
          control
        })
      }
    }
    // A comment whose ids are all unknown switches nothing (never "all").
    if (ids.length > 0) active.push({...control, ruleIds: ids})
  }

  if (active.length === 0) return {kept: [...messages], problems, suppressions}

  // Sweep messages and comments in document order.
  const order = messages
    .map((message, index) => ({message, index}))
    .sort((a, b) => (a.message.offset ?? -1) - (b.message.offset ?? -1) || a.index - b.index)
  const dropped = new Set<T>()
  let next = 0
  let allDisabled = false
  const overrides = new Map<string, boolean>()
  const ignores: PlacedControl[] = []

  for (const {message} of order) {
    const offset = message.offset
    if (message.source !== 'retext-selfless' || offset === undefined || message.ruleId === undefined) continue
    while (next < active.length && (active[next] as PlacedControl).end.offset <= offset) {
      const control = active[next] as PlacedControl
      next++
      if (control.kind === 'ignore') ignores.push(control)
      else if (control.ruleIds === 'all') {
        allDisabled = control.kind === 'disable'
        overrides.clear()
      } else {
        for (const id of control.ruleIds) overrides.set(id, control.kind === 'disable')
      }
    }
    const disabled = overrides.get(message.ruleId) ?? allDisabled
    const ignored = ignores.some(
      (control) =>
        offset < control.ignoreEnd && (control.ruleIds === 'all' || control.ruleIds.includes(message.ruleId as string))
    )
    if (disabled || ignored) dropped.add(message)
  }

  return {kept: messages.filter((message) => !dropped.has(message)), problems, suppressions}
}
