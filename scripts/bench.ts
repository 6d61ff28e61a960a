/**
 * `pnpm bench [name…]`: runs every `bench/*.bench.ts` (or those named) and
 * prints their figures. Each benchmark pairs what it measures with a baseline
 * run in the same process or the same run, and reports ratios: absolute times
 * drift with machine load, ratios hold. Results also go to
 * `bench-results/latest.json`.
 */
import {mkdirSync, readdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export interface BenchRow {
  /** What was measured, e.g. "plugin on 8 MiB SOTU". */
  name: string
  /** Figures to print, e.g. {"words/s": 812000, "ratio": 1.04}. */
  figures: Record<string, number | string>
  /** The target, in words, e.g. "ratio ≤ 1.10". */
  target?: string
  /** Whether the target was met. */
  met?: boolean
}

export type Bench = () => Promise<BenchRow[]>

const folder = fileURLToPath(new URL('../bench/', import.meta.url))
const wanted = process.argv.slice(2)
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.some((want) => name.startsWith(want)))
  .sort()

const all: Array<BenchRow & {bench: string}> = []
for (const name of files) {
  const bench = name.slice(0, -'.bench.ts'.length)
  console.log(`\n## ${bench}`)
  const module = (await import(new URL(`../bench/${name}`, import.meta.url).href)) as {default: Bench}
  for (const row of await module.default()) {
    all.push({bench, ...row})
    const figures = Object.entries(row.figures)
      .map(([key, value]) => `${key} ${typeof value === 'number' ? format(value) : value}`)
      .join(', ')
    const verdict = row.target ? ` [target ${row.target}: ${row.met ? 'met' : 'NOT met'}]` : ''
    console.log(`- ${row.name}: ${figures}${verdict}`)
  }
}

function format(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US')
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(value >= 10 ? 1 : 3)
}

mkdirSync(new URL('../bench-results/', import.meta.url), {recursive: true})
writeFileSync(new URL('../bench-results/latest.json', import.meta.url), JSON.stringify(all, null, 2) + '\n')
