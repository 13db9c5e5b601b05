/** The seed's office and people, as the unit tests of the checks use them. */
import type { ProofFacts } from './types'

export const FACTS: ProofFacts = {
  office: {
    name: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง',
    shortName: 'สสอ.ศรีบุญเรือง',
    district: 'ศรีบุญเรือง',
    province: 'หนองบัวลำภู',
    parentAgency: 'สำนักงานสาธารณสุขจังหวัดหนองบัวลำภู'
  },
  people: [
    { title: 'นาย', fullName: 'สะไกร แก้วโสม' },
    { title: 'นาย', fullName: 'จิรายุ ทินจง' },
    { title: 'นาย', fullName: 'นพกร กุลสา' },
    { title: 'นางสาว', fullName: 'วรรณา ศรีสุข' }
  ]
}

export function withDocument(document: NonNullable<ProofFacts['document']>): ProofFacts {
  return { ...FACTS, document }
}
