/**
 * The JSON schema VS Code validates `.selflessrc` and `.selflessrc.json`
 * against: retext-selfless's `optionsSchema`, which is also what the CLI
 * validates config files with. Written into `dist/` by `pnpm build` (never
 * committed, so it cannot drift); a test checks the built file is current.
 */
import {optionsSchema} from 'retext-selfless'

export const schemaPath = new URL('../dist/selflessrc.schema.json', import.meta.url)

export function schemaText(): string {
  return JSON.stringify(optionsSchema, null, 2) + '\n'
}
