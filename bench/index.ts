/**
 * `npm run bench [-- PART...]`: runs the benchmark parts (all by default), each in its own Node
 * process so that one part's memory does not count against another's peak RSS.
 *
 * The parts are bundled with esbuild (installed with tsx and vite) and run by plain `node`: under
 * tsx the TypeScript loader alone adds ~35 MB of RSS, which the app (bundled by electron-vite)
 * does not carry, and which would blur the memory figures. The bundle goes to
 * node_modules/.cache so that `better-sqlite3` (kept external: it is a native module) resolves
 * from the project as usual.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildSync } from 'esbuild'
import { PARTS } from './parts'

const benchDir = __dirname
const root = dirname(benchDir)

function bundle(): string {
  const outfile = join(root, 'node_modules', '.cache', 'publish-desk-bench', 'run-part.cjs')
  mkdirSync(dirname(outfile), { recursive: true })
  buildSync({
    entryPoints: [join(benchDir, 'run-part.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // tsconfig.node.json holds the `@shared/*` alias (the root tsconfig.json only references it).
    tsconfig: join(root, 'tsconfig.node.json'),
    external: ['better-sqlite3'],
    logLevel: 'warning'
  })
  return outfile
}

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
  const script = bundle()
  const outcomes: { name: string; ok: boolean; seconds: number }[] = []
  for (const part of selected) {
    process.stdout.write(`\n=== ${part.name}: ${part.title} ===\n`)
    const start = Date.now()
    // --expose-gc: a part may collect its own generator's garbage between build chunks, so the
    // peak RSS shows the register's memory rather than V8 deferring a full collection.
    const child = spawnSync(process.execPath, ['--expose-gc', script, part.name], { cwd: root, stdio: 'inherit' })
    if (child.error) process.stderr.write(`เริ่มโปรเซสของส่วน ${part.name} ไม่ได้: ${child.error.message}\n`)
    outcomes.push({ name: part.name, ok: child.status === 0, seconds: (Date.now() - start) / 1000 })
  }
  process.stdout.write('\n=== สรุป ===\n')
  for (const o of outcomes) {
    process.stdout.write(`${o.name}: ${o.ok ? 'วัดเสร็จ' : 'วัดไม่สำเร็จหรือผลเชื่อถือไม่ได้ (ดูข้อความด้านบน)'} (${o.seconds.toFixed(0)} วินาที)\n`)
  }
  return outcomes.every((o) => o.ok) ? 0 : 1
}

process.exit(main())
