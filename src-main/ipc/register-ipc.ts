/**
 * Registers the renderer's one way in: ipcMain.handle(INVOKE_CHANNEL) → dispatch over the handler
 * table, after checking that the call comes from the app's own page (Signal's sql_channel,
 * electron-trpc's handler). Electron objects are passed in, not imported, so this module — the
 * sender check included — is tested under plain Node with fake events.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { fail, type AppErrorShape, type Result } from '@shared/result'
import { isAppUrl, type AppLocation } from '../electron/trusted-url'
import { SHELL_TEXT } from '../windows/shell-text'
import { dispatchAsync, type DispatchLog, type HandlerTable } from './handlers'
import { INVOKE_CHANNEL } from './invoke-channel'

/** The parts of an IpcMainInvokeEvent the check reads (a fake in tests, the real event in the app). */
export interface SenderEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null | undefined
}

export type SenderVerdict = { trusted: true } | { trusted: false; reason: string }

/**
 * Trusts a call only from the top frame of the app's own page. A frame that navigated away or was
 * destroyed (senderFrame null), a sub-frame, devtools://, another file or another origin is refused.
 */
export function checkSender(event: SenderEvent, location: AppLocation): SenderVerdict {
  const frame = event.senderFrame
  if (!frame) return { trusted: false, reason: 'no sender frame' }
  if (frame.parent !== null) return { trusted: false, reason: `sub-frame ${frame.url}` }
  if (!isAppUrl(location, frame.url)) return { trusted: false, reason: `untrusted origin ${frame.url}` }
  return { trusted: true }
}

export const UNTRUSTED_SENDER: AppErrorShape = { code: 'forbidden', message: SHELL_TEXT.ipc.untrustedSender }

/** One call as ipcMain delivers it: checked, then dispatched. Exported for tests. */
export function handleInvoke(
  table: HandlerTable,
  location: AppLocation,
  event: SenderEvent,
  args: readonly unknown[],
  log: DispatchLog & { warn(message: string): void } = console
): Promise<Result<unknown>> {
  const verdict = checkSender(event, location)
  if (!verdict.trusted) {
    log.warn(`publish-desk: refused IPC call (${verdict.reason})`)
    return Promise.resolve(fail(UNTRUSTED_SENDER))
  }
  const [channel, input, meta] = args
  return dispatchAsync(table, channel, input, meta, log)
}

/** Registers the handler once; returns a function that removes it (for tests and shutdown). */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, table: HandlerTable, location: AppLocation): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, ...args: unknown[]) => handleInvoke(table, location, event, args))
  return () => ipcMain.removeHandler(INVOKE_CHANNEL)
}
