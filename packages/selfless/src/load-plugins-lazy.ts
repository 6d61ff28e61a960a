/**
 * The command's stand-in for ./load-plugins.ts (tsup.config.ts swaps it in):
 * each plugin set is a CommonJS chunk next to `dist/cli.js`, required
 * synchronously the first time a pipeline of that format is built. `lint` is
 * synchronous, so a dynamic `import()` cannot be used; CommonJS can.
 * Measured: a one-file lint of a `.txt` file then compiles about half the
 * code it used to (micromark, acorn and parse5 are most of the bundle).
 */
import {createRequire} from 'node:module'
import type {HtmlPlugins, MarkdownPlugins, MdxPlugins} from './load-plugins.js'

export type {HtmlPlugins, MarkdownPlugins, MdxPlugins} from './load-plugins.js'

const require = createRequire(import.meta.url)

let markdown: MarkdownPlugins | undefined
let mdx: MdxPlugins | undefined
let html: HtmlPlugins | undefined

export function loadMarkdownPlugins(): MarkdownPlugins {
  markdown ??= require('./plugins-markdown.cjs') as MarkdownPlugins
  return markdown
}

export function loadMdxPlugins(): MdxPlugins {
  mdx ??= require('./plugins-mdx.cjs') as MdxPlugins
  return mdx
}

export function loadHtmlPlugins(): HtmlPlugins {
  html ??= require('./plugins-html.cjs') as HtmlPlugins
  return html
}
