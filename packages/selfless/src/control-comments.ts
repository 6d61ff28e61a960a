/**
 * Inline control comments:
 *
 *     <!-- selfless disable my-directions -- quoting the minister's order -->
 *     <!-- selfless enable -->
 *     <!-- selfless ignore personally -->
 *
 * (in MDX: `{/* selfless disable my-directions -- reason *\/}`). `disable` and
 * `enable` switch rules off and on from the comment to the end of the file or
 * the next switch; `ignore` covers the next block only. Without rule ids they
 * apply to every rule. This module finds them in a block's syntax tree and
 * parses their text; `apply-controls.ts` applies them to the whole file.
 */
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {RelativePoint} from './block-result.js'
import {LineIndex} from './line-index.js'

export type SuppressionKind = 'disable' | 'enable' | 'ignore'

/** One control comment, as stored on `file.data.selflessSuppressions`. */
export interface Suppression {
  ruleIds: string[] | 'all'
  kind: SuppressionKind
  reason: string | undefined
  line: number
  column: number
}

/** A control comment found in a block, in block-relative coordinates. */
export interface ControlComment {
  /** `undefined` when the keyword is not one of `disable`, `enable`, `ignore`. */
  kind: SuppressionKind | undefined
  keyword: string
  ruleIds: string[] | 'all'
  reason: string | undefined
  start: RelativePoint
  end: RelativePoint
}

declare module 'vfile' {
  interface DataMap {
    /** Inline control comments found while linting (for `--report-suppressions`). */
    selflessSuppressions: Suppression[]
    /** @internal Control comments of one block, collected before the retext bridge. */
    selflessControls: ControlComment[]
  }
}

const kinds = new Set<string>(['disable', 'enable', 'ignore'])
const htmlComment = /<!--([\s\S]*?)-->/g
const mdxComment = /\{\s*\/\*([\s\S]*?)\*\/\s*\}/g

/** Parses a comment's text; `undefined` when it is not a selfless comment. */
export function parseControl(body: string): Omit<ControlComment, 'start' | 'end'> | undefined {
  const match = /^\s*selfless(?:\s+|$)([\s\S]*)$/.exec(body)
  if (!match) return undefined
  const rest = match[1] ?? ''
  const dashes = rest.indexOf('--')
  const head = (dashes === -1 ? rest : rest.slice(0, dashes)).trim()
  const reason = dashes === -1 ? undefined : rest.slice(dashes + 2).trim() || undefined
  const words = head.split(/[\s,]+/).filter(Boolean)
  const keyword = words.shift() ?? ''
  return {
    kind: kinds.has(keyword) ? (keyword as SuppressionKind) : undefined,
    keyword,
    ruleIds: words.length === 0 ? 'all' : words,
    reason
  }
}

/**
 * A unified plugin that collects the control comments of a block's tree
 * (mdast `html` nodes, MDX expressions, hast `comment` nodes) on
 * `file.data.selflessControls`. It reads the comment from the source, not
 * from the node's value, so offsets stay exact inside lists and quotes.
 */
export function collectControls() {
  return function (tree: Node, file: VFile): undefined {
    const source = String(file.value)
    const found: ControlComment[] = []
    let index: LineIndex | undefined
    walk(tree, function (node) {
      const pattern =
        node.type === 'html' || node.type === 'comment'
          ? htmlComment
          : node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression'
            ? mdxComment
            : undefined
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (!pattern || start === undefined || end === undefined) return
      const raw = source.slice(start, end)
      if (!raw.includes('selfless')) return
      pattern.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = pattern.exec(raw))) {
        const control = parseControl(match[1] ?? '')
        if (!control) continue
        index ??= new LineIndex(source)
        const from = start + match.index
        found.push({...control, start: index.toPoint(from), end: index.toPoint(from + match[0].length)})
      }
    })
    file.data.selflessControls = found
  }
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node)
  const children = (node as Node & {children?: Node[]}).children
  if (Array.isArray(children)) for (const child of children) walk(child, visit)
}
