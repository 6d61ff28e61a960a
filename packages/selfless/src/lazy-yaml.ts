/**
 * The command's stand-in for the `yaml` package (tsup.config.ts aliases it):
 * only YAML config files need a YAML parser, so the bundle requires the
 * `plugins-yaml.cjs` chunk on first use instead of compiling it at start.
 */
import {createRequire} from 'node:module'
import type * as Yaml from './plugins/yaml.js'

const require = createRequire(import.meta.url)
let yaml: typeof Yaml | undefined

export const parseDocument: typeof Yaml.parseDocument = function (...parameters: Parameters<typeof Yaml.parseDocument>) {
  yaml ??= require('./plugins-yaml.cjs') as typeof Yaml
  return yaml.parseDocument(...parameters)
} as typeof Yaml.parseDocument
