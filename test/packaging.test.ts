/**
 * What npm users would install: each publishable package is packed with
 * `pnpm pack` (which applies `publishConfig` and rewrites `workspace:*`), and
 * the tarball is checked: manifest, contents, publint and arethetypeswrong.
 *
 * Runs on built packages (CI builds before testing); without `dist/` it fails
 * and says to run `pnpm build`.
 */
import {execFile} from 'node:child_process'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {publint} from 'publint'
import {formatMessage} from 'publint/utils'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'

const run = promisify(execFile)
const repo = fileURLToPath(new URL('..', import.meta.url))
// Every package in packages/ carries the licence; every non-private one is published.
const packages = readdirSync(path.join(repo, 'packages')).filter((name) =>
  existsSync(path.join(repo, 'packages', name, 'package.json'))
)
const publishable = packages.filter((name) => !readManifest(path.join(repo, 'packages', name)).private)

// Only these may ship; anything else (src/, test/, configs, fixtures) is a leak.
const allowed = /^package\/(?:package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/.+|bin\/.+)$/
const unwanted = [
  /\/src\//,
  /\/test\//,
  /\/fixtures?\//,
  /tsconfig[^/]*\.json$/,
  /tsup\.config\./,
  /\.test\.[cm]?[jt]sx?$/,
  /\.tsbuildinfo$/
]

// ESM-only packages: CommonJS `require` and the legacy node10 resolution are
// not supported, so their problems are expected (attw's `esm-only` profile).
const ignoredResolutions = new Set(['node10', 'node16-cjs'])

interface Manifest {
  name: string
  type?: string
  license?: string
  exports?: Record<string, Record<string, string>>
  bin?: Record<string, string>
  files?: string[]
  engines?: Record<string, string>
  repository?: {type?: string; url?: string; directory?: string}
  publishConfig?: unknown
  dependencies?: Record<string, string>
  private?: boolean
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest
}

interface AttwProblem {
  kind: string
  entrypoint?: string
  resolutionKind?: string
}

let scratch = ''

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'selfless-pack-'))
})

afterAll(async () => {
  await rm(scratch, {recursive: true, force: true})
})

test('publishes the three npm packages', () => {
  expect([...publishable].sort()).toEqual(['retext-selfless', 'selfless', 'selfless-language-server'])
})

test('the root and every package carry the MIT licence', async () => {
  const text = await readFile(path.join(repo, 'LICENSE'), 'utf8')
  expect(text.startsWith('MIT License\n\nCopyright (c) 2026 selfless contributors\n')).toBe(true)
  for (const name of packages) {
    expect(await readFile(path.join(repo, 'packages', name, 'LICENSE'), 'utf8'), `packages/${name}/LICENSE`).toBe(text)
  }
})

