/**
 * A point in a piece of text (a block, a range), moved to where the piece
 * starts in the larger text: columns shift on the piece's first line only.
 */
import type {RelativePoint} from './block-result.js'

export function shiftPoint(point: RelativePoint | undefined, origin: RelativePoint): RelativePoint | undefined {
  if (!point) return undefined
  return {
    line: point.line + origin.line - 1,
    column: point.line === 1 ? point.column + origin.column - 1 : point.column,
    offset: point.offset + origin.offset
  }
}
