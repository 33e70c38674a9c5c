import { describe, expect, it } from 'vitest';
import { parseDocumentNumber, typeAbbrevOf, typeNameOf } from '../../src/extract/doc-number.js';

describe('parseDocumentNumber', () => {
  it('an administrative number', () => {
    expect(parseDocumentNumber('446/KH-UBND')).toEqual({
      number: '446/KH-UBND', symbol: 'KH-UBND', type: 'KH', typeName: 'Kế hoạch', issuerCode: 'UBND', year: null,
    });
  });
  it('keeps a leading zero', () => {
    expect(parseDocumentNumber('0130/KH-UBND')).toMatchObject({ number: '0130/KH-UBND', type: 'KH' });
  });
  it('a draft with a blank number', () => {
    expect(parseDocumentNumber('     /KH-SCT')).toEqual({
      number: null, symbol: 'KH-SCT', type: 'KH', typeName: 'Kế hoạch', issuerCode: 'SCT', year: null,
    });
    expect(parseDocumentNumber('…/KH-UBND')).toMatchObject({ number: null, type: 'KH', issuerCode: 'UBND' });
  });
  it('a Quyết định and national codes', () => {
    expect(parseDocumentNumber('254/QĐ-UBND')).toMatchObject({ number: '254/QĐ-UBND', type: 'QĐ', typeName: 'Quyết định', issuerCode: 'UBND' });
    expect(parseDocumentNumber('252/KH-BCĐQG1237')).toMatchObject({ number: '252/KH-BCĐQG1237', type: 'KH', issuerCode: 'BCĐQG1237' });
    expect(parseDocumentNumber('4255/QĐ-BNN-KHCN')).toMatchObject({ type: 'QĐ', issuerCode: 'BNN-KHCN' });
  });
  it('a legal normative number carries the year', () => {
    expect(parseDocumentNumber('20/2022/QĐ-UBND')).toEqual({
      number: '20/2022/QĐ-UBND', symbol: 'QĐ-UBND', type: 'QĐ', typeName: 'Quyết định', issuerCode: 'UBND', year: 2022,
    });
    expect(parseDocumentNumber('80/2021/NĐ-CP')).toMatchObject({ type: 'NĐ', typeName: 'Nghị định', issuerCode: 'CP', year: 2021 });
    expect(parseDocumentNumber('61/2024/QH15')).toMatchObject({ number: '61/2024/QH15', type: null, issuerCode: 'QH15', year: 2024 });
  });
  it('removes a stray space before the slash or after the hyphen', () => {
    expect(parseDocumentNumber('57 /QĐ-LĐTBXH')).toMatchObject({ number: '57/QĐ-LĐTBXH', type: 'QĐ', issuerCode: 'LĐTBXH' });
    expect(parseDocumentNumber('223/KH- UBND')).toMatchObject({ number: '223/KH-UBND', issuerCode: 'UBND' });
  });
  it('a Party number joins number and symbol with a hyphen', () => {
    expect(parseDocumentNumber('12-NQ/TU')).toEqual({
      number: '12-NQ/TU', symbol: 'NQ/TU', type: 'NQ', typeName: 'Nghị quyết', issuerCode: 'TU', year: null,
    });
    expect(parseDocumentNumber('10-CTr/TU')).toMatchObject({ type: 'CTr', typeName: 'Chương trình' });
  });
  it('a công văn has no type; its symbol starts with the body', () => {
    expect(parseDocumentNumber('1621/SKHĐT-TH')).toMatchObject({ number: '1621/SKHĐT-TH', type: null, typeName: null, issuerCode: 'SKHĐT' });
  });
  it('keeps Đ ≠ D and QĐ ≠ QyĐ', () => {
    expect(parseDocumentNumber('58 /QD-SLDTBXH')).toMatchObject({ number: '58/QD-SLDTBXH', type: null });
    expect(parseDocumentNumber('3/QyĐ-UBND')).toMatchObject({ type: 'QyĐ', typeName: 'Quy định' });
    expect(parseDocumentNumber('3/DA-UBND')).toMatchObject({ type: 'DA', typeName: 'Dự án' });
    expect(parseDocumentNumber('3/ĐA-UBND')).toMatchObject({ type: 'ĐA', typeName: 'Đề án' });
    expect(parseDocumentNumber('3/kh-ubnd')).toBeNull();
  });
  it('accepts a leading "Số:" and stops before the place and date', () => {
    expect(parseDocumentNumber('Số: 446/KH-UBND    Hà Tĩnh, ngày 16 tháng 12 năm 2019'))
      .toMatchObject({ number: '446/KH-UBND', issuerCode: 'UBND' });
  });
  it('returns null for text that is not a number', () => {
    expect(parseDocumentNumber('')).toBeNull();
    expect(parseDocumentNumber('Hà Tĩnh')).toBeNull();
    expect(parseDocumentNumber('2019/2020')).toBeNull();
  });
});

describe('typeNameOf / typeAbbrevOf', () => {
  it('maps ND 30 abbreviations to names', () => {
    expect(typeNameOf('KH')).toBe('Kế hoạch');
    expect(typeNameOf('QĐ')).toBe('Quyết định');
    expect(typeNameOf('QyĐ')).toBe('Quy định');
    expect(typeNameOf('TTr')).toBe('Tờ trình');
    expect(typeNameOf('HD')).toBe('Hướng dẫn');
    expect(typeNameOf('HĐ')).toBe('Hợp đồng');
    expect(typeNameOf('QD')).toBeNull();
    expect(typeNameOf('kh')).toBeNull();
  });
  it('maps names to abbreviations, in any case and tone placement', () => {
    expect(typeAbbrevOf('Kế hoạch')).toBe('KH');
    expect(typeAbbrevOf('KẾ HOẠCH')).toBe('KH');
    expect(typeAbbrevOf('Chương trình hành động')).toBe('CTr');
    expect(typeAbbrevOf('Bản thoả thuận')).toBe('BTT');
    expect(typeAbbrevOf('Giấy uỷ quyền')).toBe('GUQ');
    expect(typeAbbrevOf('Quyết  định')).toBe('QĐ');
    expect(typeAbbrevOf('Công văn')).toBeNull();
  });
});
