/**
 * Import and export of the register end to end, in Debian's Chromium against `npm run web`: an
 * office log (the seed's columns: วัน เดือน ปี | เรื่อง | เอกสารแนบ | หมายเหตุ) with one impossible
 * date is read, its columns mapped, the bad row shown with its reason; nothing can be imported
 * until the bad row is dropped explicitly; a dry run writes nothing; the import writes the good
 * rows; the register then exports them as XLSX and CSV — each made once in the data folder's
 * staging area, answered as a small handle, and downloaded from the bridge.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { expect, test, type Download, type Page, type Response } from '@playwright/test'
import { startWebApp, type WebApp } from '../helpers/web-app'
import { openFixture, type RegisterFixture } from '../helpers/register-fixtures'
import { AppFrame, RegisterScreen } from './pages/publish-desk'

test.describe.configure({ mode: 'serial' })

let f: RegisterFixture
let app: WebApp

const LOG =
  '\uFEFFวัน เดือน ปี,เรื่อง,เอกสารแนบ,หมายเหตุ\r\n' +
  '๑๕ ม.ค. ๒๕๖๕,ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้างประจำปีงบประมาณ ๒๕๖๕,เอกสารและรูป,\r\n' +
  '31/02/2565,ขออนุญาตเผยแพร่ผลการจัดซื้อจัดจ้างในรอบเดือน,เอกสารและรูป,\r\n' +
  '15/03/2565,"ขออนุญาตเผยแพร่การวางระบบ ""จัดการเรื่องร้องเรียน"", ของหน่วยงาน",เอกสารและรูป,ส่งช้า\r\n'

test.beforeAll(async () => {
  f = openFixture({ start: new Date().toISOString() })
  f.services.close()
  app = await startWebApp({ dataDir: f.dir, staticDir: 'out/renderer' })
})

test.afterAll(async () => {
  await app?.stop()
  f?.cleanup()
})

async function saved(download: Download): Promise<Buffer> {
  return readFileSync(await download.path())
}

/** Files waiting in the data folder's staging area (made, kept for another save until they expire). */
function stagedFiles(): string[] {
  const root = join(f.dir, 'tmp', 'staging')
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) => statSync(join(root, p)).isFile())
}

/** Clicks an export button; gives the download and what /api/invoke answered for register:export. */
async function exportWith(page: Page, button: string): Promise<{ download: Download; answer: Response }> {
  const [answer, download] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/invoke') && (r.request().postData() ?? '').includes('"register:export"')),
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click()
  ])
  return { download, answer }
}

/** The export's answer is the staged file's handle: a few hundred bytes, never the file as base64. */
async function expectHandle(answer: Response, extension: string): Promise<void> {
  const body = await answer.body()
  expect(body.length).toBeLessThan(1024)
  const result = JSON.parse(body.toString('utf8')) as { ok: boolean; value: Record<string, unknown> }
  expect(result.ok).toBe(true)
  expect(result.value).not.toHaveProperty('contentBase64')
  expect(result.value.staged).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{32}$/), fileName: expect.stringMatching(new RegExp(`\\.${extension}$`)) })
}

