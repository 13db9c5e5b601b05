/**
 * Page objects for the end-to-end tests: the screens of Publish Desk as a person finds them, by
 * the Thai labels, roles and headings the UI shows (never by CSS structure where a name exists),
 * so a test fails when what a person would read or press changes.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export interface OfficeEntry {
  name: string
  shortName: string
  district: string
  province: string
  bookPrefix: string
}

export type RoleLabel = 'requester' | 'approver' | 'assistant_head' | 'webmaster'

/** The role checkboxes' labels (src-shared/domain/roles.ts), as the form shows them. */
export const ROLE_CHECKBOX: Record<RoleLabel, string> = {
  requester: 'ผู้ขอเผยแพร่ (ผู้รับผิดชอบการให้ข้อมูล)',
  approver: 'ผู้อนุมัติ (หัวหน้าหน่วยงาน)',
  assistant_head: 'ผู้ช่วยหัวหน้าหน่วยงาน (ผู้พิจารณา)',
  webmaster: 'ผู้ดูแลเว็บไซต์ (Web master)'
}

export interface PersonEntry {
  title: string
  fullName: string
  position: string
  roles: RoleLabel[]
}

/** A required field's label ends in " *": match the label's start. */
function labelled(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
}

export class SetupScreen {
  readonly heading: Locator
  readonly submit: Locator
  readonly addPerson: Locator
  readonly banner: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'ตั้งค่าเริ่มต้นโต๊ะงานเผยแพร่ข้อมูล' })
    this.submit = page.getByRole('button', { name: 'บันทึกและเริ่มใช้งาน' })
    this.addPerson = page.getByRole('button', { name: '+ เพิ่มบุคลากร' })
    this.banner = page.locator('form').getByRole('alert')
  }

  field(label: string): Locator {
    return labelled(this.page.getByRole('region', { name: '๑. ข้อมูลหน่วยงาน' }), label)
  }

  person(n: number): Locator {
    return this.page.getByRole('group', { name: `บุคลากรคนที่ ${n}`, exact: true })
  }

  async fillOffice(o: OfficeEntry): Promise<void> {
    await this.field('ชื่อหน่วยงาน').fill(o.name)
    await this.field('ชื่อย่อ').fill(o.shortName)
    await this.field('อำเภอ').fill(o.district)
    await this.field('จังหวัด').fill(o.province)
    await this.field('รหัสหนังสือออก').fill(o.bookPrefix)
  }

  /** Fills row `n` (1-based); the row must exist. Roles not listed are unticked. */
  async fillPerson(n: number, p: PersonEntry): Promise<void> {
    const row = this.person(n)
    await labelled(row, 'คำนำหน้า').fill(p.title)
    await labelled(row, 'ชื่อ-สกุล').fill(p.fullName)
    await labelled(row, 'ตำแหน่ง').fill(p.position)
    for (const role of Object.keys(ROLE_CHECKBOX) as RoleLabel[]) {
      await row.getByRole('checkbox', { name: ROLE_CHECKBOX[role] }).setChecked(p.roles.includes(role))
    }
  }
}

export class AppFrame {
  readonly nav: Locator
  readonly operator: Locator

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'เมนูหลัก' })
    this.operator = page.getByLabel('ผู้ใช้งาน')
  }

  async go(item: 'ภาพรวม' | 'ทะเบียนคำขอ' | 'คำขอใหม่' | 'ตั้งค่า' | 'บันทึกการใช้งาน'): Promise<void> {
    await this.nav.getByRole('link', { name: item, exact: true }).click()
  }
}

export interface RequestEntry {
  requester: string
  ownerUnit: string
  title: string
  categoryCode: string
}

export interface FileEntry {
  name: string
  mimeType: string
  buffer: Buffer
}

export class RequestEditorScreen {
  readonly heading: Locator
  readonly fileInput: Locator
  readonly files: Locator
  readonly save: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'บันทึกคำขอเผยแพร่ใหม่' })
    // The visually hidden input behind the "เลือกไฟล์" button (the button has the same text, not an aria-label).
    this.fileInput = page.getByLabel('เลือกไฟล์', { exact: true })
    this.files = page.getByRole('region', { name: 'ไฟล์แนบ' })
    this.save = page.getByRole('button', { name: 'บันทึก', exact: true })
  }

  field(label: string): Locator {
    return labelled(this.page, label)
  }

  async fill(r: RequestEntry): Promise<void> {
    await this.field('ผู้ขอเผยแพร่').selectOption({ label: r.requester })
    await this.field('หน่วยงานเจ้าของข้อมูล').fill(r.ownerUnit)
    await this.field('หัวข้อ').fill(r.title)
    await this.field('หมวดหมู่ข้อมูล').selectOption(r.categoryCode)
  }

  async attach(...files: FileEntry[]): Promise<void> {
    await this.fileInput.setInputFiles(files)
  }

  /** The list item of a picked file, by its name. */
  pending(fileName: string): Locator {
    return this.files.getByRole('listitem').filter({ hasText: fileName })
  }
}

