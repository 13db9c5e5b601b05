/**
 * Settings › เว็บไซต์ (FTPS) end to end, in Debian's Chromium against `npm run web` and a real
 * pure-ftpd (TLS required, a self-signed certificate made for this run) on 127.0.0.1: a profile
 * is added with its password (kept only until the program closes in this mode), the connection
 * test shows the certificate for the person to decide on, trusting it pins it, and the test then
 * passes with TLS version, certificate, greeting and a test file written and removed.
 */
import { readdirSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { startFtpsServer, type FtpsServer } from '../helpers/ftps-server'
import { AppFrame, SetupScreen } from './pages/publish-desk'
import { servedAppPerFile } from './pages/served-app'

test.describe.configure({ mode: 'serial' })

const app = servedAppPerFile()
let server: FtpsServer

test.beforeAll(async () => {
  server = await startFtpsServer()
})
test.afterAll(async () => {
  await server?.stop()
})

const OFFICE = { name: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง', shortName: 'สสอ.ศรีบุญเรือง', district: 'ศรีบุญเรือง', province: 'หนองบัวลำภู', bookPrefix: 'นภ ๐๓๓๒' }
const WEBMASTER = { title: 'นาย', fullName: 'นพกร กุลสา', position: 'พนักงานเครื่องคอมพิวเตอร์', roles: ['webmaster' as const, 'approver' as const] }
const PROFILE = 'เว็บไซต์ สสอ.ศรีบุญเรือง'

/** A labelled control of the profile editor (labels of required fields end in " *"). */
function field(page: Page, label: string) {
  return page.getByRole('form', { name: /โปรไฟล์/ }).getByLabel(new RegExp(`^${label}`))
}

test('a profile is added, its certificate shown and trusted, and the connection test passes', async ({ page }) => {
  await page.goto(app.url)
  const setup = new SetupScreen(page)
  await expect(setup.heading).toBeVisible()
  await setup.fillOffice(OFFICE)
  await setup.fillPerson(1, WEBMASTER)
  await setup.submit.click()
  const frame = new AppFrame(page)
  await expect(frame.nav).toBeVisible()

  await frame.go('ตั้งค่า')
  await page.getByRole('navigation', { name: 'หมวดการตั้งค่า' }).getByRole('link', { name: 'เว็บไซต์ (FTPS)' }).click()
  await expect(page.getByRole('heading', { name: 'เว็บไซต์ของหน่วยงาน (โปรไฟล์โฮสต์ FTPS)' })).toBeVisible()
  // Under npm run web there is no keychain: the page says the password lasts until the program closes.
  await expect(page.getByText('รหัสผ่านจะจำไว้ในหน่วยความจำจนกว่าจะปิดโปรแกรมเท่านั้น').first()).toBeVisible()

  await page.getByRole('button', { name: '+ เพิ่มโปรไฟล์' }).click()
  await field(page, 'ชื่อโปรไฟล์').fill(PROFILE)
  await field(page, 'ชื่อโฮสต์ FTP').fill(server.host)
  await field(page, 'พอร์ต').fill(String(server.port))
  await field(page, 'ชื่อผู้ใช้ FTP').fill(server.user)
  await field(page, 'รหัสผ่าน FTP').fill(server.password)
  await field(page, 'โฟลเดอร์หลักบนโฮสต์').fill('/')
  // A mistake first: the form says what is wrong, in Thai, next to the field.
  await field(page, 'ที่อยู่เว็บไซต์').fill('www.sbr-sso.example')
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click()
  await expect(field(page, 'ที่อยู่เว็บไซต์')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https://').first()).toBeVisible()
  await field(page, 'ที่อยู่เว็บไซต์').fill('https://www.sbr-sso.example')
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click()
  await expect(page.getByText(`บันทึกโปรไฟล์ “${PROFILE}” แล้ว`)).toBeVisible()

  const row = page.getByRole('row', { name: new RegExp(PROFILE) })
  await expect(row).toContainText('จำไว้จนกว่าจะปิดโปรแกรม')
  await expect(row).toContainText('CA ของระบบ')

  await page.getByRole('button', { name: `ทดสอบการเชื่อมต่อ ${PROFILE}` }).click()
  const dialog = page.getByRole('dialog', { name: /ใบรับรองของโฮสต์/ })
  await expect(dialog).toBeVisible({ timeout: 30_000 })
  await expect(dialog).toContainText('CN=127.0.0.1')
  await expect(dialog).toContainText('ออกให้ตัวเอง')
  await expect(dialog.getByTestId('cert-fingerprint')).toHaveText(server.fingerprint())
  const report = page.getByRole('region', { name: 'ผลการทดสอบการเชื่อมต่อ' })
  await expect(report).toContainText('ใบรับรองของโฮสต์ยังไม่ได้รับการยืนยัน')

  await dialog.getByRole('button', { name: 'เชื่อถือใบรับรองนี้' }).click()
  await expect(dialog).toBeHidden()
  await expect(report).toContainText('เชื่อมต่อสำเร็จ เขียนและลบไฟล์ทดสอบได้', { timeout: 30_000 })
  await expect(report).toContainText(/TLSv1\.[23]/)
  await expect(report).toContainText('ตรงกับใบรับรองที่ปักหมุดไว้')
  await expect(report).toContainText(server.fingerprint())
  await expect(report).toContainText('Pure-FTPd')
  await expect(row).toContainText('ปักหมุดใบรับรอง')
  expect(readdirSync(server.root).filter((n) => n.startsWith('.publishdesk-test'))).toEqual([])
})
