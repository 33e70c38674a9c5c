import { describe, expect, it } from 'vitest';
import { findDates, iso, parseVietnameseDate } from '../../src/extract/dates.js';

describe('iso', () => {
  it('formats a valid date with zero padding', () => {
    expect(iso(2019, 12, 16)).toBe('2019-12-16');
    expect(iso(2020, 6, 3)).toBe('2020-06-03');
  });
  it('rejects days that do not exist', () => {
    expect(iso(2020, 2, 31)).toBeNull();
    expect(iso(2021, 2, 29)).toBeNull();
    expect(iso(2020, 4, 31)).toBeNull();
    expect(iso(2020, 13, 1)).toBeNull();
    expect(iso(2020, 0, 1)).toBeNull();
    expect(iso(2020, 1, 0)).toBeNull();
  });
  it('knows leap years', () => {
    expect(iso(2020, 2, 29)).toBe('2020-02-29');
    expect(iso(2000, 2, 29)).toBe('2000-02-29');
    expect(iso(1900, 2, 29)).toBeNull();
  });
});

describe('parseVietnameseDate', () => {
  it('reads the header date after the place', () => {
    expect(parseVietnameseDate('Hà Tĩnh, ngày 16 tháng 12 năm 2019')).toBe('2019-12-16');
  });
  it('reads a padded day and month', () => {
    expect(parseVietnameseDate('ngày 01 tháng 12 năm 2025')).toBe('2025-12-01');
    expect(parseVietnameseDate('ngày 01 tháng 08 năm 2022')).toBe('2022-08-01');
  });
  it('reads numeric dates with and without "ngày"', () => {
    expect(parseVietnameseDate('ngày 26/6/2019')).toBe('2019-06-26');
    expect(parseVietnameseDate('03/6/2020')).toBe('2020-06-03');
    expect(parseVietnameseDate('ngày 19.01.2019')).toBe('2019-01-19');
  });
  it('returns null for a draft whose day is blank', () => {
    expect(parseVietnameseDate('ngày … tháng 4 năm 2026')).toBeNull();
    expect(parseVietnameseDate('Lào Cai, ngày      tháng 4 năm 2026')).toBeNull();
  });
  it('reads a date wrapped over two lines', () => {
    expect(parseVietnameseDate('Hà Tĩnh, ngày 22\ntháng 10 năm 2020')).toBe('2020-10-22');
    expect(parseVietnameseDate('ngày 22 tháng 12 năm\n2024 của Bộ Chính trị')).toBe('2024-12-22');
  });
  it('returns null for dates that do not exist', () => {
    expect(parseVietnameseDate('ngày 31/2/2020')).toBeNull();
    expect(parseVietnameseDate('ngày 30 tháng 13 năm 2020')).toBeNull();
    expect(parseVietnameseDate('ngày 32/1/2020')).toBeNull();
  });
  it('returns the first full date, skipping a short form without a year', () => {
    expect(parseVietnameseDate('trước ngày 15/7, chậm nhất ngày 20/7/2025')).toBe('2025-07-20');
  });
  it('does not read a document number or a period as a date', () => {
    expect(parseVietnameseDate('Nghị định số 80/2021/NĐ-CP')).toBeNull();
    expect(parseVietnameseDate('giai đoạn 2026-2030')).toBeNull();
    expect(parseVietnameseDate('tháng 6/2025')).toBeNull();
  });
  it('is case-insensitive and accepts NFD input', () => {
    expect(parseVietnameseDate('NGÀY 27 THÁNG 7 NĂM 2013')).toBe('2013-07-27');
    expect(parseVietnameseDate('Hà Tĩnh, ngày 16 tháng 12 năm 2019'.normalize('NFD'))).toBe('2019-12-16');
  });
  it('returns null when there is no date', () => {
    expect(parseVietnameseDate('')).toBeNull();
    expect(parseVietnameseDate('Thường xuyên')).toBeNull();
  });
});

describe('findDates', () => {
  it('keeps short forms introduced by "ngày", with a null ISO date', () => {
    const found = findDates('định kỳ trước ngày 01/6 và 15/11 hằng năm');
    expect(found).toHaveLength(1); // "15/11" alone, without "ngày" or a year, may be a ratio
    expect(found[0]).toMatchObject({ day: 1, month: 6, year: null, iso: null, dayWord: true });
  });
  it('gives offsets in the text', () => {
    const text = 'Căn cứ Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban';
    const [d] = findDates(text);
    expect(d && text.slice(d.index, d.end)).toBe('ngày 26/6/2019');
  });
});
