/**
 * The bundle's stand-in for src/import-module.ts (tsup.config.ts swaps it
 * in): the `import()` runs in dist/compile-cache.cjs, which Node loads
 * itself and so can import ES modules, not in the bundle, which
 * src/cli/compile-cache.ts compiles without a module loader.
 */
import {createRequire} from 'node:module'
import type * as CompileCache from './compile-cache.js'

export function importModule(specifier: string): Promise<unknown> {
  const cache = createRequire(import.meta.url)('./compile-cache.cjs') as typeof CompileCache
  return cache.importModule(specifier)
}
