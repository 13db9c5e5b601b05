/**
 * The one contract between the renderer and the main process: channel → input schema → result.
 * ipcMain, the loopback HTTP bridge and the renderer's api are all typed from this map, so a
 * channel cannot be added, renamed or reshaped in one place only (Actual Budget's Handlers map).
 * Channels are named `domain:verb`.
 */
import { z } from 'zod'
import {
  attachmentCheckInput,
  auditListInput,
  bookNumberIssueInput,
  bookNumberListInput,
  categorySaveInput,
  fiscalYear,
  idInput,
  indicatorInput,
  officeInput,
  personInput,
  requestCreateInput,
  requestQuery,
  requestUpdateInput,
  setupInput,
  transitionInput
} from '../domain/schemas'
import type {
  AppInfo,
  AttachmentCheck,
  AuditEntry,
  AuditVerification,
  BookNumber,
  Category,
  Indicator,
  OfficeProfile,
  Person,
  RequestDetail,
  RequestPage
} from '../domain/records'
import type { Result } from '../result'
import { evidenceChecklistInput, evidencePeriodInput, type EvidenceChecklistFile, type EvidencePackFile } from '../domain/evidence-schemas'
import {
  hostPasswordInput,
  hostProfileIdInput,
  hostProfileInput,
  hostTrustInput,
  type HostProfile,
  type HostProfileList,
  type HostProfileTestResult
} from '../domain/publishing'
import {
  publishingDueInput,
  takedownInput,
  uploadControlInput,
  uploadEnqueueInput,
  uploadStatusInput,
  type DueItem,
  type UploadRequestStatus,
  type UrlCheck
} from '../domain/uploads'
import {
  documentCheckInput,
  documentExportInput,
  documentSpec,
  emblemInput,
  officeFontInput,
  memoKindInput,
  templateKindInput,
  templateSaveInput,
  type DocumentCheck,
  type DocumentExport,
  type DocumentFinding,
  type DocumentPreview,
  type EmblemImage,
  type OfficeFontInfo,
  type MemoSectionDefault,
  type TemplateSummary,
  type TemplateText
} from '../domain/documents-schemas'
import {
  followUpExportInput,
  followUpRequestInput,
  followUpSpec,
  quarterLogExportInput,
  quarterLogSpec,
  yearlySetInput,
  type FollowUpPreview,
  type FollowUpRequestResult,
  type QuarterLogPreview,
  type YearlySet,
  type YearlySetDocument,
  type YearlySetRole
} from '../domain/report-schemas'
import { dashboardInput, type Dashboard } from '../domain/dashboard'
import { importRunInput, importSourceInput, registerExportInput, type ImportOutcome, type ImportPreview, type RegisterExport } from '../domain/register-io'

/** A channel's definition: the schema its input is parsed with, and the type of its value. */
interface Channel<I extends z.ZodType, O> {
  input: I
  /** Phantom: carries the result type only. */
  output?: O
}
const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): Channel<I, O> => ({ input })

const none = z.object({}).strict().default({})

/** A staged file's id: 128 random bits as hex, given by main when it staged the file. */
export const STAGED_FILE_ID = /^[0-9a-f]{32}$/

/** A file main staged, for the desktop app to save where the person chooses. */
const stagedFileInput = z.object({
  id: z.string().regex(STAGED_FILE_ID, { error: 'ไม่รู้จักไฟล์นี้ — กรุณากดจัดทำไฟล์อีกครั้ง' })
})

/**
 * A file main made (a register export, a printed document, an evidence pack…) and keeps in the
 * data folder's staging area until it is saved: the renderer holds this handle, never the bytes.
 * The desktop app saves it with files:saveStaged; the browser downloads it from BRIDGE.stagedPath.
 */
export interface StagedFileRef {
  id: string
  /** The name proposed in the save dialog or given to the download. */
  fileName: string
  sizeBytes: number
}

/** A made file as IPC carries it: the staged file's handle in place of its base64 bytes. */
export type Staged<T> = Omit<T, 'contentBase64'> & { staged: StagedFileRef }
/** The MOIT 1 yearly set with each of its PDFs staged. */
export type StagedYearlySet = Omit<YearlySet, 'documents'> & { documents: Staged<YearlySetDocument>[] }

/** Where the file went: `path` null when the person cancelled the save dialog; `openError` when it was saved but not opened. */
export interface SavedFile {
  path: string | null
  openError: string | null
}

