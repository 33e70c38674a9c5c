import { describe, expect, it } from 'vitest';
import { CATALOGS, LANGS, t, msg, formatDate, formatNumber } from '../../src/i18n/index.js';
import { paramNames, render } from '../../src/i18n/format.js';

describe('the message catalogs', () => {
  const ids = (lang: 'vi' | 'en'): string[] => Object.keys(CATALOGS[lang]).sort();

  it('have the same ids in Vietnamese and English', () => {
    expect(ids('vi')).toEqual(ids('en'));
    expect(ids('en').length).toBeGreaterThan(100);
  });

  it('give each id the same parameters in both languages', () => {
    const differ = ids('en').filter((id) => paramNames(CATALOGS.en[id] ?? '').join() !== paramNames(CATALOGS.vi[id] ?? '').join());
    expect(differ).toEqual([]);
  });

  it('have no template left untranslated: a Vietnamese text differs from the English unless it is only names and options', () => {
    // Same in both languages on purpose: a template that is only parameters, or only the
    // option names and file names the user types.
    const same = ids('en').filter((id) => CATALOGS.en[id] === CATALOGS.vi[id] && /[a-z]{4,}/.test((CATALOGS.en[id] ?? '').replace(/\{[^}]*\}|--[a-z-]+|plan\.config\.yaml/g, '')));
    expect(same).toEqual([]);
  });
});

describe('the formatter', () => {
  it('writes counts with the word in its form: one form in Vietnamese, singular and plural in English', () => {
    const summary = (lang: 'vi' | 'en', errors: number, warnings: number): string => t(lang, 'report.summary', { total: errors + warnings, errors, warnings, infos: 0 });
    expect(summary('vi', 1, 0)).toBe('1 vấn đề (1 lỗi, 0 cảnh báo, 0 thông tin)');
    expect(summary('vi', 3, 2)).toBe('5 vấn đề (3 lỗi, 2 cảnh báo, 0 thông tin)');
    expect(summary('en', 1, 0)).toBe('1 problem (1 error, 0 warnings, 0 info)');
    expect(summary('en', 3, 1)).toBe('4 problems (3 errors, 1 warning, 0 info)');
  });

  it('writes numbers as the language does: 1.234,5 in Vietnamese, 1,234.5 in English', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(0.8, 'vi', 2)).toBe('0,80');
    expect(formatNumber(0.8, 'en', 2)).toBe('0.80');
  });

  it('writes dates dd/mm/yyyy in Vietnamese and keeps ISO in English', () => {
    expect(formatDate('2020-03-05', 'vi')).toBe('05/03/2020');
    expect(formatDate('2020-03', 'vi')).toBe('03/2020');
    expect(formatDate('2020-03-05', 'en')).toBe('2020-03-05');
    expect(formatDate('Quý I/2020', 'vi')).toBe('Quý I/2020');
  });

  it('quotes document text, joins lists as the language does, and renders nested messages in the same language', () => {
    const catalog = { 'x.list': 'giao cho {units:list}', 'x.nested': 'vì {why}', 'x.why': 'thiếu {n} dòng', 'list.and': 'và', 'list.none': '(không có)' };
    expect(render(catalog, 'vi', 'x.list', { units: ['Sở Tài chính', 'Sở Y tế', 'Công an tỉnh'] })).toBe('giao cho "Sở Tài chính", "Sở Y tế" và "Công an tỉnh"');
    expect(render(catalog, 'vi', 'x.list', { units: [] })).toBe('giao cho (không có)');
    expect(render(catalog, 'vi', 'x.nested', { why: msg('x.why' as never, { n: 2000 }) })).toBe('vì thiếu 2.000 dòng');
    // A missing parameter shows rather than vanishes.
    expect(render(catalog, 'vi', 'x.why', {})).toBe('thiếu {n} dòng');
  });

  it('cuts a long quote on a word boundary at the length the template gives', () => {
    const catalog = { q: 'nhiệm vụ {duty:quote:30}' };
    expect(render(catalog, 'vi', 'q', { duty: 'Tổ chức tuyên truyền về Cộng đồng ASEAN trên báo chí' })).toBe('nhiệm vụ "Tổ chức tuyên truyền về Cộng…"');
  });

  it('knows both languages', () => {
    expect(LANGS).toEqual(['vi', 'en']);
  });
});
