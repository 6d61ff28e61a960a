/**
 * `lint`: splits a file into blocks, lints each block on its own (or takes
 * its result from a `BlockCache`), maps positions back to the whole file,
 * and applies inline control comments.
 *
 * Why blocks: retext-english is superlinear on a whole document (a 16x
 * larger text takes 38x longer) while a block at a time is linear with flat
 * memory; and an editor can then re-lint only the blocks an edit touched.
 */
import type {Options} from 'retext-selfless'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {applyControls, type PlacedControl} from './apply-controls.js'
import type {BlockCache} from './block-cache.js'
import {nothing, type BlockResult, type RelativeMessage, type RelativePoint} from './block-result.js'
import {splitText, type Block} from './blocks.js'
import {chunkBlock, chunkThreshold} from './chunk-block.js'
import {couldFlag} from './could-flag.js'
import {formatFromPath, type Format} from './format.js'
import {lintBlock} from './lint-block.js'
import {lintProse} from './lint-prose.js'
import {newMessage} from './new-message.js'
import {shiftPoint} from './shift-point.js'
import type {Point} from './line-index.js'
import {optionsKey} from './options-key.js'
import {plainMarkdownStart, shiftResult} from './plain-markdown.js'
import {getPipeline, pipelineKind, type Pipeline, type PipelineKind} from './pipelines.js'
import {splitHtml} from './split-html.js'
import {splitMarkdown} from './split-markdown.js'

export interface LintOptions {
  /** Default: from `file.path`, else `'text'`. */
  format?: Format | undefined
  /** Plugin options, already resolved (see `loadConfig`). */
  config?: Options | null | undefined
  /** Re-use per-block results between calls (the language server keeps one per document). */
  cache?: BlockCache | undefined
}

// How many following blocks an MDX block that does not parse on its own may
// be joined with (JSX or an expression spanning blank lines) before the parse
// error is reported.
const mdxJoinLimit = 32

const formats = new Set<unknown>(['markdown', 'mdx', 'html', 'text'])

interface Placed {
  message: RelativeMessage
  block: Block
  offset: number | undefined
}

/** Lints a string or VFile; returns the VFile with messages sorted by position. */
export function lint(value: string | VFile, options: LintOptions = {}): VFile {
  // `null`/`undefined` from untyped callers lint as an empty file.
  const file = typeof value === 'string' || value === null || value === undefined ? new VFile({value: value ?? ''}) : value
  const text = String(file)
  const format = options.format ?? formatFromPath(file.path)
  if (!formats.has(format)) {
    throw new TypeError(`Unknown format \`${String(format)}\`: expected 'markdown', 'mdx', 'html' or 'text'`)
  }
  const cache = options.cache
  const config = options.config
  const configKey = optionsKey(config)
  const blocks = split(format, text)

  const placed: Placed[] = []
  const controls: PlacedControl[] = []

  for (let index = 0; index < blocks.length; index++) {
    let block = blocks[index] as Block
    let result = run(pipelineKind(format, block.first), block.text)

    if (result.error && format === 'mdx') {
      for (let end = index + 1; end < blocks.length && end <= index + mdxJoinLimit; end++) {
        const last = blocks[end] as Block
        const joined: Block = {...block, text: text.slice(block.offset, last.end), end: last.end}
        const attempt = run(pipelineKind(format, block.first), joined.text)
        if (!attempt.error) {
          block = joined
          result = attempt
          index = end
          break
        }
      }
    }

    if (result.error) placed.push({message: result.error, block, offset: absolute(result.error.start, block)?.offset})
    for (const message of result.messages) {
      placed.push({message, block, offset: absolute(message.start, block)?.offset})
    }
    for (const control of result.controls) {
      const start = absolute(control.start, block) as Point
      const end = absolute(control.end, block) as Point
      controls.push({...control, start, end, ignoreEnd: ignoreEnd(end.offset, block, blocks[index + 1])})
    }
  }

  const {kept, problems, suppressions} = applyControls(
    placed.map((item) => ({...item, ruleId: item.message.ruleId, source: item.message.source})),
    controls
  )

  const messages: VFileMessage[] = kept.map((item) => toMessage(file, item.message, item.block))
  for (const problem of problems) {
    const message = newMessage(problem.reason, {
      place: {start: problem.control.start, end: problem.control.end},
      ruleId: problem.ruleId,
      source: 'selfless'
    })
    message.fatal = true
    messages.push(withFile(message, file))
  }

  // A loop, not `push(...messages)`: spreading 100,000+ arguments overflows the stack.
  for (const message of messages) file.messages.push(message)
  sortMessages(file.messages)
  file.data.selflessSuppressions = suppressions
  return file

  function run(kind: PipelineKind, blockText: string): BlockResult {
    // The options are validated (the plain-text pipeline built) even when no
    // block needs parsing; a format's own pipeline is built, and its plugins
    // loaded, only once a block needs it.
    const text = getPipeline('text', config)
    if (!cache) return lintOrSkip(text, kind, blockText, config)
    const key = kind + '\u0000' + configKey + '\u0000' + blockText
    let result = cache.get(key)
    if (!result) {
      result = lintOrSkip(text, kind, blockText, config)
      cache.set(key, result)
    }
    return result
  }
}

