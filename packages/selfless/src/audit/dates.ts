/**
 * Dates as exports write them: ISO 8601, Unix timestamps (Facebook: seconds),
 * X's `Wed Oct 10 20:19:24 +0000 2018`, and whatever `Date.parse` reads.
 */
import {AuditError} from './errors.js'

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// X archives: `Wed Oct 10 20:19:24 +0000 2018` (V8 reads it, but not every engine does).
const twitter = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/
const numeric = /^-?\d+(?:\.\d+)?$/

/** Reads a date from an export's field; `undefined` when absent or unreadable. */
export function parseDate(value: unknown): Date | undefined {
  if (typeof value === 'number') return fromEpoch(value)
  if (typeof value !== 'string') return undefined
  // Every tweet of an X archive has one: read it without a regex or trimming.
  if (value.length === 30) {
    const time = twitterTime(value)
    if (time !== undefined) return valid(new Date(time))
  }
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  if (numeric.test(trimmed)) return fromEpoch(Number(trimmed))
  const match = twitter.exec(trimmed)
  if (match) {
    const [, month, day, hour, minute, second, sign, offsetHours, offsetMinutes, year] = match
    const index = months.indexOf(month ?? '')
    if (index < 0) return undefined
    const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes))
    const time = Date.UTC(Number(year), index, Number(day), Number(hour), Number(minute), Number(second)) - offset * 60_000
    return valid(new Date(time))
  }
  return valid(new Date(trimmed))
}

const monthIndex = new Map(months.map((name, index) => [name, index]))

/**
 * `Wed Oct 10 20:19:24 +0000 2018` read by character positions, as the
 * `twitter` pattern would (same result), or `undefined` for anything else.
 */
function twitterTime(value: string): number | undefined {
  if (value.charCodeAt(3) !== 32 || value.charCodeAt(7) !== 32 || value.charCodeAt(10) !== 32 || value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return undefined
  if (value.charCodeAt(19) !== 32 || value.charCodeAt(25) !== 32 || !isWeekday(value)) return undefined
  const sign = value.charCodeAt(20)
  if (sign !== 43 /* + */ && sign !== 45 /* - */) return undefined
  const month = monthIndex.get(value.slice(4, 7))
  const day = digits(value, 8, 2)
  const hour = digits(value, 11, 2)
  const minute = digits(value, 14, 2)
  const second = digits(value, 17, 2)
  const offsetHours = digits(value, 21, 2)
  const offsetMinutes = digits(value, 23, 2)
  const year = digits(value, 26, 4)
  if (month === undefined || day < 0 || hour < 0 || minute < 0 || second < 0 || offsetHours < 0 || offsetMinutes < 0 || year < 0) return undefined
  const offset = (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
  return Date.UTC(year, month, day, hour, minute, second) - offset * 60_000
}

// `[A-Z][a-z]{2}`, as in the pattern.
function isWeekday(value: string): boolean {
  const first = value.charCodeAt(0)
  const second = value.charCodeAt(1)
  const third = value.charCodeAt(2)
  return first >= 65 && first <= 90 && second >= 97 && second <= 122 && third >= 97 && third <= 122
}

/** The `length` ASCII digits at `start` as a number, or -1. */
function digits(value: string, start: number, length: number): number {
  let result = 0
  for (let index = start; index < start + length; index++) {
    const code = value.charCodeAt(index) - 48
    if (code < 0 || code > 9) return -1
    result = result * 10 + code
  }
  return result
}

// Seconds below 10^11 (that is, before the year 5138); milliseconds above.
function fromEpoch(value: number): Date | undefined {
  if (!Number.isFinite(value)) return undefined
  return valid(new Date(value < 1e11 ? value * 1000 : value))
}

function valid(date: Date): Date | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/

/**
 * A `--since` / `--until` value: an ISO date (`2024-01-31`, UTC) or date-time.
 * `--until` with a bare date includes that whole day.
 */
export function parseBound(flag: '--since' | '--until', value: string): Date {
  const day = isoDate.test(value)
  if (!day && !isoDateTime.test(value)) {
    throw new AuditError(`Invalid \`${flag}\`: expected an ISO date like 2024-01-31 (or 2024-01-31T18:00Z), got ${JSON.stringify(value)}`)
  }
  const date = new Date(day ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime()) || (day && date.toISOString().slice(0, 10) !== value)) {
    throw new AuditError(`Invalid \`${flag}\`: ${JSON.stringify(value)} is not a calendar date`)
  }
  // `--until 2024-01-31` means up to the end of that day: keep an exclusive bound.
  return day && flag === '--until' ? new Date(date.getTime() + 86_400_000) : date
}

/** The UTC month a date falls in, `YYYY-MM`: the unit of the trend. */
export function monthOf(date: Date): string {
  // Called once per post: plain arithmetic, not `toISOString()`.
  const month = date.getUTCMonth() + 1
  return `${date.getUTCFullYear()}-${month < 10 ? '0' : ''}${month}`
}

/** Every month from `first` to `last` (both `YYYY-MM`), gaps included. */
export function monthRange(first: string, last: string): string[] {
  const result: string[] = []
  let year = Number(first.slice(0, 4))
  let month = Number(first.slice(5, 7))
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7))
  while (year * 12 + month <= end) {
    result.push(`${year}-${String(month).padStart(2, '0')}`)
    month++
    if (month > 12) {
      month = 1
      year++
    }
  }
  return result
}
