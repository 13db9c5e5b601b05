/**
 * The audit log, newest first, and the check of its hash chain: what an assessor asks to see.
 * Times are shown in Bangkok time whatever the PC's zone (the log stores UTC).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '@shared/domain/audit-vocabulary'
import type { AuditEntry, AuditVerification } from '@shared/domain/records'
import type { AppErrorShape } from '@shared/result'
import { invoke } from '../../lib/api'
import { hrefOf } from '../../lib/router'
import { ErrorBanner } from '../../components/ErrorBanner'
import { bangkokDateTime } from './bangkok-time'

const TEXT = {
  title: 'บันทึกการใช้งาน',
  intro:
    'ทุกการเปลี่ยนแปลงในทะเบียนถูกบันทึกต่อกันเป็นสายด้วยค่าแฮช หากมีผู้แก้ไข ลบ หรือแทรกรายการภายหลัง การตรวจสอบจะชี้รายการแรกที่ผิดปกติ',
  verify: 'ตรวจสอบความถูกต้อง',
  verifying: 'กำลังตรวจสอบ…',
  verifyOk: (n: number) => `บันทึกการใช้งานถูกต้องครบถ้วน — ตรวจแล้ว ${n.toLocaleString('th-TH')} รายการ ไม่พบการแก้ไข ลบ หรือแทรกรายการ`,
  verifyBad: (seq: number) => `พบความผิดปกติตั้งแต่รายการลำดับที่ ${seq}:`,
  verifyBadCount: (n: number) => `(ตรวจถึงรายการที่ ${n.toLocaleString('th-TH')} แล้วหยุด)`,
  problem: { changed: 'ถูกแก้ไข', removed: 'ถูกลบ', inserted: 'ถูกแทรก' },
  showBad: (seq: number) => `แสดงรายการลำดับที่ ${seq}`,
  loading: 'กำลังโหลด…',
  empty: 'ยังไม่มีบันทึกการใช้งาน',
  columns: { seq: 'ลำดับ', at: 'วันเวลา', actor: 'ผู้ดำเนินการ', action: 'การดำเนินการ', entity: 'รายการ', detail: 'รายละเอียด', hash: 'แฮช' },
  caption: (from: number, to: number) => `รายการลำดับที่ ${from}–${to} (ใหม่สุดอยู่บน)`,
  newer: '‹ ใหม่กว่า',
  older: 'เก่ากว่า ›',
  newest: 'ล่าสุด',
  pager: 'เปลี่ยนหน้าบันทึกการใช้งาน',
  show: 'ดู',
  hashTitle: (hash: string) => `ค่าแฮชเต็ม: ${hash}`,
  verbal: ' (ทางวาจา)'
}

const PAGE_SIZE = 50

function actionLabel(e: AuditEntry): string {
  // An entry written by a later version can carry a kind this one has no label for: show its code.
  const label = (AUDIT_ACTION_LABELS as Record<string, string>)[e.action] ?? e.action
  const verbal = e.action === 'request.approve' && typeof e.detail === 'object' && e.detail !== null && 'verbal' in e.detail && e.detail.verbal === true
  return verbal ? label + TEXT.verbal : label
}

function entityLabel(e: AuditEntry): string {
  const label = (AUDIT_ENTITY_LABELS as Record<string, ((id: string) => string) | undefined>)[e.entity]
  return label ? label(e.entityId) : `${e.entity} ${e.entityId}`
}

export function AuditPage() {
  const [offset, setOffset] = useState(0)
  const [entries, setEntries] = useState<AuditEntry[] | null>(null)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [verification, setVerification] = useState<AuditVerification | null>(null)
  const [verifyError, setVerifyError] = useState<AppErrorShape | null>(null)
  const [verifying, setVerifying] = useState(false)
  /** The newest sequence number seen: pages are found from it (seq n is at offset newest − n). */
  const newestSeq = useRef<number | null>(null)
  const tableRef = useRef<HTMLTableElement>(null)

  // The rows on screen stay until the next page arrives: no flicker, and focus can stay in the table.
  const load = useCallback(async (at: number) => {
    const result = await invoke('audit:list', { offset: at, limit: PAGE_SIZE })
    if (!result.ok) {
      setError(result.error)
      setEntries([])
      return
    }
    setError(null)
    if (at === 0) newestSeq.current = result.value[0]?.seq ?? null
    setEntries(result.value)
  }, [])

  useEffect(() => {
    void load(offset)
  }, [offset, load])

  async function verify() {
    setVerifying(true)
    setVerifyError(null)
    const result = await invoke('audit:verify', {})
    setVerifying(false)
    if (result.ok) setVerification(result.value)
    else {
      setVerification(null)
      setVerifyError(result.error)
    }
    // Show the rows as they are now, not as they were when the page was opened.
    await load(offset)
  }

  function showSeq(seq: number) {
    const newest = newestSeq.current ?? seq
    const target = Math.max(0, Math.floor((newest - seq) / PAGE_SIZE) * PAGE_SIZE)
    if (target !== offset) setOffset(target)
    else void load(offset)
    tableRef.current?.focus()
  }

  const badSeq = verification && !verification.ok ? verification.firstBadSeq : null
  const first = entries?.[0]
  const last = entries?.at(-1)

  return (
    <div className="audit">
      <div className="section-head">
        <h1>{TEXT.title}</h1>
        <button type="button" className="primary" onClick={() => void verify()} disabled={verifying}>
          {verifying ? TEXT.verifying : TEXT.verify}
        </button>
      </div>
      <p className="muted">{TEXT.intro}</p>

      <div role="status" aria-live="polite">
        {verification?.ok && <div className="alert ok">{TEXT.verifyOk(verification.entries)}</div>}
      </div>
      {verification && !verification.ok && (
        <div className="alert error" role="alert">
          <strong>{TEXT.verifyBad(verification.firstBadSeq)}</strong> {verification.message} <span className="muted">{TEXT.verifyBadCount(verification.entries)}</span>{' '}
          <button type="button" onClick={() => showSeq(verification.firstBadSeq)}>
            {TEXT.showBad(verification.firstBadSeq)}
          </button>
        </div>
      )}
      <ErrorBanner error={verifyError ?? error} />

      {entries === null ? (
        <p role="status">{TEXT.loading}</p>
      ) : entries.length === 0 && offset === 0 ? (
        <p>{TEXT.empty}</p>
      ) : (
        <>
          <table className="data-table audit-table" ref={tableRef} tabIndex={-1}>
            {first && last && <caption>{TEXT.caption(last.seq, first.seq)}</caption>}
            <thead>
              <tr>
                <th scope="col" className="col-seq">{TEXT.columns.seq}</th>
                <th scope="col" className="col-at">{TEXT.columns.at}</th>
                <th scope="col">{TEXT.columns.actor}</th>
                <th scope="col">{TEXT.columns.action}</th>
                <th scope="col">{TEXT.columns.entity}</th>
                <th scope="col" className="col-detail">{TEXT.columns.detail}</th>
                <th scope="col" className="col-hash">{TEXT.columns.hash}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq} className={e.seq === badSeq ? 'bad-row' : undefined}>
                  <td className="num">{e.seq}</td>
                  <td className="nowrap" title={e.at}>
                    {bangkokDateTime(e.at)}
                  </td>
                  <td>{e.actorName}</td>
                  <td>{actionLabel(e)}</td>
                  <td>
                    {e.entity === 'request' ? <a href={hrefOf({ page: 'request', id: Number(e.entityId) })}>{entityLabel(e)}</a> : entityLabel(e)}
                  </td>
                  <td>
                    <details>
                      <summary>{TEXT.show}</summary>
                      <pre className="audit-detail">{JSON.stringify(e.detail, null, 2)}</pre>
                    </details>
                  </td>
                  <td className="mono" title={TEXT.hashTitle(e.hash)}>
                    {e.hash.slice(0, 12)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label={TEXT.pager}>
            <button type="button" disabled={offset === 0} onClick={() => setOffset(0)}>
              {TEXT.newest}
            </button>
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
              {TEXT.newer}
            </button>
            <button type="button" disabled={entries.length < PAGE_SIZE} onClick={() => setOffset(offset + PAGE_SIZE)}>
              {TEXT.older}
            </button>
          </nav>
        </>
      )}
    </div>
  )
}
