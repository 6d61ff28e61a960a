/**
 * Which open documents the server checks, and as what format.
 *
 * Editors name languages differently (VS Code `plaintext`, Neovim `text`,
 * Neovim compound filetypes such as `markdown.mdx`), so the language id is
 * tried first and the file extension second.
 */
import {extname} from 'node:path'
import {formatFromPath, type Format} from 'selfless'

const byLanguageId: Readonly<Record<string, Format>> = {
  markdown: 'markdown',
  mdx: 'mdx',
  html: 'html',
  plaintext: 'text',
  text: 'text'
}

// `formatFromPath` maps every unknown extension to text; only these are
// prose the server should check when the language id says nothing.
const textExtensions = new Set(['.txt', '.text'])

/** The format to lint a document as, or `undefined` when it is not prose the server checks. */
export function formatOf(languageId: string, path: string | undefined): Format | undefined {
  const fromPath = path === undefined ? undefined : formatFromPath(path)
  const ids = languageId.toLowerCase().split('.').reverse()
  for (const id of ids) {
    const format = byLanguageId[id]
    if (format === undefined) continue
    // Some editors open `.mdx` files as `markdown`: the extension knows better.
    if (format === 'markdown' && fromPath === 'mdx') return 'mdx'
    return format
  }

  if (path === undefined || fromPath === undefined) return undefined
  if (fromPath !== 'text') return fromPath
  return textExtensions.has(extname(path).toLowerCase()) ? 'text' : undefined
}
