/**
 * Atomic writes: the new content goes to a temporary file in the same folder,
 * which is then renamed over the target, so a crash never leaves a
 * half-written post. The original file's mode is kept.
 *
 * The synchronous calls keep `fs/promises` and `crypto` (about 15 ms to load
 * together) out of every run's start-up; the command waits for each write
 * anyway.
 */
import {chmodSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'

let written = 0

export async function writeAtomic(file: string, value: string): Promise<void> {
  const folder = path.dirname(file)
  mkdirSync(folder, {recursive: true})
  // Unique within this process (the counter) and among processes (the pid).
  const unique = `${process.pid}.${(written++).toString(36)}${Math.random().toString(16).slice(2, 8)}`
  const temporary = path.join(folder, `.${path.basename(file)}.${unique}.tmp`)
  let mode: number | undefined
  try {
    mode = statSync(file).mode
  } catch {}
  try {
    writeFileSync(temporary, value)
    if (mode !== undefined) chmodSync(temporary, mode)
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
