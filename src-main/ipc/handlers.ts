/**
 * The handler table: one function per channel of the contract, over the services. ipcMain and the
 * loopback HTTP bridge both call `dispatch`, so the desktop app and the browser run the same code.
 */
import { z } from 'zod'
import { AppError, fail, ok, type Result } from '@shared/result'
import { contract, isChannelName, type ChannelName, type OutputOf, type ParsedInputOf } from '@shared/ipc/contract'
import { todayIso } from '@shared/thai'
import type { AppServices } from '../services/app-services'
import { parseInput } from '../services/validate'
import { safeFileName, webShellAdapter, type ShellAdapter } from './shell-adapter'

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
export const ASYNC_CHANNELS = ['documents:prepare', 'documents:export', 'documents:check', 'files:saveAndOpen'] as const satisfies readonly ChannelName[]
export type AsyncChannel = (typeof ASYNC_CHANNELS)[number]
type SyncChannel = Exclude<ChannelName, AsyncChannel>

export function isAsyncChannel(channel: ChannelName): channel is AsyncChannel {
  return (ASYNC_CHANNELS as readonly string[]).includes(channel)
}

type Handler<K extends ChannelName> = (input: ParsedInputOf<K>, call: CallContext) => OutputOf<K>
type AsyncHandler<K extends ChannelName> = (input: ParsedInputOf<K>, call: CallContext) => Promise<OutputOf<K>>
export type HandlerTable = { [K in SyncChannel]: Handler<K> } & { [K in AsyncChannel]: AsyncHandler<K> }

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
    'attachments:check': (input) => {
      const { bytes: _bytes, ...check } = s.attachments.check(input, input.requestId)
      return check
    },
    'bookNumbers:allocate': ({ bookNo, ...input }) => (bookNo === undefined ? s.bookNumbers.allocate(input) : s.bookNumbers.record({ ...input, bookNo })),
    'bookNumbers:list': (input) => s.bookNumbers.list(input),
    'documents:sections': (input) => s.documents.templates.sections(input.kind),
    'documents:prepare': (input) => s.documents.prepare(input),
    'documents:export': async (input, call) => s.documents.export(input, operator(call, 'บันทึกเอกสาร')),
    'documents:check': (input) => s.documents.check(Buffer.from(input.contentBase64, 'base64'), input.fileName),
    'templates:list': () => s.documents.templates.list(),
    'templates:get': (input) => s.documents.templates.get(input.kind),
    'templates:save': (input, call) => s.documents.templates.save(input.kind, input.text, operator(call, 'แก้ไขแม่แบบเอกสาร')),
    'templates:reset': (input, call) => s.documents.templates.reset(input.kind, operator(call, 'คืนค่าแม่แบบเอกสาร')),
    'files:saveAndOpen': async (input) => {
      const path = await desktop.saveAs(safeFileName(input.fileName), Buffer.from(input.contentBase64, 'base64'))
      if (path === null) return { path: null, openError: null }
      return { path, openError: await desktop.openPath(path) }
    },
    'audit:list': (input) =>
      s.audit.list({ ...(input.requestId ? { entity: 'request', entityId: String(input.requestId) } : {}), offset: input.offset, limit: input.limit }),
    'audit:verify': () => s.audit.verify()
  }
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
