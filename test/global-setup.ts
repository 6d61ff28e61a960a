/**
 * Some tests run what users run: the built CLI, the built language server,
 * the packed tarballs, the .vsix. So `pnpm test` on a fresh clone builds the
 * packages first, and only when a build is missing or older than its
 * sources (CI builds before testing, so there this only checks).
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))

// Each package and one file its build writes.
const outputs: Record<string, string> = {
  'retext-selfless': 'dist/index.js',
  selfless: 'dist/cli.cjs',
  'selfless-language-server': 'dist/cli.cjs',
  'vscode-selfless': 'dist/extension.cjs'
}

function newest(folder: string): number {
  let latest = 0
  for (const entry of readdirSync(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) latest = Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return latest
}

function stale(name: string, output: string): boolean {
  const file = path.join(root, 'packages', name, output)
  if (!existsSync(file)) return true
  // A package is stale when it, or a workspace package it builds on, changed.
  const sources = ['retext-selfless', 'selfless', 'selfless-language-server', name]
  return sources.some((source) => newest(path.join(root, 'packages', source, 'src')) > statSync(file).mtimeMs)
}

export default function setup(): void {
  if (!Object.entries(outputs).some(([name, output]) => stale(name, output))) return
  console.log('Building the packages first (`pnpm build`): some tests run the built output.')
  execFileSync('pnpm', ['build'], {cwd: root, stdio: 'inherit'})
}
