import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {defineConfig, type Options} from 'tsup'

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
    clean: ['!cli.js', '!plugins-*.cjs'],
    dts: {entry: 'src/index.ts'}
  },
  {
    // The command (`bin/selfless.js` imports `dist/cli.js`), bundled with its
    // dependencies into one file: loading ~150 modules one by one cost more
    // start-up time than parsing one file (measured: see README, Performance).
    ...bundled,
    entry: {cli: 'src/cli.ts'},
    format: ['esm'],
    // Bundled CommonJS dependencies may call `require` for Node built-ins.
    banner: {js: "import {createRequire as __selflessRequire} from 'node:module'\nconst require = __selflessRequire(import.meta.url)"},
    // The Markdown, MDX and HTML plugins and the YAML parser are most of the
    // bundle but a `.txt` file (or a JSON config) needs none of them: they
    // go to the CommonJS chunks below, required on first use.
    esbuildPlugins: [
      {
        name: 'selfless-lazy-chunks',
        setup(build) {
          build.onResolve({filter: /^\.\/load-plugins\.js$/}, (args) =>
            args.importer.startsWith(source) ? {path: path.join(source, 'load-plugins-lazy.ts')} : undefined
          )
          build.onResolve({filter: /^yaml$/}, () => ({path: path.join(source, 'lazy-yaml.ts')}))
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
      'plugins-yaml': 'src/plugins/yaml.ts'
    },
    format: ['cjs']
  }
])
