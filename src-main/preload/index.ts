/**
 * The preload: exposes exactly one object, `window.publishDesk`, typed from the contract. It
 * imports only `electron` and types, so it runs in a sandboxed renderer (bundled to
 * out/preload/index.cjs). ipcRenderer itself is never exposed: the page can call the contract's
 * channels through one checked IPC channel and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { PublishDeskApi } from '@shared/ipc/contract'
import type { InvokeChannel } from '../ipc/invoke-channel'

const INVOKE: InvokeChannel = 'publish-desk:invoke'

const publishDesk = {
  // Only the three arguments cross: no event object, no callback, nothing the page could reuse.
  invoke: (channel, input, meta) => ipcRenderer.invoke(INVOKE, channel, input, meta)
} satisfies PublishDeskApi

contextBridge.exposeInMainWorld('publishDesk', publishDesk)
