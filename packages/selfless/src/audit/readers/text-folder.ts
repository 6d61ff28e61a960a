/**
 * A folder of Markdown or plain-text files (a blog, a press-release archive,
 * a CMS export): one file is one post. The id is the path relative to the
 * folder; the date comes from front matter (`date: 2024-03-01`) or from a
 * file name starting with a date (`2024-03-01-new-bridge.md`). Front matter
 * is not linted, and offsets of findings count from the body's start.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {parseDate} from '../dates.js'
import type {Post} from '../post.js'
import {ByteCounter, type PostSource} from './source.js'

const extensions = /\.(?:md|markdown|mdown|mkd|txt|text)$/i
const frontMatter = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n?/
const dateLine = /^date:\s*["']?([^"'\n]+?)["']?\s*$/m
const datedName = /^(\d{4}-\d{2}-\d{2})/

/** The post files under `folder`, sorted; skips dot folders and node_modules. */
export async function findTextFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  const files: string[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !extensions.test(entry.name)) continue
    const full = path.join(entry.parentPath, entry.name)
    const relative = path.relative(folder, full)
    if (relative.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules')) continue
    files.push(full)
  }
  return files.sort()
}

export async function textFolder(folder: string, files: readonly string[]): Promise<PostSource> {
  const counter = new ByteCounter()
  let total = 0
  for (const file of files) total += (await stat(file)).size
  return {format: 'folder of Markdown/text files', total, consumed: () => counter.value, posts: () => read(folder, files, counter)}
}

async function* read(folder: string, files: readonly string[], counter: ByteCounter): AsyncGenerator<Post> {
  for (const file of files) {
    const raw = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '')
    counter.value += Buffer.byteLength(raw)
    const match = frontMatter.exec(raw)
    const meta = match?.[1] ?? ''
    // The post is the body: offsets of findings count from after the front matter.
    const text = match ? raw.slice(match[0].length) : raw
    if (text.trim() === '') continue
    const id = path.relative(folder, file).split(path.sep).join('/')
    yield {
      id,
      date: parseDate(dateLine.exec(meta)?.[1]) ?? parseDate(datedName.exec(path.basename(file))?.[1]),
      url: undefined,
      text
    }
  }
}
