/**
 * `--html FILE`: one self-contained page (inline CSS, script and SVG; a
 * Content-Security-Policy that allows nothing else, so it never touches the
 * network). It embeds aggregates and the worst flagged posts only (not every
 * post), so a 100,000-post history still gives a small file.
 *
 * Post text is untrusted: every value is escaped here, on the server side,
 * and the script only shows and hides rows.
 */
import {createHash} from 'node:crypto'
import {escapeHtml, safeUrl} from './escape.js'
import {segments} from './highlight.js'
import {script, style} from './html-assets.js'
import {monthChart, ruleChart} from './html-charts.js'
import type {AuditedPost, AuditSummary} from './summary.js'
import {formatCount, formatShare} from './format-numbers.js'

export interface HtmlReportOptions {
  input: string
  format: string
  /** Posts in the table (the worst first). */
  limit: number
  since?: string | undefined
  until?: string | undefined
  /** Shown in the footer, e.g. the package version. */
  generator: string
}

export function htmlReport(summary: AuditSummary, options: HtmlReportOptions): string {
  const posts = summary.worst.slice(0, options.limit)
  const scale = Math.max(...summary.months.map((month) => (month.posts === 0 ? 0 : month.flagged / month.posts)), 0)
  const range = summary.firstDate && summary.lastDate ? `${summary.firstDate.slice(0, 10)} to ${summary.lastDate.slice(0, 10)}` : 'no dates'
  const filters = [options.since && `since ${options.since}`, options.until && `until ${options.until}`].filter(Boolean).join(', ')
  const hash = (value: string) => `'sha256-${createHash('sha256').update(value).digest('base64')}'`
  const policy = `default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}; img-src data:; base-uri 'none'; form-action 'none'`
  const title = `selfless audit: ${options.input}`

  const cards = [
    card(formatCount(summary.posts), `posts read (${range})`),
    card(formatShare(summary.share), `flagged (${formatCount(summary.flagged)} posts, ${formatCount(summary.findings)} findings)`),
    ...summary.categories.map((category) =>
      card(formatShare(category.share), `${category.id} (${formatCount(category.posts)} posts${category.firstMonth ? `, since ${category.firstMonth}` : ''})`, category.id)
    )
  ].join('')

  const monthCharts =
    summary.months.length === 0
      ? '<p class="note">No post has a date, so there is no monthly trend.</p>'
      : [
          `<h3>Any category</h3>${monthChart(summary.months, undefined, scale)}`,
          ...summary.categories.map((category) => `<h3>${escapeHtml(category.id)}</h3>${monthChart(summary.months, category.id, scale)}`)
        ].join('')

  const categoriesFound = summary.categories.filter((category) => category.posts > 0)
  const shownNote =
    posts.length < summary.flagged
      ? `The ${formatCount(posts.length)} worst of ${formatCount(summary.flagged)} flagged posts (by severity), to keep this file small; <code>selfless audit --jsonl</code> lists every post.`
      : `All ${formatCount(summary.flagged)} flagged posts, worst first.`

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>How this account has written about its work</h1>
<p class="meta">${escapeHtml(options.input)} · ${escapeHtml(options.format)} · ${escapeHtml(range)}${filters ? ` · ${escapeHtml(filters)}` : ''}</p>
<section class="cards" id="summary">${cards}</section>
<h2 id="trend">Share of posts flagged, by month</h2>
<p class="note">One bar per month${summary.undated > 0 ? `; ${formatCount(summary.undated)} undated posts are in the totals but in no month` : ''}. All charts share one scale.</p>
${monthCharts}
<h2 id="top-rules">Most frequent rules</h2>
${summary.rules.length === 0 ? '<p class="note">No findings.</p>' : ruleChart(summary.rules)}
<h2 id="flagged">Flagged posts</h2>
<p class="note">${shownNote}</p>
<div class="filters">
<input id="filter-text" type="search" placeholder="Filter by text" aria-label="Filter by text">
<select id="filter-category" aria-label="Category"><option value="">All categories</option>${categoriesFound.map((category) => option(category.id)).join('')}</select>
<select id="filter-rule" aria-label="Rule"><option value="">All rules</option>${summary.rules.map((rule) => option(rule.id)).join('')}</select>
<output id="filter-count">${formatCount(posts.length)} posts</output>
</div>
<table id="posts">
<thead><tr><th>Date</th><th>Post</th><th>Findings</th><th>Link</th></tr></thead>
<tbody>
${posts.map(row).join('\n')}
</tbody>
</table>
<footer>Findings are automatic signals of self-promotion in the wording, not verdicts: read each post before drawing conclusions. Made by ${escapeHtml(options.generator)}.</footer>
</main>
<script>${script}</script>
</body>
</html>
`
}

function card(value: string, label: string, category?: string): string {
  return `<div class="card${category ? ` cat-${escapeHtml(category)}` : ''}"><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`
}

function option(value: string): string {
  return `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`
}

function row(post: AuditedPost): string {
  const categories = [...new Set(post.findings.map((finding) => finding.category))]
  const rules = [...new Set(post.findings.map((finding) => finding.ruleId))]
  const text = segments(post.text, post.findings)
    .map((part) => {
      if (part.findings.length === 0) return escapeHtml(part.text)
      const severity = part.findings.some((finding) => finding.severity === 'error') ? 'error' : part.findings[0]?.severity ?? 'warning'
      const tip = part.findings.map((finding) => `${finding.ruleId}: ${finding.reason}${finding.expected[0] ? ` → ${finding.expected[0]}` : ''}`).join('\n')
      return `<mark class="${severity}" title="${escapeHtml(tip)}">${escapeHtml(part.text)}</mark>`
    })
    .join('')
  const chips = rules
    .map((id) => {
      const category = post.findings.find((finding) => finding.ruleId === id)?.category ?? 'other'
      return `<button type="button" class="chip cat-${escapeHtml(category)}" data-rule="${escapeHtml(id)}">${escapeHtml(id)}</button>`
    })
    .join('')
  const url = safeUrl(post.url)
  const link = url ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(post.id)}</a>` : escapeHtml(post.id)
  return `<tr data-categories="${escapeHtml(categories.join(' '))}" data-rules="${escapeHtml(rules.join(' '))}"><td class="date">${escapeHtml(post.date?.slice(0, 10) ?? '—')}</td><td class="post">${text}</td><td class="rules">${chips}</td><td class="link">${link}</td></tr>`
}
