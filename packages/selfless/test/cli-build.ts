/**
 * The spawn tests run the BUILT command, as users do; the root vitest
 * global setup (test/global-setup.ts) builds it first when it is stale.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const packages = fileURLToPath(new URL('../../', import.meta.url))
export const bin = path.join(packages, 'selfless/bin/selfless.js')
