import {defineConfig} from 'tsup'
// Build-time code of the workspace, by path (tsup bundles the config itself).
import {compileCacheBundling} from '../selfless/src/cli/compile-cache-bundling.js'

export default defineConfig([
  {
    // The library (`startServer`), dependencies external.
    entry: ['src/index.ts'],
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    clean: ['!cli.cjs', '!compile-cache.cjs'],
    dts: {entry: 'src/index.ts'}
  },
  {
    // The command: one CommonJS bundle with its dependencies (as
    // vscode-selfless ships the server), which bin/selfless-language-server.js
    // loads through V8's code cache (Node 20 has none for ES modules), and
    // the cache module it loads it with.
    entry: {cli: 'src/cli.ts', 'compile-cache': 'src/compile-cache.ts'},
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    clean: false,
    splitting: false,
    noExternal: [/.*/],
    minify: true,
    // `import.meta.url` of the bundled modules: the bundle's own file URL.
    shims: true,
    esbuildOptions(options) {
      // The workspace packages from source; jsonc-parser's ESM build (its
      // UMD build has requires esbuild cannot follow).
      options.conditions = ['@selfless/source']
      options.mainFields = ['module', 'main']
    },
    esbuildPlugins: [compileCacheBundling]
  }
])
