import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { safeHttpUrl, text } from './html'
import { groupItems, renderSiteIndex, SITE_INDEX_CSS } from './render'
import type { SiteIndexItem, SiteIndexPage } from './types'

const CAT_1_1 = { code: '1.1', name: 'ข้อมูลหน่วยงาน', sortOrder: 1 }
const CAT_1_8 = { code: '1.8', name: 'ข่าวประชาสัมพันธ์', sortOrder: 8 }
const CAT_1_10 = { code: '1.10', name: 'สถิติการเข้าใช้และความพึงพอใจต่อเว็บไซต์', sortOrder: 8 }
const MOIT1 = { code: 'MOIT 1', title: 'หน่วยงานมีการกำหนดมาตรการ และวางระบบการเผยแพร่ข้อมูล', sortOrder: 1 }
const MOIT2 = { code: 'MOIT 2', title: 'หน่วยงานมีการเปิดเผยข้อมูลข่าวสารที่เป็นปัจจุบัน', sortOrder: 2 }
const MOIT10 = { code: 'MOIT 10', title: 'หน่วยงานมีแนวทางปฏิบัติการจัดการเรื่องร้องเรียน', sortOrder: 10 }

let nextId = 1
function item(overrides: Partial<SiteIndexItem> = {}): SiteIndexItem {
  const id = nextId++
  return {
    publishedFileId: id,
    requestId: id,
    title: `เรื่องที่ ${id}`,
    ownerUnit: 'งานข้อมูลและสารสนเทศ',
    periodStart: '2025-10-01',
    periodEnd: '2025-12-31',
    publishedAt: '2026-01-15T03:00:00.000Z',
    fileName: `ไฟล์-${id}.pdf`,
    kind: 'pdf',
    sizeBytes: 1_258_291,
    url: `https://sso.example.go.th/ita/2569/MOIT%201/file-${id}.pdf`,
    category: CAT_1_1,
    indicators: [MOIT1],
    ...overrides
  }
}

