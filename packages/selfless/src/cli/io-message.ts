/**
 * Problems the CLI itself meets with a file (unreadable, binary, cannot be
 * written) are vfile messages too, so every reporter shows them in place;
 * their source tells them apart, and any of them makes the run exit 2.
 */
import type {VFile} from 'vfile'

export const ioSource = 'selfless-cli'

export function ioMessage(file: VFile, reason: string, ruleId: string): void {
  const message = file.message(reason, {ruleId, source: ioSource})
  message.fatal = true
}

export function hasIoMessage(file: VFile): boolean {
  return file.messages.some((message) => message.source === ioSource)
}
