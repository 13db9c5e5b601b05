/**
 * The report screen end to end (issue 5, items 1–3), in Debian's Chromium against `npm run web`:
 * the quarter's rows come from the register (the last one published at 23:30 on 30 September in
 * Bangkok, the next half an hour later in the next fiscal year), a row's note is edited for the
 * printing, the preview is drawn inside the app with nothing to flag, and the log is saved as PDF
 * with the note in it; the follow-up memo's section is edited and the memo is filed as a draft
 * request; the MOIT 1 set of the next year is checked and made. The register is written by the
 * services beside the server (as a second window of the app would), before the page opens.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { openAppServices } from '../../src-main/services/app-services'
import { SEED_OFFICE, SEED_PEOPLE, TestClock } from '../helpers/register-fixtures'
import { PrintPreview } from './pages/publish-desk'
import { servedAppPerFile } from './pages/served-app'

test.describe.configure({ mode: 'serial' })

const app = servedAppPerFile()

const Q4_TITLES = ['แผนปฏิบัติการจัดซื้อจัดจ้างประจำปีงบประมาณ ๒๕๖๙', 'ผลการจัดซื้อจัดจ้างในรอบเดือน', 'การวางระบบในการจัดการเรื่องร้องเรียนของหน่วยงาน']
const NEXT_TITLE = 'ประกาศเจตนารมณ์การป้องกันการรับสินบน'
/** UTC: the third is 23:30 on 30 September in Bangkok, the fourth 00:30 on 1 October. */
const PUBLISHED_AT = ['2026-07-10T03:00:00.000Z', '2026-08-15T03:00:00.000Z', '2026-09-30T16:30:00.000Z', '2026-09-30T17:30:00.000Z']

test.beforeAll(() => {
  const clock = new TestClock('2026-07-01T03:00:00.000Z')
  const s = openAppServices({ dataDir: app.dataDir, clock })
  try {
    s.setup.complete({ office: SEED_OFFICE, people: Object.values(SEED_PEOPLE) })
    const id = (name: string) => s.people.list().find((p) => p.fullName === name)?.id ?? 0
    const assistant = id(SEED_PEOPLE.assistant.fullName)
    ;[...Q4_TITLES, NEXT_TITLE].forEach((title, i) => {
      clock.set(PUBLISHED_AT[i] ?? '')
      const r = s.requests.create({ ownerUnit: 'งานพัสดุ', requestDate: clock.today(), title, requesterId: assistant, categoryCode: '1.8', byId: assistant, externalLink: 'https://sso.example/doc' })
      s.requests.transition({ id: r.id, action: 'submit', byId: assistant })
      s.requests.transition({ id: r.id, action: 'approve', byId: id(SEED_PEOPLE.head.fullName) })
      s.requests.transition({ id: r.id, action: 'publish', byId: id(SEED_PEOPLE.webmaster.fullName), publicUrl: 'https://sso.example/x' })
    })
  } finally {
    s.close()
  }
})

async function openReports(page: Page): Promise<void> {
  await page.goto(app.url)
  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'รายงาน', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'รายงานผลการเผยแพร่ข้อมูล' })).toBeVisible()
}

async function choosePeriod(page: Page, fiscalYear: string, choice: RegExp): Promise<void> {
  await page.locator('#report-fy').selectOption(fiscalYear)
  await page.getByRole('radio', { name: choice }).check()
}

