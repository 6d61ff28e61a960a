/**
 * DOM for the findings: the post with each finding marked in place, and one
 * card per finding with its reason, guidance link and rewrite buttons.
 * Plain DOM calls: text from the post is only ever set as text, never as HTML.
 */
import type {Finding} from './lint.js'

const severityLabel = {error: 'Error', warning: 'Warning', suggestion: 'Suggestion'} as const

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** Reasons quote the flagged text in backticks: show those parts as code. */
function withCode(parent: HTMLElement, text: string): void {
  text.split('`').forEach((part, index) => {
    if (part) parent.append(index % 2 === 1 ? element('code', undefined, part) : part)
  })
}

/** The post, with every finding wrapped in a `<mark>` linked to its card. */
export function renderPreview(container: HTMLElement, text: string, findings: readonly Finding[]): void {
  container.replaceChildren()
  let cursor = 0
  findings.forEach((finding, index) => {
    // Overlapping findings keep their card but share the first one's mark.
    if (finding.start < cursor) return
    const number = String(index + 1)
    container.append(text.slice(cursor, finding.start))
    const mark = element('mark', `mark mark-${finding.severity}`, text.slice(finding.start, finding.end))
    mark.id = `mark-${number}`
    mark.dataset['ruleId'] = finding.ruleId
    mark.setAttribute('aria-describedby', `reason-${number}`)
    const ref = element('a', 'mark-ref', number)
    ref.href = `#finding-${number}`
    ref.setAttribute('aria-label', `Finding ${number}`)
    const sup = element('sup')
    sup.append(ref)
    container.append(mark, sup)
    cursor = finding.end
  })
  container.append(text.slice(cursor))
}

/** One card per finding; `onApply` receives the finding and the chosen rewrite. */
export function renderFindings(
  list: HTMLElement,
  findings: readonly Finding[],
  onApply: (finding: Finding, replacement: string) => void
): void {
  list.replaceChildren()
  findings.forEach((finding, index) => {
    const number = String(index + 1)
    const item = element('li', `finding finding-${finding.severity}`)
    item.id = `finding-${number}`
    item.dataset['ruleId'] = finding.ruleId

    const heading = element('h3', 'finding-heading')
    heading.append(
      element('span', `badge badge-${finding.severity}`, severityLabel[finding.severity]),
      ' ',
      element('code', 'rule-id', finding.ruleId),
      ' ',
      element('q', 'actual', finding.actual)
    )

    const reason = element('p', 'reason')
    reason.id = `reason-${number}`
    withCode(reason, finding.reason)

    item.append(heading, reason)
    if (finding.note) item.append(element('p', 'note', finding.note))
    if (finding.url) {
      const link = element('a', 'guidance', `Guidance for ${finding.ruleId}`)
      link.href = finding.url
      link.target = '_blank'
      link.rel = 'noopener noreferrer'
      const paragraph = element('p')
      paragraph.append(link)
      item.append(paragraph)
    }

    if (finding.expected.length > 0) {
      const group = element('div', 'rewrites')
      group.setAttribute('role', 'group')
      group.setAttribute('aria-label', `Rewrites for finding ${number}`)
      for (const replacement of finding.expected) {
        const button = element('button', 'rewrite')
        button.type = 'button'
        button.append('Use ', element('q', undefined, replacement))
        button.addEventListener('click', () => onApply(finding, replacement))
        group.append(button)
      }
      item.append(group)
    } else {
      item.append(element('p', 'no-rewrite', 'No safe rewrite: rephrase it by hand.'))
    }
    list.append(item)
  })
}
