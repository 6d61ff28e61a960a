/**
 * The start-up warm-up: its sample exercises every rule category and the
 * Markdown path, the rounds run one per event-loop turn after a delay and
 * stop on `cancel()`, the server says in its log when it is ready, and it
 * runs `afterStartUp` (where the bins save the code cache) once, when
 * start-up work is over.
 */
import {rules} from 'retext-selfless'
import {lint} from 'selfless'
import {describe, expect, test, vi} from 'vitest'
import {startWarmUp, warmUpRounds, type WarmUpReport} from '../src/warm-up.js'
import {warmUpSample} from '../src/warm-up-sample.js'
import {afterStartUpDelay} from '../src/server.js'
import {startSession, type Session} from './lsp-session.js'

// The server test starts a server process; the machine may be busy.
vi.setConfig({testTimeout: 30_000})

describe('warm-up sample', () => {
  test('flags rules of all three categories, and is Markdown', () => {
    const file = lint(warmUpSample, {format: 'markdown'})
    const categories = new Set(file.messages.map((message) => rules.find((rule) => rule.id === message.ruleId)?.category))
    expect([...categories].sort()).toEqual(['cameo', 'personal-branding', 'self-credit'])
    // A control comment is applied, so the sample goes through the whole of `lint`.
    expect(file.data.selflessSuppressions).toHaveLength(1)
    for (const syntax of [/^# /m, /^- /m, /^> /m, /^\| /m, /\]\(https:/, /\*\w/, /`\w/]) expect(warmUpSample).toMatch(syntax)
  })
})

describe('startWarmUp', () => {
  test('runs every round, one per turn of the event loop, then reports once', async () => {
    const reports: WarmUpReport[] = []
    const done = new Promise<void>((resolve) => {
      startWarmUp(3, (report) => {
        reports.push(report)
        resolve()
      })
    })
    // Queued after the first round, before the second: other work gets in between.
    const between = new Promise<number>((resolve) => setImmediate(() => resolve(reports.length)))
    expect(await between).toBe(0)
    await done
    expect(reports).toEqual([{rounds: 3, completed: true, ms: expect.any(Number)}])
  })

  test('cancel() stops it before the next round and reports at once; a second cancel() does nothing', async () => {
    const reports: WarmUpReport[] = []
    const warmUp = startWarmUp(5, (report) => reports.push(report))
    warmUp.cancel()
    warmUp.cancel()
    expect(reports).toEqual([{rounds: 0, completed: false, ms: expect.any(Number)}])
    // No round runs after the cancel.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(reports).toHaveLength(1)
  })

  test('waits `delay` ms before the first round; a cancel() before then runs none', async () => {
    const reports: WarmUpReport[] = []
    const warmUp = startWarmUp(2, (report) => reports.push(report), 10_000)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(reports).toEqual([])
    warmUp.cancel()
    expect(reports).toEqual([{rounds: 0, completed: false, ms: expect.any(Number)}])
  })

  test('no rounds: reports at once, completed', () => {
    const reports: WarmUpReport[] = []
    startWarmUp(0, (report) => reports.push(report))
    expect(reports).toEqual([{rounds: 0, completed: true, ms: expect.any(Number)}])
  })
})

const afterStartUp = 'selfless-test: after start-up\n'

/**
 * Starts a server, runs `startUp` (what should end its start-up work), and
 * checks that `afterStartUp` runs only after that, and only once even when
 * another document is linted later (test/server-main.ts says on stderr when
 * it runs).
 */
async function expectAfterStartUpOnce(startUp: (session: Session) => Promise<void>): Promise<void> {
  const session = await startSession({settings: {selfless: {debounce: 0}}})
  const ran = () => session.stderr.join('').split(afterStartUp).length - 1
  try {
    await startUp(session)
    expect(ran()).toBe(0)
    for (let waited = 0; ran() === 0; waited += 20) {
      if (waited > 15_000) throw new Error('afterStartUp did not run within 15 s')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    await session.open('untitled:more.md', 'markdown', 'I inaugurated the park.\n')
    await new Promise((resolve) => setTimeout(resolve, afterStartUpDelay + 200))
    expect(ran()).toBe(1)
  } finally {
    await session.close()
  }
}

describe('server', () => {
  test('runs afterStartUp once, after the warm-up is over', async () => {
    await expectAfterStartUpOnce(async (session) => {
      await session.ready()
    })
  })

  test('runs afterStartUp once, after the first diagnostics, when a document stops the warm-up', async () => {
    await expectAfterStartUpOnce(async (session) => {
      await session.open('untitled:notes.md', 'markdown', 'The drains were cleaned on my directions.\n')
      expect(await session.ready()).toMatch(/\(warm-up: 0 of \d+ sample lints in \d+ ms, stopped early\)$/)
    })
  })

  test('logs that it is ready once the warm-up is over; a document then lints as before', async () => {
    const session = await startSession({settings: {selfless: {debounce: 0}}})
    try {
      expect(await session.ready()).toMatch(
        new RegExp(`^selfless: ready, \\d+ ms after the process started \\(warm-up: ${warmUpRounds} of ${warmUpRounds} sample lints in \\d+ ms\\)$`)
      )
      const published = await session.open('untitled:notes.md', 'markdown', 'The drains were cleaned on my directions.\n')
      expect(published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range])).toEqual([
        ['my-directions', {start: {line: 0, character: 24}, end: {line: 0, character: 40}}]
      ])
    } finally {
      await session.close()
    }
  })
})
