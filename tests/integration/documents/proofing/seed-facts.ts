/** The seed's office and the three people its documents sign, as proofing sees them. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ProofFacts } from '../../../../src-main/documents/proofing'
import { SEED_OFFICE, SEED_PEOPLE } from '../../../helpers/register-fixtures'

/**
 * A byte-for-byte copy of ../shared/seed/moit1-evidence-pack-sribunrueang-2565.txt, kept with the
 * tests so they run from a plain clone of the repository (seed.test.ts checks they still agree).
 */
export const SEED_PATH = fileURLToPath(new URL('./fixtures/moit1-evidence-pack-sribunrueang-2565.txt', import.meta.url))
/** Where the project's shared seed lives next to the repository, when it does. */
export const SHARED_SEED_PATH = fileURLToPath(new URL('../../../../../shared/seed/moit1-evidence-pack-sribunrueang-2565.txt', import.meta.url))

/** The seed, one paragraph per line (it was typed in a word processor, a line per paragraph). */
export function seedParagraphs(): string[] {
  return readFileSync(SEED_PATH, 'utf8').split('\n')
}

export const SEED_FACTS: ProofFacts = {
  office: {
    name: SEED_OFFICE.name,
    shortName: SEED_OFFICE.shortName,
    district: SEED_OFFICE.district,
    province: SEED_OFFICE.province,
    parentAgency: SEED_OFFICE.parentAgency ?? ''
  },
  people: [SEED_PEOPLE.head, SEED_PEOPLE.assistant, SEED_PEOPLE.webmaster].map((p) => ({ title: p.title, fullName: p.fullName }))
}
