/**
 * The printing flow's state, shared by the print panel (the documents of requests and of a fiscal
 * year) and the report screen: the preview made from the spec on screen after a short pause (an
 * answer to an older spec is dropped), proofing's findings and the ones the person ticked, and one
 * action at a time that makes a file (its outcome, or its Thai error). Export is offered only for
 * the preview on screen with every finding acknowledged; the service checks this again.
 */
import { useEffect, useRef, useState } from 'react'
import type { DocumentPreview, MemoDocumentKind, MemoSectionDefault } from '@shared/domain/documents-schemas'
import type { AppErrorShape } from '@shared/result'
import type { Outcome } from '../../components/OutcomeBanner'
import { errorShapeOf } from '../../components/form-errors'
import { call } from '../../lib/api'
import { acknowledgedIds, canExport, sameSpec, unacknowledged } from './print-spec'
import { TEXT } from './text'

const PREVIEW_PAUSE_MS = 600

/**
 * A memo's sections as the template in use has them, loaded once per kind while the screen is
 * open; null until loaded, and for no memo (`kind` null). A failed load is told to `onError`.
 */
export function useSectionDefaults(kind: MemoDocumentKind | null, onError: (error: AppErrorShape) => void): MemoSectionDefault[] | null {
  const [loaded, setLoaded] = useState<Partial<Record<MemoDocumentKind, MemoSectionDefault[]>>>({})
  useEffect(() => {
    if (kind === null || loaded[kind]) return
    let live = true
    call('documents:sections', { kind }).then(
      (s) => live && setLoaded((d) => ({ ...d, [kind]: s })),
      (e: unknown) => live && onError(errorShapeOf(e))
    )
    return () => {
      live = false
    }
  }, [kind, loaded])
  return kind === null ? null : (loaded[kind] ?? null)
}

/** The findings ticked "ตรวจแล้ว", with the toggle FindingsList calls and a way to untick them all. */
export function useAcknowledged(): [ReadonlySet<string>, (id: string, checked: boolean) => void, () => void] {
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set())
  const toggle = (id: string, checked: boolean) =>
    setAcknowledged((a) => {
      const next = new Set(a)
      if (checked) next.add(id)
      else next.delete(id)
      return next
    })
  return [acknowledged, toggle, () => setAcknowledged(new Set())]
}

export interface PrintFlowInput<S, V extends DocumentPreview> {
  /** The document chosen now: a preview of another one is not shown (its findings are not this one's). */
  document: string
  /** What the preview is made from; a different spec makes a new preview after a pause. */
  spec: S
  /** False while something the spec needs is still loading (a memo's sections): no preview yet. */
  ready: boolean
  /** Makes the preview of `spec` (the one of this render). */
  load(): Promise<V>
  /** Told when an action starts and ends, in the same update as the flow's own state. */
  onBusyChange?(busy: boolean): void
}

export function usePrintFlow<S, V extends DocumentPreview>({ document, spec, ready, load, onBusyChange }: PrintFlowInput<S, V>) {
  const [preview, setPreview] = useState<{ document: string; spec: S; value: V } | null>(null)
  const [preparing, setPreparing] = useState(false)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [acknowledged, toggle] = useAcknowledged()
  const [busy, setBusy] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const sequence = useRef(0)

  async function prepare(): Promise<void> {
    const mine = ++sequence.current
    const asked = { document, spec }
    setPreparing(true)
    try {
      const value = await load()
      if (mine !== sequence.current) return
      setPreview({ ...asked, value })
      setError(null)
    } catch (e) {
      if (mine !== sequence.current) return
      setError(errorShapeOf(e))
    } finally {
      if (mine === sequence.current) setPreparing(false)
    }
  }

  // Follows the spec after a pause, so typing in a section does not render on every key.
  const fresh = preview !== null && preview.document === document && sameSpec(preview.spec, spec)
  useEffect(() => {
    if (!ready || fresh) return
    const timer = window.setTimeout(() => void prepare(), preview === null ? 0 : PREVIEW_PAUSE_MS)
    return () => window.clearTimeout(timer)
    // prepare reads the spec of this render: re-run only when the spec changes.
  }, [spec, ready])

  /** Runs one action (`what` names it for its button) and shows its outcome or its error. */
  async function run(what: string, work: () => Promise<Outcome>): Promise<void> {
    // Told in the same update as the flow's own state (not from an effect a render later), so a
    // dialog around it never closes on Escape while a file is made, nor stays shut once it is done.
    setBusy(what)
    onBusyChange?.(true)
    setOutcome(null)
    try {
      setOutcome(await work())
      setError(null)
    } catch (e) {
      setError(errorShapeOf(e))
    } finally {
      setBusy(null)
      onBusyChange?.(false)
    }
  }

  const shown = preview && preview.document === document ? preview.value : null
  const findings = shown?.findings ?? null
  const left = findings ? unacknowledged(findings, acknowledged).length : 0
  return {
    /** The last preview made, of whichever document and spec. */
    preview,
    /** The preview of the document chosen now, if any. */
    shown,
    preparing,
    /** The preview on screen was made from the spec on screen. */
    fresh,
    error,
    setError,
    findings,
    acknowledged,
    toggle,
    /** The ticked ids of the findings on screen, as an export sends them. */
    acknowledgedIds: () => acknowledgedIds(findings ?? [], acknowledged),
    busy,
    outcome,
    setOutcome,
    exportable: canExport({ fresh: fresh && !preparing, findings, acknowledged, busy: busy !== null }),
    /** What the actions' status line says: preparing, out of date, or findings still to tick. */
    status: preparing ? TEXT.preparing : error ? '' : !fresh && shown ? TEXT.stale : left > 0 ? TEXT.toAcknowledge(left) : '',
    prepare,
    run
  }
}

/** The flow as the shared pieces of the result column read it (PrintResult.tsx). */
export type PrintFlow = ReturnType<typeof usePrintFlow<unknown, DocumentPreview>>
