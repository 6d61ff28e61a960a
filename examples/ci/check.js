// CI check for the CI example: run the exact `selfless` commands the GitHub
// workflow and the GitLab job run, and check the reports they hand over.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'

const here = fileURLToPath(new URL('.', import.meta.url))
const bin = path.join(here, 'node_modules/selfless/bin/selfless.js')
const out = mkdtempSync(path.join(tmpdir(), 'selfless-ci-'))

/** Runs a `selfless …` line from a workflow, with the output file moved to a temporary folder. */
function selfless(line) {
  const args = line.replace(/ \|\| true$/, '').split(' ').slice(1)
  const output = args.indexOf('--output')
  if (output !== -1) args[output + 1] = path.join(out, args[output + 1])
  return spawnSync(process.execPath, [bin, ...args], {cwd: here, encoding: 'utf8'})
}

try {
  const workflow = parse(readFileSync(path.join(here, '.github/workflows/selfless.yml'), 'utf8'))
  const steps = workflow.jobs.selfless.steps
  const runs = steps.filter((step) => step.run?.startsWith('selfless ')).map((step) => step.run)
  assert.equal(workflow.permissions['security-events'], 'write')
  assert.ok(steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif')))

  const sarifRun = selfless(runs[0])
  assert.equal(sarifRun.status, 1)
  const sarif = JSON.parse(readFileSync(path.join(out, 'selfless.sarif'), 'utf8'))
  assert.equal(sarif.version, '2.1.0')
  const results = sarif.runs[0].results
  assert.ok(results.length > 0)
  assert.ok(results.every((result) => result.locations[0].physicalLocation.artifactLocation.uri === 'posts/press-note.md'))

  const annotations = selfless(runs[1])
  assert.equal(annotations.status, 1)
  assert.match(annotations.stdout, /^::warning file=posts\/press-note\.md,line=3,/m)

  const gitlab = parse(readFileSync(path.join(here, '.gitlab-ci.yml'), 'utf8'))
  const junitRun = selfless(gitlab.selfless.script.find((line) => line.startsWith('selfless ')))
  assert.equal(junitRun.status, 1)
  const junit = readFileSync(path.join(out, 'selfless-junit.xml'), 'utf8')
  assert.match(junit, /<testsuite name="posts\/press-note\.md" tests="\d+" failures="[1-9]\d*"/)
  assert.match(junit, /<testsuite name="posts\/notice\.txt" tests="1" failures="0"/)
  console.log(`ok: SARIF (${results.length} results), annotations and JUnit match the workflows`)
} finally {
  rmSync(out, {recursive: true, force: true})
}
