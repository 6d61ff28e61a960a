/**
 * What linting one block yields, in block-relative coordinates: plain data,
 * so a cached result holds no syntax trees.
 */
import type {ControlComment} from './control-comments.js'

export interface RelativePoint {
  line: number
  column: number
  offset: number
}

export interface RelativeMessage {
  reason: string
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
  actual: string | undefined
  expected: string[] | undefined
  note: string | undefined
  url: string | undefined
  start: RelativePoint | undefined
  end: RelativePoint | undefined
}

export interface BlockResult {
  messages: RelativeMessage[]
  controls: ControlComment[]
  /** Set when the block could not be parsed (MDX syntax errors). */
  error?: RelativeMessage | undefined
}

/** The result of a block or of prose that cannot hold a finding. */
export const nothing: BlockResult = {messages: [], controls: []}