export const contract = {
  'app:info': channel<AppInfo>()(none),
  'setup:complete': channel<OfficeProfile>()(setupInput),

  'office:get': channel<OfficeProfile | null>()(none),
  'office:save': channel<OfficeProfile>()(officeInput),
  /** The Garuda printed on memos (and the announcement), or null when none is set. */
  'office:emblem': channel<EmblemImage | null>()(none),
  /** A PNG or JPEG (told by content) becomes the office's Garuda; `{ remove: true }` removes it. */
  'office:setEmblem': channel<EmblemImage | null>()(emblemInput),
  /** The office's own TrueType font PDFs are drawn in, or null for the shipped Sarabun. */
  'office:pdfFont': channel<OfficeFontInfo | null>()(none),
  /** A Thai TTF (regular, with its bold face when given) becomes the PDF font; `{ remove: true }` goes back to Sarabun. */
  'office:setPdfFont': channel<OfficeFontInfo | null>()(officeFontInput),

  'people:list': channel<Person[]>()(z.object({ includeInactive: z.boolean().default(true) }).default({ includeInactive: true })),
  'people:save': channel<Person>()(personInput),

  'categories:list': channel<Category[]>()(none),
  'categories:save': channel<Category>()(categorySaveInput),

  'indicators:list': channel<Indicator[]>()(z.object({ fiscalYear })),
  'indicators:years': channel<number[]>()(none),
  'indicators:save': channel<Indicator>()(indicatorInput),
  'indicators:delete': channel<{ deleted: boolean }>()(idInput),
  'indicators:copyForward': channel<{ copied: number }>()(z.object({ fromYear: fiscalYear, toYear: fiscalYear })),

  'requests:query': channel<RequestPage>()(requestQuery),
  'requests:get': channel<RequestDetail>()(idInput),
  'requests:create': channel<RequestDetail>()(requestCreateInput),
  'requests:update': channel<RequestDetail>()(requestUpdateInput),
  'requests:transition': channel<RequestDetail>()(transitionInput),

  /** The first screen: counts by status, what waits, what is due to come down, indicators, the next MOIT round. */
  'dashboard:get': channel<Dashboard>()(dashboardInput),
  /** The register as the list filters it, every matching request, as an XLSX or CSV file staged for the save dialog or the download. */
  'register:export': channel<Staged<RegisterExport>>()(registerExportInput),
  /** Reads an office's Excel/CSV log, maps its columns and checks every row; writes nothing. */
  'register:importPreview': channel<ImportPreview>()(importSourceInput),
  /** Writes the rows (all valid, or dropInvalid) in one transaction with one audit entry; dryRun rolls back. */
  'register:import': channel<ImportOutcome>()(importRunInput),

  'attachments:check': channel<AttachmentCheck>()(attachmentCheckInput),

  /** Without `bookNo`: the next number of the outgoing register; with it: the number typed by hand. */
  'bookNumbers:allocate': channel<BookNumber>()(bookNumberIssueInput),
  'bookNumbers:list': channel<BookNumber[]>()(bookNumberListInput.default({ offset: 0, limit: 100 })),

  /** A memo's editable sections with the text of the template in use (one paragraph per line). */
  'documents:sections': channel<MemoSectionDefault[]>()(memoKindInput),
  /** Builds, proofs and renders a PDF preview; gives no book number (its place shows dots). */
  'documents:prepare': channel<DocumentPreview>()(documentSpec),
  /**
   * The same spec, a format and the ids of every finding the person accepted: refused while a
   * finding is not acknowledged; gives the memo its book number in the same operation.
   */
  'documents:export': channel<Staged<DocumentExport>>()(documentExportInput),
  /** Proofs a DOCX or PDF made anywhere against the register's office and people. */
  'documents:check': channel<DocumentCheck>()(documentCheckInput),

  /** MOIT evidence of an indicator for a period: one PDF (contents, memo, document, form per item). */
  'evidence:pack': channel<Staged<EvidencePackFile>>()(evidencePeriodInput),
  /** The MITAS checklist of the same (XLSX or CSV); lists ไม่มี rows when there is no evidence. */
  'evidence:checklist': channel<Staged<EvidenceChecklistFile>>()(evidenceChecklistInput),

  /** The quarterly log of a quarter or MOIT round: its rows (notes as edited), findings and a PDF preview. */
  'reports:quarterLogPrepare': channel<QuarterLogPreview>()(quarterLogSpec),
  /** The same spec, a format and the acknowledged findings (documents:export's rules). */
  'reports:quarterLogExport': channel<Staged<DocumentExport>>()(quarterLogExportInput),
  /** The follow-up memo of a quarter or MOIT round: what was published, findings and a PDF preview. */
  'reports:followUpPrepare': channel<FollowUpPreview>()(followUpSpec),
  'reports:followUpExport': channel<Staged<DocumentExport>>()(followUpExportInput),
  /** Exports the follow-up memo as PDF (its book number given) and files it as a draft request holding that PDF. */
  'reports:followUpRequest': channel<FollowUpRequestResult>()(followUpRequestInput),
  /** The findings on every document of a fiscal year's MOIT 1 set, each with the document it is in. */
  'reports:yearlySetFindings': channel<{ role: YearlySetRole; label: string; finding: DocumentFinding }[]>()(yearlySetInput),
  /** MOIT 1 of a fiscal year as PDFs: the announcement set and the past year's monitoring set. */
  'reports:yearlySet': channel<StagedYearlySet>()(yearlySetInput),

  'templates:list': channel<TemplateSummary[]>()(none),
  'templates:get': channel<TemplateText>()(templateKindInput),
  /** Checked against the template's schema before anything is written. */
  'templates:save': channel<TemplateText>()(templateSaveInput),
  /** Back to the wording shipped with the app. */
  'templates:reset': channel<TemplateText>()(templateKindInput),

  /**
   * Desktop app only: a save dialog proposing the staged file's name, the file moved there
   * atomically (then gone from staging), and opened in its default program. A cancelled dialog
   * keeps it staged. In the browser the renderer downloads it instead (BRIDGE.stagedPath).
   */
  'files:saveStaged': channel<SavedFile>()(stagedFileInput),

  /** Host profiles with the computer's password backend (the form asks before storing under basic_text). */
  'hostProfiles:list': channel<HostProfileList>()(none),
  'hostProfiles:save': channel<HostProfile>()(hostProfileInput),
  /** Refused for a profile files were uploaded with (the record is evidence). */
  'hostProfiles:remove': channel<{ removed: true }>()(hostProfileIdInput),
  'hostProfiles:setDefault': channel<HostProfile>()(hostProfileIdInput),
  /** TLS version, certificate, greeting, test file; `trust-needed` carries a certificate for the person to decide on. */
  'hostProfiles:test': channel<HostProfileTestResult>()(hostProfileIdInput),
  /** Pin the certificate the person accepted, trust a CA, or go back to the system's CAs. */
  'hostProfiles:trust': channel<HostProfile>()(hostTrustInput),
  /** Stored encrypted by the OS; basic_text needs acceptWeakEncryption; without a store, kept until the program closes. */
  'hostProfiles:setPassword': channel<HostProfile>()(hostPasswordInput),

  /** One upload job per file of an approved request, to the chosen host profile; refused (Thai) when no password is known. */
  'uploads:enqueue': channel<UploadRequestStatus>()(uploadEnqueueInput),
  /** Per-file state, bytes, speed and time left, the whole upload, and the files on the host. Polled by the renderer. */
  'uploads:status': channel<UploadRequestStatus>()(uploadStatusInput),
  'uploads:pause': channel<UploadRequestStatus>()(uploadControlInput),
  'uploads:resume': channel<UploadRequestStatus>()(uploadControlInput),
  /** Cuts running uploads; the temporary files are removed from the host; nothing sits at a final name. */
  'uploads:cancel': channel<UploadRequestStatus>()(uploadControlInput),
  'uploads:retry': channel<UploadRequestStatus>()(uploadControlInput),
  /** Whether each public address of the request's files answers (a report; never undoes a publication). */
  'uploads:checkUrls': channel<UrlCheck[]>()(uploadStatusInput),
  /** Deletes (or archives) the request's files on the host, then withdraws it; records nothing when the host is unreachable. */
  'requests:takedown': channel<RequestDetail>()(takedownInput),
  /** Published requests whose publish-until date has passed or comes within `withinDays` (30) days. */
  'publishing:due': channel<DueItem[]>()(publishingDueInput),

  'audit:list': channel<AuditEntry[]>()(auditListInput),
  'audit:verify': channel<AuditVerification>()(none)
} as const