function page(items: SiteIndexItem[], overrides: Partial<SiteIndexPage> = {}): SiteIndexPage {
  return { fiscalYear: 2569, officeName: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง', generatedAt: '2026-01-15T03:30:00.000Z', thaiDigits: true, items, ...overrides }
}

const HOSTILE = '<script>alert("x")</script> & \'quoted\' <img src=x onerror=alert(1)>'

describe('renderSiteIndex', () => {
  it('escapes a <script> in the title, the owning unit and the file name', () => {
    const html = renderSiteIndex(page([item({ title: HOSTILE, ownerUnit: `งาน ${HOSTILE}`, fileName: `${HOSTILE}.pdf` })]))
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/<[^>]*\sonerror\s*=/i)
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &lt;img src=x onerror=alert(1)&gt;'
    expect(html).toContain(`<th role="rowheader" scope="row">${escaped}</th>`)
    expect(html).toContain(`>งาน ${escaped}</td>`)
    expect(html).toContain(`${escaped}.pdf<span class="vh">`)
  })

  it('escapes the office name and the URL inside the href attribute', () => {
    const html = renderSiteIndex(
      page([item({ url: 'https://sso.example.go.th/a"><script>x</script>.pdf?q=1&r=2' })], { officeName: 'สสอ. <b>"ศรีบุญเรือง"</b>' })
    )
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('<p class="office">สสอ. &lt;b&gt;&quot;ศรีบุญเรือง&quot;&lt;/b&gt;</p>')
    // The parser percent-encodes the quote and brackets; the ampersand is escaped for the attribute.
    expect(html).toContain('href="https://sso.example.go.th/a%22%3E%3Cscript%3Ex%3C/script%3E.pdf?q=1&amp;r=2"')
  })

  it('never links an address that is not http(s), nor one carrying a login', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>x</script>', 'ftp://host/a.pdf', '/relative/a.pdf', 'https://user:pw@host/a.pdf', '']) {
      expect(safeHttpUrl(url), url).toBeNull()
      const html = renderSiteIndex(page([item({ url, fileName: 'แผน.pdf' })]))
      expect(html).not.toContain(`href="${text(url)}"`)
      expect(html).toContain('แผน.pdf <span>ไม่มีลิงก์ (ที่อยู่ไฟล์ไม่ใช่ http หรือ https)</span>')
      expect(html).not.toMatch(/javascript:/i)
    }
    expect(safeHttpUrl('https://sso.example.go.th/ita/2569/รายงาน ปี.pdf')).toBe('https://sso.example.go.th/ita/2569/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99%20%E0%B8%9B%E0%B8%B5.pdf')
  })

  it('has no script, no external resource, and links only to its own sections and the items', () => {
    const items = [item(), item({ category: CAT_1_8, indicators: [MOIT2, MOIT1] }), item({ indicators: [] })]
    const html = renderSiteIndex(page(items))
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/\ssrc\s*=/i)
    expect(html).not.toMatch(/<link\b/i)
    expect(html).not.toMatch(/@import|url\(/i)
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] ?? '')
    const allowed = new Set(items.map((i) => i.url))
    for (const href of hrefs) expect(href.startsWith('#') || allowed.has(href), href).toBe(true)
    for (const href of hrefs.filter((h) => h.startsWith('#'))) expect(html).toContain(`id="${href.slice(1)}"`)
  })

  it('is a Thai page with one h1, a viewport, UTF-8, and a policy that allows only its own stylesheet', () => {
    const html = renderSiteIndex(page([item()]))
    expect(html.startsWith('<!doctype html>\n<html lang="th">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(html.match(/<h1[ >]/g)).toHaveLength(1)
    const hash = createHash('sha256').update(SITE_INDEX_CSS).digest('base64')
    expect(html).toContain(`content="default-src &#39;none&#39;; style-src &#39;sha256-${hash}&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;"`)
    expect(html).toContain(`<style>${SITE_INDEX_CSS}</style>`)
    expect(html).toMatch(/<caption>หมวด 1\.1 ข้อมูลหน่วยงาน — MOIT 1: ๑ ไฟล์<\/caption>/)
    expect(html.match(/<th role="columnheader" scope="col">/g)).toHaveLength(7)
  })

  it('groups by category then indicator, in their order, with "no indicator" last and the oldest file first', () => {
    const a = item({ title: 'ก', category: CAT_1_10, indicators: [MOIT10], publishedAt: '2026-02-01T00:00:00Z' })
    const b = item({ title: 'ข', category: CAT_1_8, indicators: [MOIT10, MOIT2], publishedAt: '2026-01-05T00:00:00Z' })
    const c = item({ title: 'ค', category: CAT_1_8, indicators: [], publishedAt: '2026-01-01T00:00:00Z' })
    const d = item({ title: 'ง', category: CAT_1_8, indicators: [MOIT2], publishedAt: '2026-01-02T00:00:00Z' })
    const e = item({ title: 'จ', category: CAT_1_1, indicators: [MOIT1], publishedAt: '2026-03-01T00:00:00Z' })
    const groups = groupItems([a, b, c, d, e])
    // Same sort order (8): by code with numbers compared as numbers, 1.8 before 1.10.
    expect(groups.map((g) => g.category.code)).toEqual(['1.1', '1.8', '1.10'])
    const cat18 = groups[1]
    expect(cat18?.groups.map((g) => g.indicator?.code ?? null)).toEqual(['MOIT 2', 'MOIT 10', null])
    expect(cat18?.groups[0]?.items.map((i) => i.title)).toEqual(['ง', 'ข'])
    expect(cat18?.groups[1]?.items.map((i) => i.title)).toEqual(['ข'])
    expect(cat18?.fileCount).toBe(3)

    const html = renderSiteIndex(page([a, b, c, d, e]))
    const headings = [...html.matchAll(/<h([23]) id="[^"]+">([^<]*)<\/h[23]>/g)].map((m) => `h${m[1]} ${m[2]}`)
    expect(headings).toEqual([
      'h2 หมวดข้อมูล',
      'h2 หมวด 1.1 ข้อมูลหน่วยงาน',
      `h3 MOIT 1 ${MOIT1.title}`,
      'h2 หมวด 1.8 ข่าวประชาสัมพันธ์',
      `h3 MOIT 2 ${MOIT2.title}`,
      `h3 MOIT 10 ${MOIT10.title}`,
      'h3 ไม่ระบุตัวชี้วัด',
      'h2 หมวด 1.10 สถิติการเข้าใช้และความพึงพอใจต่อเว็บไซต์',
      `h3 MOIT 10 ${MOIT10.title}`
    ])
    // Five files, counted once even when listed under two indicators.
    expect(html).toContain('<p>ทั้งหมด ๕ ไฟล์ ใน ๓ หมวด</p>')
    expect(html).toContain('<a href="#cat-2">หมวด 1.8 ข่าวประชาสัมพันธ์ (๓ ไฟล์)</a>')
  })

  it('prints every detail the announcement asks for: owner, period, publication date (BE), type, size', () => {
    const html = renderSiteIndex(page([item({ title: 'รายงานผล', kind: 'docx', sizeBytes: 12_595, publishedAt: '2026-01-14T18:30:00.000Z' })]))
    const row = /<tr role="row"><th role="rowheader" scope="row">รายงานผล<\/th>(.*?)<\/tr>/.exec(html)?.[1] ?? ''
    const cells = [...row.matchAll(/<td role="cell" data-label="([^"]+)">(.*?)<\/td>/g)].map((m) => [m[1], m[2]])
    expect(cells.slice(0, 5)).toEqual([
      ['หน่วยงานเจ้าของข้อมูล', 'งานข้อมูลและสารสนเทศ'],
      ['ช่วงเวลาของข้อมูล', '๑ ตุลาคม ๒๕๖๘ ถึง ๓๑ ธันวาคม ๒๕๖๘'],
      // 18:30 UTC on the 14th is already the 15th in Bangkok.
      ['วันที่เผยแพร่', '๑๕ มกราคม ๒๕๖๙'],
      ['ประเภทไฟล์', 'Word (.docx)'],
      ['ขนาดไฟล์', '๑๒.๓ KB']
    ])
    expect(cells[5]?.[1]).toMatch(/^<a href="https:\/\/[^"]+">ไฟล์-\d+\.pdf<span class="vh"> \(เปิดไฟล์ Word \(\.docx\) ขนาด ๑๒\.๓ KB\)<\/span><\/a>$/)
  })

  it('follows the office digit choice: Arabic digits when it prints Arabic', () => {
    const html = renderSiteIndex(page([item({ sizeBytes: 1_258_291, periodStart: null, periodEnd: '2026-03-31' })], { thaiDigits: false }))
    expect(html).toContain('>1.2 MB</td>')
    expect(html).toContain('>ถึง 31 มีนาคม 2569</td>')
    expect(html).toContain('<h1>รายการข้อมูลที่เผยแพร่ผ่านเว็บไซต์ ปีงบประมาณ 2569</h1>')
    expect(html).toContain('ปรับปรุงรายการล่าสุดเมื่อ 15 มกราคม 2569 เวลา 10:30 น.')
    expect(renderSiteIndex(page([item({ periodStart: null, periodEnd: null, sizeBytes: 800 })]))).toContain('>ไม่ระบุ</td>')
    expect(renderSiteIndex(page([item({ sizeBytes: 800 })]))).toContain('>๘๐๐ ไบต์</td>')
  })

  it('says in Thai that the year has nothing published yet, and still names the minimum browser and PDF reader', () => {
    const html = renderSiteIndex(page([]))
    expect(html).toContain('<p class="empty">ยังไม่มีรายการข้อมูลที่เผยแพร่ในปีงบประมาณ ๒๕๖๙</p>')
    expect(html).not.toContain('<table')
    expect(html).not.toContain('<nav')
    expect(html).toMatch(/<footer>[\s\S]*Chrome[\s\S]*Firefox[\s\S]*Safari[\s\S]*Adobe Acrobat Reader[\s\S]*<\/footer>/)
    expect(html).toContain('ปรับปรุงรายการล่าสุดเมื่อ ๑๕ มกราคม ๒๕๖๙ เวลา ๑๐:๓๐ น.')
  })

  it('drops control characters and lone surrogates from text', () => {
    expect(text('a\u0000b\u0007c\td\ne\ud800f\u{1F600}')).toBe('abc\td\nef\u{1F600}')
  })
})
