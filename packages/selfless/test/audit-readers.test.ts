/**
 * Each export format, made by the test in a temporary folder, read into the
 * same posts; and each wrong input refused with an error naming what was
 * expected (exit 2).
 */
import path from 'node:path'
import {zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {openSource} from '../src/audit/readers/detect.js'
import type {FieldNames} from '../src/audit/readers/fields.js'
import type {Post} from '../src/audit/post.js'
import {audit, csv, facebookJson, history, jsonl, temporaryFolder, tweetsJs, write, xZip} from './audit-helpers.js'

const folder = temporaryFolder()

async function read(input: string, fields: FieldNames = {}, format?: 'x' | 'facebook' | 'csv' | 'jsonl' | 'text'): Promise<{format: string; posts: Post[]}> {
  const source = await openSource(input, format, fields)
  const posts: Post[] = []
  for await (const post of source.posts()) posts.push(post)
  expect(source.consumed()).toBe(source.total)
  return {format: source.format, posts}
}

const simple = (posts: Post[]) => posts.map((post) => ({id: post.id, date: post.date?.toISOString(), url: post.url, text: post.text}))
const expectedPosts = (url: (id: string) => string | undefined, id: (post: (typeof history)[number], index: number) => string = (post) => post.id) =>
  history.map((post, index) => ({id: id(post, index), date: new Date(post.date).toISOString(), url: url(post.id), text: post.text}))

describe('X/Twitter archives', () => {
  const xUrl = (id: string) => `https://x.com/i/web/status/${id}`
  // X lists newest first.
  const newestFirst = expectedPosts(xUrl).reverse()

  it('reads data/tweets.js, decoding &amp; and dates', async () => {
    const file = write(path.join(folder, 'x-script/data/tweets.js'), tweetsJs(history))
    const {format, posts} = await read(file)
    expect(format).toBe('X archive (tweets.js)')
    expect(simple(posts)).toEqual(newestFirst)
    expect(posts[4]?.text).toBe('The drain on Mall Road was cleaned on my directions & the road reopened.')
  })

  it('reads the unpacked archive folder, with tweets-part1.js', async () => {
    const root = path.join(folder, 'x-folder')
    write(path.join(root, 'data/tweets.js'), tweetsJs(history.slice(0, 3)))
    write(path.join(root, 'data/tweets-part1.js'), tweetsJs(history.slice(3), 1))
    write(path.join(root, 'data/deleted-tweets.js'), 'window.YTD.deleted_tweets.part0 = []')
    const {format, posts} = await read(root)
    expect(format).toBe('X archive (folder)')
    expect(simple(posts).map((post) => post.id)).toEqual(['1003', '1002', '1001', '1005', '1004'])
  })

  it('reads the archive zip as downloaded, skipping media', async () => {
    const file = write(path.join(folder, 'twitter-archive.zip'), xZip(history))
    const {format, posts} = await read(file)
    expect(format).toBe('X archive (zip)')
    expect(simple(posts)).toEqual(newestFirst)
  })

  it('refuses a zip without data/tweets.js', async () => {
    const file = write(path.join(folder, 'photos.zip'), zipSync({'photo.jpg': new Uint8Array(64)}))
    const result = await audit([file])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `selfless audit: Cannot read \`${file}\`: no \`data/tweets.js\` in this zip; expected an X/Twitter archive's \`data/tweets.js\`: \`window.YTD.tweets.part0 = [{"tweet": {"id_str", "full_text", "created_at"}}, …]\`\n`
    )
  })

  it('refuses a .zip that is not a zip', async () => {
    const file = write(path.join(folder, 'fake.zip'), 'id,text\n')
    const result = await audit([file])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`selfless audit: Cannot read \`${file}\`: expected a zip archive (an X/Twitter archive as downloaded), but it does not start like one\n`)
  })

  it('refuses a .js file that is not a tweets script', async () => {
    const file = write(path.join(folder, 'app.js'), 'const items = [1, 2, 3]\n')
    const result = await audit([file])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `selfless audit: Cannot read \`${file}\`: expected an X/Twitter archive's \`data/tweets.js\`: \`window.YTD.tweets.part0 = [{"tweet": {"id_str", "full_text", "created_at"}}, …]\`\n`
    )
  })

  it('refuses tweets without full_text', async () => {
    const file = write(path.join(folder, 'bad/tweets.js'), 'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1"}}]')
    const result = await audit([file])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`Cannot read \`${file}\`: item 0 has no \`full_text\``)
  })

  it('refuses a cut-off tweets.js', async () => {
    const file = write(path.join(folder, 'cut/tweets.js'), tweetsJs(history).slice(0, 300))
    const result = await audit([file])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`selfless audit: Cannot read \`${file}\`: the array of tweets is cut short\n`)
  })
})

