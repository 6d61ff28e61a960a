/**
 * The prefilters' table of words: two bit sets per lowercase word, looked up
 * by a stretch of text in any case and with either apostrophe, without making
 * a string.
 *
 * The table is an open-addressing array of 32-bit hashes and bits, 32 KiB for
 * about a thousand words, read with ASCII letters folded to lowercase and
 * curly apostrophes straightened. `Map#get` on the same lookups cost the
 * plugin about 2% of a parse more: each word fresh from the parser is hashed
 * by V8's runtime, and the map's entries and key strings, spread over the
 * heap, are out of the CPU's cache by the time the next sentence is scanned.
 *
 * A word is found by its hash and length, not compared with the key: another
 * word with the same 32-bit hash is taken for the key (for a word of that length, about one in two billion).
 * That is safe because every caller is a prefilter: a wrong hit only makes
 * the plugin tokenize a sentence, or parse a range, that turns out to hold
 * no finding; a key is always found.
 */
import {normalize} from './tokens.js'

export interface WordTable {
  /** Per slot: hash, length + 1 (0 when empty), own bits, companion bits. */
  readonly slots: Int32Array
  readonly mask: number
}

export const stride = 4

export function wordTable(entries: ReadonlyArray<readonly [word: string, own: number, companions: number]>): WordTable {
  let size = 8
  while (size < entries.length * 2) size *= 2
  const slots = new Int32Array(size * stride)
  const mask = size - 1
  for (const [word, own, companions] of entries) {
    if (!/^[\x00-\x7f]*$/.test(word) || /[A-Z]/.test(word)) throw new Error(`Table words must be lowercase ASCII: ${word}`)
    const hash = foldedHash(word, 0, word.length)
    // Words are found by hash and length alone, so no two may share them.
    if (find({slots, mask}, hash, word.length) !== -1) throw new Error(`Table words share a hash: ${word}`)
    let slot = hash & mask
    while (slots[slot * stride + 1] !== 0) slot = (slot + 1) & mask
    slots.set([hash, word.length + 1, own, companions], slot * stride)
  }
  return {slots, mask}
}

/**
 * Where the word `text.slice(start, end)`, lowercased and with apostrophes
 * straightened (as `normalize` does), is in `table`: an index into `slots`,
 * or -1.
 */
export function slotAt(table: WordTable, text: string, start: number, end: number): number {
  const hash = foldedHash(text, start, end)
  // A character other than ASCII or a curly apostrophe: only `normalize`
  // (`toLowerCase`) knows what it lowercases to.
  if (hash === unfoldable) return slotOfNormalized(table, normalize(text.slice(start, end)))
  return find(table, hash, end - start)
}

/** The own bits of the word at `slot`. */
export function ownAt(table: WordTable, slot: number): number {
  return table.slots[slot + 2] as number
}

/** The companion bits of the word at `slot`. */
export function companionsAt(table: WordTable, slot: number): number {
  return table.slots[slot + 3] as number
}

function slotOfNormalized(table: WordTable, word: string): number {
  const hash = foldedHash(word, 0, word.length)
  // Still not ASCII: no table word is.
  return hash === unfoldable ? -1 : find(table, hash, word.length)
}

function find(table: WordTable, hash: number, length: number): number {
  const slots = table.slots
  let slot = hash & table.mask
  for (;;) {
    const at = slot * stride
    const stored = slots[at + 1] as number
    if (stored === 0) return -1
    if (stored === length + 1 && slots[at] === hash) return at
    slot = (slot + 1) & table.mask
  }
}

/**
 * Whether `text`, lowercased and with apostrophes straightened (as
 * `normalize` does), is `word`.
 */
export function isFolded(text: string, word: string): boolean {
  if (text.length !== word.length) return normalize(text) === word
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index)
    if (code >= 65 && code <= 90) code |= 32
    else if (code > 127) {
      if (code !== 0x2019 && code !== 0x2018) return normalize(text) === word
      code = 39
    }
    if (code !== word.charCodeAt(index)) return false
  }
  return true
}

/** Returned by `foldedHash` for a stretch holding a character it cannot fold. */
const unfoldable = 0

/**
 * FNV-1a over the code units with ASCII letters lowercased and `’` and `‘`
 * read as `'`; never 0 (`unfoldable`) for a foldable stretch.
 */
function foldedHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let index = start; index < end; index++) {
    let code = text.charCodeAt(index)
    if (code >= 65 && code <= 90) code |= 32
    else if (code > 127) {
      if (code !== 0x2019 && code !== 0x2018) return unfoldable
      code = 39
    }
    hash = Math.imul(hash ^ code, 0x01000193)
  }
  return hash | 1
}
