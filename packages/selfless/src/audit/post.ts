/**
 * A post as every reader hands it over, whatever the export format: the
 * pipeline, the summary and the reports know only this shape.
 */
export interface Post {
  /** Stable id from the export (tweet id, CSV id column, file path…). */
  id: string
  /** When it was posted; `undefined` when the export has no (readable) date. */
  date: Date | undefined
  /** Link to the post, when the export has one. */
  url: string | undefined
  /** The post's text, as plain text (entities already decoded). */
  text: string
}
