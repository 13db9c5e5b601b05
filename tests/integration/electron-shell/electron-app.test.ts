/**
 * The real desktop app through Playwright's Electron driver: only where Electron's binary exists
 * (it cannot be downloaded on the machines this project is built on, so here it is skipped and
 * says why). It builds like `npm start`, launches on a fresh data directory and checks, from inside,
 * what the stand-in tests can only assume: the page has window.publishDesk and no Node, IPC answers,
 * window.open is refused, and the menu is Thai.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { skipBecause } from './skip'
import { electronBinary } from '../../../scripts/start.mjs'

const repoRoot = resolve(__dirname, '..', '..', '..')

describe('the Electron app (real binary)', () => {
  it('starts with the preload API, no Node in the page, refused pop-ups and a Thai menu', async (ctx) => {
    const binary = electronBinary(repoRoot)
    if (!binary) skipBecause(ctx, 'Electron binary missing (node_modules/electron/dist is empty: its download is not reachable here); covered by the stand-in Electron tests')
    if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) skipBecause(ctx, 'no display: run under Xvfb (xvfb-run) to launch Electron')

    for (const [command, args] of [
      [process.execPath, [join(repoRoot, 'scripts', 'electron-native.mjs')]],
      [join(repoRoot, 'node_modules', '.bin', 'electron-vite'), ['build', '--logLevel', 'warn']]
    ] as const) {
      const step = spawnSync(command, [...args], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' })
      expect(step.status).toBe(0)
    }

    const dataDir = mkdtempSync(join(tmpdir(), 'publish-desk-electron-'))
    const { _electron } = await import('@playwright/test')
    // Chromium refuses to start as root with its OS sandbox; the renderer sandbox flag stays on.
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : []
    const app = await _electron.launch({ executablePath: binary, args: [repoRoot, ...rootArgs, '--data-dir', dataDir], cwd: repoRoot })
    try {
      const page = await app.firstWindow()
      await page.waitForLoadState('domcontentloaded')
      const inPage = await page.evaluate(async () => {
        // The page's global (this file is typed for Node, without the DOM library).
        const w = globalThis as unknown as {
          publishDesk?: { invoke(c: string, i: unknown): Promise<unknown> }
          require?: unknown
          process?: unknown
          open(url: string): unknown
        }
        return {
          keys: w.publishDesk ? Object.keys(w.publishDesk) : null,
          hasRequire: typeof w.require !== 'undefined',
          hasProcess: typeof w.process !== 'undefined',
          info: await w.publishDesk?.invoke('app:info', {}),
          popup: w.open('https://example.com/') === null
        }
      })
      expect(inPage).toMatchObject({ keys: ['invoke'], hasRequire: false, hasProcess: false, popup: true, info: { ok: true, value: { shell: 'electron', dataDir } } })
      const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label))
      expect(menu).toEqual(['แฟ้ม', 'แก้ไข', 'มุมมอง', 'ช่วยเหลือ'])
    } finally {
      await app.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }, 300_000)
})
