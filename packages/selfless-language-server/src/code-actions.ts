/**
 * Code actions for one document version, built only from the server's own
 * findings: the rewrites in `expected` (quick fixes), an inline ignore
 * comment, "add to allowed phrases", and a fix-all source action.
 */
import {basename} from 'node:path'
import {applyFixes, type Format} from 'selfless'
import {CodeActionKind, type CodeAction, type Command, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {allowEdit, type AllowEdit} from './allow-edit.js'
import {toDiagnostic} from './diagnostics.js'
import type {Finding, Message} from './findings.js'
import {ignoreEdit, supportsIgnoreComment} from './ignore-comment.js'

export const fixAllKind = `${CodeActionKind.SourceFixAll}.selfless`
/** Fallback for clients that cannot create files through a workspace edit. */
export const createConfigCommand = 'selfless.createConfig'

export interface ClientSupport {
  /** `workspace.workspaceEdit.documentChanges` (versioned edits). */
  documentChanges: boolean
  /** `workspace.workspaceEdit.resourceOperations` includes `create`. */
  createFiles: boolean
}

export interface ActionInput {
  document: TextDocument
  format: Format
  /** Every finding of this document version. */
  findings: readonly Finding[]
  /** The findings the request is about. */
  selected: readonly Finding[]
  configPath: string | undefined
  root: string | undefined
  /** `CodeActionContext.only`, when the client narrows the kinds. */
  only: readonly string[] | undefined
  support: ClientSupport
  openText: (uri: string) => string | undefined
}

export async function codeActions(input: ActionInput): Promise<CodeAction[]> {
  const {document, selected, only} = input
  const actions: CodeAction[] = []

  if (wants(only, CodeActionKind.QuickFix)) {
    for (const finding of selected) actions.push(...rewrites(input, finding))
    for (const finding of selected) {
      const ignore = ignoreAction(input, finding)
      if (ignore) actions.push(ignore)
    }
    const allowed = new Set<string>()
    for (const finding of selected) {
      const phrase = finding.message.actual
      if (!phrase || allowed.has(phrase.toLowerCase())) continue
      allowed.add(phrase.toLowerCase())
      const allow = await allowAction(input, finding, phrase)
      if (allow) actions.push(allow)
    }
  }

  if (wants(only, fixAllKind) && (only !== undefined || selected.length > 0)) {
    const fixAll = fixAllAction(document, input.findings, input.support)
    if (fixAll) actions.push(fixAll)
  }

  return actions
}

/** Whether `kind` is asked for: `only` entries are hierarchical prefixes. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (only === undefined || only.length === 0) return true
  return only.some((prefix) => kind === prefix || kind.startsWith(prefix + '.'))
}

function rewrites(input: ActionInput, finding: Finding): CodeAction[] {
  const {message} = finding
  const actual = input.document.getText(finding.range)
  const expected = message.expected ?? []
  return expected.map((text, index) => ({
    title: `Replace “${actual}” with “${text}”`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(finding, input.document.version)],
    isPreferred: index === 0,
    edit: documentEdit(input.document, [{range: finding.range, newText: text}], input.support)
  }))
}

function ignoreAction(input: ActionInput, finding: Finding): CodeAction | undefined {
  const ruleId = finding.message.ruleId
  if (!ruleId || !supportsIgnoreComment(input.format) || finding.message.source === 'selfless') return undefined
  return {
    title: `Ignore ${ruleId} here, with a reason (inline comment)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(finding, input.document.version)],
    edit: documentEdit(input.document, [ignoreEdit(input.document, input.format, finding.range.start.line, ruleId)], input.support)
  }
}

async function allowAction(input: ActionInput, finding: Finding, phrase: string): Promise<CodeAction | undefined> {
  if (finding.message.source === 'selfless') return undefined
  const change = await allowEdit(phrase, input.configPath, input.root, input.openText)
  if (change === undefined) return undefined
  const action: CodeAction = {
    title: `Add “${phrase}” to allowed phrases in ${basename(change.path)}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(finding, input.document.version)]
  }
  if (change.kind === 'create' && !input.support.createFiles) action.command = createCommand(change)
  else action.edit = configEdit(change, input.support)
  return action
}

function fixAllAction(document: TextDocument, findings: readonly Finding[], support: ClientSupport): CodeAction | undefined {
  const text = document.getText()
  const fixed = applyFixes(text, findings.map((finding) => finding.message))
  if (fixed.applied.length === 0) return undefined
  return {
    title: 'Fix all selfless findings',
    kind: fixAllKind,
    edit: documentEdit(document, fixEdits(document, text, fixed.text, fixed.applied, findings), support)
  }
}

/**
 * One edit per applied fix, so the client keeps cursors and folds; one
 * whole-document edit if those would not reproduce `applyFixes`'s text.
 */
function fixEdits(document: TextDocument, text: string, fixedText: string, applied: readonly Message[], findings: readonly Finding[]): TextEdit[] {
  const byMessage = new Map(findings.map((finding) => [finding.message, finding]))
  const edits: TextEdit[] = []
  const spans: Array<{start: number; end: number; newText: string}> = []
  for (const message of applied) {
    const finding = byMessage.get(message)
    const newText = message.expected?.[0]
    if (finding === undefined || newText === undefined) break
    edits.push({range: finding.range, newText})
    spans.push({start: finding.start, end: finding.end, newText})
  }

  spans.sort((a, b) => a.start - b.start)
  let rebuilt = ''
  let at = 0
  for (const span of spans) {
    rebuilt += text.slice(at, span.start) + span.newText
    at = span.end
  }
  rebuilt += text.slice(at)
  if (edits.length === applied.length && rebuilt === fixedText) return edits

  const end = document.positionAt(text.length)
  return [{range: {start: {line: 0, character: 0}, end}, newText: fixedText}]
}

function documentEdit(document: TextDocument, edits: TextEdit[], support: ClientSupport): WorkspaceEdit {
  // A versioned edit: the client refuses it if the text moved on meanwhile.
  if (support.documentChanges) return {documentChanges: [{textDocument: {uri: document.uri, version: document.version}, edits}]}
  return {changes: {[document.uri]: edits}}
}

function configEdit(change: AllowEdit, support: ClientSupport): WorkspaceEdit {
  if (change.kind === 'create') {
    const start = {line: 0, character: 0}
    return {
      documentChanges: [
        {kind: 'create', uri: change.uri, options: {ignoreIfExists: true}},
        {textDocument: {uri: change.uri, version: null}, edits: [{range: {start, end: start}, newText: change.text}]}
      ]
    }
  }
  if (support.documentChanges) return {documentChanges: [{textDocument: {uri: change.uri, version: null}, edits: change.edits}]}
  return {changes: {[change.uri]: change.edits}}
}

function createCommand(change: Extract<AllowEdit, {kind: 'create'}>): Command {
  return {title: `Create ${basename(change.path)}`, command: createConfigCommand, arguments: [change.path, change.text]}
}
