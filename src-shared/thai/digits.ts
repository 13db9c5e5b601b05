// Thai digit helpers. Official Thai documents (memos, letters) print numbers with Thai digits
// ๐-๙ (U+0E50..U+0E59); data is stored with Arabic digits. These helpers convert between them.

const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;

/** Replace every Arabic digit 0-9 with the Thai digit ๐-๙. Other characters are untouched. */
export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + d.charCodeAt(0) - ARABIC_ZERO));
}

/** Replace every Thai digit ๐-๙ with the Arabic digit 0-9. Other characters are untouched. */
export function toArabicDigits(s: string): string {
  return s.replace(/[\u0e50-\u0e59]/g, (d) => String.fromCharCode(ARABIC_ZERO + d.charCodeAt(0) - THAI_ZERO));
}

/** Thai digits when `thaiDigits` is true, otherwise Arabic digits (whatever the input used). */
export function formatDigits(s: string, thaiDigits: boolean): string {
  return thaiDigits ? toThaiDigits(s) : toArabicDigits(s);
}
