/**
 * Documents over several pages and the request form, read back with poppler: the expected page
 * count, A4, fonts embedded, the model's text, nothing outside the margins, "- ๒ -" at the top
 * centre of page two (and none on page one), the table header repeated on every page.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { DocModel } from '@shared/documents/model'
import { renderPdf } from '../../../../src-main/documents/render/pdf/render-pdf'
import { sampleLogTable, sampleMemo, sampleRequestForm } from '../../../helpers/sample-doc-models'
import { skipBecause } from '../../electron-shell/skip'
import { havePoppler, type BoxLine } from '../pdf-thai/poppler'
import { CM, MM, PAGE_NUMBER, writePdf } from './pdf-probe'
import { expectA4, expectFontsEmbedded, expectTextMatches, expectWithinMargins, findLine, lineText } from './readback'

const poppler = havePoppler()

interface Case {
  name: string
  model: DocModel
  pages: number
  /** The header row, when repeated on each page. */
  header?: string
  file: string
  lines: BoxLine[]
}

const log = sampleLogTable(120)
const cases: Case[] = [
  { name: 'memo-long', model: sampleMemo({ extraParagraphs: 25 }), pages: 4, file: '', lines: [] },
  { name: 'request-form', model: sampleRequestForm(), pages: 1, file: '', lines: [] },
  { name: 'log-120', model: log, pages: 9, header: 'วัน เดือน ปี เรื่อง เอกสารแนบ หมายเหตุ', file: '', lines: [] }
]

beforeAll(async () => {
  for (const c of cases) {
    c.file = writePdf(c.name, await renderPdf(c.model))
    if (poppler) c.lines = expectWithinMargins(c.file, c.model)
  }
}, 60_000)

beforeEach((ctx) => {
  if (!poppler) skipBecause(ctx, 'poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed; .ci/run installs it')
})

describe.each(cases)('$name as PDF', (c) => {
  it('has the expected number of A4 pages, its metadata, every font embedded', () => {
    expectA4(c.file, c.pages, c.model.title)
    expectFontsEmbedded(c.file, 'Sarabun')
  })

  it('reads back as the model text', () => {
    expectTextMatches(c.file, c.model, c.header)
  })

  it('numbers continuation pages "- ๒ -" … at the top centre, page one not', () => {
    // pdftotext's words split "- ๒ -" by the gaps it sees ("- ๒-"): compare without spaces.
    const squeezed = (line: BoxLine) => lineText(line).replace(/\s/g, '')
    const numbers = c.lines.filter((line) => PAGE_NUMBER.test(lineText(line)))
    if (c.model.page.pageNumbers === 'none') {
      expect(numbers).toEqual([])
      return
    }
    const thai = ['๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙']
    expect(numbers.map((line) => [line.page, squeezed(line)])).toEqual(
      Array.from({ length: c.pages - 1 }, (_, i) => [i + 2, `-${thai[i]}-`])
    )
    const left = c.model.page.marginsCm.left * CM
    const width = 595.28 - left - c.model.page.marginsCm.right * CM
    for (const line of numbers) {
      expect(Math.abs((line.xMin + line.xMax) / 2 - (left + width / 2))).toBeLessThan(MM)
      // Above every other line of its page, inside the top margin.
      const others = c.lines.filter((l) => l.page === line.page && l !== line)
      expect(line.yMin).toBeLessThan(Math.min(...others.map((l) => l.yMin)))
      expect(line.yMin).toBeLessThan(c.model.page.marginsCm.top * CM)
    }
  })
})

describe('the quarterly log table', () => {
  it('repeats its header on top of every page and keeps each row on one page', () => {
    const c = cases[2]!
    for (let page = 1; page <= c.pages; page++) expect(findLine(c.lines, page, 'วัน เดือน ปี').page).toBe(page)
    // A row's date wraps to two lines ("๑ สิงหาคม" / "๒๕๖๔"); both halves are on the same page.
    for (let page = 1; page <= c.pages; page++) {
      const pageLines = c.lines.filter((l) => l.page === page).map(lineText)
      const dates = pageLines.filter((text) => / สิงหาคม$/.test(text)).length
      const years = pageLines.filter((text) => text === '๒๕๖๔').length
      expect(dates, `page ${page}`).toBe(years)
    }
  })
})
