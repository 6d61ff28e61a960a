/**
 * retext-selfless's own cost, as a ratio over the bare retext-english parse
 * of the same text in the same run: each block is parsed (timed as the
 * baseline), then the plugin runs on that tree (timed as the plugin's cost).
 * The ratio is taken in the steady state, after a warm-up (see `warmUpWords`);
 * the first pass of a fresh process, JIT compilation and all, is reported
 * beside it. Peak memory and that first pass come from a child process per
 * row, so they don't mix; those run after all timing (see below). A last row
 * parses a whole document at once, the baseline of perf-anchors.md (see
 * `table`).
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import retextEnglish from 'retext-english'
import retextSelfless from 'retext-selfless'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {BenchRow} from '../scripts/bench.js'
import {countWords, sotuDocument, sotuPosts} from './sotu.js'

const processor = unified().use(retextEnglish).use(retextSelfless).freeze()

/** Parse and plugin nanoseconds over these texts (each parsed on its own). */
function measure(texts: readonly string[]): {parse: number; plugin: number} {
  let parse = 0n
  let plugin = 0n
  for (const text of texts) {
    const file = new VFile(text)
    const t0 = process.hrtime.bigint()
    const tree = processor.parse(file)
    const t1 = process.hrtime.bigint()
    processor.runSync(tree, file)
    const t2 = process.hrtime.bigint()
    parse += t1 - t0
    plugin += t2 - t1
  }
  return {parse: Number(parse), plugin: Number(plugin)}
}

/**
 * Words every measurement warms up over, whatever the size of its text. The
 * parser's code runs on every word and is compiled at once; a rule runs
 * only where its triggers stand, a few hundred times per 2 MiB, and V8 goes
 * on optimising the rules for about eight such passes: on State of the Union
 * text the plugin's share fell from 16% of the parse (first pass) to 11%,
 * 10%, 9.5% (fourth), and held at 8.7–9.5% from the eighth (`.scratch`-style
 * runs of fourteen passes in one process). So the steady state is measured
 * after 2.5 million words, and the first pass is reported on its own.
 */
const warmUpWords = 2_500_000

/** Paired measurements per row after the warm-up; their median is reported. */
const runs = 5

/** Median of `runs` paired measurements. */
function paired(texts: readonly string[]) {
  // Warm up over whole passes of the text, at least `warmUpWords` in all.
  const words = texts.reduce((sum, text) => sum + countWords(text), 0)
  for (let pass = 0; pass === 0 || pass * words < warmUpWords; pass++) measure(texts)
  const results = Array.from({length: runs}, () => measure(texts))
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(runs / 2)] as number
  return {
    ratio: median(results.map((r) => (r.parse + r.plugin) / r.parse)),
    total: median(results.map((r) => r.parse + r.plugin)),
    pluginPerWord: median(results.map((r) => r.plugin)) / words
  }
}

/**
 * The texts of a row, from arguments a child process can be given too:
 * `blocks BYTES` (a State of the Union document, block by block), `posts N`
 * (short posts) or `whole BYTES` (the document parsed at once).
 */
type Source = readonly ['blocks' | 'posts' | 'whole', number]

function textsOf([kind, size]: Source): string[] {
  if (kind === 'posts') return sotuPosts(size)
  const document = sotuDocument(size)
  return kind === 'whole' ? [document] : document.split('\n\n')
}

/**
 * The rows, in the order they are timed. The last is the baseline
 * `../shared/perf-anchors.md` measured its plugins against (its "1–4%" and
 * "20–30%"): a whole document parsed at once. That parse costs several times
 * more per word than block by block, and grows faster than the text, so it
 * is reported at 1x only, beside the block-by-block rows, which stay the
 * stricter test.
 */
const table: ReadonlyArray<{label: string; how?: string; source: Source}> = [
  {label: 'SOTU 512 KiB', how: 'block by block', source: ['blocks', 512 * 1024]},
  {label: 'SOTU 2 MiB', how: 'block by block', source: ['blocks', 2 * 1024 * 1024]},
  {label: 'SOTU 8 MiB', how: 'block by block', source: ['blocks', 8 * 1024 * 1024]},
  {label: '10,000 short posts', source: ['posts', 10_000]},
  {label: 'SOTU 512 KiB', how: 'whole document, as perf-anchors.md', source: ['whole', 512 * 1024]}
]

/** What a child process reports of its one pass: peak RSS in MiB, and the ratio of that first pass. */
interface FirstPass {
  peak: number
  ratio: number
}

/** In a child: lint the texts of a row once, in a fresh process, and print a `FirstPass`. */
function child(texts: readonly string[]): void {
  const {parse, plugin} = measure(texts)
  const result: FirstPass = {peak: process.resourceUsage().maxRSS / 1024, ratio: (parse + plugin) / parse}
  console.log(JSON.stringify(result))
}

/** The first pass over a row's texts, in a child process. */
function firstPass([kind, size]: Source): FirstPass {
  const args = ['--child', kind, String(size)]
  const output = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], {encoding: 'utf8'})
  return JSON.parse(output) as FirstPass
}

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  for (const {label, how, source} of table) {
    const texts = textsOf(source)
    const words = texts.reduce((sum, text) => sum + countWords(text), 0)
    const {ratio, total, pluginPerWord} = paired(texts)
    const perSecond = (count: number): number => Math.round(count / (total / 1e9))
    rows.push({
      name: `${label} (${words.toLocaleString('en-US')} words${how ? `, ${how}` : ''})`,
      figures: {
        ...(source[0] === 'posts' ? {'posts/s': perSecond(texts.length)} : {}),
        'words/s': perSecond(words),
        'plugin ns/word': pluginPerWord,
        'plugin/parse ratio': ratio
      },
      target: 'steady-state ratio ≤ 1.10',
      met: ratio <= 1.1
    })
  }

  // Children last: a child process that allocates and frees a few hundred
  // MiB slows this process's later timed runs (the plugin's time about
  // doubled, the parse's rose by a third), so no timing follows one.
  for (const [index, {source}] of table.entries()) {
    const row = rows[index] as BenchRow
    const first = firstPass(source)
    row.figures['first-pass ratio'] = first.ratio
    row.figures['peak MiB'] = Math.round(first.peak)
  }
  return rows
}

if (process.argv[2] === '--child') child(textsOf([process.argv[3] as Source[0], Number(process.argv[4])]))
