import {defineConfig} from 'tsup'

export default defineConfig([
  {
    // The library (dependencies stay external) and the audit's worker script.
    entry: ['src/index.ts', 'src/audit/worker.ts'],
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    // Keep the command's bundle, which the second config writes.
    clean: ['!cli.js'],
    dts: {entry: 'src/index.ts'}
  },
  {
    // The command (`bin/selfless.js` imports `dist/cli.js`), bundled with its
    // dependencies into one file: loading ~150 modules one by one cost more
    // start-up time than parsing one file (measured: see README, Performance).
    entry: {cli: 'src/cli.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    clean: false,
    splitting: false,
    noExternal: [/.*/],
    // Half the bytes to compile at every start (about 70 ms of ~450 measured).
    minify: true,
    // Bundled CommonJS dependencies may call `require` for Node built-ins.
    banner: {js: "import {createRequire as __selflessRequire} from 'node:module'\nconst require = __selflessRequire(import.meta.url)"}
  }
])
