/**
 * Builders: document models made from the register's data and the office's templates. Pure
 * functions — the caller reads the register and the template store and passes plain data in.
 */
export { buildAnnouncement, type AnnouncementInput } from './announcement'
export { URGENCIES, addressedPosition, fiscalYearFits, makeContext, type BuildContext, type OfficeFacts, type Urgency } from './context'
export { applyDigits, convertDigits } from './digits'
export { defaultSections, type MemoSectionText } from './memo'
export {
  buildAnnouncementApprovalMemo,
  buildApprovalMemo,
  buildWebsiteReportMemo,
  type AnnouncementApprovalMemoInput,
  type ApprovalMemoInput,
  type MemoInput,
  type WebsiteReportMemoInput
} from './memos'
export { modelParagraphs, proofFactsOf } from './model-text'
export { buildRequestForm } from './request-form'
export { buildFollowUpMemo, type FollowUpMemoInput } from './follow-up-memo'
export { attachmentText, buildQuarterlyLog, logRows, printedRows, type LogRowText, type QuarterlyLogInput } from './quarterly-log'
export { logProofParagraphs, memoProofParagraphs } from './report-text'
