/**
 * Which pipeline a file goes through, from its extension.
 */
export type Format = 'markdown' | 'mdx' | 'html' | 'text'

const byExtension: Record<string, Format> = {
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  mkdn: 'markdown',
  mdx: 'mdx',
  html: 'html',
  htm: 'html',
  xhtml: 'html'
}

/** Format from a path's extension (case-insensitive); anything unknown is plain text. */
export function formatFromPath(path: string | undefined): Format {
  if (!path) return 'text'
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  const name = path.slice(slash + 1)
  const dot = name.lastIndexOf('.')
  // A dotfile without another dot (`.selflessrc`) has no extension.
  if (dot <= 0) return 'text'
  return byExtension[name.slice(dot + 1).toLowerCase()] ?? 'text'
}
