/**
 * First-run setup without the mouse (issue 2, item 10: "usable by keyboard"): Tab walks forward
 * through the form to its submit button, Enter sends it, an empty form puts the keyboard on the
 * first field to fix, and the whole office can be typed in and saved with Tab, Space and Enter.
 * Its own data directory: the tests need a register that is not set up yet.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { AppFrame, ROLE_CHECKBOX, SetupScreen } from './pages/publish-desk'
import { servedAppPerFile } from './pages/served-app'

test.describe.configure({ mode: 'serial' })

const app = servedAppPerFile()

/** What has the keyboard focus, described for a failure message. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return '(body)'
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : el.closest('label')?.textContent
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(label ?? el.textContent ?? '').trim()}”`
  })
}

/**
 * Presses Tab until `target` has the focus, at most `max` times, and fails if it never does.
 * Every stop on the way must be something a sighted keyboard user can see.
 */
async function tabTo(page: Page, target: Locator, max = 8): Promise<string[]> {
  const stops: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    stops.push(await focused(page))
    const visible = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return true
      const box = el.getBoundingClientRect()
      return box.width > 2 && box.height > 2 && getComputedStyle(el).visibility !== 'hidden'
    })
    expect(visible, `focus went to an element that cannot be seen: ${stops.at(-1) ?? ''}`).toBe(true)
    if (await target.evaluate((el) => el === document.activeElement)) return stops
  }
  throw new Error(`Tab did not reach the target within ${max} presses; it went: ${stops.join(' → ')}`)
}

test('Tab reaches the submit button, Enter sends the empty form, and the keyboard lands on the first field to fix', async ({ page }) => {
  await page.goto(app.url)
  const setup = new SetupScreen(page)
  await expect(setup.heading).toBeVisible()

  const stops = await tabTo(page, setup.submit, 40)
  // The walk starts at the office's name and goes through the people before the submit button.
  expect(stops[0]).toContain('ชื่อหน่วยงาน')
  expect(stops.findIndex((s) => s.includes('ชื่อ-สกุล'))).toBeGreaterThan(stops.findIndex((s) => s.includes('รหัสหนังสือออก')))
  expect(stops.at(-2)).toContain('เพิ่มบุคลากร')
  await page.keyboard.press('Enter')

  await expect(setup.banner).toContainText(/^บันทึกไม่สำเร็จ: ข้อมูลไม่ถูกต้อง: กรุณากรอกชื่อหน่วยงาน \(และอีก \d+ รายการ\)$/)
  const name = setup.field('ชื่อหน่วยงาน')
  await expect(name).toBeFocused()
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  // The message is tied to its field (a warning sign may precede it, drawn by the stylesheet).
  await expect(name).toHaveAccessibleDescription(/^(⚠ )?กรุณากรอกชื่อหน่วยงาน$/)
  await expect(setup.person(1).getByLabel(/^ชื่อ-สกุล/)).toHaveAccessibleDescription(/^(⚠ )?กรุณากรอกชื่อ-สกุล$/)
  // Nothing was saved: the setup form is still what the app shows.
  await page.reload()
  await expect(setup.heading).toBeVisible()
})

test('the office and its webmaster can be typed in and saved with the keyboard alone', async ({ page }) => {
  await page.goto(app.url)
  const setup = new SetupScreen(page)
  await expect(setup.heading).toBeVisible()
  const type = async (target: Locator, text: string, max?: number) => {
    await tabTo(page, target, max)
    await page.keyboard.type(text)
  }

  await type(setup.field('ชื่อหน่วยงาน'), 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง', 1)
  await type(setup.field('ชื่อย่อ'), 'สสอ.ศรีบุญเรือง', 1)
  await type(setup.field('อำเภอ'), 'ศรีบุญเรือง', 1)
  await type(setup.field('จังหวัด'), 'หนองบัวลำภู', 1)
  // Past the parent agency and the ส่วนราชการ line (filled in from the three above).
  await type(setup.field('รหัสหนังสือออก'), 'นภ ๐๓๓๒', 3)
  const row = setup.person(1)
  await type(row.getByLabel(/^คำนำหน้า/), 'นาย')
  await type(row.getByLabel(/^ชื่อ-สกุล/), 'นพกร กุลสา', 1)
  await type(row.getByLabel(/^ตำแหน่ง/), 'พนักงานเครื่องคอมพิวเตอร์', 1)
  // Webmaster is ticked already for the first person; Space ticks "requester" too.
  await expect(row.getByRole('checkbox', { name: ROLE_CHECKBOX.webmaster })).toBeChecked()
  await tabTo(page, row.getByRole('checkbox', { name: ROLE_CHECKBOX.requester }), 1)
  await page.keyboard.press('Space')
  await expect(row.getByRole('checkbox', { name: ROLE_CHECKBOX.requester })).toBeChecked()
  await tabTo(page, setup.submit, 5)
  await page.keyboard.press('Enter')

  // Saved: the app opens on its first screen, the dashboard.
  await expect(page.getByRole('heading', { level: 1, name: 'ภาพรวม' })).toBeVisible()
  const frame = new AppFrame(page)
  await expect(frame.operator.locator('option:checked')).toHaveText('นายนพกร กุลสา')
  // What was typed went into the fields it was meant for.
  await frame.go('ตั้งค่า')
  await expect(page.getByLabel(/^ชื่อหน่วยงาน/)).toHaveValue('สำนักงานสาธารณสุขอำเภอศรีบุญเรือง')
  await expect(page.getByLabel(/^ชื่อย่อ/)).toHaveValue('สสอ.ศรีบุญเรือง')
  await expect(page.getByLabel(/^อำเภอ/)).toHaveValue('ศรีบุญเรือง')
  await expect(page.getByLabel(/^จังหวัด/)).toHaveValue('หนองบัวลำภู')
  await expect(page.getByLabel(/^รหัสหนังสือออก/)).toHaveValue('นภ ๐๓๓๒')
  await expect(page.getByLabel(/^ข้อความช่อง “ส่วนราชการ”/)).toHaveValue('สำนักงานสาธารณสุขอำเภอศรีบุญเรือง อ. ศรีบุญเรือง จ. หนองบัวลำภู')
})
