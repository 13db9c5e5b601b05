/** "พิมพ์" on a request page: opens the print dialog for that request. */
import { useState } from 'react'
import { PrintDialog } from './PrintDialog'
import { TEXT } from './text'

export function PrintButton({ requestId }: { requestId: number }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {TEXT.print}
      </button>
      {open && <PrintDialog requestIds={[requestId]} onClose={() => setOpen(false)} />}
    </>
  )
}
