/**
 * Units and the one place where runs get their font, size and language, so that no run of the
 * DOCX can leave a font slot or the Thai language unset.
 */
import type { AlignmentType, IRunOptions, TextRun } from 'docx'
import type { Alignment, DocModel, PageSetup, Run } from '@shared/documents/model'
import { loadDocx } from './load-docx'

/** A4 in twentieths of a point (Word's own figures for A4). */
export const A4_TWIPS = { width: 11906, height: 16838 } as const

const TWIPS_PER_CM = 1440 / 2.54
const EMU_PER_CM = 360000

export const cmToTwips = (cm: number): number => Math.round(cm * TWIPS_PER_CM)
export const cmToEmu = (cm: number): number => Math.round(cm * EMU_PER_CM)
export const ptToTwips = (pt: number): number => Math.round(pt * 20)
/** Word sizes are in half-points; the model's points are TH Sarabun New points, which Word uses as they are. */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2)

/**
 * The languages of every run. Thai is a complex script to Word and LibreOffice: its language is
 * the bidi (complex-script) slot, which the package's default style sets to ar-SA — Word would then
 * shape and break Thai with Arabic rules — so it says th-TH. The Latin slot says en-US: tagged Thai,
 * LibreOffice breaks Latin words with Thai rules ("e-m" / "ail").
 */
export const THAI_LANGUAGE = { value: 'en-US', eastAsia: 'th-TH', bidirectional: 'th-TH' } as const

export interface DocxContext {
  font: string
  bodySizePt: number
  page: PageSetup
  /** The width between the left and right margins. */
  textWidthTwips: number
}

export function contextFor(model: DocModel, font: string): DocxContext {
  const { left, right } = model.page.marginsCm
  return { font, bodySizePt: model.bodySizePt, page: model.page, textWidthTwips: A4_TWIPS.width - cmToTwips(left) - cmToTwips(right) }
}

/** The run properties every run carries: `font` fills ascii, hAnsi, eastAsia and cs; `size` writes sz and szCs. */
export function runBase(ctx: DocxContext, sizePt: number): Pick<IRunOptions, 'font' | 'size' | 'language'> {
  return { font: ctx.font, size: ptToHalfPoints(sizePt), language: THAI_LANGUAGE }
}

/** One model run; "\n" inside it becomes a line break (table cells, multi-line captions). */
export function textRuns(ctx: DocxContext, run: Run, fallbackSizePt: number): TextRun[] {
  const { TextRun } = loadDocx()
  const base = {
    ...runBase(ctx, run.sizePt ?? fallbackSizePt),
    // `bold` writes w:b and w:bCs, so Thai text (complex script) is bold too.
    ...(run.bold ? { bold: true } : {}),
    ...(run.color ? { color: run.color.replace(/^#/, '') } : {}),
    ...(run.underline ? { underline: {} } : {})
  }
  return run.text.split('\n').map((text, i) => new TextRun({ ...base, text, ...(i > 0 ? { break: 1 } : {}) }))
}

export function plainRuns(ctx: DocxContext, text: string, sizePt: number, bold = false): TextRun[] {
  return textRuns(ctx, { text, bold }, sizePt)
}

type DocxAlignment = (typeof AlignmentType)[keyof typeof AlignmentType]

/** 'justify' is Thai distributed justification: Word spreads a Thai line between its characters. */
export function alignment(align: Alignment | undefined): DocxAlignment {
  const { AlignmentType } = loadDocx()
  switch (align) {
    case 'center':
      return AlignmentType.CENTER
    case 'right':
      return AlignmentType.RIGHT
    case 'justify':
      return AlignmentType.THAI_DISTRIBUTE
    default:
      return AlignmentType.LEFT
  }
}
