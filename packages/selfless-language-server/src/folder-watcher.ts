/**
 * Config changes for clients that cannot watch files for the server (no
 * dynamic `workspace/didChangeWatchedFiles` registration: Neovim 0.7, Helix).
 * The server watches, itself, every folder config discovery reads for an
 * open document: from the document's folder up to the file-system root. A
 * folder watch also sees files created, changed or removed in it, so a new
 * `.selflessrc.json` is noticed as well as an edited one.
 */
import {watch, type FSWatcher} from 'node:fs'
import {dirname} from 'node:path'

const names = /^(?:\.selflessrc(?:\.(?:json|yaml|yml|cjs|mjs|js))?|package\.json|\.selflessignore)$/

// Saving a file gives several events (write, rename, attribute): one re-lint.
const settle = 50

export class FolderWatcher {
  private readonly watchers = new Map<string, FSWatcher>()
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly changed: () => void) {}

  /** Watch `folder` and every folder above it. */
  watchUpFrom(folder: string): void {
    for (let current = folder; ; current = dirname(current)) {
      if (!this.watchers.has(current)) this.add(current)
      if (dirname(current) === current) break
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer)
    for (const watcher of this.watchers.values()) watcher.close()
    this.watchers.clear()
  }

  private add(folder: string): void {
    try {
      const watcher = watch(folder, {persistent: false}, (_event, name) => {
        if (name === null || names.test(String(name))) this.notify()
      })
      // A folder that goes away (or cannot be watched) just stops being watched.
      watcher.on('error', () => {
        watcher.close()
        this.watchers.delete(folder)
      })
      this.watchers.set(folder, watcher)
    } catch {
      // Missing or unreadable folder: nothing to watch there.
    }
  }

  private notify(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.changed()
    }, settle)
  }
}
