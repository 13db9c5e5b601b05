/**
 * The handler table: one function per channel of the contract, over the services. ipcMain and the
 * loopback HTTP bridge both call `dispatch`, so the desktop app and the browser run the same code.
 */
import { z } from 'zod'
import { AppError, fail, ok, type Result } from '@shared/result'
import { contract, isChannelName, type ChannelName, type OutputOf, type ParsedInputOf, type StagedFileRef } from '@shared/ipc/contract'
import { todayIso } from '@shared/thai'
import type { AppServices } from '../services/app-services'
import { parseInput } from '../services/validate'
import { webShellAdapter, type ShellAdapter } from './shell-adapter'

/** Who is at the keyboard, as the renderer says (the app has no login: one office PC). */
export interface CallContext {
  operatorId: number | null
}

export const callMeta = z
  .object({ operatorId: z.number().int().positive().nullable().default(null) })
  .default({ operatorId: null })

/**
 * Channels whose work cannot finish synchronously (rendering and reading documents). Their
 * handlers return a promise, and only `dispatchAsync` runs them; `dispatch` stays synchronous for
 * every other channel, as its callers expect.
 */
export const ASYNC_CHANNELS = ['documents:prepare', 'documents:export', 'documents:check', 'evidence:pack', 'evidence:checklist', 'files:saveStaged', 'register:export', 'register:importPreview', 'register:import', 'hostProfiles:test', 'hostProfiles:setPassword', 'reports:quarterLogPrepare', 'reports:quarterLogExport', 'reports:followUpPrepare', 'reports:followUpExport', 'reports:followUpRequest', 'reports:yearlySetFindings', 'reports:yearlySet', 'uploads:enqueue', 'uploads:checkUrls', 'requests:takedown'] as const satisfies readonly ChannelName[]
export type AsyncChannel = (typeof ASYNC_CHANNELS)[number]
type SyncChannel = Exclude<ChannelName, AsyncChannel>

export function isAsyncChannel(channel: ChannelName): channel is AsyncChannel {
  return (ASYNC_CHANNELS as readonly string[]).includes(channel)
}

type Handler<K extends ChannelName> = (input: ParsedInputOf<K>, call: CallContext) => OutputOf<K>
type AsyncHandler<K extends ChannelName> = (input: ParsedInputOf<K>, call: CallContext) => Promise<OutputOf<K>>
export type HandlerTable = { [K in SyncChannel]: Handler<K> } & { [K in AsyncChannel]: AsyncHandler<K> }

/**
 * The largest evidence file made. Made files are staged, not sent as base64, so no channel limits
 * them; this bounds the memory pdf-lib assembles a pack in, on an office PC.
 */
const MAX_SAVE_BYTES = 512 * 1024 * 1024

export interface ShellInfo {
  version: string
  shell: 'electron' | 'web'
}

