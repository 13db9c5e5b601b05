/**
 * `npm run bench [-- PART...]`: runs the benchmark parts (all by default), each in its own Node
 * process so that one part's memory does not count against another's peak RSS.
 *
 * The child gets TSX_TSCONFIG_PATH=tsconfig.node.json because the root tsconfig.json only holds
 * project references, so tsx would not see the `@shared/*` path alias without it.
 */
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { PARTS } from './parts'

const benchDir = __dirname
const root = dirname(benchDir)

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== '--')
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`ใช้: npm run bench [-- ส่วน...]\nส่วนที่มี:\n${PARTS.map((p) => `  ${p.name}  ${p.title}`).join('\n')}\n`)
    return 0
  }
  const unknown = args.filter((a) => !PARTS.some((p) => p.name === a))
  if (unknown.length > 0) {
    process.stderr.write(`ไม่รู้จักส่วน ${unknown.join(', ')} ของการวัด — ส่วนที่มี: ${PARTS.map((p) => p.name).join(', ')}\n`)
    return 2
  }
  const selected = args.length > 0 ? PARTS.filter((p) => args.includes(p.name)) : PARTS
  const outcomes: { name: string; ok: boolean; seconds: number }[] = []
  for (const part of selected) {
    process.stdout.write(`\n=== ${part.name}: ${part.title} ===\n`)
    const start = Date.now()
    const child = spawnSync(process.execPath, [...process.execArgv, join(benchDir, 'run-part.ts'), part.name], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.node.json') }
    })
    outcomes.push({ name: part.name, ok: child.status === 0, seconds: (Date.now() - start) / 1000 })
  }
  process.stdout.write('\n=== สรุป ===\n')
  for (const o of outcomes) {
    process.stdout.write(`${o.name}: ${o.ok ? 'วัดเสร็จ' : 'วัดไม่สำเร็จหรือผลเชื่อถือไม่ได้'} (${o.seconds.toFixed(0)} วินาที)\n`)
  }
  return outcomes.every((o) => o.ok) ? 0 : 1
}

process.exit(main())