export class RequestScreen {
  readonly status: Locator
  readonly title: Locator
  readonly timeline: Locator
  readonly files: Locator
  readonly actions: Locator
  readonly done: Locator

  constructor(readonly page: Page) {
    // The status badge next to the request number: a coloured label with no role of its own.
    this.status = page.locator('.page-head .badge')
    this.title = page.getByRole('heading', { level: 1 })
    this.timeline = page.getByRole('region', { name: 'ประวัติสถานะ' })
    this.files = page.getByRole('region', { name: /^ไฟล์แนบ \(\d+\)$/ })
    this.actions = page.getByRole('region', { name: 'การดำเนินการ' })
    this.done = page.locator('.request-page').getByRole('status').filter({ hasText: 'เรียบร้อยแล้ว' })
  }

  /** Opens an action's form, lets `inspect` check what it asks, confirms it, and waits for the new status. */
  async act(label: string, newStatus: string, inspect?: (form: Locator) => Promise<void>): Promise<void> {
    await this.actions.getByRole('button', { name: label, exact: true }).click()
    const form = this.actions.getByRole('form', { name: label, exact: true })
    await expect(form).toBeVisible()
    if (inspect) await inspect(form)
    await form.getByRole('button', { name: `ยืนยัน${label}` }).click()
    await expect(this.done).toHaveText(`ดำเนินการ “${label}” เรียบร้อยแล้ว`)
    await expect(this.status).toHaveText(newStatus)
  }
}

export class RegisterScreen {
  readonly heading: Locator
  readonly search: Locator
  readonly count: Locator
  readonly grid: Locator
  readonly rows: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'ทะเบียนคำขอเผยแพร่' })
    this.search = page.getByRole('searchbox', { name: 'ค้นหา' })
    this.count = page.locator('.register-count')
    this.grid = page.getByRole('grid', { name: /^รายการคำขอเผยแพร่/ })
    // Data rows only: the header row and the "nothing found" row carry no data-index.
    this.rows = this.grid.locator('[role=row][data-index]')
  }

  /** Searches and waits until the count shows `found` (the box searches after a short pause). */
  async find(text: string, found: number): Promise<void> {
    // The count already on screen may equal the one expected: wait for this search's own answer.
    const answered = this.page.waitForResponse((response) => {
      if (!response.url().endsWith('/api/invoke')) return false
      const body: unknown = response.request().postDataJSON()
      return isQueryFor(body, text.trim())
    })
    await this.search.fill(text)
    await answered
    await expect(this.count).toHaveText(`พบ ${found.toLocaleString('en-US')} รายการ`)
    await expect(this.rows).toHaveCount(found)
  }
}

function isQueryFor(body: unknown, search: string): boolean {
  if (typeof body !== 'object' || body === null) return false
  const { channel, input } = body as { channel?: unknown; input?: unknown }
  return channel === 'requests:query' && typeof input === 'object' && input !== null && (input as { search?: unknown }).search === search
}

/** A document's preview as the print dialog and the report screen draw it (PdfPreview), inside `scope`. */
export class PrintPreview {
  readonly drawnPages: Locator
  readonly pageCount: Locator

  constructor(readonly scope: Locator) {
    this.drawnPages = scope.locator('canvas.pdf-page[data-rendered="true"]')
    this.pageCount = scope.locator('.pdf-pages')
  }

  /** At least one page drawn with ink on it (not a blank canvas), and the page count said in Thai digits. */
  async expectDrawn(): Promise<void> {
    const canvas = this.drawnPages.first()
    await expect(canvas).toBeVisible({ timeout: 30_000 })
    const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data
      if (!data) return 0
      let dark = 0
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++
      return dark
    })
    expect(inked).toBeGreaterThan(1000)
    await expect(this.pageCount).toHaveText(/^เอกสาร [๑-๙][๐-๙]* หน้า$/)
  }
}

/** The first screen after setup (and at the app's address): counts, waits, take-downs, indicators, the MOIT round. */
export class DashboardScreen {
  readonly heading: Locator
  readonly counts: Locator
  readonly waiting: Locator
  readonly takeDown: Locator
  readonly indicators: Locator
  readonly round: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'ภาพรวม' })
    this.counts = page.getByRole('region', { name: 'คำขอตามสถานะ' })
    this.waiting = page.getByRole('region', { name: /^รอพิจารณาอนุมัติ/ })
    this.takeDown = page.getByRole('region', { name: /^ครบกำหนดนำออกจากเว็บไซต์/ })
    this.indicators = page.getByRole('region', { name: /^ตัวชี้วัดปีงบประมาณ/ })
    this.round = page.getByRole('region', { name: 'รอบการประเมิน MOIT ถัดไป' })
  }

  /** The card of a status (its Thai label), a link to the register filtered by it. */
  card(label: string): Locator {
    return this.counts.getByRole('link', { name: new RegExp(`^${label} `) })
  }
}