/** `desktop`: the save dialog and the default program (Electron); the refusing web adapter when absent. */
export function createHandlers(s: AppServices, shell: ShellInfo, desktop: ShellAdapter = webShellAdapter): HandlerTable {
  const operator = (call: CallContext, doing: string): number => {
    if (call.operatorId === null) throw new AppError('forbidden', `กรุณาเลือกผู้ใช้งาน (มุมขวาบน) ก่อน${doing}`)
    return s.people.requireActor(call.operatorId, [], doing).id
  }
  // The app (desktop or `npm run web`) runs the upload queue: uploads a crash cut short resume now.
  // Refused only while another process (the CLI) runs it; the app then shows the queue as it is.
  try {
    s.publishing.start()
  } catch (error) {
    if (!(error instanceof AppError)) throw error
  }
  return {
    'app:info': () => ({ version: shell.version, dataDir: s.paths.root, setupComplete: s.setup.isComplete(), today: todayIso(new Date(s.clock.now())), shell: shell.shell }),
    'setup:complete': (input) => s.setup.complete(input),
    'office:get': () => s.office.get(),
    'office:save': (input, call) => s.office.save(input, operator(call, 'แก้ไขข้อมูลหน่วยงาน')),
    'office:emblem': () => s.documents.emblem(),
    'office:setEmblem': (input, call) => {
      const actor = operator(call, 'ตั้งค่าภาพตราครุฑ')
      if ('remove' in input) {
        s.documents.removeEmblem(actor)
        return null
      }
      return s.documents.setEmblem(Buffer.from(input.contentBase64, 'base64'), input.fileName, actor)
    },
    'office:pdfFont': () => s.documents.pdfFont(),
    'office:setPdfFont': (input, call) => {
      const actor = operator(call, 'ตั้งค่าฟอนต์ของเอกสาร PDF')
      if ('remove' in input) {
        s.documents.removePdfFont(actor)
        return null
      }
      return s.documents.setPdfFont(input.files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.contentBase64, 'base64') })), actor)
    },
    'people:list': (input) => s.people.list(input.includeInactive),
    'people:save': (input, call) => s.people.save(input, operator(call, 'แก้ไขข้อมูลบุคลากร')),
    'categories:list': () => s.catalog.listCategories(),
    'categories:save': (input, call) => s.catalog.saveCategory(input, operator(call, 'แก้ไขหมวดหมู่')),
    'indicators:list': (input) => s.catalog.listIndicators(input.fiscalYear),
    'indicators:years': () => s.catalog.indicatorYears(),
    'indicators:save': (input, call) => s.catalog.saveIndicator(input, operator(call, 'แก้ไขตัวชี้วัด')),
    'indicators:delete': (input, call) => ({ deleted: s.catalog.deleteIndicator(input.id, operator(call, 'ลบตัวชี้วัด')) }),
    'indicators:copyForward': (input, call) => ({ copied: s.catalog.copyForward(input.fromYear, input.toYear, operator(call, 'คัดลอกตัวชี้วัด')) }),
    'requests:query': (input) => s.requests.query(input),
    'requests:get': (input) => s.requests.get(input.id),
    'requests:create': (input) => s.requests.create(input),
    'requests:update': (input) => s.requests.update(input),
    'requests:transition': (input) => s.requests.transition(input),
    'dashboard:get': (input) => s.dashboard.get(input),
    'register:export': (input) => s.registerIo.exportRegisterTo(input, async (fileName, write) => ({ staged: await s.staging.putWritten(fileName, write) })),
    'register:importPreview': (input, call) => s.registerIo.previewImport(input, operator(call, 'นำเข้าทะเบียน')),
    'register:import': (input, call) => s.registerIo.runImport(input, operator(call, 'นำเข้าทะเบียน')),
    'attachments:check': (input) => {
      const { bytes: _bytes, ...check } = s.attachments.check(input, input.requestId)
      return check
    },
    'bookNumbers:allocate': ({ bookNo, ...input }) => (bookNo === undefined ? s.bookNumbers.allocate(input) : s.bookNumbers.record({ ...input, bookNo })),
    'bookNumbers:list': (input) => s.bookNumbers.list(input),
    'documents:sections': (input) => s.documents.templates.sections(input.kind),
    'documents:prepare': (input) => s.documents.prepare(input),
    'documents:export': async (input, call) => staged(s, await s.documents.exportFile(input, operator(call, 'บันทึกเอกสาร'))),
    'documents:check': (input) => s.documents.check(Buffer.from(input.contentBase64, 'base64'), input.fileName),
    'evidence:pack': async (input, call) => {
      return staged(s, await s.evidence.pack(input, operator(call, 'จัดทำเล่มหลักฐาน ITA'), { maxBytes: MAX_SAVE_BYTES }))
    },
    'evidence:checklist': async (input, call) => {
      const { rows, ...file } = await s.evidence.checklist(input, operator(call, 'จัดทำรายการตรวจหลักฐาน ITA'), { maxBytes: MAX_SAVE_BYTES })
      return { ...staged(s, file), rowCount: rows.length, presentCount: rows.filter((r) => r.present).length }
    },
    'reports:quarterLogPrepare': (input) => s.reports.prepareQuarterLog(input),
    'reports:quarterLogExport': async (input, call) => staged(s, await s.reports.exportQuarterLog(input, operator(call, 'บันทึกรายงาน'))),
    'reports:followUpPrepare': (input) => s.reports.prepareFollowUp(input),
    'reports:followUpExport': async (input, call) => staged(s, await s.reports.exportFollowUp(input, operator(call, 'บันทึกรายงาน'))),
    'reports:followUpRequest': (input, call) => s.reports.createFollowUpRequest(input, operator(call, 'บันทึกรายงานผลการติดตามเป็นคำขอเผยแพร่')),
    'reports:yearlySetFindings': async (input, call) => s.reports.proofYearlySet(input, operator(call, 'ตรวจชุดเอกสาร MOIT ๑')),
    'reports:yearlySet': async (input, call) => {
      const set = await s.reports.yearlySet(input, operator(call, 'จัดทำชุดเอกสาร MOIT ๑'))
      // The service gives each PDF as base64 (the CLI's shape); a few small PDFs, staged like any other file.
      return { ...set, documents: set.documents.map(({ contentBase64, ...d }) => staged(s, { ...d, bytes: Buffer.from(contentBase64, 'base64') })) }
    },
    'templates:list': () => s.documents.templates.list(),
    'templates:get': (input) => s.documents.templates.get(input.kind),
    'templates:save': (input, call) => s.documents.templates.save(input.kind, input.text, operator(call, 'แก้ไขแม่แบบเอกสาร')),
    'templates:reset': (input, call) => s.documents.templates.reset(input.kind, operator(call, 'คืนค่าแม่แบบเอกสาร')),
    'files:saveStaged': async (input) => {
      // An unknown or expired file is refused before any dialog opens.
      const { ref } = s.staging.open(input.id)
      const path = await desktop.chooseSavePath(ref.fileName)
      // Cancelled: the file stays staged, so the person can save it after all.
      if (path === null) return { path: null, openError: null }
      s.staging.saveTo(input.id, path)
      return { path, openError: await desktop.openPath(path) }
    },
    'hostProfiles:list': () => s.hostProfiles.listWithBackend(),
    'hostProfiles:save': (input, call) => s.hostProfiles.save(input, operator(call, 'แก้ไขโปรไฟล์โฮสต์')),
    'hostProfiles:remove': (input, call) => {
      s.hostProfiles.remove(input.id, operator(call, 'ลบโปรไฟล์โฮสต์'))
      return { removed: true }
    },
    'hostProfiles:setDefault': (input, call) => s.hostProfiles.setDefault(input.id, operator(call, 'ตั้งโปรไฟล์โฮสต์หลัก')),
    'hostProfiles:test': async (input) => s.hostProfiles.test(input.id),
    'hostProfiles:trust': (input, call) => s.hostProfiles.trust(input, operator(call, 'ตั้งค่าการเชื่อถือใบรับรอง')),
    'hostProfiles:setPassword': async (input, call) => s.hostProfiles.setPassword(input, operator(call, 'บันทึกรหัสผ่าน FTP')),
    'uploads:enqueue': async (input) => s.publishing.enqueue(input),
    'uploads:status': (input) => s.publishing.status(input.requestId),
    'uploads:pause': (input) => s.publishing.pause(input),
    'uploads:resume': (input) => s.publishing.resume(input),
    'uploads:cancel': (input) => s.publishing.cancel(input),
    'uploads:retry': (input) => s.publishing.retry(input),
    'uploads:checkUrls': async (input) => s.publishing.checkUrls(input.requestId),
    'requests:takedown': async (input) => s.publishing.takedown(input),
    'publishing:due': (input) => s.publishing.due(input.withinDays),
    'audit:list': (input) =>
      s.audit.list({ ...(input.requestId ? { entity: 'request', entityId: String(input.requestId) } : {}), offset: input.offset, limit: input.limit }),
    'audit:verify': () => s.audit.verify()
  }
}

