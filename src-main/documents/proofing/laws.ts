/**
 * The laws, regulations and notifications the office's documents cite (every one the seed
 * cites), with the years they bear. Proofing flags a citation whose year is not one of these.
 *
 * `cite` is a regular-expression source matched against FOLDED text (text-view.ts: no spaces,
 * Arabic digits, ํา → ำ), from the citation's first word to just before "(ฉบับที่ N)" / "พ.ศ.".
 * It accepts the abbreviations offices use (พ.ร.บ., พรบ.). A year is accepted when it is the
 * year of the edition cited — "(ฉบับที่ N)" names amendment N — or, for a bare citation, one of
 * `bareYears`: the original's year, and the years of amendments by which the law is commonly
 * cited as amended ("พ.ร.บ.ว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. ๒๕๖๐").
 *
 * To add a law: its full name and year from the Royal Gazette (ราชกิจจานุเบกษา), a `cite` pattern
 * tolerant of the usual abbreviations, and a test in laws.test.ts.
 */
import type { IsoDate } from '@shared/thai'

export interface LawEntry {
  id: string
  /** The official name without its year, as messages quote it. */
  name: string
  cite: string
  /** Year (BE) of each edition: 1 = the original, N = (ฉบับที่ N). */
  editions: Readonly<Record<number, number>>
  /** Years accepted when no "(ฉบับที่ N)" is written. */
  bareYears: readonly number[]
  /** A name offices write that is not the law's name ("ข้อมูลข่าวสารของทางราชการ"). */
  misnomer?: { re: RegExp; wrong: string }
  /** Why a particular wrong year is a likely slip, told to the reader. */
  yearNotes?: Readonly<Record<number, string>>
  repealed?: { on: IsoDate; by: string }
}

/** พระราชบัญญัติ, or its abbreviations พ.ร.บ. / พรบ. (folded text keeps single dots). */
const ACT = '(?:พระราชบัญญัติ|พ\\.?ร\\.?บ\\.?)'

