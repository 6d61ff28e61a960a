import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {defineConfig, type Options} from 'tsup'
import {compileCacheBundling} from './src/cli/compile-cache-bundling.js'

const source = fileURLToPath(new URL('src/', import.meta.url))

// What both command builds share: everything bundled, minified (half the
// bytes to compile at every start, about 70 ms of ~450 measured).
const bundled: Options = {
  target: 'node20',
  platform: 'node',
  clean: false,
  splitting: false,
  noExternal: [/.*/],
  minify: true
}

export default defineConfig([
  {
    // The library (dependencies stay external) and the audit's worker script.
    entry: ['src/index.ts', 'src/audit/worker.ts'],
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    // Keep the command's bundle and chunks, which the other configs write.
    clean: ['!cli.cjs', '!plugins-*.cjs', '!compile-cache.cjs'],
    dts: {entry: 'src/index.ts'}
  },
  {
    // The command (`bin/selfless.js` loads `dist/cli.cjs`), bundled with its
    // dependencies into one file: loading ~150 modules one by one cost more
    // start-up time than parsing one file (measured: see README, Performance).
    // CommonJS, so that on Node 20 `src/cli/compile-cache.ts` can compile it
    // with V8's code cache (Node 20 has no code cache for ES modules).
    ...bundled,
    entry: {cli: 'src/cli.ts'},
    format: ['cjs'],
    // `import.meta.url` of the bundled modules: the bundle's own file URL.
    shims: true,
    // Else tsup's own plugin takes `node:module` before ours below can.
    removeNodeProtocol: false,
    // The Markdown, MDX and HTML plugins and the YAML parser are most of the
    // bundle but a `.txt` file (or a JSON config) needs none of them: they
    // go to the CommonJS chunks below, required on first use.
    esbuildPlugins: [
      // Config files are imported outside the bundle (see the file).
      compileCacheBundling,
      {
        name: 'selfless-lazy-chunks',
        setup(build) {
          build.onResolve({filter: /^\.\/load-plugins\.js$/}, (args) =>
            args.importer.startsWith(source) ? {path: path.join(source, 'load-plugins-lazy.ts')} : undefined
          )
          build.onResolve({filter: /^yaml$/}, () => ({path: path.join(source, 'lazy-yaml.ts')}))
          // Their `createRequire` loads the chunks through the code cache.
          build.onResolve({filter: /^node:module$/}, (args) =>
            /[\\/](?:load-plugins-lazy|lazy-yaml)\.ts$/.test(args.importer) ? {path: path.join(source, 'cli/cached-require.ts')} : undefined
          )
          // vfile-reporter's default colour setting: the command always
          // passes `color`, so its detection (supports-color, which loads
          // `tty` and reads the environment at start-up) is never consulted.
          build.onResolve({filter: /^vfile-reporter\/do-not-use-color$/}, () => ({path: 'color', namespace: 'selfless-no-color'}))
          build.onLoad({filter: /.*/, namespace: 'selfless-no-color'}, () => ({contents: 'export const color = false'}))
          // vfile-reporter's `string-width`, behind a fast path for plain
          // text (see src/fast-string-width.ts).
          build.onResolve({filter: /^string-width$/}, async (args) => {
            if (args.pluginData === 'real') return undefined
            const real = await build.resolve('string-width', {kind: 'import-statement', resolveDir: args.resolveDir, pluginData: 'real'})
            return {path: real.path, namespace: 'selfless-string-width'}
          })
          build.onLoad({filter: /.*/, namespace: 'selfless-string-width'}, (args) => ({
            contents: [
              `import slow from ${JSON.stringify(args.path)}`,
              `import {withNarrowFastPath} from ${JSON.stringify(path.join(source, 'fast-string-width.ts'))}`,
              'export default withNarrowFastPath(slow)'
            ].join('\n'),
            resolveDir: source
          }))
        }
      }
    ]
  },
  {
    // The chunks `load-plugins-lazy.ts` and `lazy-yaml.ts` require: each with
    // its own copy of what it uses, so loading one never loads another.
    ...bundled,
    entry: {
      'plugins-markdown': 'src/plugins/markdown.ts',
      'plugins-mdx': 'src/plugins/mdx.ts',
      'plugins-html': 'src/plugins/html.ts',
      'plugins-yaml': 'src/plugins/yaml.ts',
      // Shared by the bin script and the bundle (one instance, see the file).
      'compile-cache': 'src/cli/compile-cache.ts'
    },
    format: ['cjs']
  }
])
