/**
 * The loopback bridge seen from the browser (issue 2, item 9): a call without the per-run token,
 * or with a wrong one, is refused even from the app's own page; opening the app without the
 * token shows a Thai message and no data. The right token, from the same page, is answered, so
 * the refusals are the token's doing and not a broken server.
 */
import { expect, test, type Page } from '@playwright/test'
import { SetupScreen } from './pages/publish-desk'
import { servedAppPerFile } from './pages/served-app'

const app = servedAppPerFile()

const NO_TOKEN_MESSAGE = 'เปิดทะเบียนไม่สำเร็จ: ไม่พบรหัสเข้าใช้งาน — เปิดโปรแกรมจากลิงก์ที่ npm run web พิมพ์ไว้ (ลิงก์มี #token=…)'

/** POSTs an app:info call from inside the page, with the token header only when one is given. */
function callFromPage(page: Page, token: string | null): Promise<{ status: number; body: string }> {
  return page.evaluate(async (token) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (token !== null) headers['x-publish-desk-token'] = token
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers,
      body: JSON.stringify({ channel: 'app:info', input: {}, meta: { operatorId: null } })
    })
    return { status: response.status, body: await response.text() }
  }, token)
}

test('a call to /api/invoke from the page without the token, or with a wrong one, gets 401; with it, an answer', async ({ page }) => {
  await page.goto(app.url)
  await expect(new SetupScreen(page).heading).toBeVisible()
  // The page took the token out of the address bar once it had read it.
  expect(page.url()).toBe(`${app.origin}/`)
  const token = new URL(app.url).hash.replace('#token=', '')
  expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/)

  const without = await callFromPage(page, null)
  expect(without.status).toBe(401)
  expect(without.body).not.toContain('setupComplete')

  const wrong = await callFromPage(page, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)
  expect(wrong.status).toBe(401)

  const right = await callFromPage(page, token)
  expect(right.status).toBe(200)
  expect(JSON.parse(right.body)).toMatchObject({ ok: true, value: { setupComplete: false } })
})

test('the app opened without #token shows the Thai message and no data', async ({ browser }) => {
  // A new context: no session storage holding a token from an earlier visit.
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const calls: number[] = []
    page.on('response', (r) => {
      if (r.url().endsWith('/api/invoke')) calls.push(r.status())
    })
    await page.goto(`${app.origin}/`)
    await expect(page.getByRole('alert')).toHaveText(NO_TOKEN_MESSAGE)
    await expect(page.getByRole('heading')).toHaveCount(0)
    await expect(page.getByRole('textbox')).toHaveCount(0)
    // Without a token the page does not even try the bridge.
    expect(calls).toEqual([])
  } finally {
    await context.close()
  }
})
