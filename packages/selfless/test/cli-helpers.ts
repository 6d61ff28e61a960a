/**
 * Helpers for the CLI tests: run the command in-process (fast, no build) and
 * copy a fixture folder somewhere it may be changed.
 */
import {cpSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {run} from '../src/cli.js'

export const fixtures = fileURLToPath(new URL('fixtures/cli/', import.meta.url))

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `selfless …args` in `cwd` (a fixture name or an absolute folder), capturing output. */
export async function cli(cwd: string, args: readonly string[], stdin?: string): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    cwd: path.isAbsolute(cwd) ? cwd : path.join(fixtures, cwd),
    stdout: {write: (chunk: string) => (stdout += chunk)},
    stderr: {write: (chunk: string) => (stderr += chunk)},
    color: false,
    ...(stdin === undefined ? {} : {stdin})
  })
  return {code, stdout, stderr}
}

/** A fresh copy of a fixture folder in a temporary folder. */
export function copyFixture(name: string): string {
  const target = mkdtempSync(path.join(tmpdir(), `selfless-cli-${name}-`))
  cpSync(path.join(fixtures, name), target, {recursive: true})
  return target
}
