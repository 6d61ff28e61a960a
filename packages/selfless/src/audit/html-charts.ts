/**
 * The report's charts as inline SVG, drawn here rather than in the browser:
 * they show without JavaScript, print well, and need no chart library. Every
 * bar is a `rect.bar` with a `<title>` tooltip, one per month or rule.
 */
import {escapeHtml} from './escape.js'
import {formatCount, formatShare} from './format-numbers.js'
import type {MonthSummary, RuleSummary} from './summary.js'

const width = 720
const height = 150
const left = 52
const bottom = 20
const top = 8

/** One small chart: the share of posts flagged in `category` (or any), per month. */
export function monthChart(months: readonly MonthSummary[], category: string | undefined, scale: number): string {
  const plotWidth = width - left - 4
  const plotHeight = height - top - bottom
  const step = plotWidth / Math.max(months.length, 1)
  // Thin bars for long histories, never slabs for short ones.
  const barWidth = Math.min(Math.max(step * 0.8, 0.5), 48)
  const parts: string[] = []
  for (const fraction of [0, 0.5, 1]) {
    const y = top + plotHeight - fraction * plotHeight
    parts.push(`<line class="grid" x1="${left}" x2="${width - 4}" y1="${round(y)}" y2="${round(y)}"/>`)
    parts.push(`<text class="axis" x="${left - 6}" y="${round(y + 4)}" text-anchor="end">${axisShare(scale * fraction)}</text>`)
  }
  months.forEach((month, index) => {
    const count = category === undefined ? month.flagged : (month.categories[category] ?? 0)
    const share = month.posts === 0 ? 0 : count / month.posts
    const barHeight = scale === 0 ? 0 : (share / scale) * plotHeight
    const x = left + index * step + (step - barWidth) / 2
    const label = `${month.month}: ${formatShare(share)} (${formatCount(count)} of ${formatCount(month.posts)} posts)`
    parts.push(
      `<rect class="bar" data-month="${month.month}" data-share="${share.toFixed(4)}" x="${round(x)}" y="${round(top + plotHeight - barHeight)}" width="${round(barWidth)}" height="${round(barHeight)}"><title>${escapeHtml(label)}</title></rect>`
    )
    // A year of history or less: every month; longer: the first month and each January, by year.
    const [year, monthNumber] = month.month.split('-')
    if (months.length <= 12) {
      parts.push(`<text class="axis" x="${round(left + (index + 0.5) * step)}" y="${height - 5}" text-anchor="middle">${escapeHtml(month.month)}</text>`)
    } else if (index === 0 || monthNumber === '01') {
      parts.push(`<text class="axis" x="${round(left + index * step)}" y="${height - 5}">${escapeHtml(year as string)}</text>`)
    }
  })
  const name = category ?? 'any'
  return `<svg class="chart months cat-${escapeHtml(name)}" data-chart="months-${escapeHtml(name)}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(`Share of posts flagged (${name}) per month`)}">${parts.join('')}</svg>`
}

/** Horizontal bars: findings per rule, most frequent first. */
export function ruleChart(rules: readonly RuleSummary[]): string {
  const row = 24
  const labelWidth = 200
  const chartHeight = rules.length * row + 8
  const most = Math.max(...rules.map((rule) => rule.findings), 1)
  const plot = width - labelWidth - 70
  const parts = rules.map((rule, index) => {
    const y = 4 + index * row
    const barWidth = Math.max((rule.findings / most) * plot, 1)
    const label = `${rule.id}: ${formatCount(rule.findings)} findings in ${formatCount(rule.posts)} posts (${rule.category})`
    return (
      `<text class="label" x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(rule.id)}</text>` +
      `<rect class="bar cat-${escapeHtml(rule.category)}" data-rule="${escapeHtml(rule.id)}" x="${labelWidth}" y="${y + 3}" width="${round(barWidth)}" height="${row - 8}"><title>${escapeHtml(label)}</title></rect>` +
      `<text class="value" x="${round(labelWidth + barWidth + 6)}" y="${y + 16}">${formatCount(rule.findings)}</text>`
    )
  })
  return `<svg class="chart rules" data-chart="rules" viewBox="0 0 ${width} ${chartHeight}" role="img" aria-label="Findings per rule">${parts.join('')}</svg>`
}

/** `0%`, `50%`, `12.5%`: no decimals unless needed. */
function axisShare(value: number): string {
  const percent = value * 100
  return `${Number.isInteger(Math.round(percent * 10) / 10) ? Math.round(percent) : percent.toFixed(1)}%`
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
