// The server the extension starts (`dist/server.cjs`): it loads the bundled
// server (`dist/server-main.cjs`) through V8's code cache, as the language
// server's bin does (see selfless's src/cli/compile-cache.ts), so that
// neither start-up nor the first lint compiles the ~1 MB bundle again.
import module, {createRequire} from 'node:module'
import type * as CompileCache from 'selfless/compile-cache'
import type * as ServerMain from './server-main.js'

// Node 22.1+ (newer VS Code) caches compiled code itself (not in Node 20's types).
;(module as {enableCompileCache?: () => void}).enableCompileCache?.()

const require = createRequire(import.meta.url)
const cache = require('./compile-cache.cjs') as typeof CompileCache
const main = cache.loadModule(require.resolve('./server-main.cjs')) as typeof ServerMain
main.start({afterStartUp: cache.saveCompileCache})
