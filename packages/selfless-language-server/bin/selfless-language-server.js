#!/usr/bin/env node
// The committed entry point: a clean install links this file before any
// build, and it loads the built server only when run.
import module from 'node:module'
import {fileURLToPath} from 'node:url'

// Node 22.1+ caches compiled code between runs itself; on Node 20,
// dist/compile-cache.cjs does (see selfless's src/cli/compile-cache.ts): the
// ~2 MB server is not compiled again at every start, and its first lint
// runs code compiled by an earlier run.
module.enableCompileCache?.()

const require = module.createRequire(import.meta.url)
const {loadModule, saveCompileCache} = require('../dist/compile-cache.cjs')
const {run} = loadModule(fileURLToPath(new URL('../dist/cli.cjs', import.meta.url)))
run(process.argv.slice(2), {afterStartUp: saveCompileCache})
