/**
 * X archives keep the HTML escaping of the web client in `full_text`
 * (`&amp;`, `&lt;`, `&gt;`): decode it so the linter reads the words and the
 * offsets of findings point into the text people actually posted.
 */
const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0'}
const entity = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi

export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(entity, (all, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return named[name.toLowerCase()] ?? all
    const code = decimal === undefined ? Number.parseInt(hex ?? '', 16) : Number(decimal)
    // Lone surrogates and out-of-range code points stay as written.
    return code > 0x10_ffff || (code >= 0xd8_00 && code <= 0xdf_ff) ? all : String.fromCodePoint(code)
  })
}
