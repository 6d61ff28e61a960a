/**
 * Test helper: the server under test, bundled from source into one CJS file
 * the way vscode-selfless ships it (`dist/server.cjs`). Spawning a bundle
 * starts in a fraction of the time tsx needs to load every source file, and
 * needs no `pnpm build`. Built once per test file into the package's
 * `node_modules/.cache/` (one file per vitest worker, overwritten each run).
 */
import {mkdirSync, rmSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

export const serverEntry = fileURLToPath(new URL('server-main.ts', import.meta.url))
const cache = fileURLToPath(new URL('../node_modules/.cache/selfless-ls-test/', import.meta.url))

let bundled: Promise<string> | undefined

/** The path of the bundled server (`node <path> --stdio`). */
export function serverBundle(): Promise<string> {
  bundled ??= (async () => {
    const worker = process.env.VITEST_POOL_ID
    const outfile = `${cache}server-${worker ?? process.pid}.cjs`
    // Outside vitest (the benchmark), nothing reuses the name: remove it after.
    if (worker === undefined) process.once('exit', () => rmSync(outfile, {force: true}))
    mkdirSync(cache, {recursive: true})
    await build({
      entryPoints: [serverEntry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // The workspace packages from source; jsonc-parser's ESM build (its UMD
      // build has requires esbuild cannot follow).
      conditions: ['@selfless/source'],
      mainFields: ['module', 'main'],
      logLevel: 'error'
    })
    return outfile
  })()
  return bundled
}
