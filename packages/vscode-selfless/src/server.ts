// The server bundled into the extension (`dist/server.cjs`).
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from 'selfless-language-server'

startServer(createConnection(ProposedFeatures.all))
