/**
 * Roman numerals a scan misread: the capital I read as a lower-case l or a figure 1 ("Il.",
 * "IIl.", "I1."). A reader knows "Il. NHIỆM VỤ" after "I." is section II. The lexer reads such
 * a numeral only before a title in capitals; the paragraph reader keeps it only where it
 * continues the numbering, and says so with an info finding at the numeral.
 */
import { describe, expect, it } from 'vitest';
import { lexMarker } from '../../src/outline/lexer.js';
import { outline, read, rules } from '../layout/read.js';

const plan = (second: string, third: string): string => `ỦY BAN NHÂN DÂN HUYỆN KỲ ANH
Số: 12/KH-UBND
Kỳ Anh, ngày 4 tháng 3 năm 2026

KẾ HOẠCH
Phòng chống hạn hán năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Chủ động nguồn nước tưới cho vụ Hè Thu.

${second}

1. Nạo vét kênh mương nội đồng.

2. Sửa chữa trạm bơm.

${third}

1. Phòng Nông nghiệp: chủ trì, theo dõi việc thực hiện Kế hoạch.
`;

describe('a Roman numeral misread by a scan', () => {
  it('the lexer reads l and 1 mixed into I, V, X before a title in capitals as the numeral meant', () => {
    const m = lexMarker('Il. NHIỆM VỤ, GIẢI PHÁP');
    expect([m?.kind, m?.number, m?.value, m?.written]).toEqual(['roman', 'II', 2, 'Il']);
    expect(lexMarker('IIl. TỔ CHỨC THỰC HIỆN')?.number).toBe('III');
    expect(lexMarker('I1. KINH PHÍ')?.number).toBe('II');
    expect(lexMarker('Vl. CHẾ ĐỘ BÁO CÁO')?.number).toBe('VI');
  });

  it('not before a title in sentence case, not a list\'s "l.", not a numeral that is no Roman numeral once read', () => {
    expect(lexMarker('Il. Nhiệm vụ, giải pháp')).toBeNull();
    expect(lexMarker('Il. năm 2026 tổng kết')).toBeNull();
    expect(lexMarker('l. Xây dựng kế hoạch')?.kind).toBe('letter');
    expect(lexMarker('lI. NHIỆM VỤ')?.number).toBe('II');
    expect(lexMarker('IlII. NHIỆM VỤ')).toBeNull();
    expect(lexMarker('11. NHIỆM VỤ')?.kind).toBe('arabic');
  });

  it('is that section where it continues the numbering, with an info finding at its place', () => {
    const { plan: p, diagnostics } = read(plan('Il. NHIỆM VỤ, GIẢI PHÁP', 'IIl. TỔ CHỨC THỰC HIỆN'));
    expect(p.outline.map((s) => [s.id, s.title])).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU'],
      ['II', 'NHIỆM VỤ, GIẢI PHÁP'],
      ['III', 'TỔ CHỨC THỰC HIỆN'],
    ]);
    expect(outline(p).filter((l) => l.startsWith('II.'))).toEqual(['II.1 Nạo vét kênh mương nội đồng.', 'II.2 Sửa chữa trạm bơm.']);
    expect(rules(diagnostics, 'repair-ocr-numeral').map((d) => [d.place.line, d.place.column, d.severity])).toEqual([
      [12, 1, 'info'],
      [18, 1, 'info'],
    ]);
  });

  it('is not read where the numeral it stands for does not follow ("IIl." right after "I.")', () => {
    const { plan: p, diagnostics } = read(plan('IIl. NHIỆM VỤ, GIẢI PHÁP', 'III. TỔ CHỨC THỰC HIỆN'));
    expect(p.outline.map((s) => s.id)).toEqual(['I', 'III']);
    expect(rules(diagnostics, 'repair-ocr-numeral')).toEqual([]);
  });
});

describe('a Roman numeral written without its dot', () => {
  it('the lexer reads it before a title in capitals only', () => {
    const m = lexMarker('IV TỔ CHỨC THỰC HIỆN');
    expect([m?.kind, m?.number, m?.undotted]).toEqual(['roman', 'IV', true]);
    expect(lexMarker('V Tổ chức thực hiện')).toBeNull();
    expect(lexMarker('X QUANG')?.number).toBe('X');
    expect(lexMarker('V A')).toBeNull();
  });

  it('is that section where it continues the numbering, with an info finding; not where it does not', () => {
    const { plan: p, diagnostics } = read(plan('II NHIỆM VỤ, GIẢI PHÁP', 'III TỔ CHỨC THỰC HIỆN'));
    expect(p.outline.map((s) => [s.id, s.title])).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU'],
      ['II', 'NHIỆM VỤ, GIẢI PHÁP'],
      ['III', 'TỔ CHỨC THỰC HIỆN'],
    ]);
    expect(rules(diagnostics, 'repair-ocr-numeral').map((d) => d.place.line)).toEqual([12, 18]);
    // "X QUANG" after "I." is no section X: it stays in the text.
    const other = read(plan('X QUANG KỸ THUẬT SỐ', 'II. TỔ CHỨC THỰC HIỆN'));
    expect(other.plan.outline.map((s) => s.id)).toEqual(['I', 'II']);
  });
});
