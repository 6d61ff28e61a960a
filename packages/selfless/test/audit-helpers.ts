/**
 * Shared by the audit tests: a temporary folder per test file, fixture
 * exports written by the tests themselves (nothing binary is committed), and
 * `runAudit` with captured output.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {zipSync, strToU8} from 'fflate'
import {afterAll} from 'vitest'
import {runAudit} from '../src/audit/index.js'

/** A fresh temporary folder, removed after the test file. */
export function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'selfless-audit-test-'))
  afterAll(() => rmSync(folder, {recursive: true, force: true}))
  return folder
}

export function write(file: string, content: string | Uint8Array): string {
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, content)
  return file
}

export interface FixturePost {
  id: string
  /** ISO date-time (UTC). */
  date: string
  text: string
}

/**
 * The history every format fixture holds: two clean posts, and posts that
 * use phrases of finished rules only (my-directions, surprise-visit,
 * vanity-hashtag), across three months.
 */
export const history: FixturePost[] = [
  {id: '1001', date: '2024-01-05T09:30:00Z', text: 'The drain on Mall Road was cleaned on my directions & the road reopened.'},
  {id: '1002', date: '2024-01-20T12:00:00Z', text: 'Water supply was restored in Sector 4 today.'},
  {id: '1003', date: '2024-02-11T08:15:00Z', text: 'Deputy Commissioner Muhammad Ali paid a surprise visit to Tehsil Headquarters Hospital Pasrur.'},
  {id: '1004', date: '2024-04-02T10:00:00Z', text: 'As per my instructions, the polio drive began under my supervision. #TeamDC'},
  {id: '1005', date: '2024-04-15T16:45:00Z', text: 'The vaccination camp at Government School No. 2 runs until Friday.'}
]

/** X's `created_at`: `Fri Jan 05 09:30:00 +0000 2024`. */
export function twitterDate(iso: string): string {
  const date = new Date(iso)
  const [day, , month, year, time] = date.toUTCString().replace(',', '').split(' ')
  return `${day} ${month} ${String(date.getUTCDate()).padStart(2, '0')} ${time} +0000 ${year}`
}

/** `data/tweets.js` as X writes it: escaped `&`, `<`, `>`, newest first. */
export function tweetsJs(posts: readonly FixturePost[], part = 0): string {
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
  const items = [...posts].reverse().map((post) => ({
    tweet: {id_str: post.id, id: post.id, full_text: escape(post.text), created_at: twitterDate(post.date), lang: 'en', retweet_count: '0'}
  }))
  return `window.YTD.tweets.part${part} = ${JSON.stringify(items, null, 2)}`
}

/** An X archive zip: `data/tweets.js` among other entries (media, account). */
export function xZip(posts: readonly FixturePost[]): Uint8Array {
  return zipSync({
    'Your archive.html': strToU8('<html></html>'),
    data: {
      'account.js': strToU8('window.YTD.account.part0 = [{"account": {"username": "dcoffice"}}]'),
      'tweets.js': strToU8(tweetsJs(posts)),
      'deleted-tweets.js': strToU8('window.YTD.deleted_tweets.part0 = []'),
      tweets_media: {'1001-a.jpg': new Uint8Array(2048).fill(7)}
    }
  })
}

/** A Facebook posts export: `[{timestamp, data: [{post}], title}]`, text in Facebook's Latin-1 mojibake. */
export function facebookJson(posts: readonly FixturePost[]): string {
  const mojibake = (text: string) => Buffer.from(text, 'utf8').toString('latin1')
  return JSON.stringify(
    [
      ...posts.map((post) => ({
        timestamp: Date.parse(post.date) / 1000,
        attachments: [],
        data: [{post: mojibake(post.text)}, {update_timestamp: Date.parse(post.date) / 1000}],
        title: 'DC Office updated their status.'
      })),
      // A shared photo with no text: skipped.
      {timestamp: 1_700_000_000, attachments: [{data: [{media: {uri: 'photos/1.jpg'}}]}], title: 'DC Office added a photo.'}
    ],
    null,
    2
  )
}

export function csv(posts: readonly FixturePost[], columns = {id: 'id', date: 'date', text: 'text', url: 'url'}): string {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`
  const rows = posts.map((post) => [post.id, post.date, quote(post.text), `https://example.org/posts/${post.id}`].join(','))
  return [[columns.id, columns.date, columns.text, columns.url].join(','), ...rows].join('\r\n') + '\r\n'
}

export function jsonl(posts: readonly FixturePost[]): string {
  return posts.map((post) => JSON.stringify({id: post.id, created_at: post.date, text: post.text, url: `https://example.org/posts/${post.id}`})).join('\n') + '\n'
}

export interface Captured {
  code: number
  stdout: string
  stderr: string
}

/** `runAudit` with captured stdout and stderr (never a TTY unless asked), outside CI unless asked. */
export async function audit(
  argv: readonly string[],
  options: {cwd?: string; env?: Record<string, string | undefined>; tty?: boolean; color?: boolean} = {}
): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const code = await runAudit(argv, {
    stdout: {write: (chunk: string) => ((stdout += chunk), true)},
    stderr: {write: (chunk: string) => ((stderr += chunk), true), isTTY: options.tty ?? false, columns: 100},
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    color: options.color ?? false
  })
  return {code, stdout, stderr}
}
