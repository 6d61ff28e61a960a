/**
 * Facebook page or profile exports ("Download your information", JSON):
 * `posts/your_posts_1.json` or `profile_posts_1.json`, an array of
 * `{timestamp, data: [{post}], attachments, title}` (some exports wrap it in
 * an object such as `{"status_updates_v2": […]}`). Items with no text (a
 * shared photo alone) are skipped.
 */
import {stat} from 'node:fs/promises'
import {parseDate} from '../dates.js'
import {AuditError} from '../errors.js'
import {JsonArraySplitter} from '../json-array-stream.js'
import type {Post} from '../post.js'
import {ByteCounter, fileText, type PostSource} from './source.js'

const expected = 'expected a Facebook posts export: a JSON array of `{"timestamp": 1700000000, "data": [{"post": "…"}]}`'

export async function facebookFromFile(file: string): Promise<PostSource> {
  const counter = new ByteCounter()
  const {size} = await stat(file)
  return {format: 'Facebook export (JSON)', total: size, consumed: () => counter.value, posts: () => read(file, counter)}
}

async function* read(file: string, counter: ByteCounter): AsyncGenerator<Post> {
  const splitter = new JsonArraySplitter()
  let index = 0
  for await (const text of fileText(file, counter)) {
    for (const raw of splitter.push(text)) {
      const post = toPost(parse(raw, file, index), file, index)
      index++
      if (post) yield post
    }
  }
  if (!splitter.done) throw new AuditError(`Cannot read \`${file}\`: ${splitter.found ? 'the JSON array is cut short' : expected}`, file)
}

function parse(raw: string, file: string, index: number): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    throw new AuditError(`Cannot read \`${file}\`: item ${index} is not valid JSON (${(error as Error).message})`, file)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('timestamp' in value)) {
    throw new AuditError(`Cannot read \`${file}\`: item ${index} has no \`timestamp\`; ${expected}`, file)
  }
  return value as Record<string, unknown>
}

function toPost(item: Record<string, unknown>, file: string, index: number): Post | undefined {
  const texts: string[] = []
  if (Array.isArray(item.data)) {
    for (const entry of item.data as unknown[]) {
      const post = entry !== null && typeof entry === 'object' ? (entry as {post?: unknown}).post : undefined
      if (typeof post === 'string' && post.trim() !== '') texts.push(fixMojibake(post))
    }
  } else if (item.data !== undefined) {
    throw new AuditError(`Cannot read \`${file}\`: item ${index} has a \`data\` that is not an array; ${expected}`, file)
  }
  if (texts.length === 0) return undefined
  return {id: `posts[${index}]`, date: parseDate(item.timestamp), url: undefined, text: texts.join('\n\n')}
}

/**
 * Facebook writes UTF-8 text as if each byte were a Latin-1 character
 * (`â\u0080\u0099` for `’`). When every character fits in a byte and the
 * bytes are valid UTF-8, decode them; otherwise leave the text as it is.
 */
export function fixMojibake(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u0080-\u00FF]/.test(value) || /[^\u0000-\u00FF]/.test(value)) return value
  const decoded = Buffer.from(value, 'latin1').toString('utf8')
  return decoded.includes('\uFFFD') ? value : decoded
}
