/** Test helper: CI builds before testing; on a fresh checkout, build here (once). */
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export const packageFolder = fileURLToPath(new URL('..', import.meta.url))

const outputs = ['dist/extension.cjs', 'dist/server.cjs', 'dist/server-main.cjs', 'dist/compile-cache.cjs', 'dist/selflessrc.schema.json']

export function ensureBuilt(): void {
  if (outputs.every((output) => existsSync(new URL(`../${output}`, import.meta.url)))) return
  execFileSync('pnpm', ['run', 'build'], {cwd: packageFolder, stdio: 'pipe'})
}
