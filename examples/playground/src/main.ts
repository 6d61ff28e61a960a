/**
 * Wires the page: re-lint on every edit or option change, show the findings,
 * and apply a rewrite on click (then select it, so keyboard users keep their place).
 */
import type {Options, Speaker} from 'retext-selfless'
import {lint} from './lint.js'
import {renderFindings, renderPreview} from './render.js'
import {applyRewrite} from './rewrite.js'

// A handout in the style the rules target: self-credit, a cameo, personal branding.
const example =
  'On my directions, the drains in Satellite Town were cleaned before the monsoon. ' +
  'The Deputy Commissioner paid a surprise visit to the site late at night and personally monitored the work. ' +
  'Under his dynamic leadership, the district has achieved a historic milestone. #TeamDC'

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id)
  if (!(node instanceof type)) throw new Error(`The page has no #${id}`)
  return node
}

const post = byId('post', HTMLTextAreaElement)
const speaker = byId('speaker', HTMLSelectElement)
const institution = byId('institution', HTMLInputElement)
const preview = byId('preview', HTMLDivElement)
const findings = byId('findings', HTMLOListElement)
const status = byId('status', HTMLParagraphElement)
const exampleButton = byId('example', HTMLButtonElement)

function options(): Options {
  const name = institution.value.trim()
  // An empty field means "not set": the plugin's schema rejects an empty name.
  return {speaker: speaker.value as Speaker, institution: name === '' ? undefined : name}
}

function update(announce?: string): void {
  const text = post.value
  let found
  try {
    found = lint(text, options())
  } catch (error) {
    status.textContent = `Could not check this post: ${error instanceof Error ? error.message : String(error)}`
    status.className = 'status status-error'
    return
  }
  renderPreview(preview, text, found)
  renderFindings(findings, found, (finding, replacement) => {
    const result = applyRewrite(post.value, finding, replacement)
    post.value = result.text
    post.focus()
    post.setSelectionRange(result.start, result.end)
    update(`Replaced “${finding.actual}” with “${replacement}”. `)
  })
  const count =
    text.trim() === ''
      ? 'Paste or type a post to check it.'
      : found.length === 0
        ? 'No findings: the post speaks in the institution’s voice.'
        : `${found.length} ${found.length === 1 ? 'finding' : 'findings'}.`
  status.textContent = (announce ?? '') + count
  status.className = found.length === 0 ? 'status status-clean' : 'status'
}

let pending: number | undefined
function schedule(): void {
  // Coalesce fast typing into one lint per frame.
  if (pending !== undefined) cancelAnimationFrame(pending)
  pending = requestAnimationFrame(() => {
    pending = undefined
    update()
  })
}

post.addEventListener('input', schedule)
speaker.addEventListener('change', () => update())
institution.addEventListener('input', schedule)
exampleButton.addEventListener('click', () => {
  post.value = example
  post.focus()
  update()
})

update()
