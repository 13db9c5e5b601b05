/**
 * What the public index page is made from: one item per published file, with the details the
 * office's announcement (2.1.3) asks a published document to show — source/owner, the period the
 * information covers, publication date, file type and size — and the groups the ITA assessor
 * looks under (category, MOIT indicator).
 */

export interface SiteIndexCategory {
  code: string
  name: string
  sortOrder: number
}

export interface SiteIndexIndicator {
  code: string
  title: string
  sortOrder: number
}

export interface SiteIndexItem {
  /** published_file.id: one row of the page per file on the host. */
  publishedFileId: number
  requestId: number
  title: string
  /** หน่วยงานเจ้าของข้อมูล */
  ownerUnit: string
  /** The period the information covers (ISO dates); either may be unknown. */
  periodStart: string | null
  periodEnd: string | null
  /** When the file went onto the host (ISO date-time, UTC). */
  publishedAt: string
  /** The attachment's own name, as the owner named it (the host may hold an ASCII name). */
  fileName: string
  /** The type found in the content: pdf, docx, xlsx, doc, xls, jpg, zip, rar. */
  kind: string
  sizeBytes: number
  /** The file's public address; anything but http(s) is shown without a link. */
  url: string
  category: SiteIndexCategory
  /** The request's MOIT indicators; the item is listed under each of them (none: its own group). */
  indicators: SiteIndexIndicator[]
}

export interface SiteIndexPage {
  /** Buddhist Era, e.g. 2569. */
  fiscalYear: number
  officeName: string
  /** When the page was made (ISO date-time, UTC); printed in the footer in Bangkok time. */
  generatedAt: string
  /** Thai digits ๐–๙ for dates, sizes and counts (the office's document setting), else Arabic. */
  thaiDigits: boolean
  items: SiteIndexItem[]
}
