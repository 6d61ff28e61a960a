/**
 * The audit end to end through `runAudit`: exact summary figures from every
 * export format, `--since` / `--until`, `--speaker` and config, `--jsonl`,
 * the terminal summary, progress modes and usage errors.
 */
import {EventEmitter} from 'node:events'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runAudit} from '../src/audit/index.js'
import {run} from '../src/cli.js'
import {audit, csv, facebookJson, history, jsonl, temporaryFolder, tweetsJs, write, xZip} from './audit-helpers.js'

const folder = temporaryFolder()
const zip = write(path.join(folder, 'archive.zip'), xZip(history))
const noCategories = {'self-credit': 0, cameo: 0, 'personal-branding': 0}

const figures = {
  posts: 5,
  flagged: 3,
  share: 0.6,
  findings: 5,
  outOfRange: 0,
  undated: 0,
  failed: 0,
  firstDate: '2024-01-05T09:30:00.000Z',
  lastDate: '2024-04-15T16:45:00.000Z',
  categories: [
    {id: 'self-credit', posts: 2, share: 0.4, findings: 3, firstMonth: '2024-01', lastMonth: '2024-04'},
    {id: 'cameo', posts: 1, share: 0.2, findings: 1, firstMonth: '2024-02', lastMonth: '2024-02'},
    {id: 'personal-branding', posts: 1, share: 0.2, findings: 1, firstMonth: '2024-04', lastMonth: '2024-04'}
  ],
  rules: [
    {id: 'my-directions', category: 'self-credit', findings: 3, posts: 2},
    {id: 'surprise-visit', category: 'cameo', findings: 1, posts: 1},
    {id: 'vanity-hashtag', category: 'personal-branding', findings: 1, posts: 1}
  ],
  months: [
    {month: '2024-01', posts: 2, flagged: 1, categories: {...noCategories, 'self-credit': 1}},
    {month: '2024-02', posts: 1, flagged: 1, categories: {...noCategories, cameo: 1}},
    // A month without posts is still a month of the trend.
    {month: '2024-03', posts: 0, flagged: 0, categories: noCategories},
    {month: '2024-04', posts: 2, flagged: 1, categories: {...noCategories, 'self-credit': 1, 'personal-branding': 1}}
  ]
}

async function json(argv: string[]) {
  const result = await audit([...argv, '--json'])
  expect(result.stderr).toMatch(/^audit: \d+ posts? in [\d.]+ s \([\d,]+ posts\/s\)\n$/)
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout)
}

describe('summary figures', () => {
  it('counts posts, categories, rules and months exactly, and keeps the worst posts', async () => {
    const report = await json([zip, '--top', '2'])
    const {worst, ...rest} = report.summary
    expect(report).toMatchObject({version: 1, input: zip, format: 'X archive (zip)', since: null, until: null})
    expect(rest).toEqual(figures)
    expect(worst).toEqual([
      {
        id: '1004',
        date: '2024-04-02T10:00:00.000Z',
        url: 'https://x.com/i/web/status/1004',
        text: 'As per my instructions, the polio drive began under my supervision. #TeamDC',
        score: 6,
        findings: [
          {
            ruleId: 'my-directions',
            category: 'self-credit',
            severity: 'warning',
            reason: 'Credits the writer’s own instructions (`As per my instructions`); credit the office instead',
            actual: 'As per my instructions',
            expected: ["As per the department's instructions"],
            start: 0,
            end: 22,
            line: 1,
            column: 1
          },
          {
            ruleId: 'my-directions',
            category: 'self-credit',
            severity: 'warning',
            reason: 'Credits the writer’s own supervision (`under my supervision`); credit the office instead',
            actual: 'under my supervision',
            expected: ["under the department's supervision"],
            start: 46,
            end: 66,
            line: 1,
            column: 47
          },
          {
            ruleId: 'vanity-hashtag',
            category: 'personal-branding',
            severity: 'warning',
            reason: 'The hashtag `#TeamDC` names a team after the post; use the campaign’s or the place’s hashtag, or none',
            actual: '#TeamDC',
            expected: [],
            start: 68,
            end: 75,
            line: 1,
            column: 69
          }
        ]
      },
      // Same score as 1001: the more recent one ranks first.
      expect.objectContaining({id: '1003', score: 2})
    ])
  })

  it.each([
    ['tweets.js', () => write(path.join(folder, 'x/data/tweets.js'), tweetsJs(history))],
    ['Facebook JSON', () => write(path.join(folder, 'your_posts_1.json'), facebookJson(history))],
    ['CSV', () => write(path.join(folder, 'posts.csv'), csv(history))],
    ['JSON Lines', () => write(path.join(folder, 'posts.jsonl'), jsonl(history))]
  ])('gives the same figures from %s', async (_, make) => {
    const {worst, ...rest} = (await json([make()])).summary
    expect(rest).toEqual(figures)
    expect(worst.map((post: {text: string}) => post.text)).toEqual([history[3]?.text, history[2]?.text, history[0]?.text])
  })

  it('finds the offsets of decoded text (X escapes & as &amp;)', async () => {
    const report = await json([zip])
    const drain = report.summary.worst.find((post: {id: string}) => post.id === '1001')
    expect(drain.text.slice(drain.findings[0].start, drain.findings[0].end)).toBe('on my directions')
  })

  it('keeps posts within --since and --until (both inclusive, UTC)', async () => {
    const report = await json([zip, '--since', '2024-02-11', '--until', '2024-04-02'])
    expect(report.since).toBe('2024-02-11')
    expect(report.until).toBe('2024-04-02')
    expect(report.summary).toMatchObject({posts: 2, flagged: 2, outOfRange: 3, findings: 4})
    expect(report.summary.months.map((month: {month: string}) => month.month)).toEqual(['2024-02', '2024-03', '2024-04'])
  })

  it('counts undated posts in the totals but in no month', async () => {
    const file = write(path.join(folder, 'undated.jsonl'), jsonl(history.slice(0, 2)) + '{"id": "u1", "text": "Cleaned on my directions."}\n')
    const {summary} = await json([file])
    expect(summary).toMatchObject({posts: 3, flagged: 2, undated: 1})
    expect(summary.months.map((month: {posts: number}) => month.posts)).toEqual([2])
  })
})

