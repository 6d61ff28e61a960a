export {startServer, configGlobs, type InitializationOptions} from './server.js'
export {severityOf} from './diagnostics.js'
export {fixAllKind, createConfigCommand} from './code-actions.js'
export type {FindingData} from './findings.js'
