/** How a request is filed: category, fiscal year, publish-until date, the period covered, MOIT indicators. */
import { Field } from '../../components/Field'
import { useAppState } from '../../lib/app-state'
import { hrefOf } from '../../lib/router'
import { dateHint, type RequestForm } from './use-request-form'
import { TEXT } from './text'

const T = TEXT.editor

export function ClassificationSection({ f }: { f: RequestForm }) {
  const { categories } = useAppState()
  const { form, set, err, category, publish } = f
  return (
    <section className="card" aria-labelledby="editor-classify-heading">
      <h2 id="editor-classify-heading">{T.sections.classify}</h2>
      <div className="grid-3">
        <Field id="editor-category" label={T.category} required error={err('categoryCode')}>
          {(c) => (
            <select {...c} value={form.categoryCode} onChange={(e) => set('categoryCode', e.target.value)}>
              <option value="">{T.categoryPick}</option>
              {categories
                .filter((cat) => cat.active || cat.code === form.categoryCode)
                .map((cat) => (
                  <option key={cat.code} value={cat.code}>
                    {cat.code} {cat.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field id="editor-fiscal-year" label={T.fiscalYear} error={err('fiscalYear')} hint={form.fiscalYear === null ? T.fiscalYearAuto : undefined}>
          {(c) => (
            <div className="inline-control">
              <select {...c} value={f.fiscalYear} onChange={(e) => f.chooseFiscalYear(Number(e.target.value))}>
                {f.yearOptions.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
              {form.fiscalYear !== null && (
                <button type="button" onClick={() => set('fiscalYear', null)}>
                  {T.fiscalYearUseAuto(f.derivedYear)}
                </button>
              )}
            </div>
          )}
        </Field>
        <Field
          id="editor-publish-until"
          label={T.publishUntil}
          error={err('publishUntil')}
          hint={
            <>
              {category ? (category.defaultPublishMonths ? T.publishDefault(category.defaultPublishMonths) : T.publishDefaultNone) : null}{' '}
              {!publish.noEnd && dateHint(publish.date)}
            </>
          }
        >
          {(c) => (
            <div className="inline-control">
              <input
                {...c}
                type="date"
                value={publish.noEnd ? '' : publish.date}
                disabled={publish.noEnd}
                min={f.dateOk ? form.requestDate : undefined}
                onChange={(e) => set('publishUntil', { noEnd: false, date: e.target.value })}
              />
              <label className="check">
                <input type="checkbox" checked={publish.noEnd} onChange={(e) => set('publishUntil', { noEnd: e.target.checked, date: publish.date || f.defaultUntil })} />
                {T.publishNoEnd}
              </label>
            </div>
          )}
        </Field>
      </div>
      <div className="grid-3">
        <Field id="editor-period-start" label={T.periodStart} error={err('periodStart')} hint={dateHint(form.periodStart) ?? T.periodHint}>
          {(c) => <input {...c} type="date" value={form.periodStart} max={form.periodEnd || undefined} onChange={(e) => set('periodStart', e.target.value)} />}
        </Field>
        <Field id="editor-period-end" label={T.periodEnd} error={err('periodEnd')} hint={dateHint(form.periodEnd)}>
          {(c) => <input {...c} type="date" value={form.periodEnd} min={form.periodStart || undefined} onChange={(e) => set('periodEnd', e.target.value)} />}
        </Field>
      </div>
      <IndicatorChecklist f={f} />
    </section>
  )
}

/** The MOIT indicators of the request's fiscal year, as checkboxes. */
function IndicatorChecklist({ f }: { f: RequestForm }) {
  const { form, indicators, indicatorsError, fiscalYear } = f
  const error = f.err('indicatorIds')
  return (
    <fieldset className={`indicators${error ? ' has-error' : ''}`} aria-invalid={error ? true : undefined}>
      <legend>{T.indicators(fiscalYear)}</legend>
      {indicators === null && <p className="muted">{T.indicatorsLoading}</p>}
      {indicatorsError && <p className="field-error">{indicatorsError}</p>}
      {indicators && indicators.length === 0 && !indicatorsError && (
        <p className="muted">
          {T.indicatorsNone(fiscalYear)} <a href={hrefOf({ page: 'settings', tab: 'indicators' })}>{T.indicatorsSettings}</a>
        </p>
      )}
      {indicators && indicators.length > 0 && (
        <div className="indicator-grid">
          {indicators.map((i) => (
            <label key={i.id} className="check">
              <input type="checkbox" checked={form.indicatorIds.includes(i.id)} onChange={(e) => f.toggleIndicator(i.id, e.target.checked)} />
              <span>
                <strong>{i.code}</strong> {i.title}
              </span>
            </label>
          ))}
        </div>
      )}
      {error && <p className="field-error">{error}</p>}
      {f.notice && (
        <p className="muted" role="status">
          {f.notice}
        </p>
      )}
    </fieldset>
  )
}
