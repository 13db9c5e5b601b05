/** First-run setup: the office profile and its first people, saved together or not at all. */
import { AppError } from '@shared/result'
import { setupInput, type OfficeProfile, type SetupInput } from '@shared/domain/schemas'
import { writeTransaction, type ServiceContext } from '../context'
import type { OfficeService } from '../office/office-service'
import type { PeopleService } from '../people/people-service'
import { parseInput } from '../validate'

export class SetupService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly office: OfficeService,
    private readonly people: PeopleService
  ) {}

  isComplete(): boolean {
    return this.office.get() !== null && this.people.list(false).length > 0
  }

  complete(input: SetupInput): OfficeProfile {
    const s = parseInput(setupInput, input)
    if (this.isComplete()) throw new AppError('conflict', 'ตั้งค่าหน่วยงานไว้แล้ว — แก้ไขได้ที่หน้าตั้งค่า')
    return writeTransaction(this.ctx.db, () => {
      const profile = this.office.save(s.office, null)
      for (const person of s.people) this.people.save(person, null)
      return profile
    })
  }
}
