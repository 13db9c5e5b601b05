/**
 * The office's document settings (part of the office form, saved with it by office:save), its
 * Garuda image (saved at once by office:setEmblem, outside the form) and its own TrueType font for
 * PDFs (saved at once by office:setPdfFont).
 */
import { useEffect, useRef, useState } from 'react'
import type { EmblemImage, OfficeFontInfo } from '@shared/domain/documents-schemas'
import { toThaiDigits } from '@shared/thai'
import type { AppErrorShape, Result } from '@shared/result'
import { fileToBase64, invoke } from '../../lib/api'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { Flash, useFlash } from '../../components/Flash'
import { errorFor, type FieldErrors } from '../../components/form-errors'
import { DOC_TEXT } from './documents-text'
import type { OfficeForm } from './office-form'
import '../documents/documents.css'

const S = DOC_TEXT.settings
const E = DOC_TEXT.emblem
const P = DOC_TEXT.pdfFont
const FONTS = ['TH Sarabun New', 'TH SarabunIT๙', 'TH SarabunPSK', 'Sarabun']

export function DocumentSettingsFields({ form, onChange, errors }: { form: OfficeForm; onChange(next: OfficeForm): void; errors: FieldErrors }) {
  return (
    <fieldset className="print-group">
      <legend>{S.heading}</legend>
      <p className="muted small">{S.intro}</p>
      <Field id="office-documentFont" label={S.font} hint={S.fontHint} error={errorFor(errors, 'documentFont')} required>
        {(c) => (
          <>
            <input {...c} list="office-fonts" value={form.documentFont} autoComplete="off" onChange={(e) => onChange({ ...form, documentFont: e.target.value })} />
            <datalist id="office-fonts">
              {FONTS.map((f) => (
                <option key={f} value={f} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={form.thaiDigits !== 'false'} onChange={(e) => onChange({ ...form, thaiDigits: String(e.target.checked) })} /> {S.thaiDigits}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={form.preprintedPaper === 'true'} onChange={(e) => onChange({ ...form, preprintedPaper: String(e.target.checked) })} /> {S.preprinted}
      </label>
    </fieldset>
  )
}

/**
 * An office file saved at once, outside the office form (the Garuda, the PDF font): loaded when the
 * card appears, replaced from a file input, removed after a confirmation, with one error and one
 * flash message. `onChanged` hears every new value, so a caller can keep other state in step.
 */
function useOfficeFile<T>(options: {
  load(): Promise<Result<T | null>>
  save(files: File[]): Promise<Result<T | null>>
  remove(): Promise<Result<unknown>>
  onChanged?(value: T | null): void
  savedText: string
  removedText: string
}) {
  const [value, setValue] = useState<T | null | undefined>(undefined)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [busy, setBusy] = useState(false)
  const [flash, showFlash] = useFlash()
  const input = useRef<HTMLInputElement>(null)
  const { load } = options

  useEffect(() => {
    let live = true
    void load().then((r) => {
      if (!live) return
      if (r.ok) setValue(r.value)
      else setError(r.error)
    })
    return () => {
      live = false
    }
  }, [load])

  function settle(r: Result<unknown>, next: T | null, text: string): void {
    if (!r.ok) {
      setError(r.error)
      return
    }
    setError(null)
    setValue(next)
    options.onChanged?.(next)
    showFlash(text)
  }

  async function upload(files: File[]): Promise<void> {
    setBusy(true)
    const r = await options.save(files)
    setBusy(false)
    if (input.current) input.current.value = ''
    settle(r, r.ok ? r.value : null, options.savedText)
  }

  async function remove(): Promise<void> {
    settle(await options.remove(), null, options.removedText)
  }

  return { value, error, busy, flash, input, upload, remove }
}

const loadEmblem = () => invoke('office:emblem', {})
const loadPdfFont = () => invoke('office:pdfFont', {})

function imageUrl(image: EmblemImage): string {
  return `data:image/${image.type === 'png' ? 'png' : 'jpeg'};base64,${image.contentBase64}`
}

/** `onChanged` gets the office's new emblemFile, so the office form on screen does not save the old one back. */
export function EmblemCard({ onChanged }: { onChanged(emblemFile: EmblemImage['fileName'] | ''): void }) {
  const { value: image, error, busy, flash, input, upload, remove } = useOfficeFile<EmblemImage>({
    load: loadEmblem,
    save: async ([file]) => invoke('office:setEmblem', { fileName: file?.name ?? '', contentBase64: file ? await fileToBase64(file) : '' }),
    remove: () => invoke('office:setEmblem', { remove: true }),
    onChanged: (next) => onChanged(next?.fileName ?? ''),
    savedText: E.saved,
    removedText: E.removed
  })

  return (
    <>
      <section className="card" aria-labelledby="emblem-heading">
        <h2 id="emblem-heading">{E.heading}</h2>
        <p className="muted">{E.intro}</p>
        <ErrorBanner error={error} />
        <div className="emblem-row">
          {image ? <img className="emblem-preview" src={imageUrl(image)} alt={E.current} /> : image === null ? <p className="muted">{E.none}</p> : null}
          <button type="button" disabled={busy} onClick={() => input.current?.click()}>
            {busy ? E.uploading : image ? E.replace : E.choose}
          </button>
          <input
            ref={input}
            type="file"
            accept="image/png,image/jpeg"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={E.choose}
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (file) void upload([file])
            }}
          />
          {image && <ConfirmButton label={E.remove} question={E.removeQuestion} danger onConfirm={remove} disabled={busy} />}
          <Flash message={flash} />
        </div>
      </section>
      {/* The office's other file for documents, saved at once like the Garuda: shown after it. */}
      <PdfFontCard />
    </>
  )
}

function fontSummary(font: OfficeFontInfo): string {
  return P.current(font.familyName, font.regular.fullName, font.bold?.fullName ?? null, toThaiDigits(font.scale.toFixed(2)))
}

/** The office's own TTF for PDFs: chosen (regular, with its bold face), shown, removed. */
export function PdfFontCard() {
  const { value: font, error, busy, flash, input, upload, remove } = useOfficeFile<OfficeFontInfo>({
    load: loadPdfFont,
    save: async (files) =>
      invoke('office:setPdfFont', { files: await Promise.all(files.map(async (file) => ({ fileName: file.name, contentBase64: await fileToBase64(file) }))) }),
    remove: () => invoke('office:setPdfFont', { remove: true }),
    savedText: P.saved,
    removedText: P.removed
  })

  return (
    <section className="card" aria-labelledby="pdf-font-heading">
      <h2 id="pdf-font-heading">{P.heading}</h2>
      <p className="muted">{P.intro}</p>
      <ErrorBanner error={error} />
      {font === null && <p>{P.none}</p>}
      {font && <p>{fontSummary(font)}</p>}
      <div className="emblem-row">
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          {busy ? P.uploading : font ? P.replace : P.choose}
        </button>
        <input
          ref={input}
          type="file"
          accept=".ttf,font/ttf,font/sfnt,application/x-font-ttf"
          multiple
          className="visually-hidden"
          tabIndex={-1}
          aria-label={P.choose}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])]
            if (files.length > 0) void upload(files)
          }}
        />
        {font && <ConfirmButton label={P.remove} question={P.removeQuestion} danger onConfirm={remove} disabled={busy} />}
        <Flash message={flash} />
      </div>
    </section>
  )
}
