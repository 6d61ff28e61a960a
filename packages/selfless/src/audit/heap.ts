/**
 * Keeps the `limit` greatest items seen, in O(log limit) per item and
 * O(limit) memory: how the audit keeps its worst posts out of 100,000
 * without holding them all. A min-heap: the root is the least of the kept.
 */
export class BoundedHeap<T> {
  private readonly items: T[] = []
  constructor(
    private readonly limit: number,
    /** Positive when `a` ranks above `b`. */
    private readonly compare: (a: T, b: T) => number
  ) {}

  get size(): number {
    return this.items.length
  }

  /** Whether `item` would be kept; lets callers skip building it. */
  accepts(item: T): boolean {
    if (this.limit <= 0) return false
    return this.items.length < this.limit || this.compare(item, this.items[0] as T) > 0
  }

  push(item: T): void {
    if (!this.accepts(item)) return
    if (this.items.length < this.limit) {
      this.items.push(item)
      this.up(this.items.length - 1)
    } else {
      this.items[0] = item
      this.down(0)
    }
  }

  /** The kept items, greatest first. */
  sorted(): T[] {
    return [...this.items].sort((a, b) => this.compare(b, a))
  }

  private up(index: number): void {
    const items = this.items
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (this.compare(items[parent] as T, items[index] as T) <= 0) return
      swap(items, parent, index)
      index = parent
    }
  }

  private down(index: number): void {
    const items = this.items
    for (;;) {
      const left = index * 2 + 1
      const right = left + 1
      let least = index
      if (left < items.length && this.compare(items[left] as T, items[least] as T) < 0) least = left
      if (right < items.length && this.compare(items[right] as T, items[least] as T) < 0) least = right
      if (least === index) return
      swap(items, least, index)
      index = least
    }
  }
}

function swap<T>(items: T[], a: number, b: number): void {
  const value = items[a] as T
  items[a] = items[b] as T
  items[b] = value
}