describe('odd posts', () => {
  it('audits empty, huge, non-Latin, emoji-only and broken text without failing', async () => {
    const odd = ['', '   ', '\uD800 lone surrogate', '📸📸📸', 'ڈپٹی کمشنر نے دورہ کیا', 'on my directions '.repeat(2000), '\u0000\u0007 control', '&amp;amp; &#0; &#99999999;']
    const file = write(
      path.join(folder, 'odd/data/tweets.js'),
      tweetsJs(odd.map((text, index) => ({id: String(index), date: '2024-01-01T00:00:00Z', text})))
    )
    const {summary} = await json([file])
    expect(summary).toMatchObject({posts: 8, failed: 0, flagged: 1, findings: 2000})
  })
})

describe('config and speaker, as for the linter', () => {
  it('uses the config discovered from the export’s folder', async () => {
    const root = path.join(folder, 'configured')
    write(path.join(root, '.selflessrc.json'), JSON.stringify({rules: {'my-directions': 'off'}}))
    const file = write(path.join(root, 'posts.csv'), csv(history))
    const {summary} = await json([file])
    expect(summary).toMatchObject({flagged: 2, findings: 2})
    expect(summary.rules.map((rule: {id: string}) => rule.id)).toEqual(['surprise-visit', 'vanity-hashtag'])
  })

  it('uses --config, and --speaker over it', async () => {
    const config = write(path.join(folder, 'rules.json'), JSON.stringify({rules: {'surprise-visit': 'error'}}))
    const file = write(path.join(folder, 'appeal.jsonl'), jsonl([...history, {id: '1006', date: '2024-04-20T00:00:00Z', text: 'Follow me on Twitter for daily updates from the district.'}]))
    const department = (await json([file, '--config', config])).summary
    expect(department.rules.map((rule: {id: string}) => rule.id)).toEqual(['my-directions', 'engagement-appeal', 'surprise-visit', 'vanity-hashtag'])
    // The surprise visit is now an error: score 3, above 1001's 2.
    expect(department.worst.map((post: {id: string; score: number}) => [post.id, post.score])).toEqual([
      ['1004', 6],
      ['1003', 3],
      ['1006', 2],
      ['1001', 2]
    ])
    // On a personal account, asking for follows is ordinary (the `personal` profile).
    const personal = (await json([file, '--config', config, '--speaker', 'personal'])).summary
    expect(personal.rules.map((rule: {id: string}) => rule.id)).toEqual(['my-directions', 'surprise-visit', 'vanity-hashtag'])
  })

  it('refuses a bad config with exit 2, naming the file and key', async () => {
    const config = write(path.join(folder, 'bad.json'), JSON.stringify({rules: {'no-such-rule': 'off'}}))
    const result = await audit([zip, '--config', config])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^selfless audit: .*bad\.json.*no-such-rule.*\n$/)
  })
})

