import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { diffPlans } from '../../src/diff/index.js';
import type { ResponsibilityChange, SectionChange } from '../../src/diff/index.js';
import { formatDiff } from '../../src/format/diff.js';
import { emptyPlan } from '../setup/empty-plan.js';
import { plan, ref, responsibility, src } from '../query/plan-builder.js';
import type { Section } from '../../src/model/types.js';

const section = (id: string, title: string, children: Section[] = []): Section => ({ id, number: id.split('.').at(-1) ?? id, title, role: 'other', children, source: src });

describe('plan diff: responsibilities', () => {
  const tc = responsibility('IV.4', 'Sở Tài chính', [ref('Sở Tài chính')], ['Bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.', 'Kiểm tra việc sử dụng kinh phí.']);

  it('pairs by unit whatever the number, and lists duties added, removed and reworded', () => {
    const edited = responsibility('IV.3', 'Sở Tài chính', [ref('Sở Tài chính')], [
      'Bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách nhà nước hiện hành.',
      'Tổng hợp dự toán của các đơn vị.',
    ]);
    const [c] = diffPlans(plan({ responsibilities: [tc] }), plan({ responsibilities: [edited] })).changes as ResponsibilityChange[];
    expect(c).toMatchObject({ kind: 'changed', moved: true, units: null, substantive: true });
    expect(c?.duties?.added).toEqual(['Tổng hợp dự toán của các đơn vị.']);
    expect(c?.duties?.removed).toEqual(['Kiểm tra việc sử dụng kinh phí.']);
    expect(c?.duties?.reworded.map((r) => r.words.filter((w) => w.op === 'added').map((w) => w.text.trim()))).toEqual([['nhà nước']]);
  });

  it('a section given to another unit with the same duties is one section whose unit changed', () => {
    const other = { ...tc, heading: 'Sở Kế hoạch và Đầu tư', units: [ref('Sở Kế hoạch và Đầu tư')] };
    const [c] = diffPlans(plan({ responsibilities: [tc] }), plan({ responsibilities: [other] })).changes as ResponsibilityChange[];
    expect(c).toMatchObject({ kind: 'changed', moved: false, units: { added: ['Sở Kế hoạch và Đầu tư'], removed: ['Sở Tài chính'] }, duties: null, heading: null });
  });

  it('"Đề nghị …" (requested) instead of an assignment is a change of mode', () => {
    const requested = { ...tc, heading: 'Đề nghị Sở Tài chính', mode: 'requested' as const };
    const [c] = diffPlans(plan({ responsibilities: [tc] }), plan({ responsibilities: [requested] })).changes as ResponsibilityChange[];
    expect(c?.mode).toEqual({ old: 'assigned', new: 'requested' });
  });
});

describe('plan diff: sections and header', () => {
  it('a section inserted before others: the new one is added and the others moved', () => {
    const old = emptyPlan({ outline: [section('I', 'MỤC ĐÍCH, YÊU CẦU'), section('II', 'NỘI DUNG')] });
    const nu = emptyPlan({ outline: [section('I', 'MỤC ĐÍCH, YÊU CẦU'), section('II', 'MỤC TIÊU'), section('III', 'NỘI DUNG')] });
    const cs = diffPlans(old, nu).changes as SectionChange[];
    expect(cs.map((c) => `${c.kind} ${c.old?.id ?? '-'} → ${c.new?.id ?? '-'} ${c.moved}`)).toEqual(['added - → II false', 'changed II → III true']);
  });

  it('number, date, title and signer are header changes', () => {
    const old = emptyPlan({ document: { number: null, date: null, title: 'Dự thảo Kế hoạch' } });
    const nu = emptyPlan({ document: { number: '12/KH-UBND', date: '2025-03-01', title: 'Kế hoạch' } });
    const fields = diffPlans(old, nu).changes.map((c) => (c.part === 'header' ? `${c.field} ${c.kind}` : c.part));
    expect(fields).toEqual(['number added', 'date added', 'title changed']);
  });
});

describe('plan diff: the terminal view', () => {
  const d = diffPlans(emptyPlan({ document: { title: 'Kế hoạch A' } }), emptyPlan({ document: { title: 'Kế hoạch B' } }));
  it('colours only when the CLI says so (a chalk of level > 0: a TTY without NO_COLOR)', () => {
    expect(formatDiff(d, 'text', new Chalk({ level: 1 }), 'en')).toContain('\x1b[');
    const plain = formatDiff(d, 'text', new Chalk({ level: 0 }), 'en');
    expect(plain).not.toContain('\x1b');
    expect(plain).toContain('title: Kế hoạch [-A-]{+B+}');
    expect(formatDiff(d, 'text', new Chalk({ level: 0 }), 'vi')).toContain('Trích yếu: Kế hoạch [-A-]{+B+}');
  });
  it('escape sequences from the document are removed (a hostile file cannot drive the terminal)', () => {
    const hostile = diffPlans(emptyPlan({ document: { title: 'A' } }), emptyPlan({ document: { title: 'B \x1b]0;pwned\x07' } }));
    expect(formatDiff(hostile, 'text', new Chalk({ level: 0 }))).not.toContain('\x1b');
  });
});
