/**
 * The register end to end, in Debian's Chromium against `npm run web`'s server (issue 2, item 13):
 * a webmaster sets up the office with two people, records a request with a PDF, has it submitted
 * and approved, and finds it again by a Thai substring; a PNG renamed to .pdf is refused with its
 * message and never reaches the register. The tests share one fresh data directory and run in
 * order: each starts from what the one before left.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { pdfBytes, pngBytes } from '../helpers/register-fixtures'
import { AppFrame, RegisterScreen, RequestEditorScreen, RequestScreen, SetupScreen } from './pages/publish-desk'
import { servedAppPerFile } from './pages/served-app'

test.describe.configure({ mode: 'serial' })

const app = servedAppPerFile()

const OFFICE = {
  name: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง',
  shortName: 'สสอ.ศรีบุญเรือง',
  district: 'ศรีบุญเรือง',
  province: 'หนองบัวลำภู',
  bookPrefix: 'นภ ๐๓๓๒'
}
const HEAD = { title: 'นาย', fullName: 'สะไกร แก้วโสม', position: 'สาธารณสุขอำเภอศรีบุญเรือง', roles: ['approver' as const] }
const WEBMASTER = { title: 'นาย', fullName: 'นพกร กุลสา', position: 'พนักงานเครื่องคอมพิวเตอร์', roles: ['webmaster' as const, 'requester' as const] }

const PLAN_TITLE = 'ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้างประจำปีงบประมาณ ๒๕๗๐'
const PLAN_FILE = 'แผนจัดซื้อจัดจ้าง สสอ.ศรีบุญเรือง.pdf'
const RESULT_TITLE = 'ประกาศผลการจัดซื้อวัสดุสำนักงาน ไตรมาสที่ ๒'
const RESULT_FILE = 'ผลการจัดซื้อวัสดุสำนักงาน.pdf'
const FAKE_PDF = 'ภาพป้ายประกาศ.pdf'

const pdf = (name: string, label: string) => ({ name, mimeType: 'application/pdf', buffer: pdfBytes(label) })
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** Every stored attachment's SHA-256 (the blob store keeps files as attachments/ab/abcd…). */
function storedBlobs(): string[] {
  const root = join(app.dataDir, 'attachments')
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((p) => p.split(/[\\/]/).at(-1) ?? '')
    .filter((n) => /^[0-9a-f]{64}$/.test(n))
    .sort()
}

