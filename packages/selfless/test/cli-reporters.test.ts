/**
 * The machine reporters: JSON, SARIF 2.1.0 (the subset GitHub code scanning
 * reads), GitHub workflow commands and JUnit XML.
 */
import {describe, expect, it} from 'vitest'
import {rules} from 'retext-selfless'
import {escapeData, escapeProperty} from '../src/cli/reporters/github.js'
import {toUri} from '../src/cli/reporters/sarif.js'
import {cli} from './cli-helpers.js'

const note =
  'Work done by an office is credited to the office, not to the officer who ordered it: the UK Civil Service Code puts public duty above personal interest, and Pakistan\'s Conduct Rules and India\'s AIS Conduct Rules bar officers from vindicating or publicising their own acts.'
const url = 'https://github.com/selfless-lint/selfless/blob/main/docs/rules/my-directions.md'

describe('json', () => {
  it('gives every file with its messages in the message contract’s terms', async () => {
    const result = await cli('findings', ['--reporter', 'json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual([
      {path: 'clean.txt', messages: []},
      {
        path: 'notes.txt',
        messages: [
          {
            ruleId: 'my-directions',
            source: 'retext-selfless',
            level: 'warning',
            reason: 'Credits the writer’s own supervision (`under my supervision`); credit the office instead',
            line: 1,
            column: 41,
            endLine: 1,
            endColumn: 61,
            actual: 'under my supervision',
            expected: ["under the department's supervision"],
            note,
            url
          }
        ]
      },
      {
        path: 'post.md',
        messages: [
          {
            ruleId: 'my-directions',
            source: 'retext-selfless',
            level: 'warning',
            reason: 'Credits the writer’s own directions (`On my directions`); credit the office instead',
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: 17,
            actual: 'On my directions',
            expected: ["On the department's directions"],
            note,
            url
          }
        ]
      }
    ])
  })

  it('--format is the same as --reporter', async () => {
    expect(await cli('findings', ['--format', 'json'])).toEqual(await cli('findings', ['--reporter', 'json']))
  })
})

describe('sarif', () => {
  it('describes the rules and each result the way code scanning reads them', async () => {
    const result = await cli('findings', ['--reporter', 'sarif'])
    expect(result.code).toBe(1)
    const log = JSON.parse(result.stdout)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.runs).toHaveLength(1)
    const run = log.runs[0]
    expect(run.tool.driver.name).toBe('selfless')
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/)

    const ids = run.tool.driver.rules.map((rule: {id: string}) => rule.id)
    expect(ids).toEqual([...rules.map((rule) => rule.id), 'unknown-rule'])
    const index = ids.indexOf('my-directions')
    const rule = run.tool.driver.rules[index]
    const entry = rules.find((rule) => rule.id === 'my-directions')
    expect(rule).toEqual({
      id: 'my-directions',
      name: 'MyDirections',
      shortDescription: {text: entry?.summary},
      fullDescription: {text: note},
      helpUri: url,
      help: {
        text: expect.stringContaining(`${note}\n\nGuidance:\n- UK Civil Service Code`),
        markdown: expect.stringContaining(`**${entry?.summary}**\n\n${note}\n\nGuidance:\n\n- [UK Civil Service Code`)
      },
      defaultConfiguration: {level: 'warning'},
      properties: {tags: ['selfless', 'self-credit'], precision: 'high'}
    })

    expect(run.invocations).toEqual([{executionSuccessful: true, toolExecutionNotifications: []}])
    expect(run.results).toHaveLength(2)
    const [first] = run.results
    const region = {startLine: 1, startColumn: 41, endLine: 1, endColumn: 61}
    const artifactLocation = {uri: 'notes.txt', uriBaseId: '%SRCROOT%'}
    expect(first).toEqual({
      ruleId: 'my-directions',
      ruleIndex: index,
      level: 'warning',
      message: {text: 'Credits the writer’s own supervision (`under my supervision`); credit the office instead'},
      locations: [{physicalLocation: {artifactLocation, region}}],
      fixes: [
        {
          description: {text: 'Replace “under my supervision” with “under the department\'s supervision”'},
          artifactChanges: [{artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text: "under the department's supervision"}}]}]
        }
      ],
      partialFingerprints: {primaryLocationLineHash: expect.stringMatching(/^[\da-f]{16}:1$/)}
    })
  })

  it('keeps fingerprints when lines move, and counts repeats of the same text', async () => {
    const before = JSON.parse((await cli('clean', ['--stdin', '--stdin-filename', 'a.md', '--reporter', 'sarif'], 'On my directions, a.\n\nOn my directions, b.\n')).stdout)
    const after = JSON.parse((await cli('clean', ['--stdin', '--stdin-filename', 'a.md', '--reporter', 'sarif'], 'New intro.\n\nOn my directions, a.\n\nOn my directions, b.\n')).stdout)
    const prints = (log: {runs: Array<{results: Array<{partialFingerprints: {primaryLocationLineHash: string}}>}>}) =>
      log.runs[0]?.results.map((result) => result.partialFingerprints.primaryLocationLineHash)
    expect(prints(before)).toEqual(prints(after))
    expect(prints(before)?.map((print) => print.split(':')[1])).toEqual(['1', '2'])
  })

  it('reports unreadable files as tool notifications, not results', async () => {
    const log = JSON.parse((await cli('binary', ['--reporter', 'sarif'])).stdout)
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: {text: 'Cannot lint binary file (it contains NUL bytes)'},
            locations: [{physicalLocation: {artifactLocation: {uri: 'image.txt', uriBaseId: '%SRCROOT%'}}}]
          }
        ]
      }
    ])
    expect(log.runs[0].results.map((result: {locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) => result.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(['market.md'])
  })

  it('makes relative URIs with forward slashes and escaped segments', () => {
    expect(toUri('posts/a b.md')).toBe('posts/a%20b.md')
    expect(toUri('posts\\100%.md')).toBe('posts/100%25.md')
  })
})

