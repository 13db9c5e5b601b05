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

/** Who is at the keyboard, as the renderer says (the app has no login: one office PC). */
export interface CallContext {
  operatorId: number | null
}

export const callMeta = z
  .object({ operatorId: z.number().int().positive().nullable().default(null) })
  .default({ operatorId: null })

type Handler<K extends ChannelName> = (input: ParsedInputOf<K>, call: CallContext) => OutputOf<K>
export type HandlerTable = { [K in ChannelName]: Handler<K> }

export interface ShellInfo {
  version: string
  shell: 'electron' | 'web'
}

export function createHandlers(s: AppServices, shell: ShellInfo): HandlerTable {
  const operator = (call: CallContext, doing: string): number => {
    if (call.operatorId === null) throw new AppError('forbidden', `กรุณาเลือกผู้ใช้งาน (มุมขวาบน) ก่อน${doing}`)
    return s.people.requireActor(call.operatorId, [], doing).id
  }
  return {
    'app:info': () => ({ version: shell.version, dataDir: s.paths.root, setupComplete: s.setup.isComplete(), today: todayIso(new Date(s.clock.now())), shell: shell.shell }),
    'setup:complete': (input) => s.setup.complete(input),
    'office:get': () => s.office.get(),
    'office:save': (input, call) => s.office.save(input, operator(call, 'แก้ไขข้อมูลหน่วยงาน')),
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
    'audit:list': (input) =>
      s.audit.list({ ...(input.requestId ? { entity: 'request', entityId: String(input.requestId) } : {}), offset: input.offset, limit: input.limit }),
    'audit:verify': () => s.audit.verify()
  }
}

export interface DispatchLog {
  error(message: string, error: unknown): void
}

/** Checks the channel, parses the input from `unknown`, runs the handler, returns a Result. */
export function dispatch(table: HandlerTable, channel: unknown, input: unknown, meta: unknown, log: DispatchLog = console): Result<unknown> {
  try {
    if (!isChannelName(channel)) throw new AppError('invalid-input', `ไม่รู้จักคำสั่ง “${String(channel)}”`)
    const parsed = parseInput(contract[channel].input, input)
    const call = parseInput(callMeta, meta)
    const handler = table[channel] as (input: unknown, call: CallContext) => unknown
    return ok(handler(parsed, call))
  } catch (error) {
    if (error instanceof AppError) return fail(error.toShape())
    log.error(`handler ${String(channel)} failed`, error)
    return fail({ code: 'internal', message: 'เกิดข้อผิดพลาดภายในโปรแกรม ข้อมูลไม่ได้ถูกบันทึก — กรุณาลองอีกครั้ง หากยังพบปัญหาให้แจ้งผู้ดูแลพร้อมเวลาที่เกิด' })
  }
}
