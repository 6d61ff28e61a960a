/**
 * The bundle's stand-in for `node:module` in the modules that require the
 * command's chunks on first use (src/load-plugins-lazy.ts, src/lazy-yaml.ts;
 * tsup.config.ts swaps it in): `createRequire` works as Node's, except that
 * a chunk (`./….cjs`) loads through the code cache of ./compile-cache.ts,
 * the same instance `bin/selfless.js` loaded the bundle with.
 */
import {createRequire as nodeCreateRequire} from 'node:module'
import type * as CompileCache from './compile-cache.js'

export function createRequire(from: string | URL): NodeJS.Require {
  const real = nodeCreateRequire(from)
  // Resolved on first use: these modules call `createRequire` as they load.
  let cache: typeof CompileCache | undefined
  const cached = (id: string): unknown => {
    if (!id.startsWith('./') || !id.endsWith('.cjs')) return real(id)
    cache ??= real('./compile-cache.cjs') as typeof CompileCache
    return cache.loadModule(real.resolve(id))
  }
  return Object.assign(cached, real) as NodeJS.Require
}
