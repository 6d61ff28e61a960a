/**
 * Keeps the examples in the docs honest: every input/output pair a page marks
 * with `<!-- doc-test: … -->` (see `doc-blocks.ts`) is run, in page order, in a
 * fresh scratch folder per page, and what it prints must equal the page's
 * output block. Edit a rule's message, a reporter or a doc, and this fails
 * until the page shows the real output again.
 *
 * Commands run in-process through the CLI's `run(argv, io)` from source (what
 * `bin/selfless.js` calls), so no build is needed and each takes milliseconds.
 * API snippets are written next to `examples/api-node` (whose dependencies
 * they import) and imported as modules, with `console.log` captured.
 *
 * Blocks marked `same`, `in` or `written` must equal a repository file, a block
 * of another page (the language server's editor configs), or a file a command
 * wrote.
 *
 * Only these are normalised: the scratch folder's absolute path (→ `/tmp/docs`),
 * the repository's (→ `/repo`), ANSI colour codes, and whitespace at the very
 * end of the output.
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {format} from 'node:util'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it, vi} from 'vitest'
import {run} from '../packages/selfless/src/cli.js'
import {clearConfigCache} from '../packages/selfless/src/index.js'
import {type DocTest, docTests, parseCommand, scan} from './doc-blocks.js'

const repo = fileURLToPath(new URL('../', import.meta.url))
const snippets = path.join(repo, 'examples/api-node/.doc-test')

/** Pages checked, and the kinds of example each must keep (so markers cannot silently vanish). */
const pages: Record<string, Array<DocTest['kind']>> = {
  'getting-started.md': ['file', 'cli', 'api'],
  'ci.md': ['file', 'cli', 'same', 'written'],
  'editors.md': ['in']
}

function normalise(text: string, scratch: string): string {
  return text
    .replace(/\u001B\[[\d;]*m/g, '')
    .replaceAll(scratch, '/tmp/docs')
    .replaceAll(repo.replace(/\/$/, ''), '/repo')
    .trimEnd()
}

afterAll(() => rmSync(snippets, {recursive: true, force: true}))

for (const [page, kinds] of Object.entries(pages)) {
  describe(`docs/${page}`, () => {
    const markdown = readFileSync(path.join(repo, 'docs', page), 'utf8')
    const tests = docTests(markdown, `docs/${page}`)
    const scratch = mkdtempSync(path.join(tmpdir(), 'selfless-docs-'))
    afterAll(() => rmSync(scratch, {recursive: true, force: true}))

    it('marks the examples it must keep', () => {
      expect([...new Set(tests.map((test) => test.kind))].sort()).toEqual([...kinds].sort())
    })

    // Files are written when the page shows them, so later commands see them.
    let pending: Array<Extract<DocTest, {kind: 'file'}>> = []
    for (const test of tests) {
      if (test.kind === 'file') {
        pending.push(test)
        continue
      }
      const files = pending
      pending = []
      const title = test.kind === 'cli' ? test.command : test.kind === 'api' ? `${test.lang} snippet` : `${test.kind} ${test.path}`

      it(`line ${test.line}: ${title}`, async () => {
        for (const file of files) {
          const target = path.join(scratch, file.path)
          mkdirSync(path.dirname(target), {recursive: true})
          writeFileSync(target, file.text)
        }

        if (test.kind === 'written') {
          expect(test.text, `the page shows ${test.path} as the commands above write it`).toBe(readFileSync(path.join(scratch, test.path), 'utf8'))
        } else if (test.kind === 'same') {
          expect(test.text, `the page shows ${test.path} exactly`).toBe(readFileSync(path.join(repo, test.path), 'utf8'))
        } else if (test.kind === 'in') {
          const blocks = scan(readFileSync(path.join(repo, test.path), 'utf8')).flatMap((item) => (item.type === 'fence' ? [item.text] : []))
          expect(blocks, `docs/${page} must show this block exactly as ${test.path} has it: copy the current one`).toContain(test.text)
        } else if (test.kind === 'cli') {
          const {args, stdin} = parseCommand(test.command)
          // Each documented command is a fresh process: forget configs found by earlier ones.
          clearConfigCache()
          let output = ''
          const write = (chunk: string) => (output += chunk)
          const code = await run(args, {
            cwd: scratch,
            stdout: {write},
            stderr: {write},
            color: false,
            ...(stdin === undefined ? {} : {stdin})
          })
          expect(normalise(output, scratch)).toBe(test.output.trimEnd())
          expect(code, 'exit code').toBe(test.exit)
        } else if (test.kind === 'api') {
          mkdirSync(snippets, {recursive: true})
          const file = path.join(snippets, `${page.replace(/\W/g, '-')}-${test.line}.${test.lang}`)
          writeFileSync(file, test.code)
          const logged: string[] = []
          const spy = vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
            logged.push(format(...values))
          })
          try {
            await import(pathToFileURL(file).href)
          } finally {
            spy.mockRestore()
          }
          expect(normalise(logged.join('\n'), scratch)).toBe(test.output.trimEnd())
        }
      }, 60_000)
    }
  })
}