describe.each(publishable)('%s, as packed for npm', (name) => {
  const dir = path.join(repo, 'packages', name)
  let tarball = ''
  let entries: string[] = []
  let manifest: Manifest

  beforeAll(async () => {
    const source = readManifest(dir)
    // Every published entry point must be built, or nothing below means anything.
    const exported = Object.values((source.publishConfig as Manifest | undefined)?.exports ?? source.exports ?? {})
      .flatMap((conditions) => Object.values(conditions))
    for (const target of exported) {
      if (!existsSync(path.join(dir, target))) {
        const file = `packages/${name}/${path.normalize(target)}`
        throw new Error(`${file} is missing: run \`pnpm build\` before the packaging test`)
      }
    }

    const {stdout} = await run('pnpm', ['pack', '--json', '--pack-destination', scratch], {cwd: dir})
    tarball = (JSON.parse(stdout) as {filename: string}).filename
    entries = (await run('tar', ['-tzf', tarball])).stdout.split('\n').filter(Boolean).sort()
    manifest = JSON.parse((await run('tar', ['-xzOf', tarball, 'package/package.json'])).stdout) as Manifest
  }, 60_000)

  test('ships README.md and LICENSE', () => {
    expect(entries).toContain('package/README.md')
    expect(entries).toContain('package/LICENSE')
  })

  test('ships its built entry points, and nothing else', () => {
    const targets = [
      ...Object.values(manifest.exports ?? {}).flatMap((conditions) => Object.values(conditions)),
      ...Object.values(manifest.bin ?? {})
    ]
    for (const target of targets) expect(entries).toContain(`package/${path.normalize(target)}`)
    // changesets writes CHANGELOG.md at version time; `files` must let it ship.
    if (existsSync(path.join(dir, 'CHANGELOG.md'))) expect(entries).toContain('package/CHANGELOG.md')

    expect(entries.filter((entry) => !allowed.test(entry))).toEqual([])
    expect(entries.filter((entry) => unwanted.some((pattern) => pattern.test(entry)))).toEqual([])
  })

  test('has a publishable manifest: exports, files, engines, repository', async () => {
    expect(manifest.name).toBe(name)
    expect(manifest.type).toBe('module')
    expect(manifest.license).toBe('MIT')
    expect(manifest.engines?.['node']).toBe(readManifest(repo).engines?.['node'])
    expect(manifest.repository?.type).toBe('git')
    expect(manifest.repository?.url).toMatch(/github\.com\/selfless-lint\/selfless\.git$/)
    expect(manifest.repository?.directory).toBe(`packages/${name}`)
    expect(manifest.files).toContain('CHANGELOG.md')

    // `pnpm pack` swaps in publishConfig.exports: the source condition and the
    // unshipped src/ it points to must not reach npm users.
    expect(manifest.publishConfig).toBeUndefined()
    expect(JSON.stringify(manifest.exports)).not.toContain('@selfless/source')
    expect(manifest.exports?.['.']).toEqual({types: './dist/index.d.ts', default: './dist/index.js'})
    expect(Object.values(manifest.dependencies ?? {}).filter((range) => range.startsWith('workspace:'))).toEqual([])

    for (const target of Object.values(manifest.bin ?? {})) {
      const text = (await run('tar', ['-xzOf', tarball, `package/${path.normalize(target)}`])).stdout
      expect(text.startsWith('#!/usr/bin/env node\n'), `${target} starts with a node shebang`).toBe(true)
    }
  })

  test('passes publint', async () => {
    const data = await readFile(tarball)
    const tar = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)
    const {messages, pkg} = await publint({pack: {tarball: tar}, level: 'warning', strict: true})
    expect(messages.map((message) => formatMessage(message, pkg, {color: false}))).toEqual([])
  })

  test('has types that resolve for ESM consumers (arethetypeswrong, esm-only)', async () => {
    const attw = path.join(repo, 'node_modules', '.bin', 'attw')
    const args = [tarball, '--profile', 'esm-only', '--format', 'json']
    const {stdout} = await run(attw, args, {maxBuffer: 64 * 1024 * 1024}).catch(
      // attw exits 1 when it finds problems; its JSON still says which.
      (error: {stdout?: string}) => ({stdout: error.stdout ?? ''})
    )
    const report = JSON.parse(stdout) as {
      analysis: {
        // `false` when the tarball has no types at all (attw still exits 0).
        types: false | {kind: string}
        entrypoints?: Record<string, {resolutions: Record<string, {resolution?: {fileName: string}}>}>
      }
      problems?: Record<string, AttwProblem[]>
    }
    expect(report.analysis.types, 'types found in the tarball').not.toBe(false)
    const problems = Object.values(report.problems ?? {})
      .flat()
      .filter((problem) => !problem.resolutionKind || !ignoredResolutions.has(problem.resolutionKind))
    expect(problems).toEqual([])
    const root = report.analysis.entrypoints?.['.']?.resolutions
    expect(root?.['node16-esm']?.resolution?.fileName).toBe(`/node_modules/${name}/dist/index.d.ts`)
    expect(root?.['bundler']?.resolution?.fileName).toBe(`/node_modules/${name}/dist/index.d.ts`)
  }, 60_000)
})