/** A made file as IPC carries it: written once into the staging area, a handle in place of its bytes. */
function staged<T extends { bytes: Buffer; fileName: string }>(s: AppServices, file: T): Omit<T, 'bytes'> & { staged: StagedFileRef } {
  const { bytes, ...rest } = file
  return { ...rest, staged: s.staging.put(file.fileName, bytes) }
}

export interface DispatchLog {
  error(message: string, error: unknown): void
}

const INTERNAL_MESSAGE = 'เกิดข้อผิดพลาดภายในโปรแกรม ข้อมูลไม่ได้ถูกบันทึก — กรุณาลองอีกครั้ง หากยังพบปัญหาให้แจ้งผู้ดูแลพร้อมเวลาที่เกิด'

function failure(error: unknown, channel: unknown, log: DispatchLog): Result<never> {
  if (error instanceof AppError) return fail(error.toShape())
  log.error(`handler ${String(channel)} failed`, error)
  return fail({ code: 'internal', message: INTERNAL_MESSAGE })
}

/** The channel's handler with its input and meta parsed; throws AppError for an unknown channel or bad input. */
function prepareCall(table: HandlerTable, channel: unknown, input: unknown, meta: unknown) {
  if (!isChannelName(channel)) throw new AppError('invalid-input', `ไม่รู้จักคำสั่ง “${String(channel)}”`)
  const parsed = parseInput(contract[channel].input, input)
  const call = parseInput(callMeta, meta)
  const handler = table[channel] as (input: unknown, call: CallContext) => unknown
  return { name: channel, run: () => handler(parsed, call) }
}

/**
 * Checks the channel, parses the input from `unknown`, runs the handler, returns a Result.
 * Synchronous channels only: an asynchronous one is refused without running (use dispatchAsync).
 */
export function dispatch(table: HandlerTable, channel: unknown, input: unknown, meta: unknown, log: DispatchLog = console): Result<unknown> {
  try {
    const prepared = prepareCall(table, channel, input, meta)
    if (isAsyncChannel(prepared.name)) throw new Error(`channel ${prepared.name} is asynchronous: call dispatchAsync`)
    return ok(prepared.run())
  } catch (error) {
    return failure(error, channel, log)
  }
}

/** dispatch for every channel, the asynchronous ones included: what ipcMain and the HTTP bridge call. */
export async function dispatchAsync(table: HandlerTable, channel: unknown, input: unknown, meta: unknown, log: DispatchLog = console): Promise<Result<unknown>> {
  try {
    const prepared = prepareCall(table, channel, input, meta)
    return ok(await prepared.run())
  } catch (error) {
    return failure(error, channel, log)
  }
}
