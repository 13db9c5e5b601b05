/**
 * The public index page in a browser (issue 4, item 8): the page the register makes, opened from
 * disk (file://) in Debian's Chromium at a phone's width (360 px) and a desktop's (1280 px).
 * Nothing may stick out sideways, headings go down one level at a time from a single h1, every
 * visible text has at least 4.5:1 contrast against what is really behind it (colours read with
 * getComputedStyle, backgrounds found by walking up the ancestors), the keyboard focus is
 * visible, the table becomes stacked rows on the phone, and the page loads nothing but itself.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { openFixture } from '../helpers/register-fixtures'
import { buildPublishedRegister, HOSTILE_TITLE, insertHostProfile } from '../helpers/site-index-fixtures'

const EXTRA_REQUESTS = 30
let dir = ''
let pageUrl = ''
let listedFiles = 0

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'publish-desk-site-index-'))
  const f = openFixture()
  try {
    const profileId = insertHostProfile(f, { name: 'เว็บไซต์ สสอ.', host: 'ftp.example.go.th', port: 21, username: 'webmaster', isDefault: true })
    const other = insertHostProfile(f, { name: 'โฮสต์สำรอง', host: 'ftp2.example.go.th', port: 21, username: 'webmaster' })
    listedFiles = buildPublishedRegister(f, profileId, other, EXTRA_REQUESTS).listedFiles
    const written = f.services.siteIndex.renderToFile(2569, join(dir, 'index.html'), { profileId })
    expect(written.items).toBe(listedFiles)
  } finally {
    f.cleanup()
  }
  pageUrl = pathToFileURL(join(dir, 'index.html')).href
})

test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function open(page: Page, width: number): Promise<string[]> {
  const requested: string[] = []
  page.on('request', (r) => requested.push(r.url()))
  await page.setViewportSize({ width, height: 800 })
  await page.goto(pageUrl)
  return requested
}

/** Elements whose right edge passes the viewport (visually hidden text and the parked skip link aside). */
async function overflowing(page: Page): Promise<{ scrollWidth: number; innerWidth: number; offenders: string[] }> {
  return page.evaluate(() => {
    const offenders: string[] = []
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('.vh, .skip, thead')) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0) continue
      if (r.right > window.innerWidth + 0.5 || r.left < -0.5) offenders.push(`${el.localName}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}: ${(el.textContent ?? '').slice(0, 40)}`)
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, offenders }
  })
}

