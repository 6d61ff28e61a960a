/**
 * "Ignore here, with a reason": an inline control comment inserted on its own
 * line. Markdown and HTML only: MDX has no HTML comments and plain text has
 * no comments at all.
 *
 * An `ignore` comment covers the rest of its own block when prose follows it
 * there. In Markdown it goes above the paragraph (the run of non-blank lines)
 * holding the finding: a comment line inside a paragraph would split it in
 * two. In HTML a comment changes no rendering and blocks can be long (a file
 * without blank lines is one block), so it goes right above the finding's
 * line, covering as little as it can.
 */
import type {Format} from 'selfless'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {TextEdit} from 'vscode-languageserver'

/** What the writer is asked to replace: a suppression without a reason helps no reviewer. */
export const reasonPlaceholder = 'TODO: say why this is fine here'

export function supportsIgnoreComment(format: Format): boolean {
  return format === 'markdown' || format === 'html'
}

/** The comment text for `ruleId`. */
export function ignoreComment(ruleId: string): string {
  return `<!-- selfless ignore ${ruleId} -- ${reasonPlaceholder} -->`
}

/** The edit inserting the comment for a finding on `line`, indented like the line it goes above. */
export function ignoreEdit(document: TextDocument, format: Format, line: number, ruleId: string): TextEdit {
  let first = line
  if (format !== 'html') while (first > 0 && !isBlank(lineText(document, first - 1))) first--
  const indent = /^[ \t]*/.exec(lineText(document, first))?.[0] ?? ''
  const position = {line: first, character: 0}
  return {range: {start: position, end: position}, newText: `${indent}${ignoreComment(ruleId)}\n`}
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}}).replace(/\r?\n$/, '')
}

function isBlank(text: string): boolean {
  return text.trim() === ''
}
