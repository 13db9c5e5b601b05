/**
 * Runs one benchmark part in this process (started by bench/index.ts, one process per part, so
 * that each part's peak RSS is its own). Exit codes: 0 measured (targets may have been missed),
 * 1 the measurement is not trustworthy or the part crashed.
 */
import { PARTS } from './parts'

const rssAtStart = process.memoryUsage().rss

async function main(): Promise<number> {
  const name = process.argv[2]
  const part = PARTS.find((p) => p.name === name)
  if (!part) {
    process.stderr.write(`ไม่รู้จักส่วน "${name ?? ''}" ของการวัด — มี: ${PARTS.map((p) => p.name).join(', ')}\n`)
    return 1
  }
  const { run } = await part.load()
  const result = await run({ rssAtStart })
  if (result.broken !== null) {
    process.stderr.write(`\nผลการวัดส่วน ${part.name} เชื่อถือไม่ได้: ${result.broken}\n`)
    return 1
  }
  process.stdout.write(
    result.failedTargets === 0
      ? `\nส่วน ${part.name}: ผ่านทุกเป้า\n`
      : `\nส่วน ${part.name}: ไม่ถึงเป้า ${result.failedTargets} รายการ (FAIL ด้านบน) — เป็นผลการวัด ไม่ถือเป็นข้อผิดพลาด\n`
  )
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`\nการวัดล้มเหลว: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  }
)
