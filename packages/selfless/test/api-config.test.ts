import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {ConfigError, clearConfigCache, loadConfig} from '../src/index.js'

let root = ''

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'selfless-config-'))
})
afterAll(async () => {
  await rm(root, {recursive: true, force: true})
})
beforeEach(() => {
  clearConfigCache()
})

/** Writes files under a fresh folder; returns its path. */
async function fixture(name: string, files: Record<string, string>): Promise<string> {
  const folder = join(root, name)
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(folder, path, '..'), {recursive: true})
    await writeFile(join(folder, path), content)
  }
  return folder
}

/** The ConfigError a load rejects with. */
async function failure(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return error as ConfigError
  }
  throw new Error('expected a ConfigError')
}

describe('loadConfig discovery', () => {
  it('finds nothing: empty options and no path', async () => {
    const folder = await fixture('none', {'doc.md': ''})
    // Discovery goes up to the file system root; the temp folder has no config above it.
    expect(await loadConfig(join(folder, 'doc.md'))).toEqual({options: {}, path: undefined})
  })

  it('picks files in order: .selflessrc, .json, .yaml, .yml, .cjs, .mjs, .js, package.json', async () => {
    const names = ['.selflessrc', '.selflessrc.json', '.selflessrc.yaml', '.selflessrc.yml', '.selflessrc.cjs', '.selflessrc.mjs', '.selflessrc.js']
    const files: Record<string, string> = {'package.json': JSON.stringify({name: 'x', selfless: {speaker: 'personal'}})}
    names.forEach((name, index) => {
      files[name] = name.endsWith('js')
        ? (name.endsWith('.mjs') ? 'export default ' : 'module.exports = ') + JSON.stringify({institution: name})
        : index % 2 === 0
          ? `institution: ${JSON.stringify(name)}\n`
          : JSON.stringify({institution: name})
    })
    const folder = await fixture('order', files)
    for (const name of names) {
      clearConfigCache()
      const loaded = await loadConfig(join(folder, 'doc.md'))
      expect(loaded).toEqual({options: {institution: name}, path: join(folder, name)})
      await rm(join(folder, name))
    }
    clearConfigCache()
    expect(await loadConfig(join(folder, 'doc.md'))).toEqual({options: {speaker: 'personal'}, path: join(folder, 'package.json')})
  })

  it('the nearest folder with a config wins; a package.json without `selfless` is skipped', async () => {
    const folder = await fixture('nearest', {
      '.selflessrc.json': JSON.stringify({speaker: 'officer'}),
      'a/package.json': JSON.stringify({name: 'a'}),
      'a/b/doc.md': '',
      'c/package.json': JSON.stringify({selfless: {quotes: true}}),
      'c/d/doc.md': ''
    })
    expect(await loadConfig('a/b/doc.md', {cwd: folder})).toEqual({options: {speaker: 'officer'}, path: join(folder, '.selflessrc.json')})
    expect(await loadConfig('c/d/doc.md', {cwd: folder})).toEqual({options: {quotes: true}, path: join(folder, 'c/package.json')})
  })

  it('reads YAML or JSON from .selflessrc', async () => {
    const yaml = await fixture('rc-yaml', {'.selflessrc': 'speaker: officer\nallow:\n  - on my directions\n'})
    const json = await fixture('rc-json', {'.selflessrc': '{"speaker": "personal"}'})
    const flow = await fixture('rc-flow', {'.selflessrc': '{speaker: officer, quotes: true}'})
    expect((await loadConfig(join(yaml, 'x.md'))).options).toEqual({speaker: 'officer', allow: ['on my directions']})
    expect((await loadConfig(join(json, 'x.md'))).options).toEqual({speaker: 'personal'})
    expect((await loadConfig(join(flow, 'x.md'))).options).toEqual({speaker: 'officer', quotes: true})
  })

  it('`configFile` overrides discovery', async () => {
    const folder = await fixture('explicit', {'.selflessrc.json': '{"speaker": "officer"}', 'conf/strict.yml': 'rules:\n  my-directions: error\n'})
    expect(await loadConfig('doc.md', {cwd: folder, configFile: 'conf/strict.yml'})).toEqual({
      options: {rules: {'my-directions': 'error'}},
      path: join(folder, 'conf/strict.yml')
    })
  })

  it('caches per folder until clearConfigCache()', async () => {
    const folder = await fixture('cache', {'.selflessrc.json': '{"speaker": "officer"}'})
    const first = await loadConfig(join(folder, 'a.md'))
    await writeFile(join(folder, '.selflessrc.json'), '{"speaker": "personal"}')
    expect(await loadConfig(join(folder, 'b.md'))).toBe(first)
    clearConfigCache()
    expect((await loadConfig(join(folder, 'b.md'))).options).toEqual({speaker: 'personal'})
  })
})