describe('Facebook exports', () => {
  it('reads posts, fixes Facebook’s mojibake, skips items without text', async () => {
    const file = write(path.join(folder, 'your_posts_1.json'), facebookJson([...history, {id: 'x', date: '2024-05-01T00:00:00Z', text: 'Ramazan bazaar’s stalls open — 9 to 5.'}]))
    const {format, posts} = await read(file)
    expect(format).toBe('Facebook export (JSON)')
    expect(simple(posts)).toEqual([
      ...expectedPosts(() => undefined, (_, index) => `posts[${index}]`),
      {id: 'posts[5]', date: '2024-05-01T00:00:00.000Z', url: undefined, text: 'Ramazan bazaar’s stalls open — 9 to 5.'}
    ])
  })

  it('reads the object-wrapped form', async () => {
    const file = write(path.join(folder, 'wrapped.json'), `{"status_updates_v2": ${facebookJson(history.slice(0, 2))}}`)
    expect((await read(file)).posts.map((post) => post.id)).toEqual(['posts[0]', 'posts[1]'])
  })

  it('refuses JSON that is not a posts export', async () => {
    const file = write(path.join(folder, 'package.json'), '[{"name": "x"}]')
    const result = await audit([file])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `selfless audit: Cannot read \`${file}\`: item 0 has no \`timestamp\`; expected a Facebook posts export: a JSON array of \`{"timestamp": 1700000000, "data": [{"post": "…"}]}\`\n`
    )
  })
})

describe('CSV', () => {
  it('reads the usual column names, quoted text and CRLF', async () => {
    const file = write(path.join(folder, 'posts.csv'), csv(history))
    const {format, posts} = await read(file)
    expect(format).toBe('CSV')
    expect(simple(posts)).toEqual(expectedPosts((id) => `https://example.org/posts/${id}`))
  })

  it('takes column names from flags, and a BOM, quotes and newlines in fields', async () => {
    const rows = '\uFEFFPost ID;ignored,Published,Caption,Permalink\r\n7,2024-06-01,"Line one, with ""quotes""\nline two",https://example.org/7\r\n'
    const file = write(path.join(folder, 'custom.csv'), rows)
    const {posts} = await read(file, {id: 'Post ID;ignored', date: 'published', text: 'caption', url: 'permalink'})
    expect(simple(posts)).toEqual([{id: '7', date: '2024-06-01T00:00:00.000Z', url: 'https://example.org/7', text: 'Line one, with "quotes"\nline two'}])
  })

  it('reads TSV by extension', async () => {
    const file = write(path.join(folder, 'posts.tsv'), 'id\ttext\n1\tOn my directions, the road was cleaned.\n')
    const {format, posts} = await read(file)
    expect(format).toBe('TSV')
    expect(simple(posts)).toEqual([{id: '1', date: undefined, url: undefined, text: 'On my directions, the road was cleaned.'}])
  })

  it('refuses a CSV with no text column, naming the columns', async () => {
    const file = write(path.join(folder, 'no-text.csv'), 'id,when\n1,2024-01-01\n')
    const result = await audit([file])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `selfless audit: Cannot read \`${file}\`: expected a CSV whose first row names a text column (\`text\`, \`full_text\`, \`message\`, \`post\`, \`content\`, \`body\`, \`caption\`, \`tweet\`) or \`--text-column <name>\`; the columns are \`id\`, \`when\`\n`
    )
  })

  it('refuses an unknown --text-column', async () => {
    const file = write(path.join(folder, 'posts2.csv'), csv(history))
    const result = await audit([file, '--text-column', 'body'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`selfless audit: Cannot read \`${file}\`: no column \`body\` (from \`--text-column\`); the columns are \`id\`, \`date\`, \`text\`, \`url\`\n`)
  })

  it('refuses malformed CSV', async () => {
    const file = write(path.join(folder, 'broken.csv'), 'id,text\n1,"unterminated\n')
    const result = await audit([file])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^selfless audit: Cannot read `.*broken\.csv`: not valid CSV \(Quote Not Closed: .+\)\n$/)
  })
})

