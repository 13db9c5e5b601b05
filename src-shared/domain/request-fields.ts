/**
 * The fields of a request that the register derives rather than takes as typed: where it stands
 * in the fiscal calendar, and until when it stays published. One place for these rules, used by
 * the request form's service (create, edit) and by the import of an office's log, so that a
 * request filed by hand and the same request imported are stored alike. Pure: no database, no
 * messages — each caller says the refusal in its own words.
 */
import { addMonths, fiscalQuarterOf, fiscalYearOf, type FiscalQuarter, type IsoDate } from '../thai'

export type FiscalPlacement =
  | { ok: true; fiscalYear: number; fiscalQuarter: FiscalQuarter }
  /** The chosen year is neither the date's nor the coming one: these are the two it may be. */
  | { ok: false; chosenYear: number; dateYear: number; comingYear: number }

/**
 * The fiscal year and quarter a request is counted in. The date decides both. The one exception:
 * a document for the coming fiscal year (its plan, its announcement) filed before 1 October
 * counts as that year's first quarter, which is where the MOIT round looks for it. `chosenYear`
 * is the year the person picked; without one, the date's.
 */
export function placeInFiscalYear(requestDate: IsoDate, chosenYear?: number): FiscalPlacement {
  const dateYear = fiscalYearOf(requestDate)
  const fiscalYear = chosenYear ?? dateYear
  if (fiscalYear === dateYear) return { ok: true, fiscalYear, fiscalQuarter: fiscalQuarterOf(requestDate) }
  if (fiscalYear === dateYear + 1) return { ok: true, fiscalYear, fiscalQuarter: 1 }
  return { ok: false, chosenYear: fiscalYear, dateYear, comingYear: dateYear + 1 }
}

/**
 * Until when a request stays published. `given` is what the person said: a date, `null` for
 * "no take-down date", `undefined` for "not said" — then the category's default period counts
 * from the request date, and a category with no default period (`null` months) gives none.
 */
export function publishUntilOf(requestDate: IsoDate, given: IsoDate | null | undefined, defaultMonths: number | null): IsoDate | null {
  if (given !== undefined) return given
  return defaultMonths === null ? null : addMonths(requestDate, defaultMonths)
}

/** A take-down date may not come before the request date (the same day is allowed). */
export function publishUntilInOrder(requestDate: IsoDate, publishUntil: IsoDate | null): boolean {
  return publishUntil === null || publishUntil >= requestDate
}
