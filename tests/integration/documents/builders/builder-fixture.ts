/**
 * The register of the seed's office on the seed's day (24 December 2564, 10:00 in Thailand), the
 * templates as shipped, and what the builder tests check on every document: proofing finds
 * nothing, and no digit of the other kind is left anywhere.
 */
import { expect } from 'vitest'
import type { DocModel } from '@shared/documents/model'
import type { Person } from '@shared/domain/schemas'
import { makeContext, modelParagraphs, proofFactsOf, type BuildContext } from '../../../../src-main/documents/builders'
import { proofDocument } from '../../../../src-main/documents/proofing'
import { TemplateStore, type TemplateKind } from '../../../../src-main/documents/templates'
import { openFixture, type RegisterFixture } from '../../../helpers/register-fixtures'

export const SEED_DAY = '2021-12-24T03:00:00.000Z'

export interface BuilderFixture extends RegisterFixture {
  store: TemplateStore
  people: Person[]
  person(role: 'head' | 'assistant' | 'webmaster' | 'webmaster2'): Person
  ctx<K extends TemplateKind>(kind: K, options?: Partial<Omit<BuildContext<K>, 'template'>>): BuildContext<K>
}

export function openBuilderFixture(start = SEED_DAY): BuilderFixture {
  const f = openFixture({ start })
  const store = new TemplateStore(f.dir)
  const people = () => f.services.people.list()
  return {
    ...f,
    store,
    get people() {
      return people()
    },
    person(role) {
      return f.services.people.get(f.ids[role])
    },
    ctx<K extends TemplateKind>(kind: K, options: Partial<Omit<BuildContext<K>, 'template'>> = {}): BuildContext<K> {
      const office = f.services.office.get()
      if (!office) throw new Error('the fixture has no office')
      return makeContext<K>({ office, people: people(), template: store.load(kind), ...options })
    }
  }
}

/** Every string of every block passes proofing with the office and people as facts. */
export function expectProofClean(model: DocModel, f: BuilderFixture, document?: { date?: string; fiscalYear?: number }): void {
  const office = f.services.office.get()
  if (!office) throw new Error('the fixture has no office')
  const paragraphs = modelParagraphs(model)
  expect(paragraphs.length).toBeGreaterThan(3)
  const findings = proofDocument(paragraphs, proofFactsOf(office, f.people, document))
  expect(findings.map((x) => `${x.code}: ${x.excerpt} — ${x.messageTh}`)).toEqual([])
}

/** Every string of the model, for digit checks (URLs and e-mail addresses removed). */
export function allText(model: DocModel): string {
  return [model.title, ...modelParagraphs(model)]
    .join('\n')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '')
}

export function expectDigits(model: DocModel, thai: boolean): void {
  const text = allText(model)
  expect(/[0-9]/.test(text) && /[\u0e50-\u0e59]/.test(text)).toBe(false)
  expect(thai ? /[\u0e50-\u0e59]/.test(text) : /[0-9]/.test(text)).toBe(true)
}

export function paragraphTexts(model: DocModel): string[] {
  return model.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []))
}
