/**
 * Loads the command's CommonJS bundle and chunks with V8's code cache, so a
 * run does not compile ~400 KB of JavaScript again each time it starts: the
 * compiled code of a previous run is read back instead (measured: about
 * 40 ms of a ~230 ms one-file run on Node 20). The language server's bin and
 * vscode-selfless load their server bundle the same way (exported as
 * `selfless/compile-cache`; they save once start-up work is over).
 *
 * Node 22.1+ does this itself (`module.enableCompileCache()`, which
 * `bin/selfless.js` turns on): there, and whenever
 * `NODE_DISABLE_COMPILE_CACHE` is set, modules load with a plain `require`.
 * On Node 20 each file is compiled as a `vm.Script` with the cached data, and
 * `saveCompileCache()` writes the data of files that had none (or stale data)
 * after the run, when the functions the run used are compiled too.
 *
 * The cache lives where Node 22 keeps its own, under the system temporary
 * folder, in a folder of this user's only (mode 0700, owner checked: code
 * read from there runs). A file's entry is named after its path, size and
 * modification time, so a rebuilt or moved bundle never reads stale code, and
 * V8 rejects data from another Node version or other flags. Any failure
 * (read-only disk, no temporary folder) only means compiling as usual.
 *
 * Built on its own (`dist/compile-cache.cjs`): the bin script and the bundle
 * `require` the same instance, so one list of entries is saved.
 */
import {closeSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeSync} from 'node:fs'
import module, {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import vm from 'node:vm'

interface Pending {
  script: vm.Script
  entry: string
}

const loaded = new Map<string, unknown>()
const pending: Pending[] = []
let folder: string | undefined | false

/** Whether this module compiles and caches itself (Node 20); else `require` does (Node 22+) or nothing does. */
function enabled(): boolean {
  return !('enableCompileCache' in module) && !process.env.NODE_DISABLE_COMPILE_CACHE
}

/** `require(file)`, through the code cache when this module keeps one. */
export function loadModule(file: string): unknown {
  const absolute = path.resolve(file)
  if (loaded.has(absolute)) return loaded.get(absolute)
  const require = createRequire(absolute)
  if (!enabled()) return require(absolute)

  const source = readFileSync(absolute, 'utf8')
  const entry = entryFor(absolute)
  let cachedData: Buffer | undefined
  try {
    if (entry) cachedData = readFileSync(entry)
  } catch {}
  // The wrapper on a line of its own (and `lineOffset`), so stack traces
  // keep the file's own lines and columns. Code compiled here cannot call
  // `import()` (see `importModule`).
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
    filename: absolute,
    lineOffset: -1,
    ...(cachedData ? {cachedData} : {})
  })
  if (entry && (!cachedData || script.cachedDataRejected)) pending.push({script, entry})
  const record = {exports: {} as unknown}
  const wrapper = script.runInThisContext() as (...parameters: unknown[]) => void
  wrapper.call(record.exports, record.exports, require, record, absolute, path.dirname(absolute))
  loaded.set(absolute, record.exports)
  return record.exports
}

/**
 * `import()` for code loaded by `loadModule`: Node 20 gives a `vm.Script`
 * read from cached data no module loader (the `importModuleDynamically`
 * option is lost with the cache), so the bundle imports through this module,
 * which Node loads itself.
 */
export function importModule(specifier: string): Promise<unknown> {
  return import(specifier)
}

/** Writes the entries of files loaded without (valid) cached data; never throws. */
export function saveCompileCache(): void {
  for (const {script, entry} of pending.splice(0)) {
    try {
      const data = script.createCachedData()
      const temporary = `${entry}.${process.pid}.tmp`
      const fd = openSync(temporary, 'w', 0o600)
      try {
        writeSync(fd, data)
      } finally {
        closeSync(fd)
      }
      renameSync(temporary, entry)
      removeOlder(entry)
    } catch {}
  }
}

/** The cache entry of a file, or `undefined` without a usable cache folder. */
function entryFor(file: string): string | undefined {
  const base = cacheFolder()
  if (!base) return undefined
  try {
    const stats = statSync(file)
    return path.join(base, `${path.basename(file)}-${hash(file)}-${hash(`${stats.size}:${stats.mtimeMs}`)}.v8`)
  } catch {
    return undefined
  }
}

/** Entries of older builds of the same file are of no more use. */
function removeOlder(entry: string): void {
  const name = path.basename(entry)
  const prefix = name.slice(0, name.lastIndexOf('-') + 1)
  const base = path.dirname(entry)
  for (const other of readdirSync(base)) {
    if (other !== name && other.startsWith(prefix)) rmSync(path.join(base, other), {force: true})
  }
}

function cacheFolder(): string | undefined {
  if (folder !== undefined) return folder || undefined
  folder = false
  try {
    const uid = process.getuid?.() ?? 0
    const base = path.join(tmpdir(), `selfless-compile-cache-${uid}`, `${process.version}-${process.arch}`)
    mkdirSync(base, {recursive: true, mode: 0o700})
    // Someone else's folder (or link), made before ours, could hold code that is not ours.
    const owner = lstatSync(path.dirname(base))
    if (process.getuid && (!owner.isDirectory() || owner.uid !== uid || (owner.mode & 0o022) !== 0)) return undefined
    folder = base
  } catch {}
  return folder || undefined
}

/** FNV-1a, 32 bits, in hex: names only, not security. */
function hash(value: string): string {
  let result = 0x811c9dc5
  for (let index = 0; index < value.length; index++) {
    result ^= value.charCodeAt(index)
    result = Math.imul(result, 0x01000193)
  }
  return (result >>> 0).toString(16).padStart(8, '0')
}
