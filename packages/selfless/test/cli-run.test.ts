/**
 * The command in-process: inputs, formats, config, ignore files, inline
 * control, the stylish report and exit codes, on the fixture folders.
 */
import {symlinkSync, mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, copyFixture} from './cli-helpers.js'

const directions = 'Credits the writer’s own directions (`on my directions`); credit the office instead'

describe('inputs', () => {
  it('lints the prose files under the current folder by default', async () => {
    const result = await cli('findings', [])
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        'clean.txt: no issues found',
        'notes.txt',
        '1:41-1:61 warning Credits the writer’s own supervision (`under my supervision`); credit the office instead my-directions retext-selfless',
        '',
        'post.md',
        '3:1-3:17  warning Credits the writer’s own directions (`On my directions`); credit the office instead      my-directions retext-selfless',
        '',
        '⚠ 2 warnings',
        ''
      ].join('\n')
    })
  })

  it('reports a clean file and exits 0', async () => {
    expect(await cli('clean', [])).toEqual({code: 0, stderr: '', stdout: 'hours.md: no issues found\n'})
  })

  it('skips node_modules and .git, and files that are not prose, in folders', async () => {
    const folder = copyFixture('nested')
    for (const skipped of ['node_modules/pkg', '.git']) {
      mkdirSync(path.join(folder, skipped), {recursive: true})
      writeFileSync(path.join(folder, skipped, 'notes.md'), 'Vendored: on my directions.\n')
    }
    const result = await cli(folder, ['--reporter', 'json'])
    const paths = (JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)
    expect(paths).toEqual(['PLAYGROUND.MARKDOWN', 'docs/lights.md'])
  })

  it('lints a file named explicitly whatever its extension, as text', async () => {
    const result = await cli('nested', ['notes.rst', '--reporter', 'json'])
    expect(JSON.parse(result.stdout)).toMatchObject([{path: 'notes.rst', messages: [{ruleId: 'my-directions', line: 1, column: 24}]}])
  })

  it('expands globs', async () => {
    const result = await cli('formats', ['*.{txt,csv}', '--reporter', 'json'])
    const paths = (JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)
    expect(paths).toEqual(['data.csv', 'plain.txt'])
  })

  it('lists each file once when inputs overlap', async () => {
    const result = await cli('findings', ['post.md', '.', '*.md', '--reporter', 'json'])
    const paths = (JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)
    expect(paths).toEqual(['post.md', 'clean.txt', 'notes.txt'])
  })

  it('reports inputs that match nothing (exit 2) and lints the rest', async () => {
    const result = await cli('findings', ['missing.md', 'nothing-*.md', 'post.md'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('selfless: No such file or folder: `missing.md`\nselfless: No files match the pattern `nothing-*.md`\n')
    expect(result.stdout).toContain('post.md\n3:1-3:17 warning')
  })
})

describe('formats', () => {
  it('reads Markdown, MDX, HTML and text by extension, never code, URLs or scripts', async () => {
    const result = await cli('formats', [])
    expect(result.stdout).toBe(
      [
        'page.html',
        '4:30-4:50 warning Credits the writer’s own supervision (`under my supervision`); credit the office instead    my-directions retext-selfless',
        '',
        'plain.txt',
        '1:26-1:38 warning Credits the writer’s own orders (`on my orders`); credit the office instead                 my-directions retext-selfless',
        '',
        'post.md',
        `3:31-3:47 warning ${directions}         my-directions retext-selfless`,
        '',
        'story.mdx',
        '5:25-5:47 warning Credits the writer’s own instructions (`as per my instructions`); credit the office instead my-directions retext-selfless',
        '',
        '⚠ 4 warnings',
        ''
      ].join('\n')
    )
  })
})

