/**
 * Numbers as every report prints them, fixed to en-US so output (and tests)
 * do not change with the machine's locale.
 */
const integer = new Intl.NumberFormat('en-US')

export function formatCount(value: number): string {
  return integer.format(Math.round(value))
}

/** `0.1234` → `12.3%`. */
export function formatShare(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}

/** `1536000` → `1.5 MB` (decimal units, as file managers show them). */
export function formatBytes(value: number): string {
  if (value < 1000) return `${value} B`
  if (value < 1_000_000) return `${(value / 1000).toFixed(1)} kB`
  if (value < 1_000_000_000) return `${(value / 1_000_000).toFixed(1)} MB`
  return `${(value / 1_000_000_000).toFixed(1)} GB`
}

/** Seconds as `m:ss` (or `h:mm:ss`). */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const rest = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}
