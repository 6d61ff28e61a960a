/**
 * JSON Lines (`.jsonl`, `.ndjson`): one JSON object per line, read line by
 * line. Fields are chosen like CSV columns, and may be dotted paths
 * (`--text-column tweet.full_text`).
 */
import {stat} from 'node:fs/promises'
import {parseDate} from '../dates.js'
import {AuditError} from '../errors.js'
import type {Post} from '../post.js'
import {defaultFields, type FieldNames, fieldString, fieldValue, resolveFields} from './fields.js'
import {ByteCounter, fileText, type PostSource} from './source.js'

export async function jsonlFromFile(file: string, fields: FieldNames): Promise<PostSource> {
  const counter = new ByteCounter()
  const {size} = await stat(file)
  return {format: 'JSON Lines', total: size, consumed: () => counter.value, posts: () => read(file, fields, counter)}
}

async function* lines(file: string, counter: ByteCounter): AsyncGenerator<string> {
  let rest = ''
  for await (const text of fileText(file, counter)) {
    const parts = (rest + text).split('\n')
    rest = parts.pop() ?? ''
    yield* parts
  }
  if (rest) yield rest
}

async function* read(file: string, fields: FieldNames, counter: ByteCounter): AsyncGenerator<Post> {
  let line = 0
  let resolved: ReturnType<typeof resolveFields> | undefined
  for await (const raw of lines(file, counter)) {
    line++
    if (raw.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw new AuditError(`Cannot read \`${file}\`:${line}: expected one JSON object per line (JSON Lines), but this line is not valid JSON (${(error as Error).message})`, file)
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new AuditError(`Cannot read \`${file}\`:${line}: expected one JSON object per line (JSON Lines), got ${Array.isArray(value) ? 'an array' : typeof value}`, file)
    }
    const record = value as Record<string, unknown>
    // The first object decides the fields, as a CSV header would.
    resolved ??= check(file, line, record, resolveFields(Object.keys(record), fields))
    const text = fieldValue(record, resolved.text)
    if (typeof text !== 'string' || text.trim() === '') continue
    yield {
      id: fieldString(record, resolved.id) ?? `line ${line}`,
      date: parseDate(fieldValue(record, resolved.date)),
      url: fieldString(record, resolved.url),
      text
    }
  }
}

function check(file: string, line: number, record: Record<string, unknown>, resolved: ReturnType<typeof resolveFields>): ReturnType<typeof resolveFields> {
  if (resolved.text === undefined || typeof fieldValue(record, resolved.text) !== 'string') {
    const keys = Object.keys(record).map((key) => `\`${key}\``).join(', ')
    throw new AuditError(
      `Cannot read \`${file}\`:${line}: expected objects with a text field (${defaultFields.text.map((name) => `\`${name}\``).join(', ')}) or \`--text-column <name>\`; this object has ${keys || 'no keys'}`,
      file
    )
  }
  return resolved
}
