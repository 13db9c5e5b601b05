/** Thai substring search and the register's filters, sorting and paging, over a real register. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RequestQuery } from '@shared/domain/schemas'
import type { RequestStatus } from '@shared/domain/request-status'
import {
  attachment,
  docxBytes,
  jpgBytes,
  openFixture,
  pdfBytes,
  requestInput,
  updateInputFrom,
  type RegisterFixture
} from '../helpers/register-fixtures'

type Key = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G'

describe('search and filters', () => {
  let f: RegisterFixture
  const ids = {} as Record<Key, number>
  const keyOf = (id: number) => (Object.keys(ids) as Key[]).find((k) => ids[k] === id) ?? `#${id}`
  const find = (q: RequestQuery) => f.services.requests.query({ limit: 500, ...q })
  const keys = (q: RequestQuery) => find(q).rows.map((r) => keyOf(r.id)).sort()

  beforeAll(() => {
    f = openFixture()
    const indicator = (code: string) => {
      const i = f.services.catalog.listIndicators(2569).find((x) => x.code === code)
      if (!i) throw new Error(`no ${code}`)
      return i.id
    }
    const r = f.services.requests
    const add = (key: Key, status: RequestStatus, fields: Parameters<typeof requestInput>[1]) => {
      let d = r.create(requestInput(f, { newAttachments: [], externalLink: 'https://sso-sribunrueang.example/doc', ...fields }))
      ids[key] = d.id
      if (status === 'draft') return
      d = r.transition({ id: d.id, action: 'submit', byId: f.ids.assistant })
      if (status === 'submitted') return
      if (status === 'rejected') {
        r.transition({ id: d.id, action: 'reject', byId: f.ids.head, reason: 'ยังไม่ผ่านการตรวจสอบของงานพัสดุ' })
        return
      }
      d = r.transition({ id: d.id, action: 'approve', byId: f.ids.head })
      if (status === 'approved') return
      r.transition({ id: d.id, action: 'publish', byId: f.ids.webmaster })
    }
    add('A', 'published', {
      title: 'ประกาศผลการจัดซื้อวัสดุสำนักงาน ประจำเดือนตุลาคม',
      categoryCode: '1.8',
      requestDate: '2025-10-05',
      ownerUnit: 'งานบริหารทั่วไป',
      indicatorIds: [indicator('MOIT 4')],
      publishUntil: '2026-02-01',
      newAttachments: [attachment('ผลการจัดซื้อ ต.ค. 68.pdf', pdfBytes('A'))]
    })
    add('B', 'approved', {
      title: 'ประกาศรับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานขับรถยนต์',
      categoryCode: '1.8',
      requestDate: '2025-11-20',
      ownerUnit: 'งานบริหารทั่วไป',
      requesterId: f.ids.head,
      newAttachments: [attachment('ใบสมัคร.docx', docxBytes('B'))]
    })
    add('C', 'submitted', {
      title: 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ไตรมาส ๑',
      details: 'สรุปการเบิกจ่ายงบประมาณ ตุลาคม–ธันวาคม',
      categoryCode: '1.1',
      requestDate: '2026-01-10',
      ownerUnit: 'งานแผนงานและงบประมาณ',
      indicatorIds: [indicator('MOIT 3')]
    })
    add('D', 'draft', {
      title: 'คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริต',
      details: 'ขั้นตอนรับเรื่องร้องเรียนและระยะเวลาดำเนินการ',
      categoryCode: '1.6',
      requestDate: '2026-01-12',
      ownerUnit: 'งานนิติการ',
      requesterId: f.ids.webmaster2,
      newAttachments: [attachment('คู่มือร้องเรียน_v2.docx', docxBytes('D'))]
    })
    add('E', 'rejected', {
      title: 'แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ ๒๕๖๙',
      categoryCode: '1.8',
      requestDate: '2025-12-01',
      ownerUnit: 'งานพัสดุ',
      indicatorIds: [indicator('MOIT 6')]
    })
    add('F', 'published', {
      title: 'ข่าวกิจกรรมวันเบาหวานโลก',
      details: 'ผู้เข้าร่วมคัดกรอง 50% ของเป้าหมาย',
      categoryCode: '1.8',
      requestDate: '2025-11-14',
      ownerUnit: 'งานควบคุมโรคไม่ติดต่อ',
      newAttachments: [attachment('ภาพกิจกรรม.jpg', jpgBytes('F'))]
    })
    add('G', 'draft', {
      title: 'Infographic: AND (OR) "quoted" *star*',
      categoryCode: '1.3',
      requestDate: '2026-01-14',
      ownerUnit: 'งานควบคุมโรคติดต่อ'
    })
  })
  afterAll(() => f.cleanup())

  describe('Thai substring search', () => {
    it.each([
      ['a word in titles', 'จัดซื้อ', ['A', 'E']],
      ['three characters from the middle of a word (จั|ดซื|้อ)', 'ดซื', ['A', 'E']],
      ['a phrase found only in the details', 'เบิกจ่าย', ['C']],
      ['a phrase found only in the owning unit', 'นิติการ', ['D']],
      ['an owning unit two requests share', 'งานบริหาร', ['A', 'B']],
      ['a fragment of an attachment name', 'ร้องเรียน_v2', ['D']],
      ['an attachment name fragment of three characters', '_v2', ['D']],
      ['two terms that must both match (AND)', 'ประกาศ จัดซื้อ', ['A']],
      ['a long term and a short one together (FTS + LIKE)', 'ต.ค. 68', ['A']],
      ['one Thai digit, through LIKE', '๑', ['C']],
      ['two characters, through LIKE', 'รถ', ['B']],
      ['two characters of an attachment name, through LIKE', 'v2', ['D']],
      ['a LIKE wildcard taken literally: %', '%', ['F']],
      ['a LIKE wildcard taken literally: _', '_', ['D']],
      ['no match', 'วัคซีน', []]
    ] as const)('%s: “%s”', (_label, search, expected) => {
      expect(keys({ search })).toEqual(expected)
      expect(find({ search }).total).toBe(expected.length)
    })

    it.each([
      ['"', ['G']],
      ['*', ['G']],
      ['(', ['G']],
      ['AND', ['G']],
      ['and', ['G']],
      ['(OR)', ['G']],
      ['"quoted"', ['G']],
      ['*star*', ['G']],
      ['NEAR(', []],
      ['title:ประกาศ', []],
      ['"จัดซื้อ', []],
      ['ประกาศ OR จัดซื้อ', []],
      ['a"b', []],
      ['^ - + : \\', []],
      ["'; DROP TABLE request; --", []]
    ] as const)('query syntax in the search box is plain text: %s', (search, expected) => {
      expect(keys({ search })).toEqual(expected)
    })

    it('still has every request after all those searches', () => {
      expect(find({}).total).toBe(7)
    })
  })

  describe('filters', () => {
    it.each([
      ['status', { statuses: ['published'] }, ['A', 'F']],
      ['several statuses', { statuses: ['draft', 'rejected'] }, ['D', 'E', 'G']],
      ['status and search', { statuses: ['published'], search: 'ประกาศ' }, ['A']],
      ['category', { categoryCode: '1.8' }, ['A', 'B', 'E', 'F']],
      ['category, fiscal year and quarter 1', { categoryCode: '1.8', fiscalYear: 2569, quarter: 1 }, ['A', 'B', 'E', 'F']],
      ['quarter 2', { fiscalYear: 2569, quarter: 2 }, ['C', 'D', 'G']],
      ['another fiscal year', { fiscalYear: 2568 }, []],
      ['requester', { requesterId: 'webmaster2' }, ['D']],
      ['requester and category', { requesterId: 'head', categoryCode: '1.8' }, ['B']],
      ['date range, both ends included', { dateFrom: '2025-11-14', dateTo: '2025-12-01' }, ['B', 'E', 'F']],
      ['date range and search', { dateFrom: '2025-11-01', search: 'จัดซื้อ' }, ['E']],
      ['published items due within 30 days', { dueWithinDays: 30 }, ['A']],
      ['published items due within a year', { dueWithinDays: 365 }, ['A', 'F']]
    ] as const)('%s', (_label, filter, expected) => {
      const q: RequestQuery = { ...filter } as RequestQuery
      if ('requesterId' in filter) q.requesterId = f.ids[filter.requesterId]
      expect(keys(q)).toEqual(expected)
    })

    it('indicator', () => {
      const moit3 = f.services.catalog.listIndicators(2569).find((i) => i.code === 'MOIT 3')
      expect(keys({ indicatorId: moit3?.id ?? 0 })).toEqual(['C'])
      expect(keys({ indicatorId: moit3?.id ?? 0, search: 'งบประมาณ' })).toEqual(['C'])
      expect(keys({ indicatorId: moit3?.id ?? 0, statuses: ['draft'] })).toEqual([])
    })

    it('counts "due" from the register clock’s today', () => {
      const saved = f.clock.now()
      f.clock.set('2026-02-02T03:00:00.000Z')
      expect(keys({ dueWithinDays: 0 })).toEqual(['A'])
      f.clock.set('2026-01-15T03:00:00.000Z')
      expect(keys({ dueWithinDays: 0 })).toEqual([])
      f.clock.set(saved)
    })
  })

  describe('sorting and paging', () => {
    it('sorts by request date both ways, newest first by default', () => {
      const desc = find({}).rows.map((r) => keyOf(r.id))
      expect(desc).toEqual(['G', 'D', 'C', 'E', 'B', 'F', 'A'])
      expect(find({ sortDir: 'asc' }).rows.map((r) => keyOf(r.id))).toEqual([...desc].reverse())
    })

    it('sorts by title and by publish-until, with the id as a stable tie-breaker', () => {
      const byTitle = find({ sortBy: 'title', sortDir: 'asc' }).rows.map((r) => r.title)
      expect(byTitle).toEqual([...byTitle].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      expect(find({ sortBy: 'title', sortDir: 'desc' }).rows.map((r) => r.title)).toEqual([...byTitle].reverse())
      const byId = find({ sortBy: 'id', sortDir: 'asc' }).rows.map((r) => r.id)
      expect(byId).toEqual([...byId].sort((a, b) => a - b))
      const due = find({ sortBy: 'publishUntil', sortDir: 'asc', statuses: ['published'] }).rows.map((r) => [keyOf(r.id), r.publishUntil])
      expect(due).toEqual([
        ['A', '2026-02-01'],
        ['F', '2026-11-14']
      ])
    })

    it('pages with offset and limit, keeping the total', () => {
      const all = find({ sortBy: 'requestDate' }).rows.map((r) => r.id)
      const pages = [0, 3, 6].map((offset) => find({ offset, limit: 3 }))
      expect(pages.map((p) => p.rows.length)).toEqual([3, 3, 1])
      expect(pages.every((p) => p.total === 7)).toBe(true)
      expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(all)
      const filtered = find({ categoryCode: '1.8', offset: 2, limit: 1 })
      expect(filtered.total).toBe(4)
      expect(filtered.rows.map((r) => keyOf(r.id))).toEqual(['F'])
      expect(find({ offset: 50 })).toEqual({ total: 7, rows: [] })
    })

    it('gives the list row what the register shows', () => {
      const [row] = find({ search: 'ร้องเรียน_v2' }).rows
      expect(row).toMatchObject({
        title: 'คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริต',
        ownerUnit: 'งานนิติการ',
        requestDate: '2026-01-12',
        status: 'draft',
        categoryCode: '1.6',
        fiscalYear: 2569,
        requesterName: 'นางสาววรรณา ศรีสุข',
        attachmentCount: 1,
        publishUntil: null
      })
    })
  })
})

describe('search after edits', () => {
  it('finds a request by its new title and new attachment names, and no longer by the old ones', () => {
    const f = openFixture()
    try {
      const r = f.services.requests
      const d = r.create(requestInput(f, { title: 'ประกาศรับสมัครอาสาสมัคร', newAttachments: [attachment('ใบสมัครอาสา.pdf', pdfBytes('x'))] }))
      expect(r.query({ search: 'อาสาสมัคร' }).total).toBe(1)
      const edited = r.update(
        updateInputFrom(d, f.ids.assistant, {
          title: 'ประกาศผลการคัดเลือกพนักงาน',
          newAttachments: [attachment('รายชื่อผู้ผ่านการคัดเลือก.pdf', pdfBytes('y'))],
          removeAttachmentIds: d.attachments.map((a) => a.id)
        })
      )
      expect(edited.attachments.map((a) => a.fileName)).toEqual(['รายชื่อผู้ผ่านการคัดเลือก.pdf'])
      expect(r.query({ search: 'อาสาสมัคร' }).total).toBe(0)
      expect(r.query({ search: 'ใบสมัคร' }).total).toBe(0)
      expect(r.query({ search: 'คัดเลือก' }).rows.map((x) => x.id)).toEqual([d.id])
      expect(r.query({ search: 'ผู้ผ่าน' }).rows.map((x) => x.id)).toEqual([d.id])
    } finally {
      f.cleanup()
    }
  })
})
