/**
 * `.selflessignore`: gitignore syntax (the `ignore` package, as ESLint and
 * Prettier use). Every `.selflessignore` from the file's folder up to the
 * root applies, patterns relative to their own folder, and a nearer file can
 * re-include with `!`, as in git. `ignorePath` names one file instead
 * (patterns relative to that file's folder), as `--ignore-path` does.
 */
import {dirname, isAbsolute, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {ConfigError} from './config-error.js'
import {displayPath} from './display-path.js'
import {readText} from './small-reads.js'

export interface IsIgnoredOptions {
  /** One ignore file to use instead of discovering `.selflessignore` files. */
  ignorePath?: string | undefined
  /** Folder that relative paths resolve from (default: `process.cwd()`). */
  cwd?: string | undefined
}

export const ignoreName = '.selflessignore'

const files = new Map<string, Promise<Ignore | undefined>>()

/** What applies in one folder: the ignore files of it and its ancestors, and whether an ancestor's pattern hides it. */
interface FolderRules {
  found: ReadonlyArray<{folder: string; rules: Ignore}>
  hidden: boolean
}

// Per folder, so linting 10,000 files in 100 folders walks each chain of
// ancestors once instead of once per file.
const folders = new Map<string, Promise<FolderRules>>()

/** @internal Cleared with the config cache. */
export function clearIgnoreCache(): void {
  files.clear()
  folders.clear()
}

export async function isIgnored(filePath: string, options: IsIgnoredOptions = {}): Promise<boolean> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const file = resolve(cwd, filePath)

  if (options.ignorePath !== undefined) {
    const path = resolve(cwd, options.ignorePath)
    const rules = await load(path, cwd, true)
    return rules ? decide(rules, dirname(path), file, false, false) === true : false
  }

  const {found, hidden} = await rulesIn(dirname(file), cwd)
  if (found.length === 0) return false
  // As git does: a folder that ends up ignored hides everything in it; else
  // the file's own patterns decide. Nearer ignore files decide last.
  return hidden || decideAll(found, file, false) === true
}

function rulesIn(folder: string, cwd: string): Promise<FolderRules> {
  let promise = folders.get(folder)
  if (!promise) {
    promise = (async () => {
      const parent = dirname(folder)
      const root = parent === folder
      const above: FolderRules = root ? {found: [], hidden: false} : await rulesIn(parent, cwd)
      const rules = await load(resolve(folder, ignoreName), cwd, false)
      const found = rules ? [...above.found, {folder, rules}] : above.found
      // A folder's own patterns never match the folder itself (its relative
      // path is empty), so only its ancestors' files decide it; the root is
      // never hidden.
      const hidden = above.hidden || (!root && found.length > 0 && decideAll(found, folder, true) === true)
      return {found, hidden}
    })()
    promise.catch(() => {})
    folders.set(folder, promise)
  }
  return promise
}

function decideAll(found: ReadonlyArray<{folder: string; rules: Ignore}>, path: string, isFolder: boolean): boolean | undefined {
  let decision: boolean | undefined
  for (const {folder, rules} of found) {
    const own = decide(rules, folder, path, isFolder)
    if (own !== undefined) decision = own
  }
  return decision
}

/**
 * `true` ignored, `false` re-included, `undefined` no pattern matched. A
 * match that `ignore` inherits from the parent folder is no decision of the
 * path's own: the folders were decided one by one already.
 */
function decide(rules: Ignore, base: string, target: string, isFolder: boolean, ownOnly = true): boolean | undefined {
  const path = slashes(relative(base, target))
  // `ignore` throws on paths outside its folder; none of its patterns apply there.
  if (!path || path.startsWith('..') || isAbsolute(path)) return undefined
  const result = rules.test(isFolder ? path + '/' : path)
  if (ownOnly && result.ignored && path.includes('/')) {
    const parent = rules.test(path.slice(0, path.lastIndexOf('/') + 1))
    if (parent.ignored && parent.rule === result.rule) return undefined
  }
  return result.ignored ? true : result.unignored ? false : undefined
}

function slashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

function load(path: string, cwd: string, explicit: boolean): Promise<Ignore | undefined> {
  let promise = files.get(path)
  if (!promise) {
    promise = readText(path).then(
      (text) => ignore().add(text),
      (error: NodeJS.ErrnoException) => {
        if (!explicit && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return undefined
        const why = error.code === 'ENOENT' ? 'no such file' : (error.code ?? String(error))
        throw new ConfigError(`Cannot read ignore file ${displayPath(path, cwd)}: ${why}`, path, undefined, error)
      }
    )
    promise.catch(() => {})
    files.set(path, promise)
  }
  return promise
}
