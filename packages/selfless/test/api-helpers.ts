/**
 * Helpers for the API tests: a compact, exact view of a file's messages.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {expect} from 'vitest'

export interface Seen {
  ruleId: string | undefined
  source: string | undefined
  actual: string | undefined
  /** `line:column-line:column` of `place`. */
  at: string
  /** Start and end offsets of `place`. */
  offsets: [number | undefined, number | undefined]
}

export function seen(file: VFile): Seen[] {
  return file.messages.map(view)
}

export function view(message: VFileMessage): Seen {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  return {
    ruleId: message.ruleId,
    source: message.source,
    actual: message.actual,
    at: `${start?.line}:${start?.column}-${end?.line}:${end?.column}`,
    offsets: [start?.offset, end?.offset]
  }
}

/** Every finding's place spans exactly its `actual` in the whole file. */
export function expectPlacesMatch(file: VFile): void {
  const text = String(file)
  for (const message of file.messages) {
    if (message.source !== 'retext-selfless') continue
    const place = message.place
    expect(place && 'start' in place).toBe(true)
    if (!place || !('start' in place)) continue
    expect(text.slice(place.start.offset ?? -1, place.end.offset ?? -1)).toBe(message.actual)
  }
}

/** Offsets of `phrase`'s nth occurrence (0-based) in `text`, found independently of the linter. */
export function span(text: string, phrase: string, nth = 0): [number, number] {
  let at = -1
  for (let index = 0; index <= nth; index++) {
    at = text.indexOf(phrase, at + 1)
    if (at === -1) throw new Error(`\`${phrase}\` occurs fewer than ${nth + 1} times`)
  }
  return [at, at + phrase.length]
}
