/**
 * A string that stands for a set of plugin options: equal options give equal
 * keys whatever their key order, so the block cache and the processor cache
 * are shared by equal configs, not only by the same object.
 */
import type {Options} from 'retext-selfless'

const keys = new WeakMap<object, string>()

export function optionsKey(options: Options | null | undefined): string {
  if (options === null || options === undefined) return '{}'
  let key = keys.get(options)
  if (key === undefined) {
    key = stable(options)
    keys.set(options, key)
  }
  return key
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map(stable).join(',') + ']'
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    return (
      '{' +
      Object.keys(record)
        .filter((name) => record[name] !== undefined)
        .sort()
        .map((name) => JSON.stringify(name) + ':' + stable(record[name]))
        .join(',') +
      '}'
    )
  }
  return JSON.stringify(value) ?? 'null'
}
