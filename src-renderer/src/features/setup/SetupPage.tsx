/**
 * First run: the office and its people, sent together with one submit (setup:complete saves both
 * or neither). Shown by the frame while app:info says setup is not complete.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { setupInput, type SetupInput } from '@shared/domain/schemas'
import type { AppErrorShape } from '@shared/result'
import { invoke } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { ErrorBanner } from '../../components/ErrorBanner'
import { checkInput, fieldErrorsOf, focusFirstError, withoutEdited } from '../../components/form-errors'
import { OfficeFields } from '../settings/OfficeFields'
import { PersonFields, PersonTitleOptions } from '../settings/PersonFields'
import { emptyOfficeForm, officeInputOf, OFFICE_MESSAGES, type OfficeForm } from '../settings/office-form'
import { emptyPersonForm, personInputOf, roleWarnings, type PersonForm } from '../settings/person-form'
import { TEXT as SETTINGS_TEXT } from '../settings/text'

const TEXT = {
  title: 'ตั้งค่าเริ่มต้นโต๊ะงานเผยแพร่ข้อมูล',
  intro: 'กรอกข้อมูลหน่วยงานและรายชื่อบุคลากรครั้งเดียว แก้ไขภายหลังได้ที่เมนู “ตั้งค่า” ช่องที่มี * ต้องกรอก',
  officeStep: '๑. ข้อมูลหน่วยงาน',
  peopleStep: '๒. บุคลากร',
  peopleIntro:
    'เพิ่มผู้ที่เกี่ยวข้องกับการเผยแพร่อย่างน้อย ๑ คน: ผู้ดูแลเว็บไซต์ ผู้อนุมัติ (สาธารณสุขอำเภอ) ผู้ช่วยสาธารณสุขอำเภอ และผู้ขอเผยแพร่ ชื่อและตำแหน่งจะพิมพ์ในเอกสารตามที่กรอกที่นี่',
  person: (n: number) => `บุคลากรคนที่ ${n}`,
  addPerson: 'เพิ่มบุคลากร',
  removePerson: 'นำออก',
  removePersonLabel: (n: number) => `นำบุคลากรคนที่ ${n} ออก`,
  submit: 'บันทึกและเริ่มใช้งาน',
  submitting: 'กำลังบันทึก…',
  failed: 'บันทึกไม่สำเร็จ:',
  warningsNote: 'บันทึกได้แม้ยังไม่ครบ แล้วเพิ่มภายหลังที่ “ตั้งค่า › บุคลากร”'
}

export function SetupPage() {
  const { refresh } = useAppState()
  const [office, setOffice] = useState<OfficeForm>(emptyOfficeForm)
  const [unitLineAuto, setUnitLineAuto] = useState(true)
  // The person installing the app is most often a webmaster.
  const [people, setPeople] = useState<PersonForm[]>(() => [emptyPersonForm(['webmaster'])])
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [busy, setBusy] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const formRef = useRef<HTMLFormElement>(null)
  const addedRef = useRef(false)

  useEffect(() => {
    if (attempt > 0) focusFirstError(formRef.current)
  }, [attempt])

  // After "เพิ่มบุคลากร", continue typing in the new row.
  useEffect(() => {
    if (!addedRef.current) return
    addedRef.current = false
    document.getElementById(`setup-person-${people.length - 1}-title`)?.focus()
  }, [people.length])

  const input: SetupInput = { office: officeInputOf(office), people: people.map(personInputOf) }
  const warnings = roleWarnings(people)

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (busy) return
    const checked = checkInput(setupInput, input, Object.fromEntries(Object.entries(OFFICE_MESSAGES).map(([k, v]) => [`office.${k}`, v])))
    if (!checked.ok) {
      setError(checked.error)
      setAttempt((n) => n + 1)
      return
    }
    setBusy(true)
    const result = await invoke('setup:complete', input)
    if (!result.ok) {
      setBusy(false)
      setError(result.error)
      setAttempt((n) => n + 1)
      // Set up meanwhile elsewhere (the CLI, another window): move on to the app.
      if (result.error.code === 'conflict') await refresh()
      return
    }
    setError(null)
    window.location.hash = '#/'
    // The frame now shows the register; this page goes away.
    await refresh()
  }

  const officeErrors = fieldErrorsOf(error, 'office')
  const peopleError = error?.fields?.people

  return (
    <main id="main" className="setup">
      <h1>{TEXT.title}</h1>
      <p className="muted">{TEXT.intro}</p>
      <form ref={formRef} onSubmit={submit} noValidate>
        <ErrorBanner error={error} title={TEXT.failed} />
        <section className="card" aria-labelledby="setup-office-heading">
          <h2 id="setup-office-heading">{TEXT.officeStep}</h2>
          <OfficeFields
            idPrefix="setup-office"
            form={office}
            onChange={(next) => {
              setError((e) => withoutEdited(e, office, next, 'office'))
              setOffice(next)
            }}
            errors={officeErrors}
            unitLineAuto={unitLineAuto}
            onUnitLineAutoChange={setUnitLineAuto}
          />
        </section>

        <section className="card" aria-labelledby="setup-people-heading">
          <h2 id="setup-people-heading">{TEXT.peopleStep}</h2>
          <p className="muted">{TEXT.peopleIntro}</p>
          <PersonTitleOptions />
          {peopleError && <div className="field-error">{peopleError}</div>}
          {people.map((person, i) => (
            <fieldset key={i} className="person-row">
              <legend>{TEXT.person(i + 1)}</legend>
              <PersonFields
                idPrefix={`setup-person-${i}`}
                form={person}
                errors={fieldErrorsOf(error, `people.${i}`)}
                onChange={(next) => {
                  setError((e) => withoutEdited(e, person, next, `people.${i}`, { positionText: 'positionLines' }))
                  setPeople((list) => list.map((p, j) => (j === i ? next : p)))
                }}
              />
              {people.length > 1 && (
                <button
                  type="button"
                  className="row-remove"
                  aria-label={TEXT.removePersonLabel(i + 1)}
                  onClick={() => {
                    setPeople((list) => list.filter((_, j) => j !== i))
                    // Field errors are keyed by row number, which just shifted.
                    setError(null)
                  }}
                >
                  {TEXT.removePerson}
                </button>
              )}
            </fieldset>
          ))}
          <button
            type="button"
            onClick={() => {
              addedRef.current = true
              setPeople((list) => [...list, emptyPersonForm()])
            }}
          >
            + {TEXT.addPerson}
          </button>
        </section>

        {warnings.length > 0 && (
          <div className="alert warn" role="status">
            <strong>{SETTINGS_TEXT.warnings.heading}</strong>
            <ul>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
            <span>{TEXT.warningsNote}</span>
          </div>
        )}

        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? TEXT.submitting : TEXT.submit}
          </button>
        </div>
      </form>
    </main>
  )
}