export type Contract = typeof contract
export type ChannelName = keyof Contract
export const CHANNELS = Object.keys(contract) as ChannelName[]

/** What a caller passes (before defaults are applied). */
export type InputOf<K extends ChannelName> = z.input<Contract[K]['input']>
/** What a handler receives (after parsing). */
export type ParsedInputOf<K extends ChannelName> = z.output<Contract[K]['input']>
export type OutputOf<K extends ChannelName> = NonNullable<Contract[K]['output']> extends never
  ? null
  : Exclude<Contract[K]['output'], undefined>

/** Who is at the keyboard (chosen in the app's header); recorded as the actor of settings changes. */
export interface CallMeta {
  operatorId: number | null
}

/** The object the preload exposes as `window.publishDesk` (and the web bridge client mimics). */
export interface PublishDeskApi {
  invoke<K extends ChannelName>(channel: K, input: InputOf<K>, meta?: CallMeta): Promise<Result<OutputOf<K>>>
}

/** The loopback bridge's HTTP protocol (`npm run web`). */
export const BRIDGE = {
  /** POST, JSON body `{channel, input, meta}`, answers a Result as JSON. */
  invokePath: '/api/invoke',
  tokenHeader: 'x-publish-desk-token',
  /**
   * GET `${stagedPath}<id>` with the token header: a staged file's bytes, once (removed from
   * staging when sent whole). Same token, origin and host rules as invokePath.
   */
  stagedPath: '/api/staged/',
  /** The page learns the per-run token from its URL fragment (never sent to the server in a request line). */
  tokenFragment: 'token'
} as const

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}
