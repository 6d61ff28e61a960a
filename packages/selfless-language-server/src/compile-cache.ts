// Built on its own to `dist/compile-cache.cjs` (see tsup.config.ts): the bin
// script loads `dist/cli.cjs` through it, and the bundle's config `import()`
// runs in it (the same instance; see selfless's src/cli/compile-cache.ts).
export {importModule, loadModule, saveCompileCache} from 'selfless/compile-cache'
