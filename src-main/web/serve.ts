/**
 * `npm run web`: the app's renderer in a browser, over the loopback bridge, for machines where
 * Electron cannot start and for the end-to-end tests. Prints the address (with its token) to open.
 */
import { parseArgs } from 'node:util'
import { join } from 'node:path'
import { resolveDataDir } from '../data-dir'
import { createHandlers } from '../ipc/handlers'
import { webShellAdapter } from '../ipc/shell-adapter'
import { openAppServices } from '../services/app-services'
import { scheduleDailyBackups } from '../services/backup/daily-schedule'
import { appVersion, projectRoot } from '../project-info'
import { startBridge } from './bridge-server'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      'static-dir': { type: 'string' }
    }
  })
  const dataDir = resolveDataDir(values['data-dir'])
  const services = openAppServices({ dataDir })
  const handlers = createHandlers(services, { version: appVersion(), shell: 'web' }, webShellAdapter)
  const bridge = await startBridge({
    handlers,
    staticDir: values['static-dir'] ?? join(projectRoot(), 'out', 'renderer'),
    port: Number(values.port),
    staging: services.staging
  })
  // One line a person (or a test) can act on; the token stays in the fragment.
  process.stdout.write(`Publish Desk (เว็บ) พร้อมใช้งานที่: ${bridge.url}\n`)
  process.stdout.write(`ข้อมูลเก็บอยู่ที่: ${dataDir}\n`)
  const stopBackups = scheduleDailyBackups(services, (error) =>
    process.stderr.write(`สำรองข้อมูลอัตโนมัติไม่สำเร็จ: ${error instanceof Error ? error.message : String(error)}\n`)
  )
  const stop = () => {
    stopBackups()
    void bridge.close().finally(() => {
      services.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`เริ่มโปรแกรมไม่สำเร็จ: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
