/**
 * The pipeline prints exactly this report: front matter and code are not
 * linted, and positions are in the whole file. It runs as a child process, as
 * `pnpm start` does, but with the `@selfless/source` condition (through tsx)
 * so that retext-selfless loads from its TypeScript source: no build needed.
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'

const folder = fileURLToPath(new URL('../', import.meta.url))

const expected = `press-note.md
8:1-8:45    warning Credits the office’s work to an official (\`On the directives of the Deputy Commissioner\`); report what the office did officer-directions retext-selfless
16:25-16:45 warning Stresses that the officer did the work “personally” (\`personally monitored\`); say what was done                       personally         retext-selfless
16:56-16:63 warning The hashtag \`#TeamDC\` names a team after the post; use the campaign’s or the place’s hashtag, or none                 vanity-hashtag     retext-selfless

⚠ 3 warnings
`

it('reports the prose findings of press-note.md, not its front matter or code', () => {
  const stdout = execFileSync(process.execPath, ['--conditions=@selfless/source', '--import', 'tsx', 'index.js'], {
    cwd: folder,
    encoding: 'utf8'
  })
  expect(stdout).toBe(expected)
}, 30_000)
