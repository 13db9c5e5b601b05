/**
 * The หลักฐาน ITA screen end to end, in Debian's Chromium against `npm run web` over a register
 * holding FY ๒๕๖๙ evidence (tests/integration/evidence/evidence-fixture.ts): the evidence pack of
 * MOIT 1's 6-month round downloads as a PDF and its contents are listed on the screen; the
 * checklist downloads as XLSX and CSV; an indicator with nothing published says so in Thai.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Download, type Page } from '@playwright/test'
import { startWebApp, type WebApp } from '../helpers/web-app'
import { evidenceRegister, TITLES, type EvidenceRegister } from '../integration/evidence/evidence-fixture'

test.describe.configure({ mode: 'serial' })

let reg: EvidenceRegister
let app: WebApp

test.beforeAll(async () => {
  reg = await evidenceRegister()
  // The register's own connection stays open beside the server's, as the CLI beside the app.
  app = await startWebApp({ dataDir: reg.f.dir, staticDir: process.env.PUBLISH_DESK_STATIC_DIR ?? 'out/renderer' })
})
test.afterAll(async () => {
  await app?.stop()
  reg?.f.cleanup()
})

async function openEvidence(page: Page): Promise<void> {
  await page.goto(app.url)
  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'หลักฐาน ITA', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'หลักฐาน ITA (MOIT)' })).toBeVisible()
  await page.getByLabel('ปีงบประมาณ').selectOption('2569')
  await expect(page.getByLabel('ตัวชี้วัด', { exact: true })).toContainText('MOIT 1')
}

async function saved(download: Download): Promise<Buffer> {
  return readFileSync(await download.path())
}

test('the evidence pack downloads as one PDF and its contents are shown', async ({ page }) => {
  await openEvidence(page)
  await page.getByLabel('ตัวชี้วัด', { exact: true }).selectOption('MOIT 1')
  await page.getByLabel('ช่วงเวลา').selectOption({ label: 'รอบ 6 เดือน (ต.ค.–มี.ค.)' })
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'บันทึกเล่มหลักฐาน (PDF)' }).click()])
  expect(download.suggestedFilename()).toBe('หลักฐาน-MOIT1-ปีงบ2569-รอบ6เดือน.pdf')
  expect((await saved(download)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  await expect(page.getByRole('status')).toContainText(/^เล่มหลักฐาน 3 รายการ \d+ หน้า · ดาวน์โหลดไฟล์/)
  const contents = page.locator('table.evidence-contents tbody tr')
  await expect(contents).toHaveCount(3)
  await expect(contents.nth(1)).toContainText(TITLES.numbered)
  await expect(contents.nth(1)).toContainText('แนบเป็นไฟล์ต้นฉบับ')
})

test('the checklist downloads as XLSX and as CSV', async ({ page }) => {
  await openEvidence(page)
  await page.getByLabel('ช่วงเวลา').selectOption({ label: 'รอบ 6 เดือน (ต.ค.–มี.ค.)' })
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'บันทึกรายการตรวจหลักฐาน' }).click()])
  expect(xlsx.suggestedFilename()).toBe('รายการตรวจหลักฐาน-MOIT1-ปีงบ2569-รอบ6เดือน.xlsx')
  expect((await saved(xlsx)).subarray(0, 2).toString('latin1')).toBe('PK')
  await expect(page.getByRole('status')).toContainText('รายการตรวจ 7 รายการ มีหลักฐาน 3 รายการ')
  await page.getByLabel('รูปแบบรายการตรวจ').selectOption('csv')
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'บันทึกรายการตรวจหลักฐาน' }).click()])
  const text = (await saved(csv)).toString('utf8')
  expect(text.startsWith('\uFEFFMOIT,ลำดับ,หลักฐานที่ต้องตรวจ,มี/ไม่มี,File/Link,คำอธิบาย\r\n')).toBe(true)
})

test('an indicator with nothing published says so in Thai', async ({ page }) => {
  await openEvidence(page)
  await page.getByLabel('ตัวชี้วัด', { exact: true }).selectOption('MOIT 5')
  await page.getByRole('button', { name: 'บันทึกเล่มหลักฐาน (PDF)' }).click()
  await expect(page.getByRole('alert')).toContainText('ตัวชี้วัด MOIT 5 ยังไม่มีรายการที่เผยแพร่แล้วในปีงบประมาณ ๒๕๖๙ รอบ ๑๒ เดือน')
})
