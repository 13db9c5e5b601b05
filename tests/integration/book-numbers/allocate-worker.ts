/**
 * A second process of the register (as the CLI is beside the app): opens the services over the
 * data directory it is given, says it is ready, then allocates one book number each time the test
 * says "go" and answers "step". The test releases both workers together for every step, so each
 * step is a real race between two processes for the next number, however the machine schedules
 * them (left to run freely, one process can take all its numbers before the other starts, and a
 * broken allocation would go unnoticed). After `count` steps it reports its numbers with the times
 * it started and finished. Run by concurrency.test.ts through child_process.fork.
 */
import { openAppServices } from '../../../src-main/services/app-services'

const [dataDir, byIdText, countText, label, now] = process.argv.slice(2)
if (!dataDir || !byIdText || !countText || !label || !now || !process.send) {
  throw new Error('usage: allocate-worker DATA_DIR BY_ID COUNT LABEL NOW (forked, with an IPC channel)')
}
const send = process.send.bind(process)
// The test's instant, not the machine's: opening the services in another fiscal year would copy
// indicators forward, a write of its own that is not what this test is about.
const services = openAppServices({ dataDir, clock: { now: () => now } })

const numbers: number[] = []
let start = 0

/** Takes the next number; after the last one, reports them all and exits. */
function step(): void {
  try {
    if (numbers.length === 0) start = performance.timeOrigin + performance.now()
    const got = services.bookNumbers.allocate({
      documentKind: 'memo-report',
      subject: `${label} ฉบับที่ ${numbers.length + 1}`,
      documentDate: '2026-01-15',
      byId: Number(byIdText)
    })
    numbers.push(got.number ?? 0)
    if (numbers.length < Number(countText)) send('step')
    else send({ numbers, start, end: performance.timeOrigin + performance.now() }, () => finish(0))
  } catch (error) {
    send({ numbers, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, () => finish(1))
  }
}

function finish(code: number): void {
  services.close()
  process.exit(code)
}

process.on('message', (message) => {
  if (message === 'go') step()
})
send('ready')
