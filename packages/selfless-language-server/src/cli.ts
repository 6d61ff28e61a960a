/**
 * `selfless-language-server --stdio` (or `--node-ipc`, `--socket=N`): the
 * connection's transport comes from the command line.
 */
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'

startServer(createConnection(ProposedFeatures.all))
