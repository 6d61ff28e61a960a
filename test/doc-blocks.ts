/**
 * Finds the examples a docs page marks for `test/docs-examples.test.ts`.
 *
 * A marker is an HTML comment on its own line, invisible on GitHub, followed by
 * the fenced blocks it is about:
 *
 * - `<!-- doc-test: file posts/note.md -->` then one block: its text is written
 *   to that path (relative to the page's scratch folder) before later commands;
 * - `<!-- doc-test: cli exit=1 -->` then a `sh` block holding one command,
 *   `selfless …`, `npx selfless …` or `echo '…' | npx selfless --stdin …`,
 *   then a block with everything it prints (stdout and stderr, in order);
 * - `<!-- doc-test: api -->` then a `js` or `ts` block, run as a module, then a
 *   block with everything it logs;
 * - `<!-- doc-test: written selfless-baseline.json -->` then a block: what an
 *   earlier command wrote to that path (relative to the scratch folder);
 * - `<!-- doc-test: same examples/ci/.gitlab-ci.yml -->` then a block: the whole
 *   of that repository file, so a page shows the exact file an example tests;
 * - `<!-- doc-test: in packages/x/README.md -->` then a block: one of that
 *   file's fenced blocks, verbatim (configs shared with a package README).
 *
 * A marker not followed by the blocks it needs is an error naming its line, so
 * a half-edited page fails instead of being skipped.
 */

export type DocTest =
  | {kind: 'file'; line: number; path: string; text: string}
  | {kind: 'cli'; line: number; exit: number; command: string; output: string}
  | {kind: 'api'; line: number; lang: string; code: string; output: string}
  | {kind: 'written' | 'same' | 'in'; line: number; path: string; text: string}

interface Fence {
  line: number
  lang: string
  text: string
}

type Item = {type: 'marker'; line: number; spec: string} | ({type: 'fence'} & Fence)

const markerPattern = /^<!--\s*doc-test:\s*(.*?)\s*-->\s*$/
const fencePattern = /^(`{3,}|~{3,})\s*([\w-]*)/

/** Markers and fenced blocks, in document order (code inside fences is not scanned for markers). */
export function scan(markdown: string): Item[] {
  const lines = markdown.split('\n')
  const items: Item[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const marker = markerPattern.exec(line)
    if (marker) {
      items.push({type: 'marker', line: index + 1, spec: marker[1] ?? ''})
      continue
    }
    const open = fencePattern.exec(line)
    if (!open) continue
    const fence = open[1] ?? '```'
    const body: string[] = []
    let end = index + 1
    // A closing fence uses the same character, at least as many times, and nothing else.
    while (end < lines.length && !new RegExp(`^${fence[0]}{${fence.length},}\\s*$`).test(lines[end] ?? '')) {
      body.push(lines[end] ?? '')
      end++
    }
    items.push({type: 'fence', line: index + 1, lang: open[2] ?? '', text: body.join('\n') + '\n'})
    index = end
  }
  return items
}

/** The marked examples of a page, in order. Throws on a malformed marker. */
export function docTests(markdown: string, name: string): DocTest[] {
  const items = scan(markdown)
  const tests: DocTest[] = []

  for (let index = 0; index < items.length; index++) {
    const item = items[index]
    if (item?.type !== 'marker') continue
    const where = `${name}:${item.line}`
    const [kind = '', ...rest] = item.spec.split(/\s+/)

    /** The fenced block `offset` items after the marker. */
    const fence = (offset: number, what: string): Fence => {
      const next = items[index + offset]
      if (next?.type !== 'fence') throw new Error(`${where}: \`doc-test: ${item.spec}\` must be followed by ${what}`)
      return next
    }

    if (kind === 'file' || kind === 'written' || kind === 'same' || kind === 'in') {
      const path = rest[0]
      if (!path) throw new Error(`${where}: \`doc-test: ${kind}\` needs a path`)
      tests.push({kind, line: item.line, path, text: fence(1, 'the file’s block').text})
    } else if (kind === 'cli') {
      const exit = /^exit=(\d+)$/.exec(rest[0] ?? '')
      if (!exit) throw new Error(`${where}: \`doc-test: cli\` needs the exit code, as \`exit=1\``)
      const command = fence(1, 'a `sh` block with the command').text.trim()
      if (command.includes('\n')) throw new Error(`${where}: a \`doc-test: cli\` block holds one command`)
      tests.push({kind, line: item.line, exit: Number(exit[1]), command, output: fence(2, 'a block with the output').text})
    } else if (kind === 'api') {
      const code = fence(1, 'a `js` or `ts` block')
      if (code.lang !== 'js' && code.lang !== 'ts') throw new Error(`${where}: \`doc-test: api\` runs a \`js\` or \`ts\` block, not \`${code.lang}\``)
      tests.push({kind, line: item.line, lang: code.lang, code: code.text, output: fence(2, 'a block with the output').text})
    } else {
      throw new Error(`${where}: unknown \`doc-test: ${kind}\` (expected file, cli, api, written, same or in)`)
    }
  }
  return tests
}

/**
 * The arguments of a documented command line: `[npx] selfless args…`,
 * optionally fed by `echo '…' |` or `echo "…" |`. Quotes group words, as in sh;
 * nothing else of the shell is supported (and a doc should not need it).
 */
export function parseCommand(command: string): {args: string[]; stdin: string | undefined} {
  let rest = command
  let stdin: string | undefined
  const pipe = /^echo\s+(['"])(.*?)\1\s*\|\s*/.exec(rest)
  if (pipe) {
    stdin = `${pipe[2]}\n`
    rest = rest.slice(pipe[0].length)
  }
  const words = [...rest.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '')
  if (words[0] === 'npx') words.shift()
  if (words[0] !== 'selfless') throw new Error(`Not a selfless command: \`${command}\``)
  return {args: words.slice(1), stdin}
}
