/**
 * One error type for everything the person running the audit can fix: a bad
 * flag, a missing file, an export in a format we do not read. The CLI prints
 * its message and exits with 2; anything else is a bug and keeps its stack.
 */
export class AuditError extends Error {
  /** The file the error is about, when there is one. */
  file: string | undefined
  constructor(message: string, file?: string) {
    super(message)
    this.name = 'AuditError'
    this.file = file
  }
}
