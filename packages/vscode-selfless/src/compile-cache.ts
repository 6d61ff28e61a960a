// Built on its own to `dist/compile-cache.cjs`: src/server.ts loads the
// server through it, and the server's config `import()` runs in it (see
// selfless's src/cli/compile-cache.ts and src/cli/import-module-cached.ts).
export {importModule, loadModule, saveCompileCache} from 'selfless/compile-cache'