/** Every visible text (and the narrow layout's ::before labels) with its contrast ratio against its real background. */
async function contrasts(page: Page): Promise<{ text: string; ratio: number; color: string; background: string }[]> {
  return page.evaluate(() => {
    const parse = (c: string): [number, number, number, number] => {
      const m = /rgba?\(([^)]+)\)/.exec(c)
      if (!m) return [0, 0, 0, 0]
      const [r = 0, g = 0, b = 0, a = 1] = (m[1] ?? '').split(/[ ,/]+/).filter(Boolean).map(Number)
      return [r, g, b, a]
    }
    const over = (top: [number, number, number, number], below: [number, number, number]): [number, number, number] =>
      [0, 1, 2].map((i) => (top[i] ?? 0) * top[3] + (below[i] ?? 0) * (1 - top[3])) as [number, number, number]
    const backgroundOf = (el: Element): [number, number, number] => {
      const layers: [number, number, number, number][] = []
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor)
        if (bg[3] > 0) layers.push(bg)
        if (bg[3] >= 1) break
      }
      // The canvas behind everything is white unless the page says otherwise.
      return layers.reverse().reduce<[number, number, number]>((below, layer) => over(layer, below), [255, 255, 255])
    }
    const luminance = ([r, g, b]: [number, number, number]) => {
      const lin = (v: number) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    const ratio = (a: [number, number, number], b: [number, number, number]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
      return (hi + 0.05) / (lo + 0.05)
    }
    const out: { text: string; ratio: number; color: string; background: string }[] = []
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      return r.width > 1 && r.height > 1 && r.right > 0 && getComputedStyle(el).visibility !== 'hidden'
    }
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
      const before = getComputedStyle(el, '::before')
      const label = before.content && before.content !== 'none' && before.content !== 'normal' && before.content !== '""'
      if ((!own && !label) || !visible(el)) continue
      const bg = backgroundOf(el)
      if (own) {
        const color = parse(getComputedStyle(el).color)
        out.push({ text: (el.textContent ?? '').trim().slice(0, 30), ratio: ratio(over(color, bg), bg), color: getComputedStyle(el).color, background: `rgb(${bg.join(', ')})` })
      }
      if (label) {
        const color = parse(before.color)
        out.push({ text: `::before ${before.content}`, ratio: ratio(over(color, bg), bg), color: before.color, background: `rgb(${bg.join(', ')})` })
      }
    }
    return out
  })
}

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test('nothing overflows sideways and the page loads nothing but itself', async ({ page }) => {
      const requested = await open(page, width)
      const o = await overflowing(page)
      expect(o.offenders).toEqual([])
      expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth)
      expect(requested).toEqual([pageUrl])
      // One more row than files: the procurement file is listed under both of its indicators.
      await expect(page.locator('tbody tr')).toHaveCount(listedFiles + 1)
    })

    test('one h1, headings never skip a level, tables have captions and column headers', async ({ page }) => {
      await open(page, width)
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.localName.slice(1))))
      expect(levels[0]).toBe(1)
      expect(levels.filter((l) => l === 1)).toHaveLength(1)
      for (let i = 1; i < levels.length; i++) expect(levels[i] ?? 0, `heading ${i}`).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1)
      const tables = await page.locator('table').evaluateAll((ts) =>
        ts.map((t) => ({ caption: (t as HTMLTableElement).caption?.textContent ?? '', scoped: t.querySelectorAll('thead th[scope="col"]').length, rowHeaders: t.querySelectorAll('tbody th[scope="row"]').length, rows: t.querySelectorAll('tbody tr').length }))
      )
      expect(tables.length).toBeGreaterThan(5)
      for (const t of tables) {
        expect(t.caption).not.toBe('')
        expect(t.scoped).toBe(7)
        expect(t.rowHeaders).toBe(t.rows)
      }
      await expect(page.getByRole('rowheader', { name: HOSTILE_TITLE })).toHaveCount(1)
    })

    test('every visible text has at least 4.5:1 contrast', async ({ page }) => {
      await open(page, width)
      const measured = await contrasts(page)
      expect(measured.length).toBeGreaterThan(100)
      const low = measured.filter((m) => m.ratio < 4.5)
      expect(low).toEqual([])
    })

    test('the keyboard focus is visible, starting with a skip link to the list', async ({ page }) => {
      await open(page, width)
      await page.keyboard.press('Tab')
      const skip = page.getByRole('link', { name: 'ข้ามไปยังรายการข้อมูล' })
      await expect(skip).toBeFocused()
      const ring = async () =>
        page.evaluate(() => {
          const el = document.activeElement
          if (!el) return null
          const s = getComputedStyle(el)
          const r = el.getBoundingClientRect()
          return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, inView: r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 }
        })
      expect(await ring()).toEqual({ style: 'solid', width: 3, color: 'rgb(180, 83, 9)', inView: true })
      await page.keyboard.press('Enter')
      await expect(page.locator('main')).toBeFocused()
      await page.keyboard.press('Tab')
      await expect(page.locator('nav a').first()).toBeFocused()
      expect((await ring())?.style).toBe('solid')
    })

    test(width < 600 ? 'each row is a stacked card with its labels' : 'the list is a table with a header row', async ({ page }) => {
      await open(page, width)
      const layout = await page.locator('table').first().evaluate((t) => {
        const td = t.querySelector('tbody td')
        const head = t.querySelector('thead tr')
        return {
          display: getComputedStyle(t).display,
          headHeight: head?.getBoundingClientRect().height ?? 0,
          label: td ? getComputedStyle(td, '::before').content : ''
        }
      })
      if (width < 600) {
        expect(layout.display).toBe('block')
        expect(layout.headHeight).toBeLessThanOrEqual(1)
        expect(layout.label).toBe('"หน่วยงานเจ้าของข้อมูล"')
      } else {
        expect(layout.display).toBe('table')
        expect(layout.headHeight).toBeGreaterThan(20)
        expect(layout.label).toBe('none')
      }
    })
  })
}
