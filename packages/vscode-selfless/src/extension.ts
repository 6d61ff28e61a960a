/**
 * The VS Code client: starts the bundled selfless language server for
 * Markdown, MDX, HTML and plain text, and restarts it on command or when the
 * workspace becomes trusted (JavaScript configs run only in trusted ones).
 */
import * as vscode from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

export const languages = ['markdown', 'mdx', 'html', 'plaintext'] as const

let client: LanguageClient | undefined

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.cjs')
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc},
    debug: {module, transport: TransportKind.ipc, options: {execArgv: ['--nolazy', '--inspect=6011']}}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.map((language) => ({language})),
    // A function, so a restart after the workspace is trusted passes the new value.
    initializationOptions: () => ({allowJs: vscode.workspace.isTrusted})
  }

  const current = new LanguageClient('selfless', 'selfless', serverOptions, clientOptions)
  client = current
  context.subscriptions.push(
    vscode.commands.registerCommand('selfless.restart', () => current.restart()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => current.restart())
  )
  await current.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}
