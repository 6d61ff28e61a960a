/**
 * The esbuild plugin of every bundle that loads through the code cache of
 * ./compile-cache.ts: the command (tsup.config.ts), the language server's
 * `dist/cli.cjs` and vscode-selfless's `dist/server-main.cjs`. Code compiled
 * from a cached `vm.Script` on Node 20 has no module loader for `import()`,
 * so selfless's `import()` of config files (src/import-module.ts) is swapped
 * for ./import-module-cached.ts, which imports through `dist/compile-cache.cjs`
 * beside the bundle. Bundles built from source only (`@selfless/source`).
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Options} from 'tsup'

type Plugin = NonNullable<Options['esbuildPlugins']>[number]

const source = fileURLToPath(new URL('../', import.meta.url))

export const compileCacheBundling: Plugin = {
  name: 'selfless-compile-cache-bundling',
  setup(build) {
    build.onResolve({filter: /^\.\/import-module\.js$/}, (args) =>
      args.importer.startsWith(source) ? {path: path.join(source, 'cli/import-module-cached.ts')} : undefined
    )
  }
}
