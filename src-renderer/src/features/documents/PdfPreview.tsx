/**
 * The PDF drawn inside the app with pdf.js, one canvas per page. Chosen over Chromium's own PDF
 * viewer in an iframe because that viewer is a plugin: the sandboxed Electron window would need
 * plugins enabled and the CSP a frame-src for blob:, and headless Chromium (the e2e tests) has no
 * viewer at all — it downloads the PDF instead. pdf.js draws the same pixels in both. Its worker
 * is a same-origin file bundled by vite (CSP: worker-src 'self'); under file:// in Electron,
 * where a module worker may be refused, pdf.js falls back to running it on the page.
 */
import { useEffect, useRef, useState } from 'react'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { base64ToBytes } from './print-spec'
import { TEXT } from './text'

/** A memo is a few pages; the register's long tables later may be many: draw the first ones only. */
const MAX_PAGES = 12
/** CSS pixels of an A4 page's width in the preview. */
const PAGE_WIDTH = 560

type PdfJs = typeof import('pdfjs-dist')
let loading: Promise<PdfJs> | null = null
function pdfjs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl
    return lib
  })
  return loading
}

export function PdfPreview({ base64, label }: { base64: string; label: string }) {
  const holder = useRef<HTMLDivElement>(null)
  const [pages, setPages] = useState<{ shown: number; total: number } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    const host = holder.current
    if (!host) return
    setPages(null)
    setError(null)
    const cleanup: (() => void)[] = []
    void (async () => {
      const lib = await pdfjs()
      // No eval under the app's CSP: pdf.js then draws glyph outlines without compiled functions.
      const task = lib.getDocument({ data: base64ToBytes(base64), isEvalSupported: false })
      cleanup.push(() => void task.destroy())
      const doc = await task.promise
      const shown = Math.min(doc.numPages, MAX_PAGES)
      for (let i = 1; i <= shown; i++) {
        if (cancelled) return
        const page = await doc.getPage(i)
        const base = page.getViewport({ scale: 1 })
        // At least twice the CSS size: Thai marks above and below the line stay legible when scaled down.
        const ratio = Math.max(window.devicePixelRatio || 1, 2)
        const viewport = page.getViewport({ scale: (PAGE_WIDTH / base.width) * ratio })
        const canvas = document.createElement('canvas')
        canvas.width = Math.floor(viewport.width)
        canvas.height = Math.floor(viewport.height)
        canvas.style.width = `${PAGE_WIDTH}px`
        canvas.style.height = `${Math.floor(viewport.height / ratio)}px`
        canvas.className = 'pdf-page'
        canvas.setAttribute('role', 'img')
        canvas.setAttribute('aria-label', `${label} — ${TEXT.pageLabel(i, doc.numPages)}`)
        await page.render({ canvas, viewport }).promise
        canvas.dataset.rendered = 'true'
        if (cancelled) return
        host.append(canvas)
      }
      if (!cancelled) setPages({ shown, total: doc.numPages })
    })().catch((e: unknown) => {
      if (!cancelled) setError(e instanceof Error ? e.message : String(e))
    })
    return () => {
      cancelled = true
      cleanup.forEach((f) => f())
      host.replaceChildren()
    }
  }, [base64, label])

  return (
    <div className="pdf-preview">
      <p className="muted pdf-pages" role="status">
        {error ? '' : pages ? TEXT.pages(pages.shown, pages.total) : TEXT.rendering}
      </p>
      {error && (
        <div className="alert error" role="alert">
          {TEXT.previewFailed(error)}
        </div>
      )}
      <div ref={holder} className="pdf-pages-holder" />
    </div>
  )
}
