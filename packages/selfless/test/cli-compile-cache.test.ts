/**
 * The built command's code cache on Node 20 (src/cli/compile-cache.ts, built
 * to dist/compile-cache.cjs): a module loads with the right CommonJS
 * arguments, the first run writes a cache entry, a later run reads it back
 * without writing it again, and a rebuilt file gets a new entry that replaces
 * the old one. Node 22.1+ caches by itself and needs none of this.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import module from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const compileCache = fileURLToPath(new URL('../dist/compile-cache.cjs', import.meta.url))
const folder = path.join(tmpdir(), `selfless-compile-cache-${process.getuid?.() ?? 0}`, `${process.version}-${process.arch}`)

/** Loads `file` through the cache in a new process; returns what the module exported. */
function load(file: string): unknown {
  const script = `const c = require(${JSON.stringify(compileCache)}); const out = c.loadModule(${JSON.stringify(file)}); c.saveCompileCache(); process.stdout.write(JSON.stringify(out))`
  const {NODE_DISABLE_COMPILE_CACHE, ...env} = process.env
  return JSON.parse(execFileSync(process.execPath, ['-e', script], {encoding: 'utf8', env}))
}

function entries(name: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((entry) => entry.startsWith(name + '-')) : []
}

describe('compile cache', {timeout: 60_000}, () => {
  it.skipIf('enableCompileCache' in module)('caches compiled code per file, size and time', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'selfless-cache-test-'))
    const name = `module-${path.basename(scratch)}.cjs`
    const file = path.join(scratch, name)
    writeFileSync(file, "'use strict'\nmodule.exports = {file: __filename, folder: __dirname, same: exports === module.exports, path: require('node:path').sep}\n")

    expect(load(file)).toEqual({file, folder: scratch, same: true, path: path.sep})
    const [first] = entries(name)
    expect(first).toBeDefined()
    const written = statSync(path.join(folder, first as string)).ino

    // Read back, not written again.
    expect(load(file)).toEqual({file, folder: scratch, same: true, path: path.sep})
    expect(entries(name)).toEqual([first])
    expect(statSync(path.join(folder, first as string)).ino).toBe(written)

    // A rebuilt file: its own entry, and the old one is gone.
    writeFileSync(file, "'use strict'\nmodule.exports = {rebuilt: true}\n")
    expect(load(file)).toEqual({rebuilt: true})
    const after = entries(name)
    expect(after).toHaveLength(1)
    expect(after[0]).not.toBe(first)
    rmSync(path.join(folder, after[0] as string))
    rmSync(scratch, {recursive: true})
  })
})
