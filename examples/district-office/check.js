// CI check for the district office: its config raises my-directions to an
// error whose rewrite credits the configured institution, its allow list lets
// the engineer's supervision through, and the clean post passes.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const bin = path.join(here, 'node_modules/selfless/bin/selfless.js')
const run = spawnSync(process.execPath, [bin, 'posts', '--reporter', 'json', '--fail-on', 'error'], {cwd: here, encoding: 'utf8'})
assert.equal(run.stderr, '')
assert.equal(run.status, 1, 'an error-level finding fails the run')

const report = JSON.parse(run.stdout)
const byPath = Object.fromEntries(report.map((file) => [file.path, file.messages]))
assert.deepEqual(byPath['posts/clinic-hours.md'], [])
const credit = byPath['posts/market-drive.md'].find((message) => message.ruleId === 'my-directions')
assert.ok(credit, 'my-directions is reported')
assert.equal(credit.level, 'error')
assert.equal(credit.line, 3)
assert.deepEqual(credit.expected, ["On the Riverside District Office's directions"])
assert.ok(!byPath['posts/market-drive.md'].some((message) => /registered engineer/i.test(message.actual ?? '')))
console.log('ok: the district office config applies (institution, severities, allow list)')
