/**
 * One description of a printed document, rendered twice: to DOCX (the `docx` package) and to PDF
 * (pdfmake). Builders fill it from the register; renderers only lay it out. Lengths are in
 * centimetres and sizes in official points — the points of TH Sarabun New, the font the
 * regulations name — so a renderer using another font scales them (see pdfFontSize).
 *
 * Every string in a model is final text as printed: digits already converted to Thai or Arabic
 * per the document's choice, dates already formatted. Renderers never change the wording.
 */

export const DOCUMENT_KINDS = [
  'request-form',
  'memo-approval',
  'memo-website-report',
  'memo-announcement-approval',
  'announcement',
  'memo-quarterly-report',
  'quarterly-log'
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export interface DocModel {
  kind: DocumentKind
  /** File metadata title and the default file name's stem. */
  title: string
  page: PageSetup
  /** Body text size in official points (16 for TH Sarabun New). */
  bodySizePt: number
  blocks: Block[]
}

export interface PageSetup {
  size: 'A4'
  marginsCm: { top: number; right: number; bottom: number; left: number }
  /** Page numbers on continuation pages only, as "- ๒ -" (Thai digits) or "- 2 -", top centre. */
  pageNumbers: 'none' | 'continuation'
  thaiDigits: boolean
}

export type Block =
  | ParagraphBlock
  | MemoHeadBlock
  | SignatureBlock
  | SignatureGridBlock
  | DecisionBlock
  | TableBlock
  | SpacerBlock
  | PageBreakBlock
  | ImageBlock

export interface Run {
  text: string
  bold?: boolean
  /** Official points; the block's or the body's size when absent. */
  sizePt?: number
  /** #RRGGBB: the red of an urgency stamp. */
  color?: string
  underline?: boolean
}

export type Alignment = 'left' | 'center' | 'right' | 'justify'

export interface ParagraphBlock {
  type: 'paragraph'
  runs: Run[]
  /** 'justify' is Thai distributed justification (THAI_DISTRIBUTE in DOCX). */
  align: Alignment
  firstLineIndentCm?: number
  indentLeftCm?: number
  spaceBeforePt?: number
  spaceAfterPt?: number
  /** Keep on the same page as the next block (a heading before its text). */
  keepWithNext?: boolean
}

/** A label in bold followed by its text on a dotted leader reaching the end of its cell. */
export interface LabeledField {
  label: string
  text: string
  /** Share of the text width this field takes in its row (rows of one field take all of it). */
  widthFraction?: number
}

/**
 * The head of a memo (บันทึกข้อความ): the Garuda at top left, the title, and rows of labeled
 * fields (ส่วนราชการ / ที่ + วันที่ / เรื่อง) with dotted leaders and no rule under them.
 */
export interface MemoHeadBlock {
  type: 'memo-head'
  /** PNG or JPEG bytes of the office's Garuda; null leaves its space empty (pre-printed paper). */
  emblem: Uint8Array | null
  emblemHeightCm: number
  /** Pre-printed paper: neither emblem nor title is printed; their space is kept. */
  preprinted: boolean
  title: string
  titleSizePt: number
  labelSizePt: number
  /** ด่วน / ด่วนมาก / ด่วนที่สุด, stamped in red above the title. */
  urgency: string | null
  rows: LabeledField[][]
}

/** One signature: space to sign, the name in brackets, the position lines; centred in a half. */
export interface SignatureBlock {
  type: 'signature'
  /** Blank lines left for the wet signature. */
  signatureLines: number
  /** Printed as "(name)". */
  name: string
  positionLines: string[]
  /** Where the block's centre line sits. */
  position: 'right-half' | 'left-half' | 'center'
  /** A line above the signature space, e.g. "ลงชื่อ" or a caption; none when absent. */
  caption?: string
  /** A date line under the position, e.g. "วันที่ ........ เดือน ................ พ.ศ. ........". */
  dateLine?: string
}

/** Signatures side by side (the request form's three blocks), `columns` to a row. */
export interface SignatureGridBlock {
  type: 'signature-grid'
  columns: 2 | 3
  items: Omit<SignatureBlock, 'type' | 'position'>[]
}

/** The head's decision under a memo: options to tick, then the head's signature and date. */
export interface DecisionBlock {
  type: 'decision'
  /** e.g. ["ทราบ"], or ["อนุมัติ", "ไม่อนุมัติ"]: each printed with a box to tick. */
  options: string[]
  signer: { name: string; positionLines: string[] }
  signatureLines: number
  dateLine: string
  position: 'right-half' | 'left-half' | 'center'
}

export interface TableColumn {
  header: string
  /** Relative width; the columns share the text width in these proportions. */
  weight: number
  align?: Alignment
}

export interface TableBlock {
  type: 'table'
  columns: TableColumn[]
  /** Each cell is final text; "\n" separates lines inside a cell. */
  rows: string[][]
  /** Repeat the header row on every page. */
  repeatHeader: boolean
  sizePt?: number
}

export interface SpacerBlock {
  type: 'spacer'
  heightPt: number
}

export interface PageBreakBlock {
  type: 'page-break'
}

/**
 * A picture on a line of its own (the announcement's Garuda), drawn `heightCm` high with its width
 * from its own proportions, placed by `align` ('justify' places it as 'left'). A picture that would
 * be wider than the text area is shrunk to its width instead, proportions kept.
 */
export interface ImageBlock {
  type: 'image'
  /** PNG or JPEG bytes; null keeps the space empty (pre-printed paper). */
  bytes: Uint8Array | null
  heightCm: number
  align: Alignment
  spaceAfterPt?: number
  /** What the picture shows, for the DOCX's alternative text ("ภาพ" when absent). */
  altText?: string
}

/** The memo layout of the regulations (domain.md): A4, left 3 cm, right 2 cm. */
export const MEMO_PAGE: Omit<PageSetup, 'thaiDigits'> = {
  size: 'A4',
  // Top 1.5 cm on page one leaves the Garuda about 1.5 cm from the edge; continuation pages
  // carry their page number in that space.
  marginsCm: { top: 1.5, right: 2, bottom: 2, left: 3 },
  pageNumbers: 'continuation'
}

export const MEMO_SIZES = {
  title: 29,
  label: 20,
  body: 16,
  emblemHeightCm: 1.5,
  firstLineIndentCm: 2.5
} as const

/**
 * The announcement (ประกาศ) by the same regulation: the Garuda 3 cm high, centred on the text
 * width, its top about 1.5 cm from the page's top edge.
 */
export const ANNOUNCEMENT_SIZES = {
  body: 16,
  emblemHeightCm: 3,
  /** From the page's top edge to the Garuda's top. */
  emblemTopCm: 1.5,
  /** Between the Garuda and the title "ประกาศ…": the memo's paragraph gap. */
  emblemSpaceAfterPt: 6
} as const

/**
 * The announcement's page is the memo's (left 3 cm, right 2 cm), its top margin where the Garuda,
 * the first block, starts; continuation pages carry their page number in that space.
 */
export const ANNOUNCEMENT_PAGE: Omit<PageSetup, 'thaiDigits'> = {
  size: 'A4',
  marginsCm: { top: ANNOUNCEMENT_SIZES.emblemTopCm, right: 2, bottom: 2, left: 3 },
  pageNumbers: 'continuation'
}
