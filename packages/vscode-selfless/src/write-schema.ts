// `pnpm build` step (after tsup, which empties dist/): writes
// dist/selflessrc.schema.json from `optionsSchema`.
import {mkdirSync, writeFileSync} from 'node:fs'
import {schemaPath, schemaText} from './schema.js'

mkdirSync(new URL('.', schemaPath), {recursive: true})
writeFileSync(schemaPath, schemaText())
