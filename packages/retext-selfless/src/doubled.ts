/** A copy of `array` in one twice as long: scratch arrays grow by it when a sentence outgrows them. */
export function doubled(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2)
  larger.set(array)
  return larger
}
