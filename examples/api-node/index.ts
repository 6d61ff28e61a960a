/**
 * selfless from Node.js, two ways:
 *
 * 1. the `selfless` API: `lint()` a string, then a Markdown file (code blocks
 *    and markup are skipped, positions are in the whole file);
 * 2. the `retext-selfless` plugin in a unified pipeline you build yourself.
 *
 * Run it with `pnpm start` (after `pnpm build` at the repository root).
 */
import {readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import retextSelfless from 'retext-selfless'
import retextStringify from 'retext-stringify'
import {lint} from 'selfless'
import {unified} from 'unified'
import {VFile} from 'vfile'

/** One line per finding, then the flagged text and the first suggested rewrite. */
function print(file: VFile): void {
  const name = file.path || '(string)'
  if (file.messages.length === 0) console.log(`${name}: no findings`)
  for (const message of file.messages) {
    const level = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'suggestion'
    console.log(`${name}:${message.line}:${message.column} ${level} ${message.ruleId}`)
    console.log(`  flagged: ${message.actual}`)
    console.log(`  rewrite: ${message.expected?.[0] ?? '(none)'}`)
  }
}

// 1a. A string: plain text unless you say otherwise.
print(lint('On my directions, the drains on Canal Road were cleaned overnight.'))

// 1b. The same with options: who speaks, and the institution rewrites credit.
print(
  lint('On my directions, the drains on Canal Road were cleaned overnight.', {
    config: {speaker: 'department', institution: 'The Canal Road Municipal Office'}
  })
)

// 1c. A Markdown file: the format comes from the `.md` extension.
const path = 'press-note.md'
print(lint(new VFile({path, value: readFileSync(path, 'utf8')})))

// 2. The plugin in your own unified pipeline (plain text through retext-english).
const file = await unified()
  .use(retextEnglish)
  .use(retextSelfless, {institution: 'The Health Department'})
  .use(retextStringify)
  .process('The DC personally supervised the vaccination drive.')
print(file)
