/**
 * The playground in a real browser: build it, open the built page from
 * file:// in headless Chromium, type a self-promotional post, check what is
 * marked and said, apply a rewrite, and save a screenshot.
 */
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, rm} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import type Axe from 'axe-core'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {lint} from '../src/lint.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const repo = path.resolve(root, '../..')
const screenshot = path.join(repo, 'test-artifacts', 'playground.png')
// Debian's chromium package; SELFLESS_CHROMIUM points elsewhere (e.g. on macOS).
const browserPath = process.env['SELFLESS_CHROMIUM'] ?? '/usr/bin/chromium'
const missing = !existsSync(browserPath)
const skipReason = `${browserPath} is missing: install it (apt-get install -y chromium) to run this browser test`
if (missing) console.warn(`[playground] skipped: ${skipReason}`)

const post = 'On my directions, the drains were cleaned.'
const busyPost = 'On my directions, the drains were cleaned. The DC paid a surprise visit and personally monitored the work. #TeamDC'
const guidance = 'https://github.com/selfless-lint/selfless/blob/main/docs/rules/my-directions.md'

const title = missing ? `playground (skipped: ${skipReason})` : 'playground in Chromium, from file://'

// Generous waits: CI machines are small and shared.
const patience = {timeout: 15_000}

describe.skipIf(missing)(title, {timeout: 30_000}, () => {
  let outDir = ''
  let profile = ''
  let context: BrowserContext
  let page: Page
  const problems: string[] = []
  let buildWarnings = ''

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'selfless-playground-'))
    profile = await mkdtemp(path.join(tmpdir(), 'selfless-chromium-'))
    // Build as a user would (`vite build`), in its own process so vitest's
    // NODE_ENV=test does not leak into the bundle.
    const vite = path.join(root, 'node_modules/vite/bin/vite.js')
    const {stderr} = await promisify(execFile)(
      process.execPath,
      [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      {cwd: root, env: {...process.env, NODE_ENV: 'production'}}
    )
    buildWarnings = stderr
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browserPath,
      headless: true,
      viewport: {width: 1200, height: 860},
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`))
    await page.goto(pathToFileURL(path.join(outDir, 'index.html')).href)
  }, 120_000)

  afterAll(async () => {
    await context?.close()
    await rm(outDir, {recursive: true, force: true})
    await rm(profile, {recursive: true, force: true})
  })

  test('builds without warnings (a Node-only import in the plugin would show here)', () => {
    expect(buildWarnings).toBe('')
  })

  test('runs from file:// with a prompt and nothing flagged', async () => {
    expect(page.url().startsWith('file://')).toBe(true)
    await expect.poll(() => page.locator('#status').textContent(), patience).toBe('Paste or type a post to check it.')
    expect(await page.locator('#findings li').count()).toBe(0)
  })

  test('marks the finding in place with its reason, guidance and rewrite', async () => {
    await page.locator('#post').pressSequentially(post)
    await expect.poll(() => page.locator('#status').textContent(), patience).toBe('1 finding.')

    expect(await page.locator('#preview mark').allTextContents()).toEqual(['On my directions'])
    expect(await page.locator('#preview mark').getAttribute('data-rule-id')).toBe('my-directions')
    // The preview holds the whole post: marked text plus the finding number.
    expect(await page.locator('#preview').textContent()).toBe('On my directions1, the drains were cleaned.')

    const card = page.locator('#findings li')
    expect(await card.count()).toBe(1)
    expect(await card.getAttribute('data-rule-id')).toBe('my-directions')
    expect(await card.locator('.badge').textContent()).toBe('Warning')
    expect(await card.locator('.actual').textContent()).toBe('On my directions')
    expect(await card.locator('.reason').textContent()).toBe(
      'Credits the writer’s own directions (On my directions); credit the office instead'
    )
    expect(await card.locator('.reason code').textContent()).toBe('On my directions')
    expect(await card.locator('.note').textContent()).toMatch(/^Work done by an office is credited to the office/)
    expect(await card.locator('a.guidance').getAttribute('href')).toBe(guidance)
    expect(await card.locator('button.rewrite').allTextContents()).toEqual(['Use On the department\'s directions'])

    // The highlight is tied to its card for assistive technology.
    expect(await page.locator('#preview mark').getAttribute('aria-describedby')).toBe('reason-1')
  })

  test('uses the institution field in the rewrite, and applies it from the keyboard', async () => {
    await page.locator('#institution').fill('The Rawalpindi District Administration')
    const button = page.locator('#findings button.rewrite')
    await expect.poll(() => button.allTextContents(), patience).toEqual([
      'Use On the Rawalpindi District Administration\'s directions'
    ])

    await button.focus()
    await page.keyboard.press('Enter')

    const applied = 'On the Rawalpindi District Administration\'s directions, the drains were cleaned.'
    await expect.poll(() => page.locator('#post').inputValue(), patience).toBe(applied)
    expect(await page.locator('#status').textContent()).toBe(
      'Replaced “On my directions” with “On the Rawalpindi District Administration\'s directions”. ' +
        'No findings: the post speaks in the institution’s voice.'
    )
    expect(await page.locator('#findings li').count()).toBe(0)
    expect(await page.locator('#preview mark').count()).toBe(0)
    // Focus returns to the post with the rewrite selected.
    const selection = await page.locator('#post').evaluate((node: HTMLTextAreaElement) => [
      document.activeElement === node,
      node.value.slice(node.selectionStart, node.selectionEnd)
    ])
    expect(selection).toEqual([true, 'On the Rawalpindi District Administration\'s directions'])
  })

  test('marks each finding of a post that trips several rules', async () => {
    await page.locator('#post').fill('')
    await page.locator('#post').pressSequentially(busyPost)
    await expect.poll(() => page.locator('#status').textContent(), patience).toBe('4 findings.')

    const marks = await page.locator('#preview mark').allTextContents()
    const ruleIds = await page.locator('#findings li').evaluateAll((items) =>
      items.map((item) => (item as HTMLElement).dataset['ruleId'])
    )
    expect(ruleIds).toEqual(['my-directions', 'surprise-visit', 'personally', 'vanity-hashtag'])
    expect(marks[0]).toBe('On my directions')
    expect(marks[1]).toContain('surprise visit')
    expect(marks[2]).toContain('personally')
    expect(marks[3]).toBe('#TeamDC')
    // Each mark is exactly the span the plugin reports, in place in the post.
    const reported = lint(busyPost, {speaker: 'department', institution: 'The Rawalpindi District Administration'})
    expect(marks).toEqual(reported.map((finding) => busyPost.slice(finding.start, finding.end)))
  })

  test('lets the user say who speaks: reach appeals are fine from a personal account, claims are not', async () => {
    const speaker = page.locator('#speaker')
    const values = await speaker.locator('option').evaluateAll((options) =>
      options.map((option) => (option as HTMLOptionElement).value)
    )
    expect(values).toEqual(['department', 'officer', 'personal'])
    expect(await page.locator('label[for="speaker"]').textContent()).toBe('Account')
    expect(await page.locator('label[for="institution"]').textContent()).toBe('Institution to credit')

    await page.locator('#post').fill('Thanks to my efforts, the park reopened. Please like and share this post.')
    const ruleIds = () =>
      page.locator('#findings li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['ruleId']))
    await expect.poll(ruleIds, patience).toEqual(['my-directions', 'engagement-appeal'])
    expect(await page.locator('#preview mark').nth(1).textContent()).toContain('like and share')
    await speaker.selectOption('personal')
    await expect.poll(ruleIds, patience).toEqual(['my-directions'])
    expect(await page.locator('#preview mark').allTextContents()).toEqual(['Thanks to my efforts'])
    expect(await page.locator('#findings button.rewrite').allTextContents()).toEqual([
      'Use Thanks to the Rawalpindi District Administration\'s efforts'
    ])
  })

  test('shows exactly what the plugin reports for the example post', async () => {
    await page.locator('#speaker').selectOption('department')
    await page.locator('#institution').fill('')
    await page.getByRole('button', {name: 'Try an example'}).click()
    const text = await page.locator('#post').inputValue()
    // The same lint, run in Node: the page must show every finding, in place.
    const expected = lint(text, {speaker: 'department'})
    expect(expected.map((finding) => finding.ruleId)).toContain('my-directions')
    await expect.poll(() => page.locator('#status').textContent(), patience).toBe(
      `${expected.length} ${expected.length === 1 ? 'finding' : 'findings'}.`
    )

    const cards = page.locator('#findings li')
    expect(await cards.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['ruleId']))).toEqual(
      expected.map((finding) => finding.ruleId)
    )
    expect(await cards.locator('.reason').allTextContents()).toEqual(
      expected.map((finding) => finding.reason.replaceAll('`', ''))
    )
    expect(await cards.locator('.actual').allTextContents()).toEqual(expected.map((finding) => finding.actual))
    for (const [index, finding] of expected.entries()) {
      const card = cards.nth(index)
      expect(await card.locator('a.guidance').getAttribute('href')).toBe(finding.url)
      expect(await card.locator('button.rewrite q').allTextContents()).toEqual(finding.expected)
    }

    // Marks cover each finding's exact span (overlaps share the first mark).
    const marked: string[] = []
    let cursor = 0
    for (const finding of expected) {
      if (finding.start < cursor) continue
      marked.push(text.slice(finding.start, finding.end))
      cursor = finding.end
    }
    expect(await page.locator('#preview mark').allTextContents()).toEqual(marked)

    await mkdir(path.dirname(screenshot), {recursive: true})
    await page.screenshot({path: screenshot, fullPage: true})
  })

  test('passes axe-core accessibility checks with findings shown (labels, names, contrast)', async () => {
    expect(await page.locator('#findings li').count()).toBeGreaterThan(0)
    await page.addScriptTag({path: createRequire(import.meta.url).resolve('axe-core/axe.min.js')})
    const violations = await page.evaluate(async () => {
      const {axe} = window as unknown as {axe: typeof Axe}
      const result = await axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        // No preload: axe would fetch the stylesheet by XHR, which file:// forbids.
        preload: false
      })
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)
    })
    expect(violations).toEqual([])
  })

  test('logs no console errors and loads every asset', () => {
    expect(problems).toEqual([])
  })
})
