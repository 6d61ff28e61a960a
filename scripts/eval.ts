/**
 * `pnpm eval`: scores retext-selfless on the labelled corpus.
 *
 * An item is predicted positive for a category when any message of a rule in
 * that category is on it. Precision, recall and F1 are reported per category
 * and for "any category" over in-scope English items; false positives on
 * out-of-scope items and on hard negatives (trigger wording, no label) are
 * reported separately.
 *
 *   pnpm eval                      # table
 *   pnpm eval --verbose            # plus every false positive and false negative
 *   pnpm eval --json               # machine-readable figures
 *   pnpm eval --check              # exit 1 when below the targets
 *   pnpm eval --corpus FILE.jsonl  # another corpus of the same shape
 */
import {existsSync, readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import retextEnglish from 'retext-english'
import retextSelfless, {rules, type Category} from 'retext-selfless'
import {unified} from 'unified'
import {VFile} from 'vfile'

interface Item {
  id: string
  text: string
  labels: Category[]
  in_scope: boolean
  lang: string
  surface_patterns?: string[]
  source_type?: string
  note?: string
}

const {values} = parseArgs({
  options: {
    corpus: {type: 'string', default: new URL('../../shared/corpus/dev.jsonl', import.meta.url).pathname},
    verbose: {type: 'boolean', default: false},
    json: {type: 'boolean', default: false},
    check: {type: 'boolean', default: false}
  }
})

const corpusPath = values.corpus as string
if (!existsSync(corpusPath)) {
  console.error(`pnpm eval: no corpus at ${corpusPath}; pass --corpus FILE.jsonl`)
  process.exit(2)
}

const items: Item[] = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Item)

const categories: Category[] = ['self-credit', 'cameo', 'personal-branding']
const categoryOf = new Map(rules.map((rule) => [rule.id as string, rule.category]))
const processor = unified().use(retextEnglish).use(retextSelfless)

function predict(text: string) {
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  const found = new Set<Category>()
  for (const message of file.messages) {
    const category = categoryOf.get(message.ruleId ?? '')
    if (category) found.add(category)
  }
  return {found, messages: file.messages}
}

interface Counts {tp: number; fp: number; fn: number}
const counts = new Map<string, Counts>()
for (const name of [...categories, 'any']) counts.set(name, {tp: 0, fp: 0, fn: 0})
const outOfScope = {items: 0, flagged: 0}
const hardNegatives = {items: 0, flagged: 0}
const errors: string[] = []

for (const item of items) {
  const {found, messages} = predict(item.text)
  const gold = new Set(item.labels)
  const describe = () =>
    messages.map((message) => `${message.ruleId}: ${JSON.stringify(message.actual)}`).join('; ')

  if (item.lang === 'en' && item.in_scope) {
    for (const category of categories) {
      const count = counts.get(category) as Counts
      if (found.has(category) && gold.has(category)) count.tp++
      else if (found.has(category)) {
        count.fp++
        errors.push(`FP ${category} ${item.id}: ${describe()}`)
      } else if (gold.has(category)) {
        count.fn++
        errors.push(`FN ${category} ${item.id}: ${item.text.slice(0, 160)}`)
      }
    }
    const any = counts.get('any') as Counts
    if (found.size > 0 && gold.size > 0) any.tp++
    else if (found.size > 0) any.fp++
    else if (gold.size > 0) any.fn++
  } else if (!item.in_scope) {
    outOfScope.items++
    if (found.size > 0) {
      outOfScope.flagged++
      errors.push(`out-of-scope flagged ${item.id}: ${describe()}`)
    }
  }

  const hard = item.labels.length === 0 && ((item.surface_patterns?.length ?? 0) > 0 || item.source_type === 'constructed')
  if (hard) {
    hardNegatives.items++
    if (found.size > 0) {
      hardNegatives.flagged++
      errors.push(`hard negative flagged ${item.id}: ${describe()}`)
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)
const scores = Object.fromEntries(
  [...counts].map(([name, {tp, fp, fn}]) => {
    const precision = ratio(tp, tp + fp)
    const recall = ratio(tp, tp + fn)
    const f1 = ratio(2 * precision * recall, precision + recall)
    return [name, {tp, fp, fn, precision, recall, f1}]
  })
)
const hardRate = ratio(hardNegatives.flagged, hardNegatives.items)
const result = {corpus: corpusPath, items: items.length, scores, outOfScope, hardNegatives: {...hardNegatives, rate: hardRate}}

if (values.json) {
  console.log(JSON.stringify(result, null, 2))
} else {
  const pct = (value: number) => value.toFixed(2)
  console.log(`corpus: ${corpusPath} (${items.length} items)`)
  console.log('category            P     R     F1    tp  fp  fn')
  for (const [name, score] of Object.entries(scores)) {
    console.log(
      `${name.padEnd(18)} ${pct(score.precision)}  ${pct(score.recall)}  ${pct(score.f1)}  ${String(score.tp).padStart(3)} ${String(score.fp).padStart(3)} ${String(score.fn).padStart(3)}`
    )
  }
  console.log(`out-of-scope items flagged: ${outOfScope.flagged}/${outOfScope.items}`)
  console.log(`hard negatives flagged: ${hardNegatives.flagged}/${hardNegatives.items} (${(hardRate * 100).toFixed(1)}%)`)
  if (values.verbose) for (const line of errors) console.log(line)
}

if (values.check) {
  const any = scores.any as {precision: number; f1: number}
  const failures: string[] = []
  if (any.f1 < 0.8) failures.push(`any-category F1 ${any.f1.toFixed(2)} < 0.80`)
  if (any.precision < 0.85) failures.push(`any-category precision ${any.precision.toFixed(2)} < 0.85`)
  for (const category of categories) {
    const f1 = (scores[category] as {f1: number}).f1
    if (f1 < 0.65) failures.push(`${category} F1 ${f1.toFixed(2)} < 0.65`)
  }
  if (hardRate > 0.15) failures.push(`hard negatives flagged ${(hardRate * 100).toFixed(1)}% > 15%`)
  if (failures.length > 0) {
    console.error('pnpm eval --check failed:\n  ' + failures.join('\n  '))
    process.exit(1)
  }
}
