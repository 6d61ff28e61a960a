// CI check for the sample posts: the self-promotional ones are flagged, the
// clean ones are not, and the command fails (exit 1) because of them.
import {execFileSync} from 'node:child_process'
import assert from 'node:assert/strict'
import {fileURLToPath} from 'node:url'

// The workspace link pnpm makes for the `selfless` dependency.
const bin = fileURLToPath(new URL('node_modules/selfless/bin/selfless.js', import.meta.url))
const selfPromotional = ['flood-shelter.md', 'hospital-visit.md', 'road-repairs.md', 'vaccination-drive.txt']
const clean = ['bin-collection.md', 'library-hours.md', 'water-notice.txt']

let status = 0
let stdout = ''
try {
  stdout = execFileSync(process.execPath, [bin, '.', '--reporter', 'json'], {cwd: fileURLToPath(new URL('.', import.meta.url)), encoding: 'utf8'})
} catch (error) {
  status = error.status
  stdout = error.stdout
}

const report = JSON.parse(stdout)
const flagged = report.filter((file) => file.messages.length > 0).map((file) => file.path).sort()
assert.equal(status, 1, 'self-promotional posts make the run fail')
assert.deepEqual(report.map((file) => file.path).sort(), [...selfPromotional, ...clean].sort())
assert.deepEqual(flagged, selfPromotional)
console.log(`ok: ${flagged.length} self-promotional posts flagged, ${clean.length} clean posts pass`)