/** A PDF's text without spaces (pdftotext spaces Thai as the layout falls). */
function pdfText(file: string): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`)
  return r.stdout.normalize('NFKC').replace(/\s+/g, '')
}
const squeezed = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')

test('the quarter’s log: its rows from the register, a note edited, previewed and saved as PDF', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  await openReports(page)
  await choosePeriod(page, '2569', /^ไตรมาสที่ ๔/)
  const rows = page.locator('.report-rows')
  await expect(rows.locator('caption')).toContainText('รายการที่เผยแพร่ในไตรมาสที่ ๔ (ก.ค. - ก.ย. ๒๕๖๙): ๓ รายการ')
  for (const title of Q4_TITLES) await expect(rows.getByRole('link', { name: title })).toBeVisible()
  await expect(rows.getByRole('link', { name: NEXT_TITLE })).toHaveCount(0)
  // 23:30 on 30 September in Bangkok is the quarter's last day, whatever UTC says.
  await expect(rows.locator('tr', { hasText: Q4_TITLES[2] ?? '' })).toContainText('๓๐ ก.ย. ๒๕๖๙')

  const note = page.getByLabel(`หมายเหตุของ “${Q4_TITLES[1]}”`)
  await note.fill('ฉบับแก้ไขตามบันทึก')
  const status = page.locator('.print-actions [role="status"]')
  await expect(status).toHaveText('', { timeout: 30_000 })
  await expect(page.getByRole('status').filter({ hasText: 'ไม่พบจุดที่ต้องแก้ไข' })).toBeVisible()
  await new PrintPreview(page.getByRole('region', { name: 'ตัวอย่างเอกสาร' })).expectDrawn()
  await page.screenshot({ path: testInfo.outputPath('reports-log.png'), fullPage: true })

  const save = page.getByRole('button', { name: 'บันทึกเป็น PDF' })
  await expect(save).toBeEnabled()
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()])
  expect(download.suggestedFilename()).toBe('บันทึกรายงานผลการเผยแพร่-ปีงบ2569-ไตรมาส4.pdf')
  const file = await download.path()
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const text = pdfText(file)
  expect(text).toContain(squeezed('เดือน กรกฎาคม - กันยายน ๒๕๖๙'))
  expect(text).toContain(squeezed('ฉบับแก้ไขตามบันทึก'))
  expect(text).not.toContain(squeezed(NEXT_TITLE))

  // The next fiscal year's first quarter holds the request published half an hour later.
  await choosePeriod(page, '2570', /^ไตรมาสที่ ๑/)
  await expect(rows.locator('caption')).toContainText('ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๒๕๖๙): ๑ รายการ', { timeout: 30_000 })
  await expect(rows.getByRole('link', { name: NEXT_TITLE })).toBeVisible()
})

test('the follow-up memo: a section edited, then filed as a draft request holding its PDF', async ({ page }) => {
  test.setTimeout(120_000)
  await openReports(page)
  await page.getByRole('radio', { name: 'บันทึกข้อความรายงานผลการติดตามการดำเนินงาน' }).check()
  await choosePeriod(page, '2569', /^ไตรมาสที่ ๔/)
  const problems = page.getByLabel('ปัญหา/อุปสรรค')
  await expect(problems).toHaveValue(/ยังมีโอกาสพัฒนา/)
  await problems.fill('ผู้ดูแลเว็บไซต์มีเพียงคนเดียวในช่วงไตรมาสนี้')
  await page.getByLabel('วันที่ของรายงาน').fill('2026-10-05')
  await expect(page.locator('.print-actions [role="status"]')).toHaveText('', { timeout: 30_000 })
  await expect(page.getByRole('status').filter({ hasText: 'ไม่พบจุดที่ต้องแก้ไข' })).toBeVisible()
  await new PrintPreview(page.getByRole('region', { name: 'ตัวอย่างเอกสาร' })).expectDrawn()

  await page.getByRole('button', { name: 'บันทึกเป็นคำขอเผยแพร่ (ร่าง) พร้อมไฟล์ PDF' }).click()
  const done = page.getByRole('status').filter({ hasText: 'บันทึกเป็นคำขอเลขที่' })
  await expect(done).toContainText('ออกเลขที่หนังสือ นภ ๐๓๓๒/๑ แล้ว', { timeout: 30_000 })
  await done.getByRole('link', { name: /^เปิดคำขอเลขที่/ }).click()
  await expect(page.getByRole('heading', { name: /รายงานผลการติดตามการดำเนินงาน.*ไตรมาสที่ ๔ ปีงบประมาณ ๒๕๖๙/ })).toBeVisible()
  await expect(page.getByText('บันทึกรายงานผลการติดตาม-นภ0332-1.pdf')).toBeVisible()
})

test('the MOIT 1 set of the next fiscal year is checked, then made as seven PDFs', async ({ page }) => {
  test.setTimeout(240_000)
  await openReports(page)
  const section = page.getByRole('region', { name: 'ชุดเอกสาร MOIT ๑ ประจำปี' })
  await section.locator('#yearly-fy').selectOption('2570')
  await section.getByRole('button', { name: 'ตรวจชุดเอกสาร' }).click()
  await expect(section.getByRole('status').filter({ hasText: 'ไม่พบจุดที่ต้องแก้ไข' })).toBeVisible({ timeout: 90_000 })
  await section.getByRole('button', { name: 'จัดทำชุดเอกสาร' }).click()
  await expect(section.getByText(/จัดทำชุดเอกสารแล้ว ๗ ไฟล์/)).toBeVisible({ timeout: 150_000 })
  await expect(section.locator('.yearly-set-files li')).toHaveCount(7)
  const [download] = await Promise.all([page.waitForEvent('download'), section.locator('.yearly-set-files li').first().getByRole('button', { name: 'บันทึกไฟล์' }).click()])
  expect(download.suggestedFilename()).toBe('ประกาศแนวทางเผยแพร่-ปีงบ2570.pdf')
})
