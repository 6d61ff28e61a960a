export {formatFromPath, type Format} from './format.js'
export {lint, type LintOptions} from './lint.js'
export {BlockCache} from './block-cache.js'
export {
  loadConfig,
  clearConfigCache,
  type LoadConfigOptions,
  type LoadedConfig
} from './load-config.js'
export {ConfigError} from './config-error.js'
export {isIgnored, type IsIgnoredOptions} from './ignore-file.js'
export {applyFixes, type AppliedFixes} from './apply-fixes.js'
export type {Suppression, SuppressionKind} from './control-comments.js'
