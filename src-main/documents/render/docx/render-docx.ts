/**
 * DocModel → DOCX with the `docx` package, for Word (and LibreOffice) to open, adjust and print.
 *
 * Word takes the model's sizes as they are: they are TH Sarabun New points, and the office's font
 * (TH Sarabun New by default, often TH SarabunIT๙) is named in every font slot of every run and of
 * the default style, with Thai as the language of every run, so Word neither swaps in another font
 * for Thai (the complex-script slot) nor shapes Thai as Arabic (the package's default is ar-SA).
 */
import type { FileChild, Paragraph } from 'docx'
import type { Block, DocModel, ParagraphBlock } from '@shared/documents/model'
import { alignment, cmToTwips, contextFor, ptToHalfPoints, ptToTwips, textRuns, THAI_LANGUAGE, type DocxContext } from './docx-context'
import { imageBlock, pictureStyle } from './image-block'
import { loadDocx } from './load-docx'
import { memoHead } from './memo-head'
import { sectionSetup } from './page-setup'
import { decision, signature, signatureGrid } from './signatures'
import { table } from './table'

export interface RenderDocxOptions {
  /** The office's font as Word knows it. */
  fontFamily?: string
}

export const DEFAULT_DOCX_FONT = 'TH Sarabun New'
const CREATOR = 'Publish Desk'

function paragraph(block: ParagraphBlock, ctx: DocxContext): Paragraph {
  const { Paragraph } = loadDocx()
  const indent = {
    ...(block.firstLineIndentCm ? { firstLine: cmToTwips(block.firstLineIndentCm) } : {}),
    ...(block.indentLeftCm ? { left: cmToTwips(block.indentLeftCm) } : {})
  }
  return new Paragraph({
    alignment: alignment(block.align),
    indent,
    spacing: { before: ptToTwips(block.spaceBeforePt ?? 0), after: ptToTwips(block.spaceAfterPt ?? 0) },
    ...(block.keepWithNext ? { keepNext: true } : {}),
    // Widow and orphan control, as Word's own Normal style has it (the package's default style has
    // none): no lone first or last line of a paragraph at a page break.
    widowControl: true,
    // The paragraph mark takes the size of the first run: an empty line is as tall as its text would be.
    run: { font: ctx.font, size: ptToHalfPoints(block.runs[0]?.sizePt ?? ctx.bodySizePt), language: THAI_LANGUAGE },
    children: block.runs.flatMap((run) => textRuns(ctx, run, ctx.bodySizePt))
  })
}

function blockChildren(block: Block, ctx: DocxContext): FileChild[] {
  const { LineRuleType, Paragraph } = loadDocx()
  switch (block.type) {
    case 'paragraph':
      return [paragraph(block, ctx)]
    case 'memo-head':
      return memoHead(block, ctx)
    case 'signature':
      return signature(block, ctx)
    case 'decision':
      return decision(block, ctx)
    case 'signature-grid':
      return [signatureGrid(block, ctx)]
    case 'table':
      return [table(block, ctx)]
    case 'spacer':
      return block.heightPt > 0 ? [new Paragraph({ spacing: { line: ptToTwips(block.heightPt), lineRule: LineRuleType.EXACT } })] : []
    case 'page-break':
      // An empty 1-pt line that starts the next page: a break inside a paragraph would leave a
      // whole empty body line at the top of the new page.
      return [new Paragraph({ pageBreakBefore: true, spacing: { line: 20, lineRule: LineRuleType.EXACT } })]
    case 'image':
      return [imageBlock(block, ctx)]
  }
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * docProps/core.xml written here rather than by the package, which has no option for the
 * document's language (dc:language).
 */
function coreProperties(title: string, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z')
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${CREATOR}</dc:creator><dc:language>th-TH</dc:language>` +
    `<cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}

export async function renderDocx(model: DocModel, options: RenderDocxOptions = {}): Promise<Buffer> {
  const { Document, LineRuleType, Packer } = loadDocx()
  const font = options.fontFamily?.trim() || DEFAULT_DOCX_FONT
  const ctx = contextFor(model, font)
  const themeFont = { latin: font, complexScript: font, scripts: { Thai: font } }
  // Single line spacing: 240 with the "auto" rule is one line of the font.
  const singleLine = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }
  const doc = new Document({
    title: model.title,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    styles: {
      default: {
        document: {
          run: { font, size: ptToHalfPoints(model.bodySizePt), language: THAI_LANGUAGE },
          paragraph: { spacing: singleLine }
        }
      },
      paragraphStyles: [pictureStyle(font)]
    },
    // Text Word's user types into a theme font later (a new heading, say) stays in the office font.
    theme: { fonts: { headings: themeFont, body: themeFont } },
    sections: [{ ...sectionSetup(model.page, ctx), children: model.blocks.flatMap((block) => blockChildren(block, ctx)) }]
  })
  return Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(model.title, new Date()) }])
}
