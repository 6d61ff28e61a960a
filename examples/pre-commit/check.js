// CI check for the hook: in a scratch git repository, a staged self-promotional
// draft stops the commit, a clean one (or a staged image) lets it through.
import assert from 'node:assert/strict'
import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const bin = path.join(here, 'node_modules/selfless/bin/selfless.js')
const repo = mkdtempSync(path.join(tmpdir(), 'selfless-hook-'))
const git = (...args) => execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.org', ...args], {cwd: repo, encoding: 'utf8'})

try {
  git('init', '--quiet')
  mkdirSync(path.join(repo, '.git/hooks'), {recursive: true})
  copyFileSync(path.join(here, 'pre-commit'), path.join(repo, '.git/hooks/pre-commit'))
  const env = {...process.env, SELFLESS: `${process.execPath} ${bin}`}
  const commit = (message) => spawnSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.org', 'commit', '--quiet', '-m', message], {cwd: repo, env, encoding: 'utf8'})

  writeFileSync(path.join(repo, 'logo.png'), 'not prose')
  git('add', 'logo.png')
  assert.equal(commit('an image only').status, 0, 'no prose staged: the hook does nothing')

  mkdirSync(path.join(repo, 'drafts'))
  writeFileSync(path.join(repo, 'drafts/clean post.md'), 'The swimming pool reopens on Monday.\n')
  git('add', '.')
  const clean = commit('a clean post')
  assert.equal(clean.status, 0, clean.stdout + clean.stderr)

  writeFileSync(path.join(repo, 'drafts/pool.md'), 'The swimming pool was repaired on my directions.\n')
  git('add', '.')
  const blocked = commit('a self-promotional post')
  assert.equal(blocked.status, 1, 'the hook stops the commit')
  // git sends a hook's output to stderr.
  assert.match(blocked.stderr, /drafts\/pool\.md\n1:32-1:48 warning .* my-directions retext-selfless/)
  console.log('ok: the hook blocks a self-promotional draft and lets clean commits through')
} finally {
  rmSync(repo, {recursive: true, force: true})
}
