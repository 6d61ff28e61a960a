import {isAbsolute, relative} from 'node:path'

/** A path as a user reads it in an error: relative to `cwd` when inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const path = relative(cwd, file)
  return path && !path.startsWith('..') && !isAbsolute(path) ? path : file
}
