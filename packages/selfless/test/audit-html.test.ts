/**
 * The `--html` report: one self-contained file, every value escaped, opened
 * in headless Chromium where /usr/bin/chromium exists (CI installs it): no
 * console errors, no network, the expected bars, a table that filters, and a
 * screenshot in test-artifacts/.
 */
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {audit, csv, history, temporaryFolder, write, type FixturePost} from './audit-helpers.js'

const folder = temporaryFolder()
const chromium = '/usr/bin/chromium'
const hasChromium = existsSync(chromium)
const artifacts = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url))
// Say why, where it shows: a skipped browser test must not pass silently.
if (!hasChromium) console.warn(`audit-html: browser test SKIPPED: ${chromium} not found (apt-get install -y chromium)`)

// Untrusted text: markup, attribute breakouts and a `javascript:` link.
const hostile: FixturePost[] = [
  {id: '2001', date: '2024-02-20T10:00:00Z', text: 'On my directions <script>window.__xss = 1</script> the road was cleaned.'},
  {id: '2002', date: '2024-04-25T10:00:00Z', text: 'Under my supervision "><img src=x onerror="window.__xss=2"> & more.'}
]

async function report(): Promise<{file: string; html: string}> {
  const input = write(path.join(folder, 'posts.csv'), csv([...history, ...hostile]).replace('https://example.org/posts/2002', 'javascript:window.__xss=3'))
  const file = path.join(folder, 'report.html')
  const result = await audit([input, '--html', file, '--json'])
  expect(result.code).toBe(0)
  expect(result.stderr).toMatch(new RegExp(`audit: wrote ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\([\\d.]+ kB\\)\\n$`))
  return {file, html: readFileSync(file, 'utf8')}
}

describe('the HTML report file', () => {
  it('is self-contained: no external resources, and a policy that forbids them', async () => {
    const {html} = await report()
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[\w+/=]+&#39;; script-src &#39;sha256-[\w+/=]+&#39;;/)
    expect(html).not.toMatch(/<(?:link|iframe|object|embed)\b|<script\s+src=|@import|url\(|\bsrc="http/i)
    expect(html.match(/<script>/g)?.length).toBe(1)
  })

  it('escapes post text and refuses javascript: links', async () => {
    const {html} = await report()
    expect(html).not.toContain('<script>window.__xss')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;script&gt;window.__xss = 1&lt;/script&gt;')
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt; &amp; more.')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('<td class="link">2002</td>')
    expect(html).toContain('<td class="link"><a href="https://example.org/posts/1004" target="_blank" rel="noopener noreferrer">1004</a></td>')
  })

  it('draws one bar per month per chart and one per rule', async () => {
    const {html} = await report()
    const bars = (chart: string) => {
      const svg = new RegExp(`<svg[^>]*data-chart="${chart}"[^>]*>([\\s\\S]*?)</svg>`).exec(html)?.[1] ?? ''
      return svg.match(/<rect class="bar/g)?.length ?? 0
    }
    for (const chart of ['months-any', 'months-self-credit', 'months-cameo', 'months-personal-branding']) expect(bars(chart)).toBe(4)
    expect(bars('rules')).toBe(3)
    expect(html.match(/<tr data-categories=/g)?.length).toBe(5)
  })

  it('embeds only the worst posts, saying so', async () => {
    const input = path.join(folder, 'posts.csv')
    const file = path.join(folder, 'small.html')
    await audit([input, '--html', file, '--html-top', '2', '--quiet', '--json'])
    const html = readFileSync(file, 'utf8')
    expect(html.match(/<tr data-categories=/g)?.length).toBe(2)
    expect(html).toContain('The 2 worst of 5 flagged posts (by severity), to keep this file small; <code>selfless audit --jsonl</code> lists every post.')
  })
})

describe('the HTML report in headless Chromium', () => {
  it.skipIf(!hasChromium)(`renders, filters and has no console errors${hasChromium ? '' : ` (SKIPPED: ${chromium} not found; apt-get install chromium)`}`, async () => {
    const {file} = await report()
    const {chromium: browserType} = await import('playwright-core')
    const profile = path.join(folder, 'chromium-profile')
    const context = await browserType.launchPersistentContext(profile, {
      executablePath: chromium,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: {width: 1200, height: 900}
    })
    try {
      const page = await context.newPage()
      const problems: string[] = []
      const requests: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) requests.push(request.url())
      })
      await page.goto(pathToFileURL(file).href)

      expect(await page.locator('svg[data-chart="months-any"] rect.bar').count()).toBe(4)
      expect(await page.locator('svg[data-chart="months-cameo"] rect.bar').count()).toBe(4)
      expect(await page.locator('svg[data-chart="rules"] rect.bar').count()).toBe(3)
      const rows = page.locator('#posts tbody tr')
      const visible = page.locator('#posts tbody tr:not([hidden])')
      expect(await rows.count()).toBe(5)
      expect(await page.locator('#filter-count').textContent()).toBe('5 of 5 posts')

      // Untrusted text stayed text: nothing ran, no element was injected.
      expect(await page.evaluate(() => (globalThis as {__xss?: number}).__xss)).toBeUndefined()
      expect(await page.locator('#posts img, #posts script').count()).toBe(0)
      expect(await page.locator('#posts mark').filter({hasText: /^On my directions$/}).count()).toBe(1)

      await page.fill('#filter-text', 'polio')
      expect(await visible.count()).toBe(1)
      expect(await page.locator('#filter-count').textContent()).toBe('1 of 5 posts')
      await page.fill('#filter-text', '')
      await page.selectOption('#filter-category', 'cameo')
      expect(await visible.locator('td.link').allTextContents()).toEqual(['1003'])
      await page.selectOption('#filter-category', '')
      await page.click('svg[data-chart="rules"] rect.bar[data-rule="my-directions"]')
      expect(await page.inputValue('#filter-rule')).toBe('my-directions')
      expect(await visible.count()).toBe(4)
      await page.selectOption('#filter-rule', '')

      mkdirSync(artifacts, {recursive: true})
      await page.screenshot({path: path.join(artifacts, 'audit-report.png'), fullPage: true})
      expect(problems).toEqual([])
      expect(requests).toEqual([])
    } finally {
      await context.close()
    }
  }, 60_000)
})
