import { describe, expect, it } from 'vitest';
import { formatDigits, toArabicDigits, toThaiDigits } from './digits';

describe('digits', () => {
  it('converts Arabic to Thai digits and leaves other text alone', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(toThaiDigits('ที่ สธ 0032/1234 ปี 2564')).toBe('ที่ สธ ๐๐๓๒/๑๒๓๔ ปี ๒๕๖๔');
  });

  it('converts Thai to Arabic digits', () => {
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(toArabicDigits('๒๔ ธันวาคม ๒๕๖๔')).toBe('24 ธันวาคม 2564');
  });

  it('round-trips', () => {
    const s = 'a1b2 ๓๔ 5678-90 ไทย';
    expect(toArabicDigits(toThaiDigits(s))).toBe('a1b2 34 5678-90 ไทย');
    expect(toThaiDigits(toArabicDigits(s))).toBe('a๑b๒ ๓๔ ๕๖๗๘-๙๐ ไทย');
    expect(toThaiDigits('')).toBe('');
  });

  it('formatDigits picks the digit set', () => {
    expect(formatDigits('12 ๓๔', true)).toBe('๑๒ ๓๔');
    expect(formatDigits('12 ๓๔', false)).toBe('12 34');
  });
});
