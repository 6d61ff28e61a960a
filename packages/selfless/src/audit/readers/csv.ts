/**
 * CSV (and TSV) exports from social-media tools and spreadsheets, read with
 * csv-parse as a stream: quoted fields, embedded newlines and a BOM all work.
 * The first row names the columns; `--text-column`, `--date-column`,
 * `--id-column` and `--url-column` choose them, with the usual names as
 * defaults (see `fields.ts`).
 */
import {Readable} from 'node:stream'
import {stat} from 'node:fs/promises'
import {parse, CsvError} from 'csv-parse'
import {parseDate} from '../dates.js'
import {AuditError} from '../errors.js'
import type {Post} from '../post.js'
import {defaultFields, type FieldNames, fieldString, resolveFields} from './fields.js'
import {ByteCounter, fileChunks, type PostSource} from './source.js'

export async function csvFromFile(file: string, fields: FieldNames): Promise<PostSource> {
  const counter = new ByteCounter()
  const {size} = await stat(file)
  const tsv = /\.tsv$/i.test(file)
  return {format: tsv ? 'TSV' : 'CSV', total: size, consumed: () => counter.value, posts: () => read(file, fields, tsv, counter)}
}

async function* read(file: string, fields: FieldNames, tsv: boolean, counter: ByteCounter): AsyncGenerator<Post> {
  let problem: AuditError | undefined
  let resolved: ReturnType<typeof resolveFields> | undefined
  const parser = Readable.from(fileChunks(file, counter)).pipe(
    parse({
      bom: true,
      delimiter: tsv ? '\t' : ',',
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      columns(header: string[]) {
        resolved = resolveFields(header, fields)
        problem = check(file, header, resolved, fields)
        if (problem) throw problem
        return header
      }
    })
  )
  try {
    for await (const {record, info} of parser as AsyncIterable<{record: Record<string, unknown>; info: {lines: number; records: number}}>) {
      const columns = resolved as ReturnType<typeof resolveFields>
      const text = fieldString(record, columns.text)
      if (text === undefined) continue
      yield {
        id: fieldString(record, columns.id) ?? `row ${info.records + 1}`,
        date: parseDate(record[columns.date ?? '']),
        url: fieldString(record, columns.url),
        text
      }
    }
  } catch (error) {
    if (problem) throw problem
    if (error instanceof CsvError) throw new AuditError(`Cannot read \`${file}\`: not valid CSV (${error.message})`, file)
    throw error
  }
}

function check(file: string, header: string[], resolved: ReturnType<typeof resolveFields>, wanted: FieldNames): AuditError | undefined {
  const columns = header.map((name) => `\`${name}\``).join(', ')
  for (const role of ['text', 'date', 'id', 'url'] as const) {
    const name = wanted[role]
    if (name !== undefined && !header.includes(resolved[role] ?? '')) {
      return new AuditError(`Cannot read \`${file}\`: no column \`${name}\` (from \`--${role}-column\`); the columns are ${columns}`, file)
    }
  }
  if (resolved.text === undefined) {
    return new AuditError(
      `Cannot read \`${file}\`: expected a CSV whose first row names a text column (${defaultFields.text.map((name) => `\`${name}\``).join(', ')}) or \`--text-column <name>\`; the columns are ${columns}`,
      file
    )
  }
  return undefined
}
