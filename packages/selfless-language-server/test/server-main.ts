// The entry the tests bundle and spawn (see server-bundle.ts): the command,
// without the built bin's code cache; `afterStartUp` says on stderr when it
// runs, for the tests of when it does.
import {run} from '../src/cli.js'

run(process.argv.slice(2), {afterStartUp: () => process.stderr.write('selfless-test: after start-up\n')})
