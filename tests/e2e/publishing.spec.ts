/**
 * Publishing a request's files from its page, end to end: Debian's Chromium against `npm run web`
 * and a real pure-ftpd (TLS required, limited to 1 MB/s so the upload can be watched and paused).
 * The register is prepared beforehand with the services (the office, a host profile whose
 * certificate is trusted, an approved request with two files); the password is typed on the
 * request page, since `npm run web` keeps passwords only for the session. The "website" is a
 * small HTTP server over the FTP folder, so the published links are opened for real.
 */
import { existsSync, readdirSync, statSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join, normalize } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { startFtpsServer, type FtpsServer } from '../helpers/ftps-server'
import { attachment, openFixture, pdfBytes, removeDir, requestIn } from '../helpers/register-fixtures'
import { startWebApp, type WebApp } from '../helpers/web-app'

test.describe.configure({ mode: 'serial' })

const PROFILE = 'เว็บไซต์ สสอ.ศรีบุญเรือง'
const BIG = 'คู่มือสำหรับประชาชน.pdf'
const SMALL = 'ประกาศ.pdf'
const FOLDER = 'เว็บไซต์'

let server: FtpsServer
let app: WebApp
let site: Server
let siteUrl = ''
let dataDir = ''
let requestId = 0

/** A 3 MB "PDF" (its header, then filler) so the upload takes a few seconds at 1 MB/s. */
function bigPdf(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3 * 1024 * 1024 - 9, 0x41)])
}

test.beforeAll(async () => {
  server = await startFtpsServer({ bandwidthKBps: 1024 })
  const root = join(server.root, FOLDER)
  site = createServer((req, res) => {
    const file = join(root, normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)))
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-length': statSync(file).size }).end(req.method === 'HEAD' ? undefined : readFileSync(file))
  })
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()))
  const address = site.address()
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`

  const f = openFixture()
  dataDir = f.dir
  f.services.hostProfiles.save(
    { name: PROFILE, host: server.host, port: server.port, username: server.user, remoteRoot: `/${FOLDER}`, publicBaseUrl: siteUrl, fileNaming: 'keep-name' },
    f.ids.webmaster,
    { trust: { mode: 'ca', caPem: server.caPem() } }
  )
  requestId = requestIn(f, 'approved', {
    title: 'คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวก',
    newAttachments: [attachment(BIG, bigPdf()), attachment(SMALL, pdfBytes('announcement'))]
  }).id
  f.services.close()
  app = await startWebApp({ dataDir, staticDir: 'out/renderer' })
})

test.afterAll(async () => {
  await app?.stop()
  await new Promise<void>((r) => (site ? site.close(() => r()) : r()))
  await server?.stop()
  if (dataDir) removeDir(dataDir)
})

async function openRequest(page: Page): Promise<void> {
  await page.goto(app.url)
  await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toBeVisible()
  await page.evaluate((id) => {
    window.location.hash = `#/requests/${id}`
  }, requestId)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/คู่มือสำหรับประชาชน/)
}

const onHost = (): string[] => {
  const dir = join(server.root, FOLDER, 'ita', '2569', 'general')
  return existsSync(dir) ? readdirSync(dir).sort() : []
}

