/**
 * Helpers for institutional-voice rewrites.
 */
import type {Context} from './context.js'

const defaultInstitution = 'The department'

/** The institution to credit: the configured one, else the title's, else "The department". */
export function institutionName(context: Context, fromTitle?: string): string {
  return context.institution ?? fromTitle ?? defaultInstitution
}

/** "The District Administration" → "the District Administration" mid-sentence. */
export function midSentence(name: string): string {
  return name.startsWith('The ') ? 'the ' + name.slice(4) : name
}

/** "The District Administration" → "the District Administration's". */
export function possessive(name: string): string {
  const base = midSentence(name)
  return base.endsWith('s') ? base + "'" : base + "'s"
}

/** Matches the capitalisation of the replaced text's first letter. */
export function matchCase(replacement: string, original: string): string {
  const first = original.charAt(0)
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement.charAt(0).toLowerCase() + replacement.slice(1)
}
