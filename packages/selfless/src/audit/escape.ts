/**
 * Escaping for the HTML report. Post text is untrusted (anyone can post
 * `<script>` in a reply that ends up in an export), so every value that goes
 * into the page passes through one of these.
 */
const characters: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Text content and attribute values (quoted with `"`). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => characters[char] as string)
}

/** A link target, or `undefined` for anything but http(s) (no `javascript:`). */
export function safeUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}