test('a webmaster sets up the office, records a request with a PDF, has it approved and finds it by a Thai substring', async ({ page }, testInfo) => {
  await page.goto(app.url)

  // First run: the office and two people, in one form.
  const setup = new SetupScreen(page)
  await expect(setup.heading).toBeVisible()
  await setup.fillOffice(OFFICE)
  await expect(setup.field('ข้อความช่อง “ส่วนราชการ”')).toHaveValue('สำนักงานสาธารณสุขอำเภอศรีบุญเรือง อ. ศรีบุญเรือง จ. หนองบัวลำภู')
  await setup.fillPerson(1, HEAD)
  await setup.addPerson.click()
  // The new row takes the keyboard at once.
  await expect(setup.person(2).getByLabel('คำนำหน้า')).toBeFocused()
  await setup.fillPerson(2, WEBMASTER)
  // One webmaster only: said, not enforced (the announcement asks for two).
  await expect(page.getByRole('status').filter({ hasText: 'ข้อควรตรวจสอบ' })).toContainText(
    'มีผู้ดูแลเว็บไซต์ ๑ คน — ประกาศของหน่วยงาน (ข้อ ๔.๑) กำหนดให้มีอย่างน้อย ๒ คน เพื่อปฏิบัติงานแทนกันได้'
  )
  await setup.submit.click()

  const frame = new AppFrame(page)
  const register = new RegisterScreen(page)
  // The app opens on its dashboard; the register is one link away.
  await frame.go('ทะเบียนคำขอ')
  await expect(register.heading).toBeVisible()
  await expect(page.locator('.app-header .brand')).toHaveText('โต๊ะงานเผยแพร่ข้อมูล สสอ.ศรีบุญเรือง')
  // The operator defaults to the webmaster: the person who uses the app most.
  await expect(frame.operator.locator('option:checked')).toHaveText('นายนพกร กุลสา')
  // Both people were saved (in whatever order the people list sorts them).
  expect((await frame.operator.locator('option').allTextContents()).sort()).toEqual(['นายนพกร กุลสา', 'นายสะไกร แก้วโสม'])
  await expect(register.count).toHaveText('พบ 0 รายการ')

  // A new request with a real PDF, picked through the file input.
  await frame.go('คำขอใหม่')
  const editor = new RequestEditorScreen(page)
  await expect(editor.heading).toBeVisible()
  await editor.fill({ requester: 'นายนพกร กุลสา', ownerUnit: 'งานบริหารทั่วไป', title: PLAN_TITLE, categoryCode: '1.8' })
  await editor.attach(pdf(PLAN_FILE, 'procurement plan 2570'))
  await expect(editor.pending(PLAN_FILE)).toContainText('✓ ผ่านการตรวจ · PDF')
  await editor.save.click()

  const request = new RequestScreen(page)
  await expect(request.title).toHaveText(PLAN_TITLE)
  await expect(page).toHaveURL(/#\/requests\/1$/)
  await expect(request.status).toHaveText('ร่าง')
  await expect(page.getByRole('region', { name: 'แบบฟอร์มขอเผยแพร่' })).toContainText('งานบริหารทั่วไป')
  await expect(page.getByRole('region', { name: 'แบบฟอร์มขอเผยแพร่' })).toContainText('1.8 ข่าวประชาสัมพันธ์')
  await expect(request.files).toHaveAccessibleName('ไฟล์แนบ (1)')
  await expect(request.files.getByRole('cell', { name: PLAN_FILE })).toBeVisible()

  // Submitted by the webmaster at the keyboard, approved by the head.
  await request.act('ส่งขออนุมัติ', 'รอพิจารณา')
  await request.act('อนุมัติ', 'อนุมัติแล้ว', async (form) => {
    // The only approver is proposed as the one who decided.
    await expect(form.getByLabel(/^ผู้พิจารณา/).locator('option:checked')).toHaveText('นายสะไกร แก้วโสม — สาธารณสุขอำเภอศรีบุญเรือง')
    await expect(form.getByRole('checkbox', { name: 'อนุญาตทางวาจา (ยังไม่มีลายมือชื่อในเอกสาร)' })).not.toBeChecked()
  })
  await expect(page.getByRole('region', { name: 'แบบฟอร์มขอเผยแพร่' })).toContainText(/อนุมัติโดย นายสะไกร แก้วโสม เมื่อ \d+ .+ \d{4} เวลา \d\d:\d\d น\. อนุมัติเป็นลายลักษณ์อักษร/)
  const steps = request.timeline.getByRole('listitem')
  await expect(steps).toHaveCount(3)
  await expect(steps.nth(0)).toContainText(/^สร้างคำขอ ร่างโดย นายนพกร กุลสา · /)
  await expect(steps.nth(1)).toContainText(/^ส่งขออนุมัติ รอพิจารณาโดย นายนพกร กุลสา · /)
  await expect(steps.nth(2)).toContainText(/^อนุมัติ อนุมัติแล้วโดย นายสะไกร แก้วโสม · /)
  // Approved: the next move is publication; approving again is not offered.
  await expect(request.actions.getByRole('button')).toHaveText(['บันทึกว่าเผยแพร่แล้ว'])
  await page.screenshot({ path: testInfo.outputPath('request-approved.png'), fullPage: true })

  // The register finds it by Thai substrings from the middle of its title.
  await frame.go('ทะเบียนคำขอ')
  await expect(register.count).toHaveText('พบ 1 รายการ')
  await register.find('ปฏิบัติการจัดซื้อ', 1)
  await expect(register.rows.first()).toContainText(PLAN_TITLE)
  await expect(register.rows.first().locator('.badge')).toHaveText('อนุมัติแล้ว')
  // Three characters: the shortest search the trigram index answers.
  await register.find('จ้า', 1)
  await expect(register.rows.first()).toContainText(PLAN_TITLE)
  // Words of the title that are not next to each other in it find nothing.
  await register.find('ปฏิบัติการจัดจ้าง', 0)
  await expect(register.grid).toContainText('ไม่พบคำขอที่ตรงกับเงื่อนไข — ลองลบคำค้นหรือล้างตัวกรอง')
  await register.find('ปฏิบัติการจัดซื้อ', 1)
  await page.screenshot({ path: testInfo.outputPath('register-search.png') })

  // Enter on the row opens the request again.
  await register.rows.first().focus()
  await page.keyboard.press('Enter')
  await expect(request.title).toHaveText(PLAN_TITLE)
  await expect(request.status).toHaveText('อนุมัติแล้ว')
})

test('a PNG renamed to .pdf is refused with its Thai message and is not attached when the request is saved', async ({ page }) => {
  await page.goto(app.url)
  const frame = new AppFrame(page)
  await frame.go('คำขอใหม่')
  const editor = new RequestEditorScreen(page)
  await editor.fill({ requester: 'นายนพกร กุลสา', ownerUnit: 'งานบริหารทั่วไป', title: RESULT_TITLE, categoryCode: '1.8' })
  const png = pngBytes()
  const good = pdf(RESULT_FILE, 'purchase results Q2')
  await editor.attach({ name: FAKE_PDF, mimeType: 'application/pdf', buffer: png }, good)

  const refused = editor.pending(FAKE_PDF)
  await expect(refused.getByRole('alert')).toHaveText(`ไฟล์ “${FAKE_PDF}” มีนามสกุล .pdf แต่เนื้อไฟล์เป็นรูปภาพ PNG — กรุณาแปลงเป็น PDF หรือ JPG ก่อนแนบ`)
  await expect(refused).toContainText('✗ แนบไม่ได้')
  await expect(editor.pending(RESULT_FILE)).toContainText('✓ ผ่านการตรวจ · PDF')
  await expect(editor.pending(RESULT_FILE).getByRole('alert')).toHaveCount(0)
  const blobsBefore = storedBlobs()

  await editor.save.click()
  const request = new RequestScreen(page)
  await expect(request.title).toHaveText(RESULT_TITLE)
  await expect(request.files).toHaveAccessibleName('ไฟล์แนบ (1)')
  await expect(request.files.getByRole('row')).toHaveCount(2)
  await expect(request.files.getByRole('cell', { name: RESULT_FILE })).toBeVisible()
  await expect(request.files).not.toContainText(FAKE_PDF)
  // On disk: the good file was added, the picture was never written.
  const blobsAfter = storedBlobs()
  expect(blobsAfter).toEqual([...blobsBefore, sha256(good.buffer)].sort())
  expect(blobsAfter).not.toContain(sha256(png))
})

test('the register tells the two requests apart by title, by file name, and never by the refused file', async ({ page }) => {
  await page.goto(app.url)
  await new AppFrame(page).go('ทะเบียนคำขอ')
  const register = new RegisterScreen(page)
  await expect(register.heading).toBeVisible()
  await expect(register.count).toHaveText('พบ 2 รายการ')
  await register.find('จัดซื้อ', 2)
  await register.find('ปฏิบัติการจัดซื้อ', 1)
  await expect(register.rows.first()).toContainText(PLAN_TITLE)
  await register.find('วัสดุสำนักงาน', 1)
  await expect(register.rows.first()).toContainText(RESULT_TITLE)
  await expect(register.rows.first().locator('.badge')).toHaveText('ร่าง')
  // Only the first request's attachment name holds the district's name.
  await register.find('ศรีบุญเรือง', 1)
  await expect(register.rows.first()).toContainText(PLAN_TITLE)
  await register.find('ป้ายประกาศ', 0)
})
