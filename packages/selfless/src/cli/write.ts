/**
 * Atomic writes: the new content goes to a temporary file in the same folder,
 * which is then renamed over the target, so a crash never leaves a
 * half-written post. The original file's mode is kept.
 */
import {randomBytes} from 'node:crypto'
import {chmod, mkdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'

export async function writeAtomic(file: string, value: string): Promise<void> {
  const folder = path.dirname(file)
  await mkdir(folder, {recursive: true})
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const mode = await stat(file).then((stats) => stats.mode, () => undefined)
  try {
    await writeFile(temporary, value)
    if (mode !== undefined) await chmod(temporary, mode)
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
