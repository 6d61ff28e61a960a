/**
 * `new VFileMessage(…)` without the stack trace: a vfile message is an Error,
 * so making one captures a trace (tens of microseconds) that vfile-message
 * then drops (its `stack` is ''). A lint of many findings makes many.
 */
import {VFileMessage, type Options} from 'vfile-message'

export function newMessage(reason: string, options: Options): VFileMessage {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return new VFileMessage(reason, options)
  } finally {
    Error.stackTraceLimit = limit
  }
}
