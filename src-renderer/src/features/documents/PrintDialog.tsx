/**
 * "พิมพ์" on a request (the form or its approval memo), or on several requests chosen in the
 * register (one approval memo for them all): the printing flow of PrintPanel in a dialog.
 */
import { useCallback, useState } from 'react'
import { Modal } from './Modal'
import { PrintPanel } from './PrintPanel'
import type { RequestPrintKind } from './print-spec'
import { TEXT } from './text'

const ONE_REQUEST: readonly RequestPrintKind[] = ['request-form', 'memo-approval']
// The form is one request's: several requests share one memo only.
const SEVERAL_REQUESTS: readonly RequestPrintKind[] = ['memo-approval']

export function PrintDialog({ requestIds, onClose }: { requestIds: readonly number[]; onClose(): void }) {
  const [busy, setBusy] = useState(false)
  const onBusyChange = useCallback((b: boolean) => setBusy(b), [])
  const [first] = requestIds
  const title = requestIds.length === 1 && first !== undefined ? TEXT.printTitle(first) : TEXT.printMemoTitle(requestIds.length)
  return (
    <Modal title={title} onClose={onClose} closeLabel={TEXT.close} busy={busy}>
      <PrintPanel kinds={requestIds.length === 1 ? ONE_REQUEST : SEVERAL_REQUESTS} target={{ requestIds: [...requestIds] }} onBusyChange={onBusyChange} />
    </Modal>
  )
}
