export {startServer, configGlobs, afterStartUpDelay, type InitializationOptions, type ServerOptions} from './server.js'
export {severityOf} from './diagnostics.js'
export {fixAllKind, createConfigCommand} from './code-actions.js'
export type {FindingData} from './findings.js'
