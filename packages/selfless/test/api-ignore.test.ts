import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {ConfigError, clearConfigCache, isIgnored} from '../src/index.js'

let root = ''

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'selfless-ignore-'))
  const files: Record<string, string> = {
    '.selflessignore': '# generated output\ndist/\n*.min.html\n/CHANGELOG.md\ndocs/archive/**\n!docs/archive/keep.md\n',
    'sub/.selflessignore': 'drafts/\n!dist/\n',
    'alt-ignore': 'notes/\n',
    'README.md': ''
  }
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), {recursive: true})
    await writeFile(join(root, path), content)
  }
})
afterAll(async () => {
  await rm(root, {recursive: true, force: true})
})
beforeEach(() => {
  clearConfigCache()
})

describe('isIgnored', () => {
  it('applies .selflessignore with gitignore semantics', async () => {
    const cases: Array<[string, boolean]> = [
      ['README.md', false],
      ['dist/index.md', true],
      ['a/dist/index.md', true],
      ['page.min.html', true],
      ['page.html', false],
      ['CHANGELOG.md', true],
      ['a/CHANGELOG.md', false],
      ['docs/archive/2020/old.md', true],
      ['docs/archive/keep.md', false],
      ['notes/todo.md', false]
    ]
    const results = await Promise.all(cases.map(([path]) => isIgnored(path, {cwd: root})))
    expect(results).toEqual(cases.map(([, ignored]) => ignored))
  })

  it('a nearer .selflessignore adds patterns and can re-include', async () => {
    expect(await isIgnored(join(root, 'sub/drafts/a.md'))).toBe(true)
    expect(await isIgnored(join(root, 'sub/dist/a.md'))).toBe(false)
    expect(await isIgnored(join(root, 'drafts/a.md'))).toBe(false)
  })

  it('`ignorePath` replaces discovery; its patterns are relative to its folder', async () => {
    expect(await isIgnored('notes/todo.md', {cwd: root, ignorePath: 'alt-ignore'})).toBe(true)
    expect(await isIgnored('dist/index.md', {cwd: root, ignorePath: 'alt-ignore'})).toBe(false)
    // A file outside the ignore file's folder matches none of its patterns.
    expect(await isIgnored(join(root, '..', 'notes/todo.md'), {cwd: root, ignorePath: 'alt-ignore'})).toBe(false)
  })

  it('a missing `ignorePath` is a ConfigError naming it', async () => {
    const error = await isIgnored('a.md', {cwd: root, ignorePath: 'missing-ignore'}).then(
      () => undefined,
      (error: unknown) => error
    )
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toBe('Cannot read ignore file missing-ignore: no such file')
    expect((error as ConfigError).file).toBe(join(root, 'missing-ignore'))
  })
})
