/**
 * The spawn tests run the BUILT command, as users do. This makes sure the
 * build exists and is newer than the sources of selfless and retext-selfless
 * (CI builds first, so there it only checks), and builds them otherwise.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const packages = fileURLToPath(new URL('../../', import.meta.url))
export const bin = path.join(packages, 'selfless/bin/selfless.js')

function newest(folder: string): number {
  let latest = 0
  for (const entry of readdirSync(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) latest = Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return latest
}

function built(name: string, output: string): boolean {
  const file = path.join(packages, name, 'dist', output)
  return existsSync(file) && statSync(file).mtimeMs >= newest(path.join(packages, name, 'src'))
}

export function ensureBuilt(): void {
  if (built('retext-selfless', 'index.js') && built('selfless', 'cli.js')) return
  execFileSync('pnpm', ['--filter', 'selfless...', 'build'], {cwd: packages, stdio: 'ignore'})
}
