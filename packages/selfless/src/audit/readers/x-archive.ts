/**
 * X/Twitter archives, as downloaded: the zip, the unpacked folder, or its
 * `data/tweets.js` alone. Tweets live in `data/tweets.js` (older archives:
 * `data/tweet.js`; big ones add `tweets-part1.js`, …), each a script
 * `window.YTD.tweets.part0 = [{"tweet": {"id_str", "full_text", "created_at"}}, …]`.
 * `full_text` keeps the web client's HTML escaping, so it is decoded.
 */
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {parseDate} from '../dates.js'
import {decodeEntities} from '../entities.js'
import {AuditError} from '../errors.js'
import {JsonArraySplitter} from '../json-array-stream.js'
import type {Post} from '../post.js'
import {ByteCounter, fileText, type PostSource} from './source.js'
import {zipText} from './zip.js'

const tweetsFile = /^tweets?(?:-part\d+)?\.js$/
const expected = 'expected an X/Twitter archive\'s `data/tweets.js`: `window.YTD.tweets.part0 = [{"tweet": {"id_str", "full_text", "created_at"}}, …]`'

/** Whether an entry of an archive (zip path or file name) holds tweets. */
export function isTweetsEntry(entry: string): boolean {
  const parts = entry.split('/')
  const name = parts.at(-1) ?? ''
  // Inside the archive tweets are under `data/`; `deleted-tweets.js` etc. are not matched.
  return tweetsFile.test(name) && (parts.length === 1 || parts.at(-2) === 'data')
}

/** Turns the text of one or more `tweets.js` scripts, in chunks, into posts. */
export async function* tweetsFromText(chunks: AsyncIterable<{name: string; text: string; end: boolean}>): AsyncGenerator<Post> {
  let splitter = new JsonArraySplitter()
  let index = 0
  for await (const {name, text, end} of chunks) {
    for (const raw of splitter.push(text)) {
      checkPrefix(splitter, name)
      yield toPost(parseItem(raw, name, index), name, index++)
    }
    if (end) {
      checkPrefix(splitter, name)
      if (!splitter.done) throw new AuditError(`Cannot read \`${name}\`: ${splitter.found ? 'the array of tweets is cut short' : expected}`, name)
      splitter = new JsonArraySplitter()
      index = 0
    }
  }
}

function checkPrefix(splitter: JsonArraySplitter, name: string): void {
  if (splitter.found && !/^\s*window\.YTD\.\w+\.part\d+\s*=\s*$/.test(splitter.prefix)) {
    throw new AuditError(`Cannot read \`${name}\`: ${expected}`, name)
  }
}

function parseItem(raw: string, name: string, index: number): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    throw new AuditError(`Cannot read \`${name}\`: item ${index} is not valid JSON (${(error as Error).message})`, name)
  }
  const tweet = value !== null && typeof value === 'object' && 'tweet' in value ? (value as {tweet: unknown}).tweet : value
  if (tweet === null || typeof tweet !== 'object' || typeof (tweet as {full_text?: unknown}).full_text !== 'string' && typeof (tweet as {text?: unknown}).text !== 'string') {
    throw new AuditError(`Cannot read \`${name}\`: item ${index} has no \`full_text\`; ${expected}`, name)
  }
  return tweet as Record<string, unknown>
}

function toPost(tweet: Record<string, unknown>, name: string, index: number): Post {
  const id = typeof tweet.id_str === 'string' ? tweet.id_str : typeof tweet.id === 'string' || typeof tweet.id === 'number' ? String(tweet.id) : `${path.basename(name)}[${index}]`
  const text = (typeof tweet.full_text === 'string' ? tweet.full_text : tweet.text) as string
  return {
    id,
    date: parseDate(tweet.created_at),
    // The `i/web` form works without knowing the account's handle.
    url: /^\d+$/.test(id) ? `https://x.com/i/web/status/${id}` : undefined,
    text: decodeEntities(text)
  }
}

async function* wholeFiles(files: readonly string[], counter: ByteCounter) {
  for (const file of files) {
    for await (const text of fileText(file, counter)) yield {name: file, text, end: false}
    yield {name: file, text: '', end: true}
  }
}

/** A `tweets.js` file on its own. */
export async function xFromScript(file: string): Promise<PostSource> {
  const counter = new ByteCounter()
  const {size} = await stat(file)
  return {format: 'X archive (tweets.js)', total: size, consumed: () => counter.value, posts: () => tweetsFromText(wholeFiles([file], counter))}
}

/** The tweets scripts in an unpacked archive folder (or its `data/` folder), or `undefined` if none. */
export async function findTweetScripts(folder: string): Promise<string[] | undefined> {
  for (const candidate of [path.join(folder, 'data'), folder]) {
    const names = await readdir(candidate).catch(() => [] as string[])
    const found = names.filter((name) => tweetsFile.test(name)).sort(byPart)
    if (found.length > 0) return found.map((name) => path.join(candidate, name))
  }
  return undefined
}

// `tweets.js` before `tweets-part1.js` before `tweets-part10.js`.
function byPart(a: string, b: string): number {
  const part = (name: string) => Number(/part(\d+)/.exec(name)?.[1] ?? -1)
  return part(a) - part(b)
}

/** An unpacked archive folder. */
export async function xFromFolder(folder: string, files: readonly string[]): Promise<PostSource> {
  const counter = new ByteCounter()
  let total = 0
  for (const file of files) total += (await stat(file)).size
  return {format: 'X archive (folder)', total, consumed: () => counter.value, posts: () => tweetsFromText(wholeFiles(files, counter))}
}

/** The archive zip as downloaded. */
export async function xFromZip(file: string): Promise<PostSource> {
  const counter = new ByteCounter()
  const {size} = await stat(file)
  return {
    format: 'X archive (zip)',
    total: size,
    consumed: () => counter.value,
    async *posts() {
      let seen = false
      for await (const post of tweetsFromText(zipChunks(file, counter, () => (seen = true)))) yield post
      if (!seen) throw new AuditError(`Cannot read \`${file}\`: no \`data/tweets.js\` in this zip; ${expected}`, file)
    }
  }
}

async function* zipChunks(file: string, counter: ByteCounter, onEntry: () => void) {
  for await (const chunk of zipText(file, isTweetsEntry, counter)) {
    onEntry()
    yield {name: `${file}:${chunk.entry}`, text: chunk.text, end: chunk.end}
  }
}
