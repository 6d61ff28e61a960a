/**
 * A least-recently-used cache of per-block lint results. The language server
 * keeps one per open document, so an edit re-lints only the blocks it touched.
 */
import type {BlockResult} from './block-result.js'

export class BlockCache {
  /** Most entries kept; the least recently used go first. */
  readonly limit: number
  #hits = 0
  #misses = 0
  // A `Map` iterates in insertion order: re-inserting on a hit keeps the
  // least recently used entry first, so eviction is O(1).
  readonly #entries = new Map<string, BlockResult>()

  constructor(limit = 10_000) {
    this.limit = Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : 10_000
  }

  get size(): number {
    return this.#entries.size
  }

  /** How many blocks were taken from the cache (for tests and diagnostics). */
  get hits(): number {
    return this.#hits
  }

  /** How many blocks had to be linted (for tests and diagnostics). */
  get misses(): number {
    return this.#misses
  }

  clear(): void {
    this.#entries.clear()
    this.#hits = 0
    this.#misses = 0
  }

  /** @internal */
  get(key: string): BlockResult | undefined {
    const found = this.#entries.get(key)
    if (found === undefined) {
      this.#misses++
      return undefined
    }
    this.#hits++
    this.#entries.delete(key)
    this.#entries.set(key, found)
    return found
  }

  /** @internal */
  set(key: string, value: BlockResult): void {
    this.#entries.delete(key)
    this.#entries.set(key, value)
    while (this.#entries.size > this.limit) {
      const oldest = this.#entries.keys().next()
      if (oldest.done) break
      this.#entries.delete(oldest.value)
    }
  }
}
