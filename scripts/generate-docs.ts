/**
 * `pnpm docs:generate`: writes the generated parts of docs/ from the code, so they
 * cannot drift: the rules index from the `rules` catalogue and the
 * configuration reference from `optionsSchema`. test/docs.test.ts fails when
 * a committed page differs from what this writes.
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {renderConfigurationReference, renderRulesIndex} from './docs-render.js'

const docs = (name: string) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url))

writeFileSync(docs('rules/README.md'), renderRulesIndex())
writeFileSync(docs('configuration.md'), renderConfigurationReference())
console.log('wrote docs/rules/README.md and docs/configuration.md')
