/**
 * The public index page from a real register (issue 4, items 8–10): the files of the year's
 * published requests and nothing else, the HTML parsed by Chromium (a real parser: what a browser
 * builds from the page is what is checked, including that hostile titles stay text), the file
 * written atomically, and the page put on a real pure-ftpd (TLS required) and read back, again
 * after a take-down, with concurrent refreshes coalesced.
 */
import { chromium, type Browser } from '@playwright/test'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditEntry } from '@shared/domain/records'
import { connect } from '../../../src-main/services/publishing/ftps'
import { startFtpsServer, type FtpsServer } from '../../helpers/ftps-server'
import { openFixture, type RegisterFixture } from '../../helpers/register-fixtures'
import { buildPublishedRegister, HOSTILE_FILE, HOSTILE_OWNER, HOSTILE_TITLE, insertHostProfile, PUBLIC_BASE, type PublishedRegister } from '../../helpers/site-index-fixtures'
import { profileFor, remoteSha256Of, sha256 } from './ftps-fixtures'

const FY = 2569

let f: RegisterFixture
let reg: PublishedRegister
let browser: Browser

beforeAll(async () => {
  f = openFixture()
  const profileId = insertHostProfile(f, { name: 'เว็บไซต์ สสอ.', host: 'ftp.example.go.th', port: 21, username: 'webmaster', isDefault: true })
  const otherProfileId = insertHostProfile(f, { name: 'โฮสต์สำรอง', host: 'ftp2.example.go.th', port: 21, username: 'webmaster', publicBaseUrl: 'https://backup.example.go.th' })
  reg = buildPublishedRegister(f, profileId, otherProfileId)
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  f?.cleanup()
})

interface ParsedPage {
  lang: string
  charset: string | null
  viewport: string | null
  scripts: number
  withSrc: number
  headings: string[]
  tables: { caption: string; colHeaders: number; scopedCols: number; rows: { title: string; cells: string[]; href: string | null; linkText: string }[] }[]
  elementCounts: Record<string, number>
  empty: string | null
  footer: string
  external: string[]
}

