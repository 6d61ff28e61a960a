/**
 * The prefilters' table of words: two bit sets per lowercase word, looked up
 * by a stretch of text in any case and with either apostrophe, without making
 * a string.
 *
 * The table is an open-addressing array of 32-bit keys (8 KiB for about a
 * thousand words), read with ASCII letters folded to lowercase and curly
 * apostrophes straightened, and beside it the bits, read only when a word is
 * found. `scan` looks up a word of every few it reads, right after the
 * parser has run, so the array it probes is kept small enough to stay in
 * the CPU's nearest caches. `Map#get` on the same lookups cost the plugin
 * about 2% of a parse more: each word fresh from the parser is hashed by
 * V8's runtime, and the map's entries and key strings, spread over the heap,
 * are out of the CPU's cache by the time the next sentence is scanned.
 *
 * A word is found by its key (its hash with its length folded in), not
 * compared with the word: another word with the same key is taken for it
 * (about one in four billion). That is safe because every caller is a
 * prefilter: a wrong hit only makes the plugin tokenize a sentence, or parse
 * a range, that turns out to hold no finding; a word is always found.
 */
import {normalize} from './tokens.js'

export interface WordTable {
  /** Per slot: the key of the word there, or 0 when empty. */
  readonly keys: Int32Array
  /** Per slot: own bits, then companion bits. */
  readonly bits: Int32Array
  /** How far a key's mixed hash is shifted right to give its first slot. */
  readonly shift: number
  readonly mask: number
}

export function wordTable(entries: ReadonlyArray<readonly [word: string, own: number, companions: number]>): WordTable {
  // At most about two thirds full: a missing word is told by an empty slot
  // a probe or two on, in the same cache line.
  let size = 8
  let shift = 29
  while (size * 2 < entries.length * 3) {
    size *= 2
    shift--
  }
  const table: WordTable = {keys: new Int32Array(size), bits: new Int32Array(size * 2), shift, mask: size - 1}
  for (const [word, own, companions] of entries) {
    if (!/^[\x00-\x7f]*$/.test(word) || /[A-Z]/.test(word)) throw new Error(`Table words must be lowercase ASCII: ${word}`)
    const key = keyOf(foldedHash(word, 0, word.length), word.length)
    // Words are found by key alone, so no two may share one.
    if (find(table, key) !== -1) throw new Error(`Table words share a hash: ${word}`)
    let slot = firstSlot(table, key)
    while (table.keys[slot] !== 0) slot = (slot + 1) & table.mask
    table.keys[slot] = key
    table.bits[slot * 2] = own
    table.bits[slot * 2 + 1] = companions
  }
  return table
}

/**
 * Where the word `text.slice(start, end)`, lowercased and with apostrophes
 * straightened (as `normalize` does), is in `table`: its slot, or -1.
 */
export function slotAt(table: WordTable, text: string, start: number, end: number): number {
  const hash = foldedHash(text, start, end)
  // A character other than ASCII or a curly apostrophe: only `normalize`
  // (`toLowerCase`) knows what it lowercases to.
  if (hash === unfoldable) return slotOfNormalized(table, normalize(text.slice(start, end)))
  return find(table, keyOf(hash, end - start))
}

/** The own bits of the word at `slot`. */
export function ownAt(table: WordTable, slot: number): number {
  return table.bits[slot * 2] as number
}

/** The companion bits of the word at `slot`. */
export function companionsAt(table: WordTable, slot: number): number {
  return table.bits[slot * 2 + 1] as number
}

function slotOfNormalized(table: WordTable, word: string): number {
  const hash = foldedHash(word, 0, word.length)
  // Still not ASCII: no table word is.
  return hash === unfoldable ? -1 : find(table, keyOf(hash, word.length))
}

/** A word's key: its hash with its length folded in; never 0 (an empty slot). */
function keyOf(hash: number, length: number): number {
  return (hash ^ Math.imul(length, 0x9e3779b1)) | 1
}

/** A key's first slot, from the high bits of a multiplicative mix (the low bit of every key is 1). */
function firstSlot(table: WordTable, key: number): number {
  return Math.imul(key, 0x85ebca6b) >>> table.shift
}

function find(table: WordTable, key: number): number {
  const keys = table.keys
  let slot = firstSlot(table, key)
  for (;;) {
    const stored = keys[slot] as number
    if (stored === key) return slot
    if (stored === 0) return -1
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
