/**
 * Hand-made document models, copied from the seed's documents, for the renderers' tests before
 * (and independently of) the builders that make them from the register.
 */
import { MEMO_PAGE, MEMO_SIZES, type DocModel } from '@shared/documents/model'
import { toThaiDigits } from '@shared/thai'

const HEAD = { name: 'นายสะไกร แก้วโสม', positionLines: ['สาธารณสุขอำเภอศรีบุญเรือง'] }
const ASSISTANT = {
  name: 'นายจิรายุ ทินจง',
  positionLines: ['นักวิชาการสาธารณสุขชำนาญการ', 'ผู้ช่วยสาธารณสุขอำเภอศรีบุญเรือง (ด้านบริหาร)']
}

const body = (text: string) => ({
  type: 'paragraph' as const,
  runs: [{ text }],
  align: 'justify' as const,
  firstLineIndentCm: MEMO_SIZES.firstLineIndentCm,
  spaceBeforePt: 6
})

/** The seed's memo asking approval of the yearly announcement (ที่ นภ ๐๓๓๒/๘๗๘). */
export function sampleMemo(options: { emblem?: Uint8Array | null; preprinted?: boolean; urgency?: string | null; extraParagraphs?: number } = {}): DocModel {
  const paragraphs = [
    'ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ มาตรา ๙ (๘) ที่ระบุหน่วยงานของรัฐต้องจัดให้มีการเผยแพร่ข้อมูลข่าวสารของราชการให้ประชาชนตรวจดูได้ ตามเกณฑ์มาตรฐานความโปร่งใสและตัวชี้วัดความโปร่งใสของหน่วยงานของรัฐ นั้น',
    'งานข้อมูลและสารสนเทศ ได้จัดทำมาตรการ กลไก/การวางระบบในการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงานประจำปีงบประมาณ ๒๕๖๕ เพื่อใช้เป็นแนวทางในการเผยแพร่ข้อมูลของสำนักงานสาธารณสุขอำเภอศรีบุญเรือง ต่อสาธารณะและเพื่อกำหนดช่องทาง/หลักเกณฑ์ในการเข้าถึงและใช้ประโยชน์จากข้อมูลของประชาชนทั่วไป',
    'ดังนั้นงานข้อมูลและสารสนเทศ จึงขออนุญาตประกาศเผยแพร่มาตรการ กลไก/กระบวนการวางระบบในการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์/บอร์ดประชาสัมพันธ์ของสำนักงานสาธารณสุขอำเภอศรีบุญเรือง ประจำปีงบประมาณ ๒๕๖๕ ซึ่งได้แนบเอกสารดังกล่าวมาพร้อมแล้ว'
  ]
  const extra = Array.from({ length: options.extraParagraphs ?? 0 }, (_, i) => `${paragraphs[i % paragraphs.length]} (ย่อหน้าเพิ่มที่ ${toThaiDigits(String(i + 1))})`)
  return {
    kind: 'memo-announcement-approval',
    title: 'ขออนุมัติและขออนุญาตประกาศเผยแพร่ข้อมูลสู่สาธารณะผ่านเว็บไซต์ของหน่วยงาน',
    page: { ...MEMO_PAGE, thaiDigits: true },
    bodySizePt: MEMO_SIZES.body,
    blocks: [
      {
        type: 'memo-head',
        emblem: options.emblem ?? null,
        emblemHeightCm: MEMO_SIZES.emblemHeightCm,
        preprinted: options.preprinted ?? false,
        title: 'บันทึกข้อความ',
        titleSizePt: MEMO_SIZES.title,
        labelSizePt: MEMO_SIZES.label,
        urgency: options.urgency ?? null,
        rows: [
          [{ label: 'ส่วนราชการ', text: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง อ. ศรีบุญเรือง จ. หนองบัวลำภู โทร. ๐ ๔๒๓๕ ๓๐๔๕' }],
          [
            { label: 'ที่', text: 'นภ ๐๓๓๒/๘๗๘', widthFraction: 0.5 },
            { label: 'วันที่', text: '๒๔ ธันวาคม ๒๕๖๔', widthFraction: 0.5 }
          ],
          [{ label: 'เรื่อง', text: 'ขออนุมัติและขออนุญาตประกาศเผยแพร่ข้อมูลสู่สาธารณะผ่านเว็บไซต์/บอร์ดประชาสัมพันธ์ของหน่วยงาน' }]
        ]
      },
      { type: 'paragraph', runs: [{ text: 'เรียน  สาธารณสุขอำเภอศรีบุญเรือง' }], align: 'left', spaceBeforePt: 6 },
      ...[...paragraphs, ...extra].map(body),
      { ...body('จึงเรียนมาเพื่อโปรดทราบและพิจารณาอนุมัติ'), align: 'left' as const },
      { type: 'signature', signatureLines: 3, name: ASSISTANT.name, positionLines: ASSISTANT.positionLines, position: 'right-half' },
      {
        type: 'decision',
        options: ['อนุมัติ', 'ไม่อนุมัติ'],
        signer: HEAD,
        signatureLines: 3,
        dateLine: 'วันที่ ........ เดือน .................... พ.ศ. ........',
        position: 'right-half'
      }
    ]
  }
}

/** The seed's request form (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน). */
export function sampleRequestForm(): DocModel {
  const line = (label: string, text: string) => ({
    type: 'paragraph' as const,
    runs: [{ text: `${label} `, bold: true }, { text }],
    align: 'left' as const,
    spaceBeforePt: 4
  })
  const dateLine = 'วันที่ ...๒๔... เดือน ...ธันวาคม... พ.ศ. ...๒๕๖๔...'
  return {
    kind: 'request-form',
    title: 'แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน',
    page: { size: 'A4', marginsCm: { top: 2, right: 2, bottom: 2, left: 3 }, pageNumbers: 'none', thaiDigits: true },
    bodySizePt: 16,
    blocks: [
      { type: 'paragraph', runs: [{ text: 'แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงานในราชการบริหารส่วนกลาง', bold: true, sizePt: 18 }], align: 'center' },
      { type: 'paragraph', runs: [{ text: 'สำนักงานปลัดกระทรวงสาธารณสุข', bold: true, sizePt: 18 }], align: 'center' },
      { type: 'paragraph', runs: [{ text: 'ตามประกาศสำนักงานปลัดกระทรวงสาธารณสุข เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. ๒๕๖๑' }], align: 'center', spaceAfterPt: 12 },
      {
        type: 'table',
        columns: [{ header: 'แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน', weight: 1 }],
        rows: [
          ['ชื่อหน่วยงาน : สำนักงานสาธารณสุขอำเภอศรีบุญเรือง จังหวัดหนองบัวลำภู'],
          ['วัน/เดือน/ปี : ๒๔ ธันวาคม ๒๕๖๔'],
          ['หัวข้อ : ประกาศกรอบแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของสำนักงานสาธารณสุขอำเภอศรีบุญเรือง ปีงบประมาณ ๒๕๖๕'],
          ['รายละเอียดข้อมูล : ตามเอกสารแนบ'],
          ['Link ภายนอก : ไม่มี'],
          ['หมายเหตุ : -']
        ],
        repeatHeader: false
      },
      line('', ''),
      {
        type: 'signature-grid',
        columns: 2,
        items: [
          { caption: 'ผู้รับผิดชอบการให้ข้อมูล', signatureLines: 2, name: ASSISTANT.name, positionLines: ASSISTANT.positionLines, dateLine },
          { caption: 'ผู้อนุมัติรับรอง', signatureLines: 2, name: HEAD.name, positionLines: HEAD.positionLines, dateLine },
          { caption: 'ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่', signatureLines: 2, name: 'นายนพกร กุลสา', positionLines: ['พนักงานเครื่องคอมพิวเตอร์'], dateLine }
        ]
      }
    ]
  }
}

/** A quarterly-log-sized table: `rows` rows of the log's four columns. */
export function sampleLogTable(rows: number): DocModel {
  const titles = [
    'ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้างประจำปีงบประมาณ ๒๕๖๔',
    'ขออนุญาตเผยแพร่ผลการจัดซื้อจัดจ้างในรอบเดือน',
    'ขออนุญาตเผยแพร่การวางระบบในการจัดการเรื่องร้องเรียนของหน่วยงาน',
    'ขออนุญาตเผยแพร่การวิเคราะห์ความเสี่ยงเกี่ยวกับผลประโยชน์ทับซ้อนในหน่วยงาน'
  ]
  return {
    kind: 'quarterly-log',
    title: 'บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์',
    page: { ...MEMO_PAGE, marginsCm: { top: 2, right: 2, bottom: 2, left: 3 }, thaiDigits: true },
    bodySizePt: 16,
    blocks: [
      { type: 'paragraph', runs: [{ text: 'บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ของ สำนักงานสาธารณสุขอำเภอศรีบุญเรือง', bold: true }], align: 'center' },
      { type: 'paragraph', runs: [{ text: 'เดือน กรกฎาคม - กันยายน ๒๕๖๔', bold: true }], align: 'center', spaceAfterPt: 6 },
      {
        type: 'table',
        columns: [
          { header: 'วัน เดือน ปี', weight: 2 },
          { header: 'เรื่อง', weight: 6 },
          { header: 'เอกสารแนบ', weight: 2 },
          { header: 'หมายเหตุ', weight: 2 }
        ],
        rows: Array.from({ length: rows }, (_, i) => [`${toThaiDigits(String((i % 28) + 1))} สิงหาคม ๒๕๖๔`, titles[i % titles.length] as string, 'เอกสารและรูป', '']),
        repeatHeader: true
      }
    ]
  }
}
