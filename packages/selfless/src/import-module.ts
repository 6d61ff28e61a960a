/**
 * `import()` of a config file (`.selflessrc.mjs`, `.cjs`, `.js`), in a module
 * of its own: the command's bundle is compiled through `vm.Script` on Node 20
 * (src/cli/compile-cache.ts), where an `import()` has no loader to call, so
 * tsup.config.ts swaps this module for src/cli/import-module-cached.ts.
 */
export function importModule(specifier: string): Promise<unknown> {
  return import(specifier)
}
