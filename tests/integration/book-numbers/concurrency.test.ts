/**
 * Two processes over one register (the app and the CLI) allocating at the same moment: BEGIN
 * IMMEDIATE serialises the read of max(number) with the insert, so every number is given once
 * and none is skipped. Each worker is a real Node process with its own SQLite connection.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, openFixture, type RegisterFixture } from '../../helpers/register-fixtures'

const WORKER = join(__dirname, 'allocate-worker.ts')
const TSCONFIG = join(__dirname, '..', '..', '..', 'tsconfig.node.json')
const PER_PROCESS = 50

interface Report {
  numbers: number[]
  start?: number
  end?: number
  error?: string
}

interface Worker {
  child: ChildProcess
  ready: Promise<void>
  report: Promise<Report>
  /** Resolves when the worker has taken its next number (one step). */
  stepped(): Promise<void>
}

function startWorker(dataDir: string, byId: number, label: string, now: string): Worker {
  const child = fork(WORKER, [dataDir, String(byId), String(PER_PROCESS), label, now], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, TSX_TSCONFIG_PATH: TSCONFIG },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  const exited = (code: number | null) => new Error(`worker ${label} exited with ${String(code)} before reporting`)
  // Both promises fail as soon as the worker dies, so a crash fails the test at once, not at its timeout.
  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (message) => message === 'ready' && resolve())
    child.on('error', reject)
    child.on('exit', (code) => reject(exited(code)))
  })
  let onStep: (() => void) | null = null
  const report = new Promise<Report>((resolve, reject) => {
    child.on('message', (message) => {
      if (message === 'step') onStep?.()
      else if (message !== 'ready') {
        onStep?.()
        resolve(message as Report)
      }
    })
    child.on('error', reject)
    child.on('exit', (code) => reject(exited(code)))
  })
  // Awaited later; until then a rejection is not "unhandled".
  ready.catch(() => undefined)
  report.catch(() => undefined)
  const stepped = () => new Promise<void>((resolve) => (onStep = resolve))
  return { child, ready, report, stepped }
}

describe('book numbers from two processes at once', () => {
  let f: RegisterFixture
  const children: ChildProcess[] = []
  beforeEach(() => {
    f = openFixture()
  })
  afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null) c.kill()
    f.cleanup()
  })

  it(`gives ${PER_PROCESS * 2} distinct consecutive numbers to ${PER_PROCESS} + ${PER_PROCESS} simultaneous allocations`, async () => {
    // The test's own connection stays open too, as the app's would while the CLI runs.
    const a = startWorker(f.dir, f.ids.webmaster, 'กระบวนการ ก', f.clock.now())
    const b = startWorker(f.dir, f.ids.webmaster2, 'กระบวนการ ข', f.clock.now())
    children.push(a.child, b.child)
    await Promise.all([a.ready, b.ready])
    // Both are released together for every number: each step is a race between two processes.
    for (let i = 0; i < PER_PROCESS; i++) {
      const both = Promise.all([a.stepped(), b.stepped()])
      a.child.send('go')
      b.child.send('go')
      await both
    }
    const [ra, rb] = await Promise.all([a.report, b.report])
    expect(ra.error).toBeUndefined()
    expect(rb.error).toBeUndefined()
    expect(ra.numbers).toHaveLength(PER_PROCESS)
    expect(rb.numbers).toHaveLength(PER_PROCESS)

    const all = [...ra.numbers, ...rb.numbers].sort((x, y) => x - y)
    expect(all).toEqual(Array.from({ length: PER_PROCESS * 2 }, (_, i) => i + 1))
    // They really ran at the same time: the two runs overlap, and the numbers alternate between them.
    expect(Math.max(ra.start ?? 0, rb.start ?? 0)).toBeLessThan(Math.min(ra.end ?? 0, rb.end ?? 0))
    const owner = new Map<number, string>([...ra.numbers.map((n) => [n, 'a'] as const), ...rb.numbers.map((n) => [n, 'b'] as const)])
    let switches = 0
    for (let n = 2; n <= PER_PROCESS * 2; n++) if (owner.get(n) !== owner.get(n - 1)) switches++
    console.info(`two-process allocation: ${switches} switches between the processes in 1..${PER_PROCESS * 2}`)
    expect(switches).toBeGreaterThan(1)

    // What the register holds: 100 rows, 100 audit entries, the hash chain intact.
    const rows = f.services.bookNumbers.list({ limit: 500 })
    expect(rows).toHaveLength(PER_PROCESS * 2)
    expect(new Set(rows.map((r) => r.bookNo)).size).toBe(PER_PROCESS * 2)
    expect(f.services.audit.list({ limit: 500 }).filter((e) => e.action === 'book-number.allocate')).toHaveLength(PER_PROCESS * 2)
    expect(f.services.audit.verify()).toMatchObject({ ok: true })
    expect(countRows(f.services, 'audit_log')).toBeGreaterThanOrEqual(PER_PROCESS * 2)
  })
})