test('a log with one bad row: mapped, previewed, refused until the row is dropped, tried, then imported', async ({ page }, testInfo) => {
  await page.goto(app.url)
  await new AppFrame(page).go('ทะเบียนคำขอ')
  await page.getByRole('link', { name: 'นำเข้าจาก Excel' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'นำเข้าทะเบียนจากบันทึกของหน่วยงาน (Excel/CSV)' })).toBeVisible()

  await page.getByLabel('ไฟล์บันทึก (.xlsx หรือ .csv)').setInputFiles({ name: 'บันทึกการเผยแพร่ ๒๕๖๕.csv', mimeType: 'text/csv', buffer: Buffer.from(LOG, 'utf8') })
  // The columns are mapped from their Thai headers.
  await expect(page.getByLabel(/^วัน เดือน ปี/)).toHaveValue('0')
  await expect(page.getByLabel(/^เรื่อง/)).toHaveValue('1')
  await expect(page.getByLabel('รายละเอียด / เอกสารแนบ', { exact: true })).toHaveValue('2')
  await expect(page.getByLabel('หมายเหตุ', { exact: true })).toHaveValue('3')
  await expect(page.getByLabel('หน่วยงานเจ้าของข้อมูล', { exact: true })).toHaveValue('')
  // The log has no unit and no category: said before anything else.
  const problems = page.getByRole('alert').filter({ hasText: 'ยังนำเข้าไม่ได้' })
  await expect(problems).toContainText('ไม่มีหน่วยงานเจ้าของข้อมูล')
  await expect(problems).toContainText('ไม่มีหมวดหมู่ข้อมูล')
  await page.getByLabel('หน่วยงานเริ่มต้น (เมื่อแถวไม่มีหน่วยงาน)').fill('งานข้อมูลและสารสนเทศ')
  await page.getByLabel('หมวดเริ่มต้น (เมื่อแถวไม่มีหมวด)').selectOption('1.8')
  await expect(problems).toHaveCount(0)

  const summary = page.locator('.import-summary')
  await expect(summary).toHaveText('ถูกต้อง 2 แถว · ไม่ถูกต้อง 1 แถว')
  const table = page.getByRole('table', { name: 'ตัวอย่างแถวที่จะนำเข้า' })
  const bad = table.locator('tr.bad')
  await expect(bad).toHaveCount(1)
  await expect(bad.getByRole('rowheader')).toHaveText('3')
  await expect(bad).toContainText('ไม่ถูกต้อง:')
  await expect(bad).toContainText('วันที่ ‘31/02/2565’ ไม่มีอยู่จริง')
  await expect(table.getByRole('row').nth(1)).toContainText('15 ม.ค. 2565')
  await expect(table.getByRole('row').nth(3)).toContainText('ขออนุญาตเผยแพร่การวางระบบ "จัดการเรื่องร้องเรียน", ของหน่วยงาน')
  await page.screenshot({ path: testInfo.outputPath('import-preview.png'), fullPage: true })

  // With a bad row, importing waits for the person's explicit choice.
  const importButton = page.getByRole('button', { name: 'นำเข้า 2 รายการ' })
  await expect(importButton).toBeDisabled()
  await expect(page.getByText('มีแถวที่ไม่ถูกต้อง 1 แถว — แก้ไฟล์แล้วเลือกใหม่')).toBeVisible()

  await page.getByRole('button', { name: 'ทดลองนำเข้า (ไม่บันทึก)' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'ทดลองนำเข้าแล้ว' })).toContainText('ทดลองนำเข้าแล้ว: จะบันทึก 2 รายการ (ข้าม 1 แถวที่ไม่ถูกต้อง) — ยังไม่ได้บันทึกอะไร')
  await expect(page.getByRole('listitem').filter({ hasText: 'แถวที่ 3:' })).toHaveText('แถวที่ 3: วันที่ ‘31/02/2565’ ไม่มีอยู่จริง')

  await page.getByRole('checkbox', { name: 'ข้ามแถวที่ไม่ถูกต้อง 1 แถว และนำเข้าเฉพาะแถวที่ถูกต้อง' }).check()
  await expect(importButton).toBeEnabled()
  await importButton.click()
  await expect(page.getByRole('status').filter({ hasText: 'นำเข้าแล้ว' })).toContainText('นำเข้าแล้ว 2 รายการ (เลขที่ 1–2) สถานะ “เผยแพร่แล้ว”')
  await expect(importButton).toBeDisabled()

  await page.getByRole('link', { name: 'ดูในทะเบียน' }).click()
  const register = new RegisterScreen(page)
  await expect(register.heading).toBeVisible()
  await expect(register.count).toHaveText('พบ 2 รายการ')
  await expect(register.rows.first().locator('.badge')).toHaveText('เผยแพร่แล้ว')
})

test('the register exports what it lists as XLSX and as CSV', async ({ page }) => {
  await page.goto(app.url)
  await new AppFrame(page).go('ทะเบียนคำขอ')
  const register = new RegisterScreen(page)
  await expect(register.count).toHaveText('พบ 2 รายการ')

  const { download: xlsx, answer: xlsxAnswer } = await exportWith(page, 'ส่งออก Excel')
  await expectHandle(xlsxAnswer, 'xlsx')
  expect(xlsx.suggestedFilename()).toMatch(/^ทะเบียนคำขอเผยแพร่ .+\.xlsx$/)
  await expect(page.getByRole('status').filter({ hasText: 'ดาวน์โหลดไฟล์' })).toContainText('(2 รายการ')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await saved(xlsx)) as unknown as ExcelJS.Buffer)
  const ws = wb.worksheets[0]
  expect(ws?.rowCount).toBe(3)
  expect(ws?.getRow(2).getCell(4).value).toBe('ขออนุญาตเผยแพร่การวางระบบ "จัดการเรื่องร้องเรียน", ของหน่วยงาน')

  await register.find('จัดซื้อ', 1)
  const { download: csv, answer: csvAnswer } = await exportWith(page, 'ส่งออก CSV')
  await expectHandle(csvAnswer, 'csv')
  expect(csv.suggestedFilename()).toMatch(/^ทะเบียนคำขอเผยแพร่ .+\.csv$/)
  const bytes = await saved(csv)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8')
  expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(2)
  expect(text).toContain('ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้างประจำปีงบประมาณ ๒๕๖๕')
  // Each file was made once, inside the data folder, and stays there for another save.
  expect(stagedFiles()).toHaveLength(2)
})
