/**
 * A second process of the register (as the CLI is beside the app): opens the services over the
 * data directory it is given, says it is ready, waits for "go", allocates `count` book numbers and
 * reports them with the times it started and finished. Between two allocations it pauses for
 * 0–2 ms, as a person's process would between documents: without a pause SQLite's busy handler
 * lets the process that holds the lock take it again at once, the two runs do not interleave, and
 * a broken allocation would go unnoticed. Run by concurrency.test.ts through child_process.fork.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { openAppServices } from '../../../src-main/services/app-services'

const [dataDir, byIdText, countText, label, now] = process.argv.slice(2)
if (!dataDir || !byIdText || !countText || !label || !now || !process.send) {
  throw new Error('usage: allocate-worker DATA_DIR BY_ID COUNT LABEL NOW (forked, with an IPC channel)')
}
const send = process.send.bind(process)
// The test's instant, not the machine's: opening the services in another fiscal year would copy
// indicators forward, a write of its own that is not what this test is about.
const services = openAppServices({ dataDir, clock: { now: () => now } })

async function run(): Promise<void> {
  const numbers: number[] = []
  const start = performance.timeOrigin + performance.now()
  try {
    for (let i = 0; i < Number(countText); i++) {
      const got = services.bookNumbers.allocate({
        documentKind: 'memo-report',
        subject: `${label} ฉบับที่ ${i + 1}`,
        documentDate: '2026-01-15',
        byId: Number(byIdText)
      })
      numbers.push(got.number ?? 0)
      await sleep(Math.floor(Math.random() * 3))
    }
    send({ numbers, start, end: performance.timeOrigin + performance.now() }, () => finish(0))
  } catch (error) {
    send({ numbers, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, () => finish(1))
  }
}

function finish(code: number): void {
  services.close()
  process.exit(code)
}

process.on('message', (message) => {
  if (message === 'go') void run()
})
send('ready')
