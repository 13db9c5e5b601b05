/**
 * The public index page: one static HTML file per fiscal year listing every published file,
 * grouped by category and then MOIT indicator. Pure: items in, HTML out, no clock or database.
 *
 * Built to stand alone on any shared host and to meet WCAG 2.1 AA: one h1, an h2 per category
 * and an h3 per indicator, a table per group with a caption and `th scope`, colours chosen for
 * at least 4.5:1 contrast, a visible focus ring, a skip link, and link text naming the file with
 * its type and size. No script, font or stylesheet from anywhere: the CSS is inline and the
 * page's Content-Security-Policy allows that one stylesheet (by its hash) and nothing else, so
 * even an escaping mistake could not run a script. On narrow screens each table row becomes a
 * stacked card with CSS alone; the explicit ARIA roles keep the table's meaning for screen
 * readers that drop it once `display` changes (Safari).
 */
import { createHash } from 'node:crypto'
import { FILE_KIND_LABELS } from '@shared/domain/attachment-rules'
import { formatDigits, formatThaiDate, isIsoDate, todayIso } from '@shared/thai'
import { attr, safeHttpUrl, text } from './html'
import { PAGE } from './site-index-text'
import type { SiteIndexCategory, SiteIndexIndicator, SiteIndexItem, SiteIndexPage } from './types'

/**
 * Colours (on #ffffff unless said): text #1b1f24 (16:1), muted #4a5565 (7.5:1), links #0b4fa3
 * (8:1), visited #5b2a86 (10:1), table head text #1b1f24 on #e8edf4 (14:1), focus ring #b45309
 * (5:1 against white, a non-text contrast well above 3:1).
 */
