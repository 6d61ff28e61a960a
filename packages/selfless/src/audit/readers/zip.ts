/**
 * Reads text entries out of a zip as it streams from disk (fflate's `Unzip`),
 * so a multi-gigabyte X archive (mostly media) costs only the entries asked
 * for, one chunk at a time. Entries not asked for are never inflated.
 */
import {open} from 'node:fs/promises'
import {Unzip, UnzipInflate} from 'fflate'
import {AuditError} from '../errors.js'
import {type ByteCounter, fileChunks} from './source.js'

export interface ZipText {
  /** The entry's path inside the zip. */
  entry: string
  text: string
  /** Whether this is the entry's last chunk. */
  end: boolean
}

/** Throws an `AuditError` unless `file` starts like a zip (`PK\3\4`). */
export async function assertZip(file: string): Promise<void> {
  const handle = await open(file, 'r')
  try {
    const {buffer, bytesRead} = await handle.read(Buffer.alloc(4), 0, 4, 0)
    if (bytesRead < 4 || buffer.readUInt32LE(0) !== 0x04_03_4b_50) {
      throw new AuditError(`Cannot read \`${file}\`: expected a zip archive (an X/Twitter archive as downloaded), but it does not start like one`, file)
    }
  } finally {
    await handle.close()
  }
}

/** The decoded text of every entry `wanted` accepts, in chunks, in zip order. */
export async function* zipText(file: string, wanted: (entry: string) => boolean, counter: ByteCounter): AsyncGenerator<ZipText> {
  await assertZip(file)
  const queue: ZipText[] = []
  let failure: Error | undefined
  const unzip = new Unzip((entry) => {
    if (!wanted(entry.name)) return
    const decoder = new TextDecoder('utf-8')
    entry.ondata = (error, data, final) => {
      if (error) {
        failure = error
        return
      }
      queue.push({entry: entry.name, text: decoder.decode(data, {stream: !final}), end: final})
    }
    entry.start()
  })
  unzip.register(UnzipInflate)

  const push = (chunk: Uint8Array, final: boolean): void => {
    try {
      unzip.push(chunk, final)
    } catch (error) {
      failure = error as Error
    }
    if (failure) throw new AuditError(`Cannot read \`${file}\`: broken zip archive (${failure.message})`, file)
  }

  for await (const chunk of fileChunks(file, counter)) {
    push(chunk, false)
    // `UnzipInflate` is synchronous: everything this chunk completed is queued now.
    while (queue.length > 0) yield queue.shift() as ZipText
  }
  push(new Uint8Array(0), true)
  while (queue.length > 0) yield queue.shift() as ZipText
}
