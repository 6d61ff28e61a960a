/**
 * Workspace folders: a document belongs to the deepest folder that holds it.
 * That folder is where config discovery starts from (`cwd`) and where a new
 * `.selflessrc.json` is created.
 */
import {sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {WorkspaceFolder} from 'vscode-languageserver'

export class Folders {
  private paths: string[] = []

  set(folders: readonly WorkspaceFolder[]): void {
    this.paths = []
    this.add(folders)
  }

  add(folders: readonly WorkspaceFolder[]): void {
    for (const folder of folders) {
      const path = filePathOf(folder.uri)
      if (path !== undefined && !this.paths.includes(path)) this.paths.push(path)
    }
  }

  remove(folders: readonly WorkspaceFolder[]): void {
    const gone = new Set(folders.map((folder) => filePathOf(folder.uri)))
    this.paths = this.paths.filter((path) => !gone.has(path))
  }

  /** The deepest folder containing `filePath`. */
  rootOf(filePath: string): string | undefined {
    let best: string | undefined
    for (const path of this.paths) {
      const inside = filePath === path || filePath.startsWith(path.endsWith(sep) ? path : path + sep)
      if (inside && (best === undefined || path.length > best.length)) best = path
    }
    return best
  }
}

/** The file path of a `file:` URI; `undefined` for any other scheme or a URI Node cannot map. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    // e.g. a UNC-style `file://host/share` URI on Linux.
    return undefined
  }
}
