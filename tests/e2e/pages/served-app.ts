/**
 * The web app each end-to-end test file runs against: started before the file's first test with
 * its own fresh data directory (so files never see each other's register) and stopped after its
 * last. A file calls it once at top level; the returned object reads the running server's
 * address, so tests use it as they would the WebApp itself.
 *
 *   const app = servedAppPerFile()
 *   test('…', async ({ page }) => { await page.goto(app.url) })
 */
import { test } from '@playwright/test'
import { startWebApp, type WebApp } from '../../helpers/web-app'

export function servedAppPerFile(): WebApp {
  let running: WebApp | undefined
  test.beforeAll(async () => {
    running = await startWebApp({ staticDir: 'out/renderer' })
  })
  test.afterAll(async () => {
    await running?.stop()
    running = undefined
  })
  const current = (): WebApp => {
    if (!running) throw new Error('the web app runs only inside this file’s tests (beforeAll has not started it)')
    return running
  }
  return {
    get url() {
      return current().url
    },
    get origin() {
      return current().origin
    },
    get dataDir() {
      return current().dataDir
    },
    stop: () => current().stop()
  }
}
