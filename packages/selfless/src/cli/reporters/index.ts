/**
 * Loads a reporter by name. Each one is imported only when asked for, so a
 * plain run never pays for SARIF's catalogue or vfile-reporter's colours.
 */
import type {ReporterName} from './names.js'
import type {Reporter} from './types.js'

export async function loadReporter(name: ReporterName): Promise<Reporter> {
  switch (name) {
    case 'json':
      return (await import('./json.js')).json
    case 'sarif':
      return (await import('./sarif.js')).sarif
    case 'github':
      return (await import('./github.js')).github
    case 'junit':
      return (await import('./junit.js')).junit
    case 'stylish':
      return (await import('./stylish.js')).stylish
  }
}