function lintOrSkip(text: Pipeline, kind: PipelineKind, value: string, config: Options | null | undefined): BlockResult {
  // Plain text, and a Markdown block without any Markdown syntax (but
  // perhaps one list or quote marker), which reads the same as plain text
  // (see plain-markdown.ts): only the ranges that can hold a finding are
  // parsed (see lint-prose.ts).
  if (kind === 'text') return lintProse(text, value, config)
  const start = kind === 'markdown' || kind === 'markdown-first' ? plainMarkdownStart(value) : undefined
  if (start === 0) return lintProse(text, value, config)
  if (start !== undefined) return shiftResult(lintProse(text, value.slice(start), config), start)
  if (!couldFlag(kind, value, config)) return nothing
  return lintBlock(getPipeline(kind, config), value)
}

function split(format: Format, text: string): Block[] {
  const blocks =
    format === 'markdown' || format === 'mdx' ? splitMarkdown(text) : format === 'html' ? splitHtml(text) : splitText(text)
  return blocks.some((block) => block.text.length > chunkThreshold) ? blocks.flatMap((block) => chunkBlock(block, format)) : blocks
}

/** Block-relative to whole-file. */
function absolute(point: RelativePoint | undefined, block: Block): Point | undefined {
  return shiftPoint(point, block)
}

/**
 * `ignore` covers the rest of its own block when prose follows the comment
 * there, and the next block otherwise.
 */
function ignoreEnd(commentEnd: number, block: Block, next: Block | undefined): number {
  const rest = block.text.slice(commentEnd - block.offset)
  if (rest.trim() !== '') return block.end
  return next ? next.end : block.end
}

function toMessage(file: VFile, relative: RelativeMessage, block: Block): VFileMessage {
  const start = absolute(relative.start, block)
  const end = absolute(relative.end, block)
  const message = newMessage(relative.reason, {
    place: start && end ? {start, end} : start,
    ruleId: relative.ruleId,
    source: relative.source
  })
  message.fatal = relative.fatal
  message.actual = relative.actual
  // A copy: the cached result must not change when a caller edits a message.
  message.expected = relative.expected ? [...relative.expected] : undefined
  message.note = relative.note
  message.url = relative.url
  return withFile(message, file)
}

function withFile(message: VFileMessage, file: VFile): VFileMessage {
  // What `file.message()` does.
  if (file.path) {
    message.name = file.path + ':' + message.name
    message.file = file.path
  }
  return message
}

function sortMessages(messages: VFileMessage[]): void {
  messages.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      Number(b.fatal === true) - Number(a.fatal === true)
  )
}
