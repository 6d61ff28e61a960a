/**
 * `selfless-language-server --stdio` (or `--node-ipc`, `--socket=N`): the
 * connection's transport comes from the command line. Without one, print
 * usage instead of vscode-languageserver's stack trace. Built to
 * `dist/cli.cjs`, which bin/selfless-language-server.js loads through V8's
 * code cache and runs.
 */
import process from 'node:process'
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer, type ServerOptions} from './server.js'

const transports = ['--stdio', '--node-ipc', '--socket=', '--pipe=', '--clientProcessId=']

/** Runs the command with these arguments (`process.argv.slice(2)`). */
export function run(argv: readonly string[], options: ServerOptions = {}): void {
  if (argv.includes('--help') || argv.includes('-h') || !argv.some((arg) => transports.some((flag) => arg.startsWith(flag)))) {
    const stream = argv.includes('--help') || argv.includes('-h') ? process.stdout : process.stderr
    stream.write(
      [
        'Usage: selfless-language-server --stdio',
        '',
        'A language server that flags self-promotion in official writing.',
        'Editors start it; pick a transport: --stdio, --node-ipc, --socket=PORT or --pipe=NAME.',
        ''
      ].join('\n')
    )
    process.exitCode = stream === process.stdout ? 0 : 2
    return
  }
  // vscode-languageserver reads the transport from `process.argv` itself.
  startServer(createConnection(ProposedFeatures.all), options)
}
