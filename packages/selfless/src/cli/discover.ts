/**
 * Turns the inputs (files, folders, globs) into a list of files to lint.
 * Folders are walked by hand (no glob library loaded for the common case);
 * glob patterns are expanded with tinyglobby, imported only when one is given.
 * `node_modules` and `.git` are never entered; `.selflessignore` is applied
 * per file through the API's `isIgnored`.
 */
import {type Stats, readdirSync, statSync} from 'node:fs'
import path from 'node:path'

/** Extensions linted when a folder is given (or nothing at all). */
export const proseExtensions = ['.md', '.mdx', '.markdown', '.html', '.htm', '.txt'] as const

const skipped = new Set(['node_modules', '.git'])
const globCharacters = /[*?[\]{}()!]/

export interface Discovery {
  /** Absolute paths, in input order, without duplicates; a folder's files sorted. */
  files: string[]
  /** Inputs that matched nothing, as messages for stderr. */
  problems: string[]
}

export async function discover(inputs: readonly string[], cwd: string): Promise<Discovery> {
  const files: string[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  const add = (file: string): void => {
    if (!seen.has(file)) {
      seen.add(file)
      files.push(file)
    }
  }

  for (const input of inputs.length === 0 ? ['.'] : inputs) {
    const absolute = path.resolve(cwd, input)
    let stats: Stats | undefined
    try {
      stats = statSync(absolute)
    } catch {
      stats = undefined
    }
    if (stats?.isDirectory()) {
      const found: string[] = []
      walk(absolute, found)
      for (const file of found.sort()) add(file)
    } else if (stats?.isFile()) {
      // A file named explicitly is linted whatever its extension (as text).
      add(absolute)
    } else if (globCharacters.test(input)) {
      const matches = await expandGlob(input, cwd)
      if (matches.length === 0) problems.push(`No files match the pattern \`${input}\``)
      for (const file of matches) add(file)
    } else {
      problems.push(`No such file or folder: \`${input}\``)
    }
  }

  return {files, problems}
}

/**
 * Synchronous: nothing else runs while the inputs are listed, and one
 * `readdirSync` per folder costs about half the time of `readdir` promises
 * (measured on 10,000 posts in 100 folders).
 */
function walk(folder: string, found: string[]): void {
  const entries = readdirSync(folder, {withFileTypes: true})
  for (const entry of entries) {
    // Links to folders are not followed (a link back up the tree would
    // loop); a link with a prose name is read, and reported if it is broken.
    if (entry.isDirectory()) {
      if (!skipped.has(entry.name)) walk(path.join(folder, entry.name), found)
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isProse(entry.name)) {
      found.push(path.join(folder, entry.name))
    }
  }
}

export function isProse(name: string): boolean {
  const extension = path.extname(name).toLowerCase()
  return (proseExtensions as readonly string[]).includes(extension)
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const {glob} = await import('tinyglobby')
  const matches = await glob(pattern, {
    cwd,
    absolute: true,
    dot: false,
    onlyFiles: true,
    ignore: ['**/node_modules/**', '**/.git/**']
  })
  // A glob picks files by name, so any extension it names is linted; sort for a stable order.
  return matches.map((file) => path.normalize(file)).sort()
}
