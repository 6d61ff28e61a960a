/** Test helper: a throw-away workspace folder with the files a test needs. */
import {mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'

export interface Workspace {
  root: string
  path(name: string): string
  write(name: string, text: string): string
  remove(): void
}

export function makeWorkspace(files: Record<string, string> = {}): Workspace {
  // realpath: on some systems the temp folder is a symlink, and URIs must match.
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'selfless-ls-')))
  const workspace: Workspace = {
    root,
    path: (name) => join(root, name),
    write(name, text) {
      const path = join(root, name)
      mkdirSync(dirname(path), {recursive: true})
      writeFileSync(path, text)
      return path
    },
    remove: () => rmSync(root, {recursive: true, force: true})
  }
  for (const [name, text] of Object.entries(files)) workspace.write(name, text)
  return workspace
}
