/**
 * What every reader returns: the posts as an async stream, plus how far into
 * the input it is, for the progress bar's percentage and ETA.
 */
import {createReadStream} from 'node:fs'
import type {Post} from '../post.js'

export interface PostSource {
  /** What was recognised, for messages: e.g. `X archive (zip)`. */
  format: string
  /** Size of the input in bytes, for progress. */
  total: number
  /** Bytes consumed so far. */
  consumed(): number
  /** The posts, one at a time. */
  posts(): AsyncGenerator<Post>
}

/** Counts bytes read, so readers share one progress measure. */
export class ByteCounter {
  value = 0
}

/** A file's bytes in chunks, counted as they are read (16 KiB: progress stays fine-grained on small files). */
export async function* fileChunks(file: string, counter: ByteCounter): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(file, {highWaterMark: 16_384})) {
    counter.value += (chunk as Buffer).length
    yield chunk as Buffer
  }
}

/** A file's text (UTF-8, BOM dropped) in chunks, never split inside a character. */
export async function* fileText(file: string, counter: ByteCounter): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8')
  for await (const chunk of fileChunks(file, counter)) {
    const text = decoder.decode(chunk, {stream: true})
    if (text) yield text
  }
  const rest = decoder.decode()
  if (rest) yield rest
}
