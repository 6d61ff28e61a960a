/**
 * The audit's aggregates: counts per category, rule and month, and the worst
 * posts in a bounded heap. Everything here is O(rules + months + top-N),
 * whatever the number of posts, which is what keeps memory flat.
 */
import {rules} from 'retext-selfless'
import {monthOf, monthRange} from './dates.js'
import {BoundedHeap} from './heap.js'
import type {FindingSeverity, PostFinding} from './linter.js'
import type {Post} from './post.js'

/** A post with its findings, as the reports and `--jsonl` show it. */
export interface AuditedPost {
  id: string
  /** ISO 8601, or `null` when the export has no date for it. */
  date: string | null
  url: string | null
  text: string
  /** Severity-weighted: error 3, warning 2, suggestion 1. */
  score: number
  findings: PostFinding[]
}

export interface CategorySummary {
  id: string
  /** Posts with at least one finding in this category. */
  posts: number
  /** `posts` over all posts read, 0–1. */
  share: number
  findings: number
  /** First and last month (`YYYY-MM`) with such a post; `null` when none is dated. */
  firstMonth: string | null
  lastMonth: string | null
}

export interface RuleSummary {
  id: string
  category: string
  findings: number
  posts: number
}

export interface MonthSummary {
  month: string
  posts: number
  flagged: number
  /** Posts flagged per category. */
  categories: Record<string, number>
}

export interface AuditSummary {
  /** Posts read and linted (within `--since` / `--until`). */
  posts: number
  /** Posts with at least one finding. */
  flagged: number
  share: number
  findings: number
  /** Posts left out by `--since` / `--until`. */
  outOfRange: number
  /** Posts with no readable date (counted, but in no month). */
  undated: number
  /** Posts the linter failed on (a bug; they are counted, not fatal). */
  failed: number
  firstDate: string | null
  lastDate: string | null
  categories: CategorySummary[]
  /** Rules with findings, most findings first. */
  rules: RuleSummary[]
  /** Every month from the first dated post to the last, gaps as zeros. */
  months: MonthSummary[]
  /** The worst posts, worst first. */
  worst: AuditedPost[]
}

/** The categories in catalogue order: the columns of every report. */
export const categoryIds: readonly string[] = [...new Set(rules.map((rule) => rule.category as string))]
const ruleCategory = new Map(rules.map((rule) => [rule.id as string, rule.category as string]))
const weights: Record<FindingSeverity, number> = {error: 3, warning: 2, suggestion: 1}

export function scoreOf(findings: readonly PostFinding[]): number {
  let score = 0
  for (const finding of findings) score += weights[finding.severity]
  return score
}

/** Worse first: higher score, then more findings, then more recent, then id. */
export function compareWorse(a: AuditedPost, b: AuditedPost): number {
  return (
    a.score - b.score ||
    a.findings.length - b.findings.length ||
    (a.date ?? '').localeCompare(b.date ?? '') ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  )
}

interface Counter {
  posts: number
  findings: number
  firstMonth: string | undefined
  lastMonth: string | undefined
  /** The number of the last post counted here: a post counts once, however many findings it has. */
  lastPost: number
}

interface RuleCounter {
  findings: number
  posts: number
  lastPost: number
}

export class Aggregator {
  private posts = 0
  private flagged = 0
  private findings = 0
  private undated = 0
  private first: Date | undefined
  private last: Date | undefined
  private firstTime = 0
  private lastTime = 0
  private readonly categories = new Map<string, Counter>()
  private readonly rules = new Map<string, RuleCounter>()
  private readonly months = new Map<string, MonthSummary>()
  private readonly worst: BoundedHeap<AuditedPost>
  // The month of the previous dated post, as a time range: exports are in
  // date order, so most posts fall in it and need no `YYYY-MM` string built.
  private monthRow: MonthSummary | undefined
  private monthFrom = 0
  private monthTo = 0
  outOfRange = 0
  failed = 0

  constructor(keep: number) {
    this.worst = new BoundedHeap(keep, compareWorse)
    for (const id of categoryIds) this.categories.set(id, newCounter())
  }

