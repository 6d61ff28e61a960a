/**
 * The plugin sets of the Markdown, MDX and HTML pipelines. This module loads
 * them with the library (static imports). The command's bundle replaces it
 * with ./load-plugins-lazy.ts (see tsup.config.ts), which loads each set on
 * first use, so linting a `.txt` file never compiles micromark, acorn or
 * parse5.
 */
import * as html from './plugins/html.js'
import * as markdown from './plugins/markdown.js'
import * as mdx from './plugins/mdx.js'

export type MarkdownPlugins = typeof markdown
export type MdxPlugins = typeof mdx
export type HtmlPlugins = typeof html

export function loadMarkdownPlugins(): MarkdownPlugins {
  return markdown
}

export function loadMdxPlugins(): MdxPlugins {
  return mdx
}

export function loadHtmlPlugins(): HtmlPlugins {
  return html
}