describe('loadConfig errors', () => {
  const cases: Array<[string, Record<string, string>, string, string | undefined]> = [
    [
      'bad JSON',
      {'.selflessrc.json': '{\n  "speaker": "officer",\n}\n'},
      'Cannot parse .selflessrc.json: invalid JSON at line 3, column 1 (unexpected `}`)',
      undefined
    ],
    [
      'truncated JSON in .selflessrc',
      {'.selflessrc': '{"speaker": '},
      'Cannot parse .selflessrc: invalid JSON at line 1, column 13 (unexpected end of file)',
      undefined
    ],
    [
      'bad YAML',
      {'.selflessrc.yaml': 'speaker: officer\nspeaker: personal\n'},
      'Cannot parse .selflessrc.yaml: invalid YAML at line 2, column 1 (Map keys must be unique)',
      undefined
    ],
    [
      'unknown key',
      {'.selflessrc.json': '{"speekr": "officer"}'},
      '.selflessrc.json: Invalid option `speekr`: expected one of `speaker`, `institution`, `officials`, `allow`, `rules`, `quotes` (unknown option), got "officer"',
      'speekr'
    ],
    [
      'unknown rule id',
      {'.selflessrc.yml': 'rules:\n  my-direction: warning\n'},
      '.selflessrc.yml: Invalid option `rules.my-direction`: expected a known rule id (unknown rule), got "my-direction"',
      'rules.my-direction'
    ],
    [
      'bad value',
      {'.selflessrc.yml': 'rules:\n  my-directions: loud\n'},
      ".selflessrc.yml: Invalid option `rules.my-directions`: expected one of 'off', 'suggestion', 'warning', 'error', got \"loud\"",
      'rules.my-directions'
    ],
    [
      'bad value in package.json',
      {'package.json': JSON.stringify({selfless: {quotes: 'yes'}})},
      'package.json (field `selfless`): Invalid option `quotes`: expected a boolean, got "yes"',
      'quotes'
    ],
    [
      'not an object',
      {'.selflessrc.yaml': '- speaker\n'},
      '.selflessrc.yaml: Invalid option `options`: expected an object, got an array',
      undefined
    ]
  ]

  for (const [name, files, message, key] of cases) {
    it(name, async () => {
      const folder = await fixture(`error-${name.replace(/\W+/g, '-')}`, files)
      const error = await failure(loadConfig('doc.md', {cwd: folder}))
      expect(error.message).toBe(message)
      expect(error.key).toBe(key)
      expect(error.file).toBe(join(folder, Object.keys(files)[0] as string))
    })
  }

  it('names the file relative to cwd when inside it, absolute otherwise', async () => {
    const folder = await fixture('error-path', {'sub/.selflessrc.json': '{"quotes": 1}'})
    expect((await failure(loadConfig('sub/doc.md', {cwd: folder}))).message).toBe(
      'sub/.selflessrc.json: Invalid option `quotes`: expected a boolean, got number 1'
    )
    clearConfigCache()
    expect((await failure(loadConfig(join(folder, 'sub/doc.md'), {cwd: join(folder, 'elsewhere')}))).message).toBe(
      `${join(folder, 'sub/.selflessrc.json')}: Invalid option \`quotes\`: expected a boolean, got number 1`
    )
  })

  it('refuses JavaScript configs when allowJs is false', async () => {
    const folder = await fixture('no-js', {'.selflessrc.js': 'module.exports = {}'})
    const error = await failure(loadConfig('doc.md', {cwd: folder, allowJs: false}))
    expect(error.message).toBe(
      'Cannot load .selflessrc.js: JavaScript config files are not allowed here (allowJs is false); use .selflessrc.json or .selflessrc.yaml'
    )
    expect(error.key).toBe(undefined)
    // The same folder loads when JavaScript is allowed.
    expect((await loadConfig('doc.md', {cwd: folder})).path).toBe(join(folder, '.selflessrc.js'))
  })

  it('a missing configFile, and a package.json configFile without the field', async () => {
    const folder = await fixture('missing', {'package.json': '{"name": "x"}'})
    expect((await failure(loadConfig('doc.md', {cwd: folder, configFile: 'nope.json'}))).message).toBe('Cannot read nope.json: no such file')
    expect((await failure(loadConfig('doc.md', {cwd: folder, configFile: 'package.json'}))).message).toBe(
      'Cannot load package.json: expected a `selfless` field'
    )
  })

  it('a JavaScript config that throws', async () => {
    const folder = await fixture('js-throws', {'.selflessrc.cjs': 'throw new Error("boom")'})
    expect((await failure(loadConfig('doc.md', {cwd: folder}))).message).toBe('Cannot load .selflessrc.cjs: boom')
  })
})
