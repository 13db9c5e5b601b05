/** Thai substring search and the register's filters, sorting and paging, over a real register. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestQuery, type RequestQuery } from '@shared/domain/schemas'
import type { RequestStatus } from '@shared/domain/request-status'
import {
  buildRequestQuery,
  countSql,
  likeClause,
  likePattern,
  pageIdsSql,
  searchTerms,
  titlePageByWalk
} from '../../src-main/services/requests/request-query'
import { searchWord } from '../../src-main/db/search-grams'
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

/**
 * Every way request-query.ts answers a search — FTS5 alone (terms and facets), FTS5 with the
 * request table checking what has no facet, a title page by walking the title index or by looking
 * every match up — against the same query with each term as a LIKE scan (as the benchmark's
 * baseline does), over a register with every status, several years, quarters and requesters, and
 * categories the facets can and cannot spell.
 */
describe('search with filters and sorts gives what a LIKE scan gives', () => {
  let f: RegisterFixture
  let indicatorId = 0
  const SUBJECTS = [
    'ประกาศผลการจัดซื้อวัสดุสำนักงาน',
    'แผนปฏิบัติการจัดซื้อจัดจ้างประจำปี',
    'คู่มือการจัดการเรื่องร้องเรียนการทุจริต',
    'ประกาศรับสมัครลูกจ้างชั่วคราว',
    'รายงานผลการจัดจ้างซ่อมแซมอาคาร',
    'ภาพกิจกรรมรณรงค์ SCAN ป้องกันไข้เลือดออก'
  ]
  const STATUSES: RequestStatus[] = ['draft', 'submitted', 'approved', 'rejected', 'published', 'withdrawn']
  const CATEGORIES = ['1.8', '1.1', '1.2.3']

  beforeAll(() => {
    f = openFixture()
    const db = f.services.db
    // A category code the facets cannot spell ("a.b" only): its filter goes to the request table.
    db.prepare(`INSERT INTO category (code, name, sort_order) VALUES ('1.2.3', 'หมวดย่อยทดสอบ', 99)`).run()
    const indicator = f.services.catalog.listIndicators(2569)[0]
    if (!indicator) throw new Error('no indicator for 2569')
    indicatorId = indicator.id
    const requesters = [f.ids.assistant, f.ids.head, f.ids.webmaster2]
    const insert = db.prepare(
      `INSERT INTO request (owner_unit, request_date, title, details, requester_id, category_code, fiscal_year, fiscal_quarter,
         publish_until, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    const link = db.prepare('INSERT INTO request_indicator (request_id, indicator_id) VALUES (?, ?)')
    const file = db.prepare(`INSERT INTO attachment (request_id, file_name, sha256, size_bytes, kind, added_at) VALUES (?, ?, ?, 1000, 'pdf', ?)`)
    db.transaction(() => {
      for (let n = 0; n < 72; n++) {
        const date = new Date(Date.UTC(2024, 9, 1 + ((n * 37) % 700))).toISOString().slice(0, 10)
        const fy = date >= '2025-10-01' ? 2569 : 2568
        const month = Number(date.slice(5, 7))
        const quarter = month >= 10 ? 1 : month <= 3 ? 2 : month <= 6 ? 3 : 4
        const subject = SUBJECTS[n % SUBJECTS.length] ?? ''
        const id = Number(
          insert.run(
            n % 5 === 0 ? 'งานพัสดุ' : 'งานบริหารทั่วไป',
            date,
            `${subject} ฉบับที่ ${n % 7}`,
            n % 4 === 0 ? 'ตามเอกสารแนบ รายละเอียดการจัดซื้อ' : '',
            requesters[n % requesters.length],
            CATEGORIES[n % CATEGORIES.length],
            fy,
            quarter,
            n % 3 === 0 ? null : new Date(Date.UTC(2025, 11, 1 + n * 11)).toISOString().slice(0, 10),
            STATUSES[n % STATUSES.length],
            `${date}T03:00:00.000Z`,
            `2026-01-${String((n % 28) + 1).padStart(2, '0')}T03:00:00.000Z`
          ).lastInsertRowid
        )
        if (n % 6 === 1) link.run(id, indicatorId)
        if (n % 2 === 0) file.run(id, n % 4 === 0 ? `scan_คำสั่งแต่งตั้ง_${n}.pdf` : `เอกสารประกอบ_${n}.pdf`, String(n).padStart(64, 'a'), `${date}T03:00:00.000Z`)
      }
    })()
  })
  afterAll(() => f.cleanup())

  const likeReference = (input: RequestQuery) => {
    const q = requestQuery.parse(input)
    const built = buildRequestQuery({ ...q, search: '' }, f.clock.today())
    const params: Record<string, unknown> = { ...built.params, limit: q.limit, offset: q.offset }
    const likes = searchTerms(q.search).map((t, i) => {
      params[`term${i}`] = likePattern(t)
      return likeClause(`@term${i}`)
    })
    const clauses = [built.where.replace(/^WHERE /, ''), ...likes].filter((c) => c.length > 0)
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : ''
    const db = f.services.db
    return {
      total: (db.prepare(countSql(where)).get(params) as { n: number }).n,
      ids: (db.prepare(pageIdsSql(where, built.orderBy)).all(params) as { id: number }[]).map((r) => r.id)
    }
  }
  const viaIndex = (input: RequestQuery) => {
    const page = f.services.requests.query(input)
    return { total: page.total, ids: page.rows.map((r) => r.id) }
  }

  const SEARCHES = ['จัดซื้อ', 'ประกาศ', 'ร้องเรียน', 'แผนปฏิบัติการ', 'จัดจ้าง ประกาศ', 'จัดซื้อ ๑', 'scan', 'คำสั่งแต่ง', 'งานพัสดุ']
  const FILTERS: [string, () => Partial<RequestQuery>][] = [
    ['no filter', () => ({})],
    ['one status', () => ({ statuses: ['published'] })],
    ['two statuses', () => ({ statuses: ['draft', 'approved'] })],
    ['category 1.8', () => ({ categoryCode: '1.8' })],
    ['a category the facets cannot spell', () => ({ categoryCode: '1.2.3' })],
    ['fiscal year', () => ({ fiscalYear: 2569 })],
    ['fiscal year and quarter 1', () => ({ fiscalYear: 2569, quarter: 1 })],
    ['quarter alone', () => ({ quarter: 3 })],
    ['requester', () => ({ requesterId: f.ids.head })],
    ['requester and status', () => ({ requesterId: f.ids.assistant, statuses: ['draft', 'approved'] })],
    ['indicator', () => ({ indicatorId })],
    ['due within 200 days', () => ({ dueWithinDays: 200 })],
    ['date range', () => ({ dateFrom: '2025-03-01', dateTo: '2025-11-30' })],
    ['everything at once', () => ({ statuses: ['published', 'draft', 'submitted'], categoryCode: '1.8', fiscalYear: 2568, requesterId: f.ids.assistant })]
  ]
  const SORTS: Pick<RequestQuery, 'sortBy' | 'sortDir'>[] = [
    { sortBy: 'requestDate', sortDir: 'desc' },
    { sortBy: 'requestDate', sortDir: 'asc' },
    { sortBy: 'title', sortDir: 'asc' },
    { sortBy: 'title', sortDir: 'desc' },
    { sortBy: 'status', sortDir: 'asc' },
    { sortBy: 'updatedAt', sortDir: 'desc' },
    { sortBy: 'publishUntil', sortDir: 'asc' },
    { sortBy: 'id', sortDir: 'desc' }
  ]
  const PAGES = [
    { offset: 0, limit: 50 },
    { offset: 2, limit: 3 },
    { offset: 0, limit: 1 },
    { offset: 9, limit: 2 },
    { offset: 40, limit: 10 }
  ]

  it.each(FILTERS)('%s: every search, sort and page', (_label, filter) => {
    let found = 0
    for (const search of SEARCHES) {
      for (const sort of SORTS) {
        for (const page of PAGES) {
          const input: RequestQuery = { search, ...filter(), ...sort, ...page }
          const expected = likeReference(input)
          expect(viaIndex(input), JSON.stringify(input)).toEqual(expected)
          found += expected.ids.length
        }
      }
    }
    // The cases find something: a suite that compares empty pages proves nothing.
    expect(found).toBeGreaterThan(0)
  })

  it('takes each of the ways to a page on this register', () => {
    const maxId = (f.services.db.prepare('SELECT max(id) AS n FROM request').get() as { n: number }).n
    const titleCases = SEARCHES.flatMap((search) => PAGES.map((page) => ({ total: likeReference({ search, sortBy: 'title', ...page }).total, ...page })))
    const walks = titleCases.filter((c) => c.total > c.offset && titlePageByWalk(c.total, maxId, c.offset, c.limit))
    const lookups = titleCases.filter((c) => c.total > c.offset && !titlePageByWalk(c.total, maxId, c.offset, c.limit))
    expect(walks.length).toBeGreaterThan(0)
    expect(lookups.length).toBeGreaterThan(0)
    // Facets alone, facets with the request table, and no facet at all.
    expect(buildRequestQuery(requestQuery.parse({ search: 'จัดซื้อ', categoryCode: '1.8', statuses: ['published'] })).ftsExact).toBe(true)
    expect(buildRequestQuery(requestQuery.parse({ search: 'จัดซื้อ', categoryCode: '1.2.3' })).ftsExact).toBe(true)
    expect(buildRequestQuery(requestQuery.parse({ search: 'จัดซื้อ ๖๘', categoryCode: '1.8' })).ftsExact).toBe(false)
    expect(buildRequestQuery(requestQuery.parse({ search: 'จัดซื้อ', indicatorId })).ftsExact).toBe(false)
  })

  it('keeps the facets in step as requests move and change', () => {
    const r = f.services.requests
    const before = viaIndex({ search: 'จัดซื้อ', statuses: ['published'], categoryCode: '1.8' })
    const moved = r.create(requestInput(f, { title: 'ประกาศผลการจัดซื้อครุภัณฑ์คอมพิวเตอร์', categoryCode: '1.8', requestDate: '2026-01-10' }))
    const published = { search: 'จัดซื้อ', statuses: ['published' as const], categoryCode: '1.8' }
    expect(viaIndex(published)).toEqual(before)
    r.transition({ id: moved.id, action: 'submit', byId: f.ids.assistant })
    r.transition({ id: moved.id, action: 'approve', byId: f.ids.head })
    r.transition({ id: moved.id, action: 'publish', byId: f.ids.webmaster })
    expect(viaIndex(published)).toEqual(likeReference(published))
    expect(viaIndex(published).ids).toContain(moved.id)
    expect(viaIndex({ ...published, statuses: ['approved'] }).ids).not.toContain(moved.id)
    expect(viaIndex({ search: 'ครุภัณฑ์', fiscalYear: 2569, quarter: 2, requesterId: f.ids.assistant }).ids).toEqual([moved.id])
  })

  it('finds a term spelt like the index’s own words only where a text holds it', () => {
    // The index stores grams and facets as words of [0-9a-z]; a person's term is always spelt
    // through the same encoding, so neither can be mistaken for the other.
    const spelt = searchWord('จัดซื้อ')
    for (const search of ['published', spelt, `จัดซื้อ${spelt}`, 'x x x']) {
      expect(viaIndex({ search })).toEqual(likeReference({ search }))
    }
    expect(viaIndex({ search: spelt }).total).toBe(0)
    const d = f.services.requests.create(requestInput(f, { title: `รหัสพิเศษ ${spelt} published ในหัวข้อ` }))
    expect(viaIndex({ search: spelt })).toEqual({ total: 1, ids: [d.id] })
    expect(viaIndex({ search: 'published', statuses: ['draft'] })).toEqual(likeReference({ search: 'published', statuses: ['draft'] }))
    expect(viaIndex({ search: 'published', statuses: ['draft'] }).ids).toEqual([d.id])
  })
})