export const SITE_INDEX_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#ffffff;color:#1b1f24;font-family:"Sarabun","TH Sarabun New","Noto Sans Thai","Noto Sans Thai UI","Leelawadee UI","Leelawadee","Thonburi","Tahoma",sans-serif;font-size:1rem;line-height:1.6}
.page{max-width:75rem;margin:0 auto;padding:1rem}
a{color:#0b4fa3;text-decoration:underline;text-underline-offset:2px}
a:visited{color:#5b2a86}
a:focus{outline:3px solid #b45309;outline-offset:2px}
.skip{position:absolute;left:-10000px;top:0;background:#ffffff;color:#0b4fa3;padding:.5rem 1rem}
.skip:focus{left:1rem;top:1rem;z-index:1}
.vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
header{border-bottom:3px solid #0b4fa3;margin-bottom:1rem;padding-bottom:.5rem}
.office{margin:0;color:#4a5565;font-size:1.05rem}
h1{font-size:1.6rem;line-height:1.3;margin:.25rem 0 .5rem}
h2{font-size:1.35rem;line-height:1.35;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid #c4ccd6}
h3{font-size:1.1rem;line-height:1.4;margin:1.25rem 0 .5rem}
p{margin:.5rem 0}
nav ul{margin:.25rem 0;padding-left:1.25rem}
nav h2{margin-top:1rem}
table{width:100%;border-collapse:collapse;table-layout:fixed;margin:.25rem 0 1rem}
.c-title{width:24%}.c-owner{width:13%}.c-period{width:15%}.c-date{width:11%}.c-type{width:9%}.c-size{width:8%}.c-file{width:20%}
caption{text-align:left;caption-side:top;color:#4a5565;font-size:.95rem;padding:.25rem 0}
th,td{border:1px solid #c4ccd6;padding:.4rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
thead th{background:#e8edf4;color:#1b1f24;font-weight:700}
tbody th{font-weight:600}
footer{margin-top:2.5rem;padding-top:.75rem;border-top:1px solid #c4ccd6;color:#4a5565;font-size:.95rem}
footer p{margin:.35rem 0}
footer b{color:#1b1f24}
@media (max-width:56em){
.page{padding:.75rem}
h1{font-size:1.35rem}
h2{font-size:1.2rem}
h3{font-size:1.05rem}
table,thead,tbody,tr,th,td,caption{display:block;width:auto}
thead tr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
tbody tr{border:1px solid #c4ccd6;border-radius:6px;margin:0 0 .75rem;padding:.5rem .75rem}
tbody th,tbody td{border:0;padding:.15rem 0}
tbody th{font-size:1.05rem;padding-bottom:.35rem}
tbody td{display:grid;grid-template-columns:minmax(6.5em,38%) minmax(0,1fr);gap:.5rem}
tbody td::before{content:attr(data-label);font-weight:700;color:#4a5565}
}
`.trim()

const CSP_HASH = createHash('sha256').update(SITE_INDEX_CSS, 'utf8').digest('base64')

/** Only the inline stylesheet above; no script, font, image, frame or form of any origin. */
const CSP = `default-src 'none'; style-src 'sha256-${CSP_HASH}'; base-uri 'none'; form-action 'none'`

const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

interface Fmt {
  digits: (s: string) => string
  date: (iso: string) => string
  instantDate: (at: string) => string
  dateTime: (at: string) => string
  size: (bytes: number) => string
  count: (n: number) => string
}

function formatters(thaiDigits: boolean): Fmt {
  const digits = (s: string) => formatDigits(s, thaiDigits)
  const date = (iso: string) => (isIsoDate(iso) ? formatThaiDate(iso, { thaiDigits }) : iso)
  const instantDate = (at: string) => {
    if (isIsoDate(at)) return date(at)
    const d = new Date(at)
    return Number.isNaN(d.getTime()) ? at : date(todayIso(d))
  }
  return {
    digits,
    date,
    instantDate,
    dateTime: (at) => {
      const d = new Date(at)
      return Number.isNaN(d.getTime()) ? at : PAGE.dateTime(instantDate(at), digits(timeFormat.format(d)))
    },
    // The units and one decimal of the app's screens ("812 ไบต์", "12.3 KB", "3.4 MB").
    size: (bytes) => {
      if (bytes < 1024) return PAGE.sizeBytes(digits(String(bytes)))
      if (bytes < 1024 * 1024) return `${digits((bytes / 1024).toFixed(1))} KB`
      return `${digits((bytes / 1024 / 1024).toFixed(1))} MB`
    },
    count: (n) => digits(n.toLocaleString('en-US'))
  }
}

const collator = new Intl.Collator('th', { numeric: true })

function byOrder(a: { sortOrder: number; code: string }, b: { sortOrder: number; code: string }): number {
  return a.sortOrder - b.sortOrder || collator.compare(a.code, b.code)
}

function byPublication(a: SiteIndexItem, b: SiteIndexItem): number {
  return a.publishedAt.localeCompare(b.publishedAt) || collator.compare(a.title, b.title) || a.publishedFileId - b.publishedFileId
}

export interface IndicatorGroup {
  /** null: the items whose request names no indicator. */
  indicator: SiteIndexIndicator | null
  items: SiteIndexItem[]
}

export interface CategoryGroup {
  category: SiteIndexCategory
  groups: IndicatorGroup[]
  /** Files in the category (an item under two indicators counts once). */
  fileCount: number
}

/**
 * Categories in their order (sort order, then code: 1.2 before 1.10), each with its indicators in
 * order and "no indicator" last; items oldest publication first. An item whose request names
 * several indicators is listed under each, because the assessor looks under each.
 */
export function groupItems(items: readonly SiteIndexItem[]): CategoryGroup[] {
  const categories = new Map<string, { category: SiteIndexCategory; byIndicator: Map<string, IndicatorGroup>; files: Set<number> }>()
  for (const item of items) {
    let c = categories.get(item.category.code)
    if (!c) {
      c = { category: item.category, byIndicator: new Map(), files: new Set() }
      categories.set(item.category.code, c)
    }
    c.files.add(item.publishedFileId)
    const indicators = item.indicators.length > 0 ? item.indicators : [null]
    for (const indicator of indicators) {
      const key = indicator === null ? '' : `i:${indicator.code}`
      let g = c.byIndicator.get(key)
      if (!g) {
        g = { indicator, items: [] }
        c.byIndicator.set(key, g)
      }
      if (!g.items.includes(item)) g.items.push(item)
    }
  }
  return [...categories.values()]
    .sort((a, b) => byOrder(a.category, b.category))
    .map(({ category, byIndicator, files }) => ({
      category,
      fileCount: files.size,
      groups: [...byIndicator.values()]
        .sort((a, b) => (a.indicator === null ? 1 : b.indicator === null ? -1 : byOrder(a.indicator, b.indicator)))
        .map((g) => ({ indicator: g.indicator, items: [...g.items].sort(byPublication) }))
    }))
}

function period(item: SiteIndexItem, f: Fmt): string {
  const { periodStart: from, periodEnd: to } = item
  if (from && to) return from === to ? f.date(from) : PAGE.periodRange(f.date(from), f.date(to))
  if (from) return PAGE.periodFrom(f.date(from))
  if (to) return PAGE.periodTo(f.date(to))
  return PAGE.periodUnknown
}

const COLUMNS = PAGE.columns

function row(item: SiteIndexItem, f: Fmt): string {
  // The file type column; a kind the table does not name is shown as its own name.
  const type = FILE_KIND_LABELS[item.kind] ?? item.kind.toUpperCase()
  const size = f.size(item.sizeBytes)
  const href = safeHttpUrl(item.url)
  const file = href
    ? `<a href="${attr(href)}">${text(item.fileName)}<span class="vh"> ${text(PAGE.linkPurpose(type, size))}</span></a>`
    : `${text(item.fileName)} <span>${text(PAGE.noSafeLink)}</span>`
  const cell = (label: string, content: string) => `<td role="cell" data-label="${attr(label)}">${content}</td>`
  return [
    '<tr role="row">',
    `<th role="rowheader" scope="row">${text(item.title)}</th>`,
    cell(COLUMNS.owner, text(item.ownerUnit)),
    cell(COLUMNS.period, text(period(item, f))),
    cell(COLUMNS.published, text(f.instantDate(item.publishedAt))),
    cell(COLUMNS.type, text(type)),
    cell(COLUMNS.size, text(size)),
    cell(COLUMNS.file, file),
    '</tr>'
  ].join('')
}

function tableFor(caption: string, items: readonly SiteIndexItem[], f: Fmt): string {
  const head = [COLUMNS.title, COLUMNS.owner, COLUMNS.period, COLUMNS.published, COLUMNS.type, COLUMNS.size, COLUMNS.file]
    .map((h) => `<th role="columnheader" scope="col">${text(h)}</th>`)
    .join('')
  const cols = ['title', 'owner', 'period', 'date', 'type', 'size', 'file'].map((c) => `<col class="c-${c}">`).join('')
  return [
    '<table role="table">',
    `<caption>${text(caption)}</caption>`,
    `<colgroup>${cols}</colgroup>`,
    `<thead role="rowgroup"><tr role="row">${head}</tr></thead>`,
    `<tbody role="rowgroup">${items.map((i) => row(i, f)).join('\n')}</tbody>`,
    '</table>'
  ].join('\n')
}

/** The whole page as one HTML string (UTF-8 when written). */
export function renderSiteIndex(page: SiteIndexPage): string {
  const f = formatters(page.thaiDigits)
  const fy = f.digits(String(page.fiscalYear))
  const categories = groupItems(page.items)
  const fileCount = new Set(page.items.map((i) => i.publishedFileId)).size

  const body: string[] = []
  if (categories.length === 0) {
    body.push(`<p class="empty">${text(PAGE.empty(fy))}</p>`)
  } else {
    const toc = categories
      .map((c, i) => `<li><a href="#cat-${i + 1}">${text(PAGE.tocEntry(PAGE.category(c.category.code, c.category.name), f.count(c.fileCount)))}</a></li>`)
      .join('\n')
    body.push(`<nav aria-labelledby="toc-heading"><h2 id="toc-heading">${text(PAGE.tocHeading)}</h2><ul>\n${toc}\n</ul></nav>`)
    categories.forEach((c, ci) => {
      const categoryName = PAGE.category(c.category.code, c.category.name)
      const sections = c.groups.map((g, gi) => {
        const id = `cat-${ci + 1}-${gi + 1}`
        const heading = g.indicator ? PAGE.indicator(g.indicator.code, g.indicator.title) : PAGE.noIndicator
        const caption = PAGE.caption(categoryName, g.indicator ? g.indicator.code : PAGE.noIndicator, f.count(g.items.length))
        return `<section aria-labelledby="${id}">\n<h3 id="${id}">${text(heading)}</h3>\n${tableFor(caption, g.items, f)}\n</section>`
      })
      body.push(`<section aria-labelledby="cat-${ci + 1}">\n<h2 id="cat-${ci + 1}">${text(categoryName)}</h2>\n${sections.join('\n')}\n</section>`)
    })
  }

  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${attr(CSP)}">
<meta name="generator" content="Publish Desk">
<title>${text(PAGE.title(fy, page.officeName))}</title>
<style>${SITE_INDEX_CSS}</style>
</head>
<body>
<a class="skip" href="#main">${text(PAGE.skipLink)}</a>
<div class="page">
<header>
<p class="office">${text(page.officeName)}</p>
<h1>${text(PAGE.heading(fy))}</h1>
<p>${text(PAGE.intro)}</p>
<p>${text(PAGE.summary(f.count(fileCount), f.count(categories.length)))}</p>
</header>
<main id="main" tabindex="-1">
${body.join('\n')}
</main>
<footer>
<p>${text(PAGE.footerGenerated(f.dateTime(page.generatedAt)))}</p>
<p><b>${text(PAGE.footerBrowserLabel)}</b> ${text(PAGE.footerBrowser)}</p>
<p><b>${text(PAGE.footerReaderLabel)}</b> ${text(PAGE.footerReader)}</p>
</footer>
</div>
</body>
</html>
`
}