describe('--jsonl', () => {
  it('prints one line per post, in input order, with findings', async () => {
    const file = write(path.join(folder, 'lines.csv'), csv(history))
    const result = await audit([file, '--jsonl', '--quiet'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((line) => [line.id, line.findings.length])).toEqual([
      ['1001', 1],
      ['1002', 0],
      ['1003', 1],
      ['1004', 3],
      ['1005', 0]
    ])
    expect(lines[0]).toEqual({
      id: '1001',
      date: '2024-01-05T09:30:00.000Z',
      url: 'https://example.org/posts/1001',
      findings: [
        {
          ruleId: 'my-directions',
          category: 'self-credit',
          severity: 'warning',
          start: 35,
          end: 51,
          line: 1,
          column: 36,
          actual: 'on my directions',
          reason: 'Credits the writer’s own directions (`on my directions`); credit the office instead',
          expected: ["on the department's directions"]
        }
      ]
    })
  })
})

describe('--jsonl into a pipe', () => {
  it('waits for drain, and stops quietly with exit 0 when the reader goes away (EPIPE)', async () => {
    const many = write(path.join(folder, 'pipe.jsonl'), Array.from({length: 3000}, (_, index) => JSON.stringify({id: String(index), text: 'Done on my directions.'})).join('\n') + '\n')
    const stdout = new EventEmitter() as EventEmitter & {write(chunk: string): boolean}
    const chunks: string[] = []
    stdout.write = (chunk: string) => {
      chunks.push(chunk)
      // The first chunk fills the pipe; then the reader goes away, as `| head` does.
      setImmediate(() => stdout.emit('error', Object.assign(new Error('write EPIPE'), {code: 'EPIPE'})))
      return false
    }
    let stderr = ''
    const code = await runAudit([many, '--jsonl'], {stdout, stderr: {write: (chunk: string) => (stderr += chunk)}, env: {}})
    expect(code).toBe(0)
    expect(chunks.length).toBe(1)
    expect(chunks[0]?.split('\n')[0]).toBe('{"id":"0","date":null,"url":null,"findings":[{"ruleId":"my-directions","category":"self-credit","severity":"warning","start":5,"end":21,"line":1,"column":6,"actual":"on my directions","reason":"Credits the writer’s own directions (`on my directions`); credit the office instead","expected":["on the department\'s directions"]}]}')
    // Nothing but progress lines (how far reading got before the reader left depends on timing).
    expect(stderr.split('\n').filter((line) => line !== '' && !/^audit: \d+% · /.test(line))).toEqual([])
  })
})

describe('terminal summary', () => {
  it('shows figures, categories, rules, the trend and the worst posts highlighted', async () => {
    const result = await audit([zip, '--top', '2'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        `selfless audit · X archive (zip) · ${zip}`,
        '5 posts from 2024-01-05 to 2024-04-15 · 3 flagged (60.0%) · 5 findings',
        '',
        'Flagged posts by category',
        '  category             posts   share  since',
        '  self-credit              2   40.0%  2024-01',
        '  cameo                    1   20.0%  2024-02',
        '  personal-branding        1   20.0%  2024-04',
        '',
        'Top rules',
        '  my-directions         3 in 2 posts  self-credit',
        '  surprise-visit        1 in 1 post  cameo',
        '  vanity-hashtag        1 in 1 post  personal-branding',
        '',
        'Trend by month (share of posts flagged)',
        '  2024-01  ██████████             50.0%  1/2',
        '  2024-02  ████████████████████  100.0%  1/1',
        '  2024-03                          0.0%  0/0',
        '  2024-04  ██████████             50.0%  1/2',
        '',
        'Worst posts (2 of 3 flagged)',
        '  1. 2024-04-02 · 1004 · score 6 · https://x.com/i/web/status/1004',
        '     [[As per my instructions]], the polio drive began [[under my supervision]]. [[#TeamDC]]',
        "     my-directions Credits the writer’s own instructions (`As per my instructions`); credit the office instead → As per the department's instructions",
        "     my-directions Credits the writer’s own supervision (`under my supervision`); credit the office instead → under the department's supervision",
        '     vanity-hashtag The hashtag `#TeamDC` names a team after the post; use the campaign’s or the place’s hashtag, or none',
        '  2. 2024-02-11 · 1003 · score 2 · https://x.com/i/web/status/1003',
        '     Deputy Commissioner Muhammad Ali [[paid a surprise visit to]] Tehsil Headquarters Hospital Pasrur.',
        '     surprise-visit Narrates the visit as a cameo (`paid a surprise visit to`); report what was inspected and found → visited',
        ''
      ].join('\n')
    )
  })

  it('highlights in colour when asked', async () => {
    const result = await audit([zip, '--top', '1', '--color'])
    expect(result.stdout).toContain('\u001B[7;33mAs per my instructions\u001B[27;39m')
    expect((await audit([zip, '--no-color'], {color: true})).stdout).not.toContain('\u001B[')
  })
})

describe('progress on stderr', () => {
  const many = write(
    path.join(folder, 'many.jsonl'),
    Array.from({length: 2000}, (_, index) => JSON.stringify({id: String(index), date: '2024-01-01', text: index % 4 === 0 ? 'Done on my directions.' : 'Water supply restored.'})).join('\n') + '\n'
  )

  it('prints a plain line per 10% in CI', async () => {
    const result = await audit([many, '--json'], {env: {CI: 'true'}, tty: true})
    const lines = result.stderr.trimEnd().split('\n')
    const percents = lines.slice(0, -1).map((line) => Number(/^audit: (\d+)% · [\d,]+ posts · [\d,]+ posts\/s$/.exec(line)?.[1]))
    expect(percents.length).toBeGreaterThanOrEqual(5)
    expect(percents.every((value, index) => value >= 10 && value < 100 && (index === 0 || value > (percents[index - 1] as number)))).toBe(true)
    expect(lines.at(-1)).toMatch(/^audit: 2,000 posts in [\d.]+ s \([\d,]+ posts\/s\)$/)
  })

  it('draws a bar with rate and ETA on a terminal, then clears it', async () => {
    const result = await audit([many, '--json'], {tty: true})
    expect(result.stderr).toMatch(/\r\u001B\[2K█+░* +\d+% · [\d,]+ posts · [\d,]+\/s · ETA \d+:\d\d/)
    expect(result.stderr).toMatch(/\r\u001B\[2Kaudit: 2,000 posts in [\d.]+ s \([\d,]+ posts\/s\)\n$/)
  })

  it('prints nothing with --quiet', async () => {
    const result = await audit([many, '--json', '--quiet'], {tty: true})
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout).summary).toMatchObject({posts: 2000, flagged: 500, findings: 500})
  })
})

describe('usage', () => {
  it.each([
    [['--json', '--jsonl', 'x.csv'], '`--json` and `--jsonl` both print to stdout: choose one'],
    [['--since', '2024-13-01', 'x.csv'], 'Invalid `--since`: "2024-13-01" is not a calendar date'],
    [['--until', 'yesterday', 'x.csv'], 'Invalid `--until`: expected an ISO date like 2024-01-31 (or 2024-01-31T18:00Z), got "yesterday"'],
    [['--since', '2024-05-01', '--until', '2024-04-01', 'x.csv'], '`--since 2024-05-01` is not before `--until 2024-04-01`'],
    [['--speaker', 'minister', 'x.csv'], 'Invalid `--speaker`: expected one of department, officer, personal, got "minister"'],
    [['--format', 'pdf', 'x.csv'], 'Invalid `--format`: expected one of x, facebook, csv, jsonl, text, got "pdf"'],
    [['--jobs', '0', 'x.csv'], 'Invalid `--jobs`: expected `auto` or a number from 1 to 64, got "0"'],
    [['a.csv', 'b.csv'], 'expected one export to audit, got 2: a.csv, b.csv'],
    [['--frobnicate', 'x.csv'], "Unknown option '--frobnicate'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--frobnicate\""]
  ])('refuses %j', async (argv, message) => {
    const result = await audit(argv)
    expect(result).toEqual({code: 2, stdout: '', stderr: `selfless audit: ${message}\nRun \`selfless audit --help\` for usage.\n`})
  })

  it('refuses --jobs where no worker can start (here: TypeScript source without tsx)', async () => {
    const result = await audit([zip, '--jobs', '2'])
    expect(result).toEqual({code: 2, stdout: '', stderr: 'selfless audit: `--jobs` needs the built package (dist/audit/worker.js) or tsx; run without `--jobs`\n'})
  })

  it('asks for an export', async () => {
    expect(await audit([])).toEqual({code: 2, stdout: '', stderr: 'selfless audit: expected an export to audit\nRun `selfless audit --help` for usage.\n'})
  })

  it('prints help', async () => {
    const result = await audit(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: selfless audit \[options\] <export>\n/)
  })

  it('is what `selfless audit` runs', async () => {
    let stdout = ''
    const code = await run(['audit', zip, '--json', '--quiet'], {stdout: {write: (chunk: string) => (stdout += chunk)}, stderr: {write: () => true}})
    expect(code).toBe(0)
    expect(JSON.parse(stdout).summary.posts).toBe(5)
  })
})
