/**
 * The unified pipelines, one per format, built once per set of options and
 * reused for every block: building a processor attaches every plugin, and
 * retext-selfless validates its options when it attaches.
 *
 * - markdown: remark-parse + remark-gfm (+ remark-frontmatter for the first
 *   block) → remark-retext (mutate mode, parse-english) → retext-selfless
 * - mdx: the same with remark-mdx
 * - html: rehype-parse → rehype-retext → retext-selfless
 * - text: retext-english → retext-selfless
 *
 * The Markdown, MDX and HTML plugins come from ./load-plugins.ts, which the
 * command's bundle swaps for a loader that requires them on first use.
 *
 * remark-retext and rehype-retext keep code, URLs, front matter and markup
 * out of the prose; `collectControls` runs before them, on the syntax tree.
 */
import type {Element, Root as HastRoot} from 'hast'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import retextSelfless, {type Options} from 'retext-selfless'
import {unified} from 'unified'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {collectControls} from './control-comments.js'
import type {Format} from './format.js'
import {loadHtmlPlugins, loadMarkdownPlugins, loadMdxPlugins} from './load-plugins.js'
import {optionsKey} from './options-key.js'

/** What `lint-block.ts` needs from a processor. */
export interface Pipeline {
  parse(file: VFile): Node
  runSync(tree: Node, file: VFile): Node
}

/** `first`: the block that opens the file, the only place front matter may be. */
export type PipelineKind = Format | 'markdown-first' | 'mdx-first'

export function pipelineKind(format: Format, first: boolean): PipelineKind {
  if (first && format === 'markdown') return 'markdown-first'
  if (first && format === 'mdx') return 'mdx-first'
  return format
}

// A handful of configs at most in one process (the language server keeps one
// per folder); the bound only guards against a caller that makes new options
// for every call.
const limit = 64
const cache = new Map<string, Map<PipelineKind, Pipeline>>()

export function getPipeline(kind: PipelineKind, options: Options | null | undefined): Pipeline {
  const key = optionsKey(options)
  let byKind = cache.get(key)
  if (!byKind) {
    byKind = new Map()
    cache.set(key, byKind)
    if (cache.size > limit) {
      const oldest = cache.keys().next()
      if (!oldest.done) cache.delete(oldest.value)
    }
  }
  let pipeline = byKind.get(kind)
  if (!pipeline) {
    pipeline = build(kind, options ?? undefined)
    byKind.set(kind, pipeline)
  }
  return pipeline
}

function build(kind: PipelineKind, options: Options | undefined): Pipeline {
  let processor
  switch (kind) {
    case 'text':
      processor = unified().use(retextEnglish).use(retextSelfless, options)
      break
    case 'html': {
      const {rehypeParse, rehypeRetext} = loadHtmlPlugins()
      processor = unified()
        .use(rehypeParse)
        .use(collectControls)
        .use(prepareHast)
        .use(rehypeRetext, ParseEnglish)
        .use(retextSelfless, options)
      break
    }
    case 'mdx':
    case 'mdx-first':
    case 'markdown':
    case 'markdown-first': {
      const {remarkFrontmatter, remarkGfm, remarkParse, remarkRetext} = loadMarkdownPlugins()
      const base = unified().use(remarkParse)
      if (kind === 'markdown-first' || kind === 'mdx-first') base.use(remarkFrontmatter, ['yaml', 'toml'])
      base.use(remarkGfm)
      if (kind === 'mdx' || kind === 'mdx-first') base.use(loadMdxPlugins().remarkMdx)
      processor = base.use(collectControls).use(remarkRetext, ParseEnglish).use(retextSelfless, options)
      break
    }
  }
  // Freezing attaches every plugin now: bad options fail here, once.
  return processor.freeze() as unknown as Pipeline
}

/**
 * hast-util-to-nlcst skips `code`, `script`, `style`, `svg` and `math` but
 * reads `<pre>` and `<textarea>` as prose; preformatted text is code or
 * layout, not prose. It also throws on a root without a position, which
 * parse5 gives for a block of only NUL characters.
 */
function prepareHast() {
  return function (tree: HastRoot): undefined {
    tree.position ??= {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    const stack: Array<HastRoot | Element> = [tree]
    let node: HastRoot | Element | undefined
    while ((node = stack.pop())) {
      for (const child of node.children) {
        if (child.type !== 'element') continue
        if (child.tagName === 'pre' || child.tagName === 'textarea') child.properties.dataNlcst = 'ignore'
        else stack.push(child)
      }
    }
  }
}