describe('JSON Lines', () => {
  it('reads one object per line with the usual keys', async () => {
    const file = write(path.join(folder, 'posts.jsonl'), jsonl(history))
    const {format, posts} = await read(file)
    expect(format).toBe('JSON Lines')
    expect(simple(posts)).toEqual(expectedPosts((id) => `https://example.org/posts/${id}`))
  })

  it('reads dotted field names into nested objects', async () => {
    const file = write(path.join(folder, 'nested.ndjson'), '{"tweet": {"id_str": "9", "full_text": "Under my supervision, it was done.", "created_at": "Fri Jan 05 09:30:00 +0000 2024"}}\n\n')
    const {posts} = await read(file, {text: 'tweet.full_text', id: 'tweet.id_str', date: 'tweet.created_at'})
    expect(simple(posts)).toEqual([{id: '9', date: '2024-01-05T09:30:00.000Z', url: undefined, text: 'Under my supervision, it was done.'}])
  })

  it('refuses a line that is not JSON, naming the line', async () => {
    const file = write(path.join(folder, 'bad.jsonl'), '{"text": "fine"}\n{"text": oops}\n')
    const result = await audit([file])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(new RegExp(`^selfless audit: Cannot read \`${escape(file)}\`:2: expected one JSON object per line \\(JSON Lines\\), but this line is not valid JSON \\(.+\\)\\n$`))
  })

  it('refuses objects without a text field', async () => {
    const file = write(path.join(folder, 'no-text.jsonl'), '{"id": 1, "when": "2024-01-01"}\n')
    const result = await audit([file])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `selfless audit: Cannot read \`${file}\`:1: expected objects with a text field (\`text\`, \`full_text\`, \`message\`, \`post\`, \`content\`, \`body\`, \`caption\`, \`tweet\`) or \`--text-column <name>\`; this object has \`id\`, \`when\`\n`
    )
  })
})

describe('folders of Markdown and text files', () => {
  it('reads one post per file, dated by front matter or file name', async () => {
    const root = path.join(folder, 'press')
    write(path.join(root, '2024-01-05-drain.md'), '# Drain cleaned\n\nThe drain was cleaned on my directions.\n')
    write(path.join(root, 'releases/polio.md'), '---\ntitle: Polio\ndate: "2024-04-02"\n---\nThe polio drive began under my supervision.\n')
    write(path.join(root, 'notes.txt'), 'Water supply was restored.\n')
    write(path.join(root, '.drafts/secret.md'), 'On my directions.\n')
    write(path.join(root, 'image.png'), 'not text')
    const {format, posts} = await read(root)
    expect(format).toBe('folder of Markdown/text files')
    expect(simple(posts)).toEqual([
      {id: '2024-01-05-drain.md', date: '2024-01-05T00:00:00.000Z', url: undefined, text: '# Drain cleaned\n\nThe drain was cleaned on my directions.\n'},
      {id: 'notes.txt', date: undefined, url: undefined, text: 'Water supply was restored.\n'},
      {id: 'releases/polio.md', date: '2024-04-02T00:00:00.000Z', url: undefined, text: 'The polio drive began under my supervision.\n'}
    ])
  })

  it('refuses a folder with nothing to read', async () => {
    const root = path.join(folder, 'images')
    write(path.join(root, 'a.png'), 'x')
    const result = await audit([root])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `selfless audit: Cannot read \`${root}\`: expected an X/Twitter archive (its folder, its .zip or data/tweets.js), a Facebook posts export (.json), a CSV or TSV file (.csv, .tsv), JSON Lines (.jsonl, .ndjson) or a folder of Markdown/text files; this folder has no \`data/tweets.js\` and no .md or .txt files\n`
    )
  })
})

describe('unknown inputs', () => {
  it('refuses an unknown extension, listing what is read', async () => {
    const file = write(path.join(folder, 'export.pdf'), '%PDF-1.7')
    const result = await audit([file])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `selfless audit: Cannot read \`${file}\`: unknown format \`.pdf\`; expected an X/Twitter archive (its folder, its .zip or data/tweets.js), a Facebook posts export (.json), a CSV or TSV file (.csv, .tsv), JSON Lines (.jsonl, .ndjson) or a folder of Markdown/text files (or pass \`--format\`)\n`
    )
  })

  it('reads an unknown extension with --format', async () => {
    const file = write(path.join(folder, 'export.txt'), jsonl(history.slice(0, 1)))
    const {posts} = await read(file, {}, 'jsonl')
    expect(posts.map((post) => post.id)).toEqual(['1001'])
  })

  it('refuses a missing path', async () => {
    const result = await audit(['does-not-exist.zip'], {cwd: folder})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`selfless audit: Cannot read \`${path.join(folder, 'does-not-exist.zip')}\`: no such file or folder\n`)
  })
})

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