export const LAWS: readonly LawEntry[] = [
  {
    // พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ (ราชกิจจานุเบกษา เล่ม ๑๑๔ ตอนที่ ๔๖ ก,
    // ๑๐ กันยายน ๒๕๔๐). Never amended. The seed writes ๒๕๕๐ twice, and "ของทางราชการ".
    id: 'official-information-act',
    name: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ',
    cite: `${ACT}(?:ว่าด้วย)?ข้อมูลข่าวสาร(?:ของ(?:ทาง)?ราชการ|ฯ)`,
    editions: { 1: 2540 },
    bareYears: [2540],
    misnomer: { re: /ของทางราชการ/, wrong: 'ข้อมูลข่าวสารของทางราชการ' }
  },
  {
    // พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. ๒๕๕๐, amended by
    // (ฉบับที่ ๒) พ.ศ. ๒๕๖๐. "พ.ศ. ๒๕๖๐" alone is the common way to cite the act as amended.
    id: 'computer-crime-act',
    name: 'พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์',
    cite: `${ACT}(?:ว่าด้วย)?(?:การกระทำ(?:การ)?ความผิดเกี่ยวกับ)?คอมพิวเตอร์`,
    editions: { 1: 2550, 2: 2560 },
    bareYears: [2550, 2560]
  },
  {
    // พระราชบัญญัติว่าด้วยธุรกรรมทางอิเล็กทรอนิกส์ พ.ศ. ๒๕๔๔, amended by (ฉบับที่ ๒) พ.ศ. ๒๕๕๑,
    // (ฉบับที่ ๓) พ.ศ. ๒๕๖๒ and (ฉบับที่ ๔) พ.ศ. ๒๕๖๒. The seed writes ๒๕๕๔ once for ๒๕๔๔.
    id: 'electronic-transactions-act',
    name: 'พระราชบัญญัติว่าด้วยธุรกรรมทางอิเล็กทรอนิกส์',
    cite: `${ACT}(?:ว่าด้วย)?ธุรกรรมทาง(?:อิเล็กทรอนิกส์|อิเล็กทรอนิก|อิเล็คทรอนิกส์|อิเลคทรอนิกส์|อิเล็กทรอนิคส์)`,
    editions: { 1: 2544, 2: 2551, 3: 2562, 4: 2562 },
    bareYears: [2544, 2551, 2562],
    misnomer: { re: /อิเล็กทรอนิก(?!ส์)|อิเล็คทรอ|อิเลคทรอ|อิเล็กทรอนิคส์/, wrong: 'ธุรกรรมทางอิเล็กทรอนิกส์ (สะกดผิด)' }
  },
  {
    // ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. ๒๕๒๖, amended (ฉบับที่ ๒) พ.ศ. ๒๕๔๘,
    // (ฉบับที่ ๓) พ.ศ. ๒๕๖๐, (ฉบับที่ ๔) พ.ศ. ๒๕๖๔. Citing it by an amendment's year is common.
    id: 'correspondence-regulation',
    name: 'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ',
    cite: 'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ',
    editions: { 1: 2526, 2: 2548, 3: 2560, 4: 2564 },
    bareYears: [2526, 2548, 2560, 2564]
  },
  {
    // ประกาศกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เรื่อง หลักเกณฑ์การเก็บรักษาข้อมูลจราจรทาง
    // คอมพิวเตอร์ของผู้ให้บริการ พ.ศ. ๒๕๖๔ (ราชกิจจานุเบกษา ๑๓ สิงหาคม ๒๕๖๔, in force the next
    // day). The seed cites it as "พ.ศ. ๒๕๕๐": no such notification of this ministry exists — the
    // 2550 one was issued by กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร (the ministry's name before
    // 2559) and this 2564 notification repealed it. Every seed document is dated after the
    // repeal, so the right citation for them is this one, พ.ศ. ๒๕๖๔.
    id: 'mdes-traffic-data-notification',
    name: 'ประกาศกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เรื่อง หลักเกณฑ์การเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ของผู้ให้บริการ',
    cite: 'ประกาศกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมเรื่องหลักเกณฑ์การเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ของผู้ให้บริการ',
    editions: { 1: 2564 },
    bareYears: [2564],
    yearNotes: {
      2550: 'ประกาศเรื่องเดียวกันฉบับ พ.ศ. ๒๕๕๐ ออกโดยกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร และถูกยกเลิกแล้วตั้งแต่ ๑๔ สิงหาคม ๒๕๖๔'
    }
  },
  {
    // ประกาศกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร เรื่อง หลักเกณฑ์การเก็บรักษาข้อมูลจราจรทาง
    // คอมพิวเตอร์ของผู้ให้บริการ พ.ศ. ๒๕๕๐: right name and year, but repealed on 14 Aug 2021
    // (๑๔ สิงหาคม ๒๕๖๔) by the notification above.
    id: 'mict-traffic-data-notification',
    name: 'ประกาศกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร เรื่อง หลักเกณฑ์การเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ของผู้ให้บริการ',
    cite: 'ประกาศกระทรวงเทคโนโลยีสารสนเทศและการสื่อสารเรื่องหลักเกณฑ์การเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ของผู้ให้บริการ',
    editions: { 1: 2550 },
    bareYears: [2550],
    repealed: {
      on: '2021-08-14',
      by: 'ประกาศกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เรื่อง หลักเกณฑ์การเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ของผู้ให้บริการ พ.ศ. ๒๕๖๔'
    }
  },
  {
    // ประกาศสำนักงานปลัดกระทรวงสาธารณสุข เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์
    // ของหน่วยงาน พ.ศ. ๒๕๖๑: the ministry's announcement the request form is made under. The
    // issuer is part of the pattern: an office's own yearly announcement has the same title.
    id: 'ops-moph-web-publication-notification',
    name: 'ประกาศสำนักงานปลัดกระทรวงสาธารณสุข เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน',
    cite: 'ประกาศสำนักงานปลัดกระทรวงสาธารณสุขเรื่องแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน',
    editions: { 1: 2561 },
    bareYears: [2561]
  }
]
