/**
 * The example prints exactly this. It runs as a child process, as `pnpm start`
 * does, but with the `@selfless/source` condition so that workspace packages
 * load from their TypeScript source: no `pnpm build` needed, and the output is
 * that of the current code.
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'

const folder = fileURLToPath(new URL('../', import.meta.url))

const expected = `(string):1:1 warning my-directions
  flagged: On my directions
  rewrite: On the department's directions
(string):1:1 warning my-directions
  flagged: On my directions
  rewrite: On the Canal Road Municipal Office's directions
press-note.md:4:40 warning my-directions
  flagged: under my supervision
  rewrite: under the department's supervision
press-note.md:12:25 warning surprise-visit
  flagged: paid a surprise visit to
  rewrite: visited
(string):1:8 warning personally
  flagged: personally supervised
  rewrite: supervised
`

it('prints the findings of the API and of the plugin pipeline', () => {
  const stdout = execFileSync(process.execPath, ['--conditions=@selfless/source', '--import', 'tsx', 'index.ts'], {
    cwd: folder,
    encoding: 'utf8'
  })
  expect(stdout).toBe(expected)
}, 30_000)