/** Builds the DOM in Chromium and reads back what a browser made of the page. */
async function parse(html: string): Promise<ParsedPage> {
  const page = await browser.newPage()
  try {
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.setContent(html, { waitUntil: 'load' })
    const parsed = await page.evaluate(() => {
      const counts: Record<string, number> = {}
      for (const el of Array.from(document.querySelectorAll('*'))) counts[el.localName] = (counts[el.localName] ?? 0) + 1
      return {
        lang: document.documentElement.lang,
        charset: document.querySelector('meta[charset]')?.getAttribute('charset') ?? null,
        viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? null,
        scripts: document.scripts.length,
        withSrc: document.querySelectorAll('[src]').length,
        headings: Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map((h) => `${h.localName} ${h.textContent ?? ''}`),
        tables: Array.from(document.querySelectorAll('table')).map((t) => ({
          caption: t.caption?.textContent ?? '',
          colHeaders: t.querySelectorAll('thead th').length,
          scopedCols: t.querySelectorAll('thead th[scope="col"]').length,
          rows: Array.from(t.tBodies[0]?.rows ?? []).map((r) => {
            const link = r.querySelector('a')
            return {
              title: r.querySelector('th[scope="row"]')?.textContent ?? '',
              cells: Array.from(r.cells).slice(1, 6).map((c) => c.textContent ?? ''),
              href: link?.getAttribute('href') ?? null,
              linkText: link?.textContent ?? ''
            }
          })
        })),
        elementCounts: counts,
        empty: document.querySelector('.empty')?.textContent ?? null,
        footer: document.querySelector('footer')?.textContent ?? ''
      }
    })
    return { ...parsed, external: requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:')) }
  } finally {
    await page.close()
  }
}

/** Start tags in the source, per element name: equal to the DOM's counts when nothing was mis-nested or injected. */
function sourceTagCounts(html: string, names: string[]): Record<string, number> {
  return Object.fromEntries(names.map((n) => [n, (html.match(new RegExp(`<${n}[\\s>]`, 'g')) ?? []).length]))
}

describe('site index from a real register', () => {
  it('lists exactly the live files of the year on the profile, grouped and ordered, hostile text kept as text', async () => {
    const { html, items } = f.services.siteIndex.render(FY, { profileId: reg.profileId })
    expect(items).toBe(reg.listedFiles)
    const p = await parse(html)
    expect([p.lang, p.charset, p.viewport]).toEqual(['th', 'utf-8', 'width=device-width, initial-scale=1'])
    expect(p.scripts).toBe(0)
    expect(p.withSrc).toBe(0)
    expect(p.external).toEqual([])
    expect(p.headings).toEqual([
      'h1 รายการข้อมูลที่เผยแพร่ผ่านเว็บไซต์ ปีงบประมาณ ๒๕๖๙',
      'h2 หมวดข้อมูล',
      'h2 หมวด 1.1 ข้อมูลหน่วยงาน',
      'h3 MOIT 1 หน่วยงานมีการกำหนดมาตรการ และวางระบบการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน',
      'h2 หมวด 1.8 ข่าวประชาสัมพันธ์',
      'h3 MOIT 4 หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างและเผยแพร่ผลการจัดซื้อจัดจ้าง',
      'h3 MOIT 6 หน่วยงานมีการเผยแพร่แผนการจัดซื้อจัดจ้างและผลการดำเนินงาน',
      'h3 ไม่ระบุตัวชี้วัด'
    ])
    const rows = p.tables.flatMap((t) => t.rows)
    expect(rows.map((r) => r.title)).toEqual(reg.listedTitles)
    for (const gone of reg.unlistedTitles) expect(html).not.toContain(gone)
    for (const t of p.tables) {
      expect(t.caption).toMatch(/^หมวด 1\.(1|8) .+ — .+: [๐-๙]+ ไฟล์$/)
      expect([t.colHeaders, t.scopedCols]).toEqual([7, 7])
    }
    // The hostile texts are text in the DOM: no element was made from them.
    const hostile = rows.find((r) => r.title === HOSTILE_TITLE)
    expect(hostile?.cells[0]).toBe(HOSTILE_OWNER)
    expect(hostile?.linkText.startsWith(HOSTILE_FILE)).toBe(true)
    const names = ['html', 'head', 'body', 'h1', 'h2', 'h3', 'table', 'caption', 'tr', 'th', 'td', 'a', 'span', 'section', 'b', 'img', 'script', 'p']
    const dom = Object.fromEntries(names.map((n) => [n, p.elementCounts[n] ?? 0]))
    expect(dom).toEqual(sourceTagCounts(html, names))
    expect([dom.h1, dom.img, dom.script, dom.b]).toEqual([1, 0, 0, 2])
    // Details of one row, read as a browser shows them.
    const first = rows[0]
    expect(first?.cells).toEqual(['งานข้อมูลและสารสนเทศ', '๑ ตุลาคม ๒๕๖๘ ถึง ๓๐ กันยายน ๒๕๖๙', '๓ มกราคม ๒๕๖๙', 'PDF', first?.cells[4]])
    expect(first?.cells[4]).toMatch(/^[๐-๙]+ ไบต์$/)
    expect(first?.href).toMatch(new RegExp(`^${PUBLIC_BASE.replace(/\./g, '\\.')}/ita/2569/req\\d+-a\\d+\\.pdf$`))
    expect(first?.linkText).toMatch(/^มาตรการเผยแพร่ข้อมูล ๒๕๖๙\.pdf \(เปิดไฟล์ PDF ขนาด [๐-๙]+ ไบต์\)$/)
    expect(p.footer).toContain('Chrome')
    expect(p.footer).toContain('Adobe Acrobat Reader')
    expect(p.footer).toContain('ปรับปรุงรายการล่าสุดเมื่อ ๑๕ มกราคม ๒๕๖๙ เวลา ๑๐:๐๐ น.')
  })

  it('lists every host without a profile, and says in Thai when a year has nothing', async () => {
    const all = f.services.siteIndex.render(FY)
    expect(all.items).toBe(reg.listedFiles + 1)
    expect(all.html).toContain('ไฟล์บนโฮสต์อื่น')
    const empty = await parse(f.services.siteIndex.render(2570).html)
    expect(empty.empty).toBe('ยังไม่มีรายการข้อมูลที่เผยแพร่ในปีงบประมาณ ๒๕๗๐')
    expect(empty.tables).toEqual([])
    expect(() => f.services.siteIndex.render(69)).toThrow(/ปีงบประมาณ “69” ไม่ถูกต้อง/)
  })

  it('writes the page to a file in one step, replacing the old one', () => {
    const out = join(f.dir, 'index-2569.html')
    writeFileSync(out, 'old')
    const written = f.services.siteIndex.renderToFile(FY, out, { profileId: reg.profileId })
    expect(written).toMatchObject({ path: out, fiscalYear: FY, items: reg.listedFiles })
    expect(readFileSync(out, 'utf8')).toBe(f.services.siteIndex.render(FY, { profileId: reg.profileId }).html)
    expect(readdirSync(f.dir).filter((n) => n.includes('index-2569'))).toEqual(['index-2569.html'])
    expect(() => f.services.siteIndex.renderToFile(FY, join(f.dir, 'no-such-folder', 'x.html'))).toThrow(/ไม่พบโฟลเดอร์/)
  })
})

describe('site index on a real FTPS server', () => {
  let server: FtpsServer
  let profileId: number

  beforeAll(async () => {
    server = await startFtpsServer()
    profileId = insertHostProfile(f, { name: 'pure-ftpd ทดสอบ', host: server.host, port: server.port, username: server.user, remoteRoot: '/public_html', caPem: server.caPem() })
    // The same register's files, recorded as on this host too.
    f.services.db
      .prepare(
        `INSERT INTO published_file (request_id, attachment_id, profile_id, remote_path, public_url, sha256, size_bytes, published_at, published_by)
         SELECT request_id, attachment_id, ?, remote_path, public_url, sha256, size_bytes, published_at, published_by FROM published_file WHERE profile_id = ? AND removed_at IS NULL`
      )
      .run(profileId, reg.profileId)
  }, 60_000)

  afterAll(async () => {
    await server?.stop()
  })

  const audits = (): AuditEntry[] => f.services.audit.list({ limit: 1000 }).filter((e) => e.action === 'site-index.publish')

  it('uploads the page to {root}/ita/{fy}/index.html atomically, reads back the same bytes, and records it', async () => {
    const before = audits().length
    const published = await f.services.siteIndex.publish(FY, profileId, server.password, { actorId: f.ids.webmaster })
    expect(published).toMatchObject({
      fiscalYear: FY,
      profileId,
      remotePath: '/public_html/ita/2569/index.html',
      publicUrl: `${PUBLIC_BASE}/ita/2569/index.html`,
      items: reg.listedFiles
    })
    const expected = f.services.siteIndex.render(FY, { profileId }).html
    const onDisk = readFileSync(join(server.root, 'public_html', 'ita', '2569', 'index.html'))
    expect(onDisk.toString('utf8')).toBe(expected)
    expect(published.sha256).toBe(sha256(onDisk))
    const { client } = await connect(profileFor(server), server.password, { caPem: server.caPem() })
    try {
      expect(await remoteSha256Of(client, published.remotePath)).toBe(sha256(Buffer.from(expected, 'utf8')))
    } finally {
      client.close()
    }
    expect(readdirSync(join(server.root, 'public_html', 'ita', '2569'))).toEqual(['index.html'])
    const entries = audits()
    expect(entries).toHaveLength(before + 1)
    expect(entries[0]).toMatchObject({ actorId: f.ids.webmaster, entity: 'site-index', entityId: '2569' })
  })

  it('replaces the page after a take-down; refreshes asked for together make one upload', async () => {
    const target = f.services.db.prepare<[number], { id: number }>(
      `SELECT pf.id FROM published_file pf JOIN request r ON r.id = pf.request_id WHERE pf.profile_id = ? AND r.title LIKE 'ประกาศผลการจัดซื้อจัดจ้าง%'`
    ).get(profileId)
    f.services.db.prepare(`UPDATE published_file SET removed_at = ?, removed_by = ?, removal = 'deleted' WHERE id = ?`).run(f.clock.now(), f.ids.webmaster, target?.id ?? 0)
    f.clock.advance({ minutes: 5 })
    const before = audits().length
    const results = await Promise.all([1, 2, 3, 4].map(() => f.services.siteIndex.refresh(FY, profileId, server.password)))
    for (const r of results) expect(r.ok, JSON.stringify(r)).toBe(true)
    // Asked for before the run started: they share it (the queue finishing four requests at once).
    expect(audits().length - before).toBe(1)
    const page = readFileSync(join(server.root, 'public_html', 'ita', '2569', 'index.html'), 'utf8')
    expect(page).toBe(f.services.siteIndex.render(FY, { profileId }).html)
    expect(page).not.toContain('ประกาศผลการจัดซื้อจัดจ้าง')
    expect(page).toContain('เวลา ๑๐:๐๕ น.')
    expect(readdirSync(join(server.root, 'public_html', 'ita', '2569'))).toEqual(['index.html'])
  })

  it('refresh does not throw: a wrong profile or password comes back as a Thai message', async () => {
    const missing = await f.services.siteIndex.refresh(FY, 9999, server.password)
    expect(missing.ok).toBe(false)
    if (!missing.ok) expect(missing.error.code).toBe('not-found')
    const refused = await f.services.siteIndex.refresh(FY, profileId, 'not-the-password')
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message).toMatch(/^เข้าสู่ระบบ FTP ไม่สำเร็จ/)
  }, 40_000)
})