describe('github', () => {
  it('prints one workflow command per finding', async () => {
    const result = await cli('findings', ['--reporter', 'github'])
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout:
        '::warning file=notes.txt,line=1,col=41,endLine=1,endColumn=61,title=selfless(my-directions)::Credits the writer’s own supervision (`under my supervision`); credit the office instead\n' +
        '::warning file=post.md,line=3,col=1,endLine=3,endColumn=17,title=selfless(my-directions)::Credits the writer’s own directions (`On my directions`); credit the office instead\n'
    })
  })

  it('maps errors to ::error, suggestions to ::notice, and escapes --why text', async () => {
    const error = await cli('config-discovery', ['market.md', '--reporter', 'github', '--why'])
    expect(error.stdout).toBe(
      `::error file=market.md,line=1,col=25,endLine=1,endColumn=41,title=selfless(my-directions)::Credits the writer’s own directions (\`on my directions\`); credit the office instead%0A${note}%0A${url}\n`
    )
    const suggestion = await cli('config-flag', ['--config', 'custom.json', '--reporter', 'github'])
    expect(suggestion.stdout).toMatch(/^::notice file=market\.md,line=1,col=25,/)
  })

  it('escapes data and properties as the runner expects', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b')
    expect(escapeProperty('dir,1/a:b.md')).toBe('dir%2C1/a%3Ab.md')
  })

  it('lists suppressions as notices with --report-suppressions', async () => {
    const result = await cli('suppressions', ['--reporter', 'github', '--report-suppressions'])
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::notice'))).toEqual([
      '::notice file=statement.md,line=3,col=1,title=selfless suppression::disable my-directions: quoting the minister word for word',
      '::notice file=statement.md,line=11,col=1,title=selfless suppression::ignore my-directions: no reason given'
    ])
  })
})

describe('junit', () => {
  it('writes a suite per file and a failing case per finding', async () => {
    const result = await cli('findings', ['--reporter', 'junit'])
    const failure = (path: string, where: string, reason: string, actual: string, expected: string) =>
      [
        `    <testcase name="${path}:${where} my-directions" classname="${path}">`,
        `      <failure message="${reason}" type="my-directions">warning: ${reason}`,
        `actual: ${actual}`,
        `expected: ${expected}`,
        note.replace(/'/g, '&apos;'),
        `${url}</failure>`,
        '    </testcase>'
      ].join('\n')
    expect(result.stdout).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="selfless" tests="3" failures="2" errors="0">',
        '  <testsuite name="clean.txt" tests="1" failures="0" errors="0">',
        '    <testcase name="clean.txt" classname="clean.txt"/>',
        '  </testsuite>',
        '  <testsuite name="notes.txt" tests="1" failures="1" errors="0">',
        failure('notes.txt', '1:41', 'Credits the writer’s own supervision (`under my supervision`); credit the office instead', 'under my supervision', 'under the department&apos;s supervision'),
        '  </testsuite>',
        '  <testsuite name="post.md" tests="1" failures="1" errors="0">',
        failure('post.md', '3:1', 'Credits the writer’s own directions (`On my directions`); credit the office instead', 'On my directions', 'On the department&apos;s directions'),
        '  </testsuite>',
        '</testsuites>',
        ''
      ].join('\n')
    )
  })
})

describe('json with --report-suppressions', () => {
  it('adds each file’s suppressions', async () => {
    const report = JSON.parse((await cli('suppressions', ['--reporter', 'json', '--report-suppressions'])).stdout)
    expect(report[0].suppressions).toEqual([
      {ruleIds: ['my-directions'], kind: 'disable', reason: 'quoting the minister word for word', line: 3, column: 1},
      {ruleIds: ['my-directions'], kind: 'ignore', reason: undefined, line: 11, column: 1}
    ].map((entry) => JSON.parse(JSON.stringify(entry))))
  })
})
