/**
 * The built bin (bin/selfless-language-server.js) loads `dist/cli.cjs`
 * through V8's code cache on Node 20: the first start saves an entry once
 * start-up work is over, and the next start reads it back without writing
 * it again; a JavaScript config file still loads in a bundle compiled from
 * the cache (its `import()` runs outside the bundle). Node 22.1+ caches by
 * itself and needs none of this.
 */
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import module from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {afterStartUpDelay} from '../src/server.js'
import {startSession} from './lsp-session.js'

const bin = fileURLToPath(new URL('../bin/selfless-language-server.js', import.meta.url))

/** The cache entries of `dist/cli.cjs` under the temporary folder `base`. */
function entries(base: string): string[] {
  const folder = path.join(base, `selfless-compile-cache-${process.getuid?.() ?? 0}`, `${process.version}-${process.arch}`)
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith('cli.cjs-')).map((name) => path.join(folder, name)) : []
}

/**
 * Starts the bin with `base` as its temporary folder, lints a document in a
 * workspace whose `.selflessrc.mjs` turns one rule off, and runs on past
 * `afterStartUp`.
 */
async function start(base: string): Promise<void> {
  const workspace = path.join(base, 'workspace')
  mkdirSync(workspace, {recursive: true})
  writeFileSync(path.join(workspace, '.selflessrc.mjs'), "export default {rules: {'my-directions': 'off'}}\n")
  const {NODE_DISABLE_COMPILE_CACHE, ...env} = process.env
  const session = await startSession({
    command: [process.execPath, bin, '--stdio'],
    env: {...env, TMPDIR: base},
    folders: [workspace],
    settings: {selfless: {debounce: 0}}
  })
  try {
    const uri = pathToFileURL(path.join(workspace, 'notes.md')).href
    const published = await session.open(uri, 'markdown', 'The drains were cleaned on my directions. I inaugurated the park.\n')
    expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['first-person-credit'])
    await new Promise((resolve) => setTimeout(resolve, afterStartUpDelay + 1000))
  } finally {
    await session.close()
  }
}

describe('the bin’s code cache', {timeout: 60_000}, () => {
  it.skipIf('enableCompileCache' in module)('is saved after start-up, then read back', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'selfless-ls-cache-'))
    try {
      await start(base)
      const [entry, ...more] = entries(base)
      expect(more).toEqual([])
      expect(statSync(entry as string).size).toBeGreaterThan(100_000)
      const written = statSync(entry as string)

      await start(base)
      expect(entries(base)).toEqual([entry])
      const after = statSync(entry as string)
      expect([after.ino, after.mtimeMs]).toEqual([written.ino, written.mtimeMs])
    } finally {
      rmSync(base, {recursive: true, force: true})
    }
  })
})
