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
