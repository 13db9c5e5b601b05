/**
 * What proofing works on and what it reports. Pure data: the checks take a document's text as
 * paragraphs and the register's facts, and return findings a person acknowledges before export.
 */
import type { DocumentFinding } from '@shared/domain/documents-schemas'
import type { FiscalQuarter, IsoDate } from '@shared/thai'

export type FindingCode =
  /** Characters of a script other than Thai and Latin (a Devanagari letter in Thai text). */
  | 'foreign-script'
  /** Control or private-use characters: text the font or the PDF cannot give back. */
  | 'unreadable-character'
  /** อำเภอ/จังหวัด/สสอ. … naming a place that is not the office's own. */
  | 'foreign-place'
  /** A person's name close to, but not the same as, someone in the register. */
  | 'name-near-miss'
  /** The register's name with another title (นาง for นางสาว). */
  | 'name-title-mismatch'
  /** "ไตรมาสที่ N" next to months that are not quarter N's, or months not the document's quarter. */
  | 'quarter-months'
  /** A quarter's months shown with a year that is not the document's fiscal year's. */
  | 'quarter-year'
  /** "ปีงบประมาณ Y" that cannot be the fiscal year of a document dated so. */
  | 'fiscal-year-date'
  /** An announcement whose title says พ.ศ. Y but which is dated in another year. */
  | 'announcement-year'
  /** A law cited with a year it does not bear. */
  | 'law-year'
  /** A law cited under a name that is not its name. */
  | 'law-name'
  /** A law or notification cited that was repealed before the document's date. */
  | 'law-repealed'
  /** Thai and Arabic digits in the same paragraph or document. */
  | 'mixed-digits'

export type Severity = DocumentFinding['severity']

/**
 * A finding as proofing makes it: the contract's DocumentFinding before the document service
 * gives it its stable id, with the code still typed.
 */
export interface Finding extends Omit<DocumentFinding, 'id' | 'code'> {
  code: FindingCode
}

export interface ProofPerson {
  title: string
  fullName: string
}

export interface ProofFacts {
  office: {
    name: string
    shortName: string
    district: string
    province: string
    /** The office's parent (สำนักงานสาธารณสุขจังหวัด…): its name is never a foreign place. */
    parentAgency?: string
  }
  people: readonly ProofPerson[]
  /** What the register knows of the document being proofed, when it made it. */
  document?: {
    fiscalYear?: number
    quarter?: FiscalQuarter
    date?: IsoDate
  }
  /** Other place names this document may rightly carry (a joint project with a neighbour). */
  allowedPlaces?: readonly string[]
}
