/**
 * Which field of a CSV row or JSON object holds the text, the date, the id
 * and the link. Flags name them (`--text-column tweet.full_text`); otherwise
 * the first of the usual names found is used, case-insensitively.
 */
export interface FieldNames {
  text?: string | undefined
  date?: string | undefined
  id?: string | undefined
  url?: string | undefined
}

export type FieldRole = keyof FieldNames

export const defaultFields: Record<FieldRole, readonly string[]> = {
  text: ['text', 'full_text', 'message', 'post', 'content', 'body', 'caption', 'tweet'],
  date: ['date', 'created_at', 'created_time', 'timestamp', 'published', 'published_at', 'time', 'datetime'],
  id: ['id', 'id_str', 'post_id', 'tweet_id', 'status_id'],
  url: ['url', 'link', 'permalink', 'permalink_url', 'post_url']
}

/**
 * Resolves each role to a key among `keys` (a CSV header or the first JSON
 * object's keys): the flag's name if given (which may be a dotted path into
 * nested objects), else the first default present. Names matching no key are
 * returned as given, for the caller to report.
 */
export function resolveFields(keys: readonly string[], wanted: FieldNames): Record<FieldRole, string | undefined> {
  const byLower = new Map(keys.map((key) => [key.toLowerCase(), key]))
  const pick = (role: FieldRole): string | undefined => {
    const named = wanted[role]
    if (named !== undefined) return byLower.get(named.toLowerCase()) ?? named
    for (const candidate of defaultFields[role]) {
      const found = byLower.get(candidate)
      if (found !== undefined) return found
    }
    return undefined
  }
  return {text: pick('text'), date: pick('date'), id: pick('id'), url: pick('url')}
}

/** A field's value; dotted names reach into nested objects (`tweet.full_text`). */
export function fieldValue(record: Record<string, unknown>, name: string | undefined): unknown {
  if (name === undefined) return undefined
  if (name in record) return record[name]
  let value: unknown = record
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/** A field's value as text for ids and links: strings and numbers only. */
export function fieldString(record: Record<string, unknown>, name: string | undefined): string | undefined {
  const value = fieldValue(record, name)
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim()
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  return undefined
}
