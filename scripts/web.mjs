#!/usr/bin/env node
// `npm run web`: build the renderer, then serve it with the loopback bridge (src-main/web/serve.ts).
// Arguments after `--` go to the server: --data-dir DIR, --port N.
import { spawnSync, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name)

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' })
  if (build.status !== 0) {
    console.error('สร้างหน้าจอโปรแกรมไม่สำเร็จ (electron-vite build) — ดูข้อความด้านบน')
    process.exit(build.status ?? 1)
  }
}
const args = process.argv.slice(2).filter((a) => a !== '--no-build')
const server = spawn(bin('tsx'), [join(root, 'src-main', 'web', 'serve.ts'), ...args], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