describe('config', () => {
  it('discovers the nearest config per file', async () => {
    const result = await cli('config-discovery', [])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        'market.md',
        `1:25-1:41 error ${directions} my-directions retext-selfless`,
        '',
        'quiet-corner/market.md: no issues found',
        '',
        '✖ 1 error',
        ''
      ].join('\n')
    )
  })

  it('uses --config instead of discovery', async () => {
    const result = await cli('config-flag', ['--config', 'custom.json'])
    expect(result).toEqual({code: 0, stderr: '', stdout: `market.md\n1:25-1:41 info ${directions} my-directions retext-selfless\n`})
  })

  it.each([
    ['config-bad-key', 'selfless: .selflessrc.json: Invalid option `speekr`: expected one of `speaker`, `institution`, `officials`, `allow`, `rules`, `quotes` (unknown option), got "department"\n'],
    ['config-unknown-rule', 'selfless: .selflessrc.json: Invalid option `rules.no-such-rule`: expected a known rule id (unknown rule), got "no-such-rule"\n'],
    ['config-bad-value', 'selfless: .selflessrc.yml: Invalid option `rules.my-directions`: expected one of \'off\', \'suggestion\', \'warning\', \'error\', got "loud"\n']
  ])('%s: exits 2 naming the file, the key and what was expected', async (fixture, stderr) => {
    expect(await cli(fixture, [])).toEqual({code: 2, stdout: '', stderr})
  })

  it('exits 2 when --config names a missing file', async () => {
    expect(await cli('config-flag', ['--config', 'missing.json'])).toEqual({code: 2, stdout: '', stderr: 'selfless: Cannot read missing.json: no such file\n'})
  })
})

describe('ignore files', () => {
  it('skips what .selflessignore lists', async () => {
    const result = await cli('ignore', ['--reporter', 'json'])
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['archive/well.md', 'gate.md'])
  })

  it('uses --ignore-path instead', async () => {
    const result = await cli('ignore', ['--ignore-path', 'other-ignore', '--reporter', 'json'])
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['drafts/fence.md', 'gate.md'])
  })

  it('exits 2 when --ignore-path names a missing file', async () => {
    expect(await cli('ignore', ['--ignore-path', 'nope'])).toEqual({code: 2, stdout: '', stderr: 'selfless: Cannot read ignore file nope: no such file\n'})
  })

  it('skips an ignored file even when named explicitly', async () => {
    expect(await cli('ignore', ['drafts/fence.md'])).toEqual({code: 0, stdout: '', stderr: ''})
  })
})

describe('inline control', () => {
  it('--report-suppressions lists every suppression (disable, ignore) with its reason', async () => {
    const result = await cli('suppressions', ['--report-suppressions'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        'statement.md',
        `9:25-9:41 warning ${directions} my-directions retext-selfless`,
        '',
        '⚠ 1 warning',
        'Inline suppressions (2):',
        '  statement.md:3:1  disable my-directions  reason: quoting the minister word for word',
        '  statement.md:11:1  ignore my-directions  (no reason given)',
        ''
      ].join('\n')
    )
  })

  it('reports an unknown rule in a comment as an error', async () => {
    const result = await cli('unknown-inline-rule', [])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        'hall.md',
        '1:1-1:49 error Unknown rule `no-such-rule` in a `selfless disable` comment: expected a rule id such as `my-directions` unknown-rule selfless',
        '',
        '✖ 1 error',
        ''
      ].join('\n')
    )
  })
})

describe('unreadable and binary files', () => {
  it('reports a binary file on that file, lints the rest, and exits 2', async () => {
    const result = await cli('binary', [])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe(
      [
        'image.txt',
        '          error   Cannot lint binary file (it contains NUL bytes)                                     read-error    selfless-cli',
        '',
        'market.md',
        `1:24-1:40 warning ${directions} my-directions retext-selfless`,
        '',
        '2 messages (✖ 1 error, ⚠ 1 warning)',
        ''
      ].join('\n')
    )
  })

  it('reports an unreadable file (a dangling link) and goes on', async () => {
    const folder = copyFixture('clean')
    symlinkSync(path.join(folder, 'gone.md'), path.join(folder, 'broken.md'))
    const result = await cli(folder, ['--reporter', 'json'])
    expect(result.code).toBe(2)
    expect(JSON.parse(result.stdout)).toEqual([
      {
        path: 'broken.md',
        messages: [
          {
            ruleId: 'read-error',
            source: 'selfless-cli',
            level: 'error',
            reason: 'Cannot read file: no such file',
            line: null,
            column: null,
            endLine: null,
            endColumn: null,
            actual: null,
            expected: [],
            note: null,
            url: null
          }
        ]
      },
      {path: 'hours.md', messages: []}
    ])
  })
})

