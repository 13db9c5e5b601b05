/**
 * The first screen's data (the dashboard): what waits for the office today, in one call. Dates are
 * ISO calendar dates counted from the register's clock in Bangkok, never the machine's.
 */
import { z } from 'zod'
import type { RequestStatus } from './request-status'

/** The window of "publish-until comes soon": the same 30 days as the register's filter chip. */
export const TAKE_DOWN_WINDOW_DAYS = 30

export const dashboardInput = z
  .object({
    /** How many items each list carries (the totals count them all). */
    limit: z.number().int().min(1).max(200).default(20)
  })
  .default({ limit: 20 })
export type DashboardInput = z.input<typeof dashboardInput>

export interface WaitingItem {
  id: number
  title: string
  ownerUnit: string
  requesterName: string
  /** When it was (last) sent for approval: ISO date-time, or the last change when no event says. */
  since: string
  /** Whole days from `since` (Bangkok calendar date) to today. */
  days: number
}

export interface TakeDownItem {
  id: number
  title: string
  ownerUnit: string
  publishUntil: string
  /** Days from today to publishUntil: negative when it has passed, 0 on the day. */
  daysLeft: number
  publicUrl: string
}

export interface MissingIndicator {
  id: number
  code: string
  title: string
}

export interface MoitRound {
  fiscalYear: number
  months: 6 | 12
  start: string
  end: string
  /** Days from today to the round's last day; 0 on the day itself. */
  daysLeft: number
}

export interface Dashboard {
  today: string
  fiscalYear: number
  total: number
  counts: Record<RequestStatus, number>
  /** Submitted requests, the longest waiting first. */
  waiting: { total: number; items: WaitingItem[] }
  /** Published requests whose publish-until date has passed or comes within the window, soonest first. */
  takeDown: { total: number; overdue: number; windowDays: number; items: TakeDownItem[] }
  /** The current fiscal year's indicators that no published request is linked to yet. */
  indicators: { fiscalYear: number; total: number; missing: MissingIndicator[] }
  nextRound: MoitRound
}
