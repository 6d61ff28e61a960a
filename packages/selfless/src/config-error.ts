/**
 * The error for a config or ignore file that cannot be read, parsed or
 * validated. The message names the file, the key when there is one, and what
 * was expected, so a user can fix it without reading code.
 */
export class ConfigError extends Error {
  /** Absolute path of the file at fault. */
  file: string
  /** The option at fault, e.g. `rules.my-directions`; `undefined` for a file-level problem. */
  key: string | undefined

  constructor(message: string, file: string, key?: string | undefined, cause?: unknown) {
    super(message, cause === undefined ? undefined : {cause})
    this.name = 'ConfigError'
    this.file = file
    this.key = key
  }
}
