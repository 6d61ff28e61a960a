import {defineConfig} from 'tsup'
// Build-time code of the workspace, by path (tsup bundles the config itself).
import {compileCacheBundling} from '../selfless/src/cli/compile-cache-bundling.js'

export default defineConfig({
  // The server in three files: a loader (`server`), the server itself, and
  // the code cache module both use (see src/server.ts).
  entry: {extension: 'src/extension.ts', server: 'src/server.ts', 'server-main': 'src/server-main.ts', 'compile-cache': 'src/compile-cache.ts'},
  format: ['cjs'],
  platform: 'node',
  target: 'node20',
  clean: true,
  minify: true,
  // `import.meta.url` of the bundled modules: the bundle's own file URL.
  shims: true,
  // VS Code provides `vscode`; everything else goes into the bundles
  // (`noExternal: [/.*/]` would override `external`).
  external: ['vscode'],
  noExternal: [/^(?!vscode$)/],
  // Config files are imported outside the cached bundle (see the plugin).
  esbuildPlugins: [compileCacheBundling],
  esbuildOptions(options) {
    // Bundle the workspace packages from source, so the extension builds
    // without their `dist/` and never from a stale one.
    options.conditions = ['@selfless/source']
    // jsonc-parser's UMD build (its `main`) has requires esbuild cannot
    // follow; its ESM build bundles cleanly.
    options.mainFields = ['module', 'main']
  }
})