test('an approved request’s two files are uploaded with progress, paused and resumed; the request shows as published with each file’s link', async ({ page }) => {
  await openRequest(page)
  const panel = page.getByRole('region', { name: 'เผยแพร่ขึ้นเว็บไซต์' })
  await panel.getByRole('button', { name: 'อัปโหลดขึ้นเว็บไซต์' }).click()
  const form = panel.getByRole('form', { name: 'อัปโหลดขึ้นเว็บไซต์' })
  await expect(form.getByLabel('โปรไฟล์โฮสต์')).toHaveValue(/\d+/)
  await form.getByRole('button', { name: 'เริ่มอัปโหลด' }).click()
  // No password is kept for this profile in this session: the page says so and asks for it.
  const password = form.getByLabel(/^รหัสผ่าน FTP ของโปรไฟล์/)
  await expect(password).toBeFocused()
  await expect(form.getByRole('alert')).toContainText(PROFILE)
  await password.fill(server.password)
  await form.getByRole('button', { name: 'เริ่มอัปโหลด' }).click()

  const big = panel.getByRole('progressbar', { name: BIG })
  await expect(panel.getByText('กำลังอัปโหลด', { exact: true }).first()).toBeVisible({ timeout: 15_000 })
  // Progress shows either as bytes sent or — once every byte sits in the OS's send buffer, which a
  // 3 MB file on a local connection fills at once — as waiting for the throttled server, never as a
  // full bar that does not move.
  const waiting = panel.getByText('ส่งข้อมูลออกจากเครื่องครบแล้ว กำลังรอเซิร์ฟเวอร์รับให้ครบ…')
  const moving = async () => {
    const value = await big.getAttribute('value')
    return value !== null && Number(value) > 0 && Number(value) < 100 && (await panel.getByText(/จาก 3\.0 MB/).first().isVisible())
  }
  await expect.poll(async () => (await moving()) || ((await waiting.isVisible()) && (await big.getAttribute('value')) === null), { timeout: 15_000 }).toBe(true)
  await panel.getByRole('button', { name: 'หยุดชั่วคราว' }).click()
  await expect(panel.getByText('หยุดชั่วคราว — กด “อัปโหลดต่อ” เพื่อส่งต่อจากที่ค้างไว้')).toBeVisible({ timeout: 15_000 })
  expect(onHost().some((n) => n === BIG)).toBe(false)
  await expect(page.locator('.page-head .badge')).toHaveText('อนุมัติแล้ว')

  await panel.getByRole('button', { name: 'อัปโหลดต่อ' }).click()
  await expect(panel.getByRole('status').filter({ hasText: 'อัปโหลดครบทุกไฟล์ และบันทึกว่าเผยแพร่แล้ว' })).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.page-head .badge')).toHaveText('เผยแพร่แล้ว')
  expect(onHost()).toEqual([SMALL, BIG].sort())

  for (const name of [BIG, SMALL]) {
    const link = panel.getByRole('link', { name })
    const href = await link.getAttribute('href')
    expect(href).toBe(`${siteUrl}/ita/2569/general/${encodeURIComponent(name)}`)
    const response = await page.request.get(href ?? '')
    expect(response.status()).toBe(200)
  }
  expect((await (await page.request.get(`${siteUrl}/ita/2569/general/${encodeURIComponent(BIG)}`)).body()).length).toBe(3 * 1024 * 1024)
  // The request's own record names the first file's address and the webmaster who uploaded.
  await expect(page.getByText(`${siteUrl}/ita/2569/general/${encodeURIComponent(BIG)}`).first()).toBeVisible()

  await panel.getByRole('button', { name: 'ตรวจว่าลิงก์เปิดได้' }).click()
  await expect(panel.getByText('เปิดได้ (200)')).toHaveCount(2)
})

test('the published request is taken down from its page: the files leave the host and the request is withdrawn', async ({ page }) => {
  await openRequest(page)
  const panel = page.getByRole('region', { name: 'เผยแพร่ขึ้นเว็บไซต์' })
  await panel.getByRole('button', { name: 'นำออกจากเว็บไซต์ (ลบไฟล์บนโฮสต์)' }).click()
  const form = panel.getByRole('form', { name: 'นำไฟล์ออกจากเว็บไซต์' })
  await form.getByRole('button', { name: 'ยืนยันนำออกจากเว็บไซต์' }).click()
  await expect(form.getByLabel(/^เหตุผลที่นำออก/)).toHaveAttribute('aria-invalid', 'true')
  await form.getByLabel(/^เหตุผลที่นำออก/).fill('ครบกำหนดระยะเวลาเผยแพร่')
  await form.getByRole('button', { name: 'ยืนยันนำออกจากเว็บไซต์' }).click()
  await expect(panel.getByRole('status').filter({ hasText: 'นำไฟล์ออกจากเว็บไซต์และบันทึกแล้ว' })).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.page-head .badge')).toHaveText('นำออกแล้ว')
  expect(onHost()).toEqual([])
  await expect(panel.getByText(/นำออกแล้วเมื่อ .* \(ลบจากโฮสต์\)/)).toHaveCount(2)
  expect((await page.request.get(`${siteUrl}/ita/2569/general/${encodeURIComponent(SMALL)}`)).status()).toBe(404)
})
