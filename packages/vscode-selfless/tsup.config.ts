import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {extension: 'src/extension.ts', server: 'src/server.ts'},
  format: ['cjs'],
  platform: 'node',
  target: 'node20',
  clean: true,
  minify: true,
  // VS Code provides `vscode`; everything else goes into the bundles
  // (`noExternal: [/.*/]` would override `external`).
  external: ['vscode'],
  noExternal: [/^(?!vscode$)/],
  esbuildOptions(options) {
    // Bundle the workspace packages from source, so the extension builds
    // without their `dist/` and never from a stale one.
    options.conditions = ['@selfless/source']
    // jsonc-parser's UMD build (its `main`) has requires esbuild cannot
    // follow; its ESM build bundles cleanly.
    options.mainFields = ['module', 'main']
  }
})
