/**
 * The section: A4, the model's margins, and "- ๒ -" at the top centre of continuation pages.
 *
 * Page numbers: the first page has its own, empty header (titlePage); the other pages carry a PAGE
 * field in the section's number format. With Thai digits that format is `thaiNumbers`
 * (w:pgNumType w:fmt="thaiNumbers"), which Word prints as ๒, ๓, ... Two other ways were measured
 * with LibreOffice 7.4 and rejected: the field switch `\* ThaiArabic` means Thai digits in Word but
 * LibreOffice reads it as Thai letters (ข, ค, ...: its field import maps ThaiArabic, ThaiLetter and
 * ThaiCardText all to CHARS_THAI), which would print a wrong page number; LibreOffice ignores
 * `thaiNumbers` instead (it is on the TODO list of writerfilter's ConvertNumberingType) and prints
 * "- 2 -", which is at least the right number. A chain of IF fields ({ IF { PAGE } = 2 "๒" … })
 * fails too: LibreOffice drops IF and prints the nested PAGE results. No DOCX encoding reaches
 * LibreOffice's own native (Thai-digit) numbering, so Word's correct form stays;
 * tests/integration/documents/render-docx/page-number-encodings.test.ts holds the measurement.
 */
import type { Header, ISectionOptions } from 'docx'
import type { PageSetup } from '@shared/documents/model'
import { A4_TWIPS, cmToTwips, ptToHalfPoints, ptToTwips, runBase, THAI_LANGUAGE, type DocxContext } from './docx-context'
import { loadDocx } from './load-docx'

/** Space under the page number; with the header at the top margin the text of a continuation page starts about 2.5 cm from the top edge. */
const PAGE_NUMBER_SPACE_AFTER_PT = 6
/** The first page's header is empty and this short, so it never pushes the emblem and title down. */
const EMPTY_HEADER_LINE_TWIPS = 20

function pageNumberHeader(ctx: DocxContext): Header {
  const { AlignmentType, Header, PageNumber, Paragraph, TextRun } = loadDocx()
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: ptToTwips(PAGE_NUMBER_SPACE_AFTER_PT) },
        children: [new TextRun({ ...runBase(ctx, ctx.bodySizePt), children: ['- ', PageNumber.CURRENT, ' -'] })]
      })
    ]
  })
}

function emptyHeader(ctx: DocxContext): Header {
  const { Header, LineRuleType, Paragraph } = loadDocx()
  return new Header({
    children: [
      new Paragraph({
        spacing: { line: EMPTY_HEADER_LINE_TWIPS, lineRule: LineRuleType.EXACT },
        run: { font: ctx.font, size: ptToHalfPoints(1), language: THAI_LANGUAGE }
      })
    ]
  })
}

export function sectionSetup(page: PageSetup, ctx: DocxContext): Omit<ISectionOptions, 'children'> {
  const { NumberFormat, PageOrientation } = loadDocx()
  const m = page.marginsCm
  const continuation = page.pageNumbers === 'continuation'
  return {
    properties: {
      titlePage: continuation,
      page: {
        size: { width: A4_TWIPS.width, height: A4_TWIPS.height, orientation: PageOrientation.PORTRAIT },
        margin: {
          top: cmToTwips(m.top),
          right: cmToTwips(m.right),
          bottom: cmToTwips(m.bottom),
          left: cmToTwips(m.left),
          // The page number sits where the emblem sits on page one: at the top margin.
          header: cmToTwips(m.top),
          footer: cmToTwips(m.bottom / 2),
          gutter: 0
        },
        pageNumbers: { start: 1, formatType: page.thaiDigits ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL }
      }
    },
    ...(continuation ? { headers: { first: emptyHeader(ctx), default: pageNumberHeader(ctx) } } : {})
  }
}
