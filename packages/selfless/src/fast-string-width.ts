/**
 * A fast path in front of `string-width` for the command's bundle (see
 * tsup.config.ts): vfile-reporter measures every cell of the stylish report
 * with it, and its first call sets up `Intl.Segmenter`, 15–30 ms of a
 * one-file run. A string made only of characters that are each one column
 * wide on their own, and that never join with a neighbour into one grapheme
 * (printable ASCII and common typographic punctuation), is as wide as it is
 * long; anything else goes to `string-width`. The test
 * `cli-string-width.test.ts` checks every fast character against it.
 */
export type StringWidth = (value: string, options?: Readonly<Record<string, unknown>>) => number

/** Characters measured by length: printable ASCII, – — ‘ ’ “ ” …. */
export const narrowText = /^[\x20-\x7e\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/

export function withNarrowFastPath(slow: StringWidth): StringWidth {
  return function (value, options) {
    // Options could count these differently (`ambiguousIsNarrow: false`).
    if (options === undefined && typeof value === 'string' && narrowText.test(value)) return value.length
    return slow(value, options)
  }
}
