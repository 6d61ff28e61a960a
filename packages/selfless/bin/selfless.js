#!/usr/bin/env node
// The committed entry point: a clean install links this file before any
// build, and it loads the built CLI only when run.
import module from 'node:module'
import {fileURLToPath} from 'node:url'

// Node 22.1+ caches compiled code between runs itself; on Node 20,
// dist/compile-cache.cjs does (see src/cli/compile-cache.ts): ~400 KB of
// JavaScript is not compiled again at every start.
module.enableCompileCache?.()

const require = module.createRequire(import.meta.url)
const {loadModule, saveCompileCache} = require('../dist/compile-cache.cjs')
const {run} = loadModule(fileURLToPath(new URL('../dist/cli.cjs', import.meta.url)))
const env = process.env
const color = 'FORCE_COLOR' in env ? env.FORCE_COLOR !== '0' : Boolean(process.stdout.isTTY) && !('NO_COLOR' in env)
// `exitCode`, not `exit()`: a large report piped to another program must finish flushing.
process.exitCode = await run(process.argv.slice(2), {color})
saveCompileCache()