describe('exit codes', () => {
  it.each([
    [[], 1],
    [['--fail-on', 'error'], 0],
    [['--fail-on', 'suggestion'], 1],
    [['--max-warnings', '2'], 0],
    [['--max-warnings', '1'], 1],
    [['--fail-on', 'error', '--max-warnings', '1'], 1]
  ])('two warnings with %j exit %i', async (args, code) => {
    expect((await cli('findings', args)).code).toBe(code)
  })

  it('a suggestion fails only with --fail-on suggestion', async () => {
    expect((await cli('config-flag', ['--config', 'custom.json'])).code).toBe(0)
    expect((await cli('config-flag', ['--config', 'custom.json', '--fail-on', 'suggestion'])).code).toBe(1)
  })

  it('an error fails whatever --fail-on says', async () => {
    expect((await cli('config-discovery', ['--fail-on', 'error'])).code).toBe(1)
  })
})

describe('--quiet', () => {
  it('shows only failing levels and hides clean files', async () => {
    const result = await cli('config-flag', ['--config', 'custom.json', '--quiet'])
    expect(result).toEqual({code: 0, stderr: '', stdout: ''})
    const failing = await cli('findings', ['--quiet', '--reporter', 'json'])
    expect((JSON.parse(failing.stdout) as Array<{messages: unknown[]}>).map((file) => file.messages.length)).toEqual([0, 1, 1])
  })
})

describe('--why', () => {
  it('adds each finding’s rule page and note', async () => {
    const result = await cli('findings', ['post.md', '--why'])
    expect(result.stdout).toBe(
      [
        'post.md',
        '3:1-3:17 warning Credits the writer’s own directions (`On my directions`); credit the office instead my-directions retext-selfless',
        '  [url]:',
        '    https://github.com/selfless-lint/selfless/blob/main/docs/rules/my-directions.md',
        '  [note]:',
        '    Work done by an office is credited to the office, not to the officer who ordered it: the UK Civil Service Code puts public duty above personal interest, and Pakistan\'s Conduct Rules and India\'s AIS Conduct Rules bar officers from vindicating or publicising their own acts.',
        '',
        '⚠ 1 warning',
        ''
      ].join('\n')
    )
  })
})

describe('--stdin', () => {
  it('lints standard input as text by default', async () => {
    const result = await cli('clean', ['--stdin'], 'The ward was cleaned on my directions.\n')
    expect(result).toEqual({code: 1, stderr: '', stdout: `<stdin>\n1:22-1:38 warning ${directions} my-directions retext-selfless\n\n⚠ 1 warning\n`})
  })

  it('takes format, config and ignore rules from --stdin-filename', async () => {
    const markdown = '```\non my directions\n```\n'
    expect(await cli('clean', ['--stdin', '--stdin-filename', 'post.md'], markdown)).toEqual({code: 0, stderr: '', stdout: 'post.md: no issues found\n'})
    const configured = await cli('config-discovery', ['--stdin', '--stdin-filename', 'x.md'], 'Cleared on my directions.\n')
    expect(configured.stdout).toBe(`x.md\n1:9-1:25 error ${directions} my-directions retext-selfless\n\n✖ 1 error\n`)
    expect(await cli('ignore', ['--stdin', '--stdin-filename', 'drafts/new.md'], 'On my directions.\n')).toEqual({code: 0, stderr: '', stdout: ''})
  })
})

describe('--output', () => {
  it('writes the report to a file and nothing to stdout', async () => {
    const folder = copyFixture('findings')
    const result = await cli(folder, ['--output', 'reports/selfless.json', '--reporter', 'json'])
    expect(result).toEqual({code: 1, stdout: '', stderr: ''})
    const {readFileSync} = await import('node:fs')
    const report = JSON.parse(readFileSync(path.join(folder, 'reports/selfless.json'), 'utf8')) as unknown[]
    expect(report).toHaveLength(3)
  })
})

describe('write errors', () => {
  it('exits 2 when the report cannot be written', async () => {
    expect(await cli('findings', ['--output', 'post.md/report.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'selfless: Cannot write report post.md/report.txt: a part of the path is not a folder\n'
    })
  })

  it('exits 2 when the baseline cannot be written', async () => {
    expect(await cli('findings', ['--update-baseline', '--baseline', 'post.md/baseline.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'selfless: Cannot write baseline post.md/baseline.json: a part of the path is not a folder\n'
    })
  })
})
