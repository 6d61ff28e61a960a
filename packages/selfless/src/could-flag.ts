/**
 * Whether a block could hold a finding, decided on its raw text before any
 * parsing. retext-selfless's `mayFlag` answers for prose; markup can join or
 * hide letters (`in*augur*ated`, `<b>I</b>`, `&#73;`), so Markdown and HTML
 * are also checked with markup removed, and anything with a character
 * reference or a comment (inline control) is always parsed. MDX is always
 * parsed, because a block that does not parse must be reported.
 */
import {mayFlag, type Options} from 'retext-selfless'
import type {PipelineKind} from './pipelines.js'

export function couldFlag(kind: PipelineKind, text: string, config?: Options | null | undefined): boolean {
  if (kind === 'mdx' || kind === 'mdx-first') return true
  if (text.includes('&') || text.includes('<!--')) return true
  if (kind === 'text') return mayFlag(text, config)
  // Both texts at once: a trigger may show in one and its companion only in
  // the other.
  return mayFlag(text + '\n' + text.replace(/<[^>]*>/g, '').replace(/[*_~`\\]/g, ''), config)
}
