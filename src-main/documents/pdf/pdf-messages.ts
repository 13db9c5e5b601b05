/** Every Thai sentence the PDF font layer shows a person, in one place for review. */

export const pdfMessages = {
  familyMissing: 'ยังไม่ได้ตั้งชื่อฟอนต์ของสำนักงาน — ใส่ชื่อฟอนต์ (เช่น TH Sarabun New) ในการตั้งค่าฟอนต์ แล้วลองอีกครั้ง',
  familyTaken: (family: string) =>
    `ชื่อฟอนต์ "${family}" ซ้ำกับฟอนต์ที่มากับโปรแกรม — ตั้งชื่ออื่นให้ฟอนต์ของสำนักงาน (เช่น TH Sarabun New)`,
  fileMissing: (path: string) =>
    `ไม่พบไฟล์ฟอนต์ "${path}" — ตรวจที่ตั้งไฟล์ในการตั้งค่าฟอนต์ของสำนักงาน แล้วลองอีกครั้ง`,
  notAFont: (path: string) =>
    `ไฟล์ "${path}" ไม่ใช่ไฟล์ฟอนต์ที่อ่านได้ — เลือกไฟล์ .ttf ของฟอนต์ (เช่น THSarabunNew.ttf)`,
  fontCollection: (path: string) =>
    `ไฟล์ "${path}" เป็นชุดฟอนต์หลายตัว (.ttc) — เลือกไฟล์ .ttf ของฟอนต์ตัวเดียว`,
  noThai: (path: string, missing: string) =>
    `ฟอนต์ในไฟล์ "${path}" ไม่มีตัวอักษรไทยครบ (ขาด ${missing}) — เลือกฟอนต์ภาษาไทย เช่น TH Sarabun New`,
  missingGlyphs: (fontName: string, characters: string) =>
    `ข้อความมีอักขระที่ฟอนต์ ${fontName} ไม่มี จึงจะพิมพ์ออกมาเป็นกล่องสี่เหลี่ยม: ${characters} — ` +
    'แก้ข้อความให้ใช้ตัวอักษรไทยหรืออังกฤษ แล้วลองอีกครั้ง'
} as const