  add(post: Post, findings: readonly PostFinding[]): void {
    this.posts++
    const date = post.date
    let row: MonthSummary | undefined
    if (date) {
      // Compared as numbers: `<` on two Dates converts both through `valueOf`, slowly.
      const time = date.getTime()
      if (!this.first || time < this.firstTime) {
        this.first = date
        this.firstTime = time
      }
      if (!this.last || time > this.lastTime) {
        this.last = date
        this.lastTime = time
      }
      row = this.monthRowOf(date, time)
      row.posts++
    } else {
      this.undated++
    }
    if (findings.length === 0) return

    this.flagged++
    this.findings += findings.length
    if (row) row.flagged++
    const month = row?.month
    for (const finding of findings) {
      const category = this.categoryCounter(finding.category)
      category.findings++
      if (category.lastPost !== this.posts) {
        category.lastPost = this.posts
        category.posts++
        if (month && row) {
          if (category.firstMonth === undefined || month < category.firstMonth) category.firstMonth = month
          if (category.lastMonth === undefined || month > category.lastMonth) category.lastMonth = month
          row.categories[finding.category] = (row.categories[finding.category] ?? 0) + 1
        }
      }
      let rule = this.rules.get(finding.ruleId)
      if (!rule) {
        rule = {findings: 0, posts: 0, lastPost: 0}
        this.rules.set(finding.ruleId, rule)
      }
      rule.findings++
      if (rule.lastPost !== this.posts) {
        rule.lastPost = this.posts
        rule.posts++
      }
    }

    // Most flagged posts do not make the worst list: build its entry only for those that do.
    const candidate: AuditedPost = {id: post.id, date: date?.toISOString() ?? null, url: post.url ?? null, text: post.text, score: scoreOf(findings), findings: findings as PostFinding[]}
    if (this.worst.accepts(candidate)) this.worst.push({...candidate, findings: [...findings]})
  }

  /** The month row a date falls in, created on first use. */
  private monthRowOf(date: Date, time: number): MonthSummary {
    if (this.monthRow && time >= this.monthFrom && time < this.monthTo) return this.monthRow
    const month = monthOf(date)
    let row = this.months.get(month)
    if (!row) {
      row = {month, posts: 0, flagged: 0, categories: Object.fromEntries(categoryIds.map((id) => [id, 0]))}
      this.months.set(month, row)
    }
    this.monthRow = row
    // `setUTCFullYear`, not `Date.UTC`, which reads years 0–99 as 1900–1999.
    this.monthFrom = new Date(0).setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth(), 1)
    this.monthTo = new Date(0).setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)
    return row
  }

  private categoryCounter(id: string): Counter {
    let counter = this.categories.get(id)
    if (!counter) {
      counter = newCounter()
      this.categories.set(id, counter)
    }
    return counter
  }

  summary(): AuditSummary {
    const share = (count: number) => (this.posts === 0 ? 0 : count / this.posts)
    const known = [...this.months.keys()].sort()
    const months =
      known.length === 0
        ? []
        : monthRange(known[0] as string, known.at(-1) as string).map(
            (month) => this.months.get(month) ?? {month, posts: 0, flagged: 0, categories: Object.fromEntries(categoryIds.map((id) => [id, 0]))}
          )
    return {
      posts: this.posts,
      flagged: this.flagged,
      share: share(this.flagged),
      findings: this.findings,
      outOfRange: this.outOfRange,
      undated: this.undated,
      failed: this.failed,
      firstDate: this.first?.toISOString() ?? null,
      lastDate: this.last?.toISOString() ?? null,
      categories: [...this.categories].map(([id, counter]) => ({
        id,
        posts: counter.posts,
        share: share(counter.posts),
        findings: counter.findings,
        firstMonth: counter.firstMonth ?? null,
        lastMonth: counter.lastMonth ?? null
      })),
      rules: [...this.rules]
        .map(([id, counter]) => ({id, category: ruleCategory.get(id) ?? 'other', findings: counter.findings, posts: counter.posts}))
        .sort((a, b) => b.findings - a.findings || b.posts - a.posts || a.id.localeCompare(b.id)),
      months,
      worst: this.worst.sorted()
    }
  }
}

function newCounter(): Counter {
  return {posts: 0, findings: 0, firstMonth: undefined, lastMonth: undefined, lastPost: 0}
}

export function toAudited(post: Post, findings: readonly PostFinding[]): AuditedPost {
  return {
    id: post.id,
    date: post.date?.toISOString() ?? null,
    url: post.url ?? null,
    text: post.text,
    score: scoreOf(findings),
    findings: [...findings]
  }
}
