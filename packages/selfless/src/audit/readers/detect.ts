/**
 * Picks the reader for an input: by `--format` when given, else by what the
 * path is (a folder with `data/tweets.js`, a folder of Markdown/text, a zip)
 * and its extension. Anything else is an error naming what is read.
 */
import {stat} from 'node:fs/promises'
import {AuditError} from '../errors.js'
import {csvFromFile} from './csv.js'
import {facebookFromFile} from './facebook.js'
import type {FieldNames} from './fields.js'
import {jsonlFromFile} from './jsonl.js'
import type {PostSource} from './source.js'
import {findTextFiles, textFolder} from './text-folder.js'
import {findTweetScripts, xFromFolder, xFromScript, xFromZip} from './x-archive.js'

export const inputFormats = ['x', 'facebook', 'csv', 'jsonl', 'text'] as const
export type InputFormat = (typeof inputFormats)[number]

export const expectedInputs =
  'an X/Twitter archive (its folder, its .zip or data/tweets.js), a Facebook posts export (.json), a CSV or TSV file (.csv, .tsv), JSON Lines (.jsonl, .ndjson) or a folder of Markdown/text files'

export async function openSource(input: string, format: InputFormat | undefined, fields: FieldNames): Promise<PostSource> {
  const stats = await stat(input).catch(() => undefined)
  if (!stats) throw new AuditError(`Cannot read \`${input}\`: no such file or folder`, input)

  if (stats.isDirectory()) {
    if (format === undefined || format === 'x') {
      const scripts = await findTweetScripts(input)
      if (scripts) return xFromFolder(input, scripts)
      if (format === 'x') throw new AuditError(`Cannot read \`${input}\`: expected an X/Twitter archive folder with \`data/tweets.js\`, found none`, input)
    }
    if (format === undefined || format === 'text') {
      const files = await findTextFiles(input)
      if (files.length > 0) return textFolder(input, files)
      throw new AuditError(`Cannot read \`${input}\`: expected ${format === 'text' ? 'a folder of Markdown/text files (.md, .markdown, .txt)' : expectedInputs}; this folder has no \`data/tweets.js\` and no .md or .txt files`, input)
    }
    throw new AuditError(`Cannot read \`${input}\`: \`--format ${format}\` reads a file, but this is a folder`, input)
  }

  const extension = /\.([^./\\]+)$/.exec(input)?.[1]?.toLowerCase() ?? ''
  const chosen = format ?? byExtension(extension)
  switch (chosen) {
    case 'x':
      return extension === 'zip' ? xFromZip(input) : xFromScript(input)
    case 'facebook':
      return facebookFromFile(input)
    case 'csv':
      return csvFromFile(input, fields)
    case 'jsonl':
      return jsonlFromFile(input, fields)
    case 'text':
      throw new AuditError(`Cannot read \`${input}\`: \`--format text\` reads a folder of Markdown/text files, but this is a file`, input)
    default:
      throw new AuditError(`Cannot read \`${input}\`: unknown format${extension ? ` \`.${extension}\`` : ''}; expected ${expectedInputs} (or pass \`--format\`)`, input)
  }
}

function byExtension(extension: string): InputFormat | undefined {
  if (extension === 'zip' || extension === 'js') return 'x'
  if (extension === 'json') return 'facebook'
  if (extension === 'csv' || extension === 'tsv') return 'csv'
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl'
  return undefined
}
