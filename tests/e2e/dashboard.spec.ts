/**
 * The dashboard end to end, in Debian's Chromium against `npm run web`: a register set up like the
 * seed's office holding a few requests (dated from today, since the server runs on the real
 * clock); the app opens on the dashboard, its counts follow a request created in the app, a card
 * opens the register filtered by its status, and the take-down list, the indicators without
 * evidence and the next MOIT round are written out in Thai.
 */
import { expect, test } from '@playwright/test'
import { addDays, fiscalYearOf, todayIso } from '@shared/thai'
import { startWebApp, type WebApp } from '../helpers/web-app'
import { openFixture, requestIn, type RegisterFixture } from '../helpers/register-fixtures'
import { AppFrame, DashboardScreen, RegisterScreen, RequestEditorScreen, RequestScreen } from './pages/publish-desk'

test.describe.configure({ mode: 'serial' })

let f: RegisterFixture
let app: WebApp
const today = todayIso()

test.beforeAll(async () => {
  f = openFixture({ start: new Date().toISOString() })
  const moit1 = f.services.catalog.listIndicators(fiscalYearOf(today)).find((i) => i.code === 'MOIT 1')
  requestIn(f, 'published', { title: 'ประกาศมาตรการเผยแพร่ข้อมูลต่อสาธารณะ', indicatorIds: moit1 ? [moit1.id] : [], publishUntil: null })
  requestIn(f, 'published', { title: 'ประกาศรับสมัครงาน (เลยกำหนด)', requestDate: addDays(today, -60), publishUntil: addDays(today, -5), categoryCode: '1.8' })
  requestIn(f, 'published', { title: 'ผลการจัดซื้อจัดจ้างรายเดือน (ใกล้ครบกำหนด)', requestDate: addDays(today, -30), publishUntil: addDays(today, 10), categoryCode: '1.8' })
  requestIn(f, 'submitted', { title: 'รายงานผลการดำเนินงานรอบ ๖ เดือน' })
  requestIn(f, 'draft', { title: 'ร่างคู่มือสำหรับประชาชน' })
  f.services.close()
  app = await startWebApp({ dataDir: f.dir, staticDir: 'out/renderer' })
})

test.afterAll(async () => {
  await app?.stop()
  f?.cleanup()
})

test('the app opens on the dashboard: counts by status, the longest waits, what is due to come down, indicators, the MOIT round', async ({ page }, testInfo) => {
  await page.goto(app.url)
  const dash = new DashboardScreen(page)
  await expect(dash.heading).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link')
  await expect(nav.first()).toHaveText('ภาพรวม')
  await expect(nav.first()).toHaveAttribute('aria-current', 'page')

  await expect(dash.card('ร่าง')).toHaveAccessibleName('ร่าง 1 รายการ')
  await expect(dash.card('รอพิจารณา')).toHaveAccessibleName('รอพิจารณา 1 รายการ')
  await expect(dash.card('อนุมัติแล้ว')).toHaveAccessibleName('อนุมัติแล้ว 0 รายการ')
  await expect(dash.card('เผยแพร่แล้ว')).toHaveAccessibleName('เผยแพร่แล้ว 3 รายการ')
  await expect(dash.counts).toContainText('ทั้งหมด 5 รายการในทะเบียน')

  await expect(dash.waiting.getByRole('heading')).toHaveText('รอพิจารณาอนุมัติ (1)')
  await expect(dash.waiting.getByRole('listitem')).toHaveText([/^รายงานผลการดำเนินงานรอบ ๖ เดือน\s*ส่งวันนี้ · งานข้อมูลและสารสนเทศ · นายจิรายุ ทินจง/])

  await expect(dash.takeDown.getByRole('heading')).toHaveText('ครบกำหนดนำออกจากเว็บไซต์ (2)')
  const due = dash.takeDown.getByRole('listitem')
  await expect(due).toHaveCount(2)
  await expect(due.nth(0)).toContainText('ประกาศรับสมัครงาน (เลยกำหนด)')
  await expect(due.nth(0)).toContainText('เลยกำหนดมาแล้ว 5 วัน')
  await expect(due.nth(1)).toContainText('อีก 10 วัน')
  await expect(dash.takeDown).toContainText('เลยกำหนดแล้ว 1 รายการ')

  const fy = fiscalYearOf(today)
  await expect(dash.indicators.getByRole('heading')).toHaveText(`ตัวชี้วัดปีงบประมาณ ${fy} ที่ยังไม่มีหลักฐานเผยแพร่`)
  await expect(dash.indicators).toContainText('21 จาก 22 ตัวชี้วัด')
  await expect(dash.indicators.getByRole('listitem')).toHaveCount(21)
  await expect(dash.indicators.getByRole('listitem').first()).toContainText(/^MOIT 2 /)

  await expect(dash.round).toContainText(`ปีงบประมาณ ${fy}`)
  await expect(dash.round).toContainText(/เหลืออีก \d+ วัน|วันนี้เป็นวันสุดท้ายของรอบ/)
  await page.screenshot({ path: testInfo.outputPath('dashboard.png'), fullPage: true })
})

test('a request created in the app is counted, and a card opens the register filtered by its status', async ({ page }) => {
  await page.goto(app.url)
  const frame = new AppFrame(page)
  await frame.go('คำขอใหม่')
  const editor = new RequestEditorScreen(page)
  await editor.fill({ requester: 'นายสะไกร แก้วโสม', ownerUnit: 'งานบริหารทั่วไป', title: 'ขออนุญาตเผยแพร่แผนปฏิบัติราชการ', categoryCode: '1.1' })
  await editor.save.click()
  await expect(new RequestScreen(page).status).toHaveText('ร่าง')

  await frame.go('ภาพรวม')
  const dash = new DashboardScreen(page)
  await expect(dash.card('ร่าง')).toHaveAccessibleName('ร่าง 2 รายการ')
  await expect(dash.counts).toContainText('ทั้งหมด 6 รายการในทะเบียน')

  await dash.card('ร่าง').click()
  const register = new RegisterScreen(page)
  await expect(register.heading).toBeVisible()
  await expect(register.count).toHaveText('พบ 2 รายการ')
  await expect(page.getByRole('group', { name: 'สถานะ' }).getByRole('button', { name: /^(✓ )?ร่าง$/ })).toHaveAttribute('aria-pressed', 'true')
  // The filter is now the list's own: the address is the plain register again.
  await expect(page).toHaveURL(/#\/register$/)

  await frame.go('ภาพรวม')
  await dash.takeDown.getByRole('link', { name: 'ประกาศรับสมัครงาน (เลยกำหนด)' }).click()
  await expect(new RequestScreen(page).title).toHaveText('ประกาศรับสมัครงาน (เลยกำหนด)')
})
