/**
 * The renderer's one way to the main process: typed from the contract. In the desktop app the
 * preload exposes `window.publishDesk`; in a browser (`npm run web`) the same calls go over the
 * loopback bridge with the per-run token the page found in its URL fragment.
 */
import { BRIDGE, type CallMeta, type ChannelName, type InputOf, type OutputOf, type PublishDeskApi } from '@shared/ipc/contract'
import type { AppErrorShape, Result } from '@shared/result'

declare global {
  interface Window {
    publishDesk?: PublishDeskApi
  }
}

const TOKEN_KEY = 'publish-desk-token'

/** Reads the token from `#token=…` once, keeps it for reloads of this tab, and cleans the URL. */
function bridgeToken(): string | null {
  const match = new RegExp(`${BRIDGE.tokenFragment}=([A-Za-z0-9_-]+)`).exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

const NO_TOKEN_MESSAGE = 'ไม่พบรหัสเข้าใช้งาน — เปิดโปรแกรมจากลิงก์ที่ npm run web พิมพ์ไว้ (ลิงก์มี #token=…)'

function httpBridge(): PublishDeskApi {
  const token = bridgeToken()
  return {
    async invoke(channel, input, meta) {
      if (!token) return { ok: false, error: { code: 'forbidden', message: NO_TOKEN_MESSAGE } }
      try {
        const response = await fetch(BRIDGE.invokePath, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [BRIDGE.tokenHeader]: token },
          body: JSON.stringify({ channel, input, meta })
        })
        if (!response.ok) return { ok: false, error: { code: 'forbidden', message: `เซิร์ฟเวอร์ปฏิเสธคำขอ (${response.status}) — เปิดโปรแกรมใหม่จากลิงก์ที่ npm run web พิมพ์ไว้` } }
        return (await response.json()) as never
      } catch {
        return { ok: false, error: { code: 'internal', message: 'ติดต่อโปรแกรมไม่ได้ — ตรวจสอบว่า npm run web ยังทำงานอยู่ แล้วลองอีกครั้ง' } }
      }
    }
  }
}

const transport: PublishDeskApi = window.publishDesk ?? httpBridge()

/**
 * A GET to the loopback bridge carrying the page's token (`npm run web` only): how a file main
 * staged is downloaded (BRIDGE.stagedPath), under the same token as every call.
 */
export function bridgeGet(path: string): Promise<Response> {
  const token = bridgeToken()
  if (!token) return Promise.reject(new ApiError({ code: 'forbidden', message: NO_TOKEN_MESSAGE }))
  return fetch(path, { headers: { [BRIDGE.tokenHeader]: token } })
}

let operatorId: number | null = null
/** The person at the keyboard, sent with every call (chosen in the header). */
export function setOperator(id: number | null): void {
  operatorId = id
}
export function currentOperator(): number | null {
  return operatorId
}

export function invoke<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> {
  const meta: CallMeta = { operatorId }
  return transport.invoke(channel, input, meta)
}

/** Like invoke, but throws the Thai error: for places that show errors through one boundary. */
export async function call<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const result = await invoke(channel, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export class ApiError extends Error {
  constructor(readonly error: AppErrorShape) {
    super(error.message)
  }
}

/** Reads a File into the base64 form the contract carries. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}
