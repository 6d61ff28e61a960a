// The language server bundled into the extension (`dist/server-main.cjs`),
// started by `dist/server.cjs` (src/server.ts).
import {startServer, type ServerOptions} from 'selfless-language-server'
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'

export function start(options: ServerOptions): void {
  startServer(createConnection(ProposedFeatures.all), options)
}
