/** Every Thai string of the evidence screen (หลักฐาน ITA), in one place for review. */

/** The screen's entry in the main menu. */
export const NAV_LABEL = 'หลักฐาน ITA'

export const TEXT = {
  title: 'หลักฐาน ITA (MOIT)',
  intro:
    'เลือกตัวชี้วัดและช่วงเวลา แล้วบันทึกเล่มหลักฐาน PDF (สารบัญ แล้วต่อด้วยบันทึกขออนุมัติ เอกสาร และแบบฟอร์มการขอเผยแพร่ของแต่ละรายการที่เผยแพร่แล้วในช่วงนั้น) หรือรายการตรวจหลักฐานแบบ MITAS (XLSX/CSV) พร้อมลิงก์สาธารณะ',
  fiscalYear: 'ปีงบประมาณ',
  indicator: 'ตัวชี้วัด',
  indicatorLoading: 'กำลังโหลดตัวชี้วัด…',
  noIndicators: (fy: number) => `ปีงบประมาณ ${fy} ยังไม่มีตัวชี้วัด — เพิ่มได้ที่หน้าตั้งค่า › ตัวชี้วัด`,
  period: 'ช่วงเวลา',
  periods: {
    year: 'ทั้งปีงบประมาณ (รอบ 12 เดือน)',
    round6: 'รอบ 6 เดือน (ต.ค.–มี.ค.)',
    quarter: (q: number) => `ไตรมาสที่ ${q} (${['ต.ค.–ธ.ค.', 'ม.ค.–มี.ค.', 'เม.ย.–มิ.ย.', 'ก.ค.–ก.ย.'][q - 1]})`
  },
  pack: 'บันทึกเล่มหลักฐาน (PDF)',
  packing: 'กำลังจัดทำเล่มหลักฐาน…',
  checklist: 'บันทึกรายการตรวจหลักฐาน',
  checklisting: 'กำลังจัดทำรายการตรวจ…',
  checklistFormat: 'รูปแบบรายการตรวจ',
  formats: { xlsx: 'Excel (XLSX)', csv: 'CSV (UTF-8)' },
  failed: 'ทำไม่สำเร็จ:',
  packDone: (items: number, pages: number) => `เล่มหลักฐาน ${items} รายการ ${pages} หน้า`,
  checklistDone: (rows: number, present: number) => `รายการตรวจ ${rows} รายการ มีหลักฐาน ${present} รายการ`,
  contents: 'สารบัญของเล่มที่บันทึก',
  columns: { number: 'ลำดับ', title: 'เรื่อง', published: 'วันที่เผยแพร่', parts: 'ส่วนประกอบ (หน้าเริ่มต้น)' },
  notMerged: 'ไม่ได้รวมในเล่ม',
  page: (n: number) => `หน้า ${n}`
}
