/**
 * Runs an async task over items with a bounded number in flight, so 10,000
 * files are not all opened at once, and hands each result over in input
 * order as soon as it and every earlier one are done (results stream out
 * instead of piling up).
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
  onResult: (result: R, index: number) => void
): Promise<void> {
  const done = new Map<number, R>()
  let next = 0
  let emitted = 0

  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++
      done.set(index, await task(items[index] as T, index))
      while (done.has(emitted)) {
        const result = done.get(emitted) as R
        done.delete(emitted)
        onResult(result, emitted++)
      }
    }
  }

  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker))
}
