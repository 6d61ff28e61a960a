/**
 * "Add to allowed phrases": the edit that appends a phrase to `allow` in the
 * nearest config file, keeping the file's own formatting and comments
 * (jsonc-parser for JSON, yaml's document model for YAML). JavaScript configs
 * are code, not data: no edit is offered for them.
 */
import {readFile} from 'node:fs/promises'
import {basename, extname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {applyEdits, modify, parse, type FormattingOptions, type ParseError} from 'jsonc-parser'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {TextEdit} from 'vscode-languageserver'
import {isMap, isSeq, parseDocument} from 'yaml'

export const newConfigName = '.selflessrc.json'

export type AllowEdit =
  /** Edit an existing config file. */
  | {kind: 'edit'; uri: string; path: string; edits: TextEdit[]}
  /** Create a config file at the workspace root. */
  | {kind: 'create'; uri: string; path: string; text: string}

/**
 * The edit adding `phrase` to the config at `configPath` (or creating
 * `.selflessrc.json` in `root` when there is none), or `undefined` when the
 * config cannot be edited (JavaScript, unreadable, malformed, or the phrase
 * is already allowed).
 */
export async function allowEdit(
  phrase: string,
  configPath: string | undefined,
  root: string | undefined,
  openText: (uri: string) => string | undefined
): Promise<AllowEdit | undefined> {
  if (configPath === undefined) {
    if (root === undefined) return undefined
    const path = join(root, newConfigName)
    return {kind: 'create', uri: pathToFileURL(path).href, path, text: JSON.stringify({allow: [phrase]}, null, 2) + '\n'}
  }

  const uri = pathToFileURL(configPath).href
  let text = openText(uri)
  if (text === undefined) {
    try {
      text = await readFile(configPath, 'utf8')
    } catch {
      return undefined
    }
  }

  const name = basename(configPath)
  const extension = extname(name).toLowerCase()
  const next =
    name === 'package.json'
      ? editJson(text, ['selfless'], phrase)
      : extension === '.yaml' || extension === '.yml'
        ? editYaml(text, phrase)
        : extension === '.json' || name === '.selflessrc'
          ? editJson(text, [], phrase)
          : undefined
  if (next === undefined) return undefined

  // One edit spanning the changed region keeps the client's undo simple.
  const document = TextDocument.create(uri, 'json', 0, text)
  return {kind: 'edit', uri, path: configPath, edits: [minimalEdit(document, text, next)]}
}

function editJson(text: string, base: Array<string | number>, phrase: string): string | undefined {
  const errors: ParseError[] = []
  const root: unknown = parse(text, errors, {allowTrailingComma: true})
  if (errors.length > 0 || !isRecord(root)) return undefined
  let at: unknown = root
  for (const key of base) at = isRecord(at) ? at[key] : undefined
  const allow = isRecord(at) ? at.allow : undefined
  if (Array.isArray(allow) && allow.some((item) => sameWords(item, phrase))) return undefined
  if (at !== undefined && !isRecord(at)) return undefined

  const formattingOptions: FormattingOptions = {...detectIndent(text), eol: text.includes('\r\n') ? '\r\n' : '\n'}
  const edits = Array.isArray(allow)
    ? modify(text, [...base, 'allow', -1], phrase, {formattingOptions, isArrayInsertion: true})
    : modify(text, [...base, 'allow'], [phrase], {formattingOptions})
  return applyEdits(text, edits)
}

function editYaml(text: string, phrase: string): string | undefined {
  const document = parseDocument(text)
  if (document.errors.length > 0) return undefined
  if (document.contents !== null && !isMap(document.contents)) return undefined
  const allow: unknown = document.get('allow')
  if (isSeq(allow)) {
    if (allow.items.some((item) => sameWords(String(item), phrase))) return undefined
    document.addIn(['allow'], phrase)
  } else {
    document.set('allow', [phrase])
  }
  return document.toString()
}

/** Replace only the part of `before` that differs from `after`. */
function minimalEdit(document: TextDocument, before: string, after: string): TextEdit {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let end = 0
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  return {
    range: {start: document.positionAt(start), end: document.positionAt(before.length - end)},
    newText: after.slice(start, after.length - end)
  }
}

function detectIndent(text: string): {insertSpaces: boolean; tabSize: number} {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1]
  if (indent?.startsWith('\t')) return {insertSpaces: false, tabSize: 1}
  return {insertSpaces: true, tabSize: indent?.length ?? 2}
}

function sameWords(item: unknown, phrase: string): boolean {
  return typeof item === 'string' && item.trim().toLowerCase() === phrase.trim().toLowerCase()
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
