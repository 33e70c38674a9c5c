import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { renderReport } from '../../src/format/report/index.js';
import { REPORT_SCRIPT } from '../../src/format/report/script.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { plan, ref, responsibility, task, year } from '../query/plan-builder.js';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Root } from 'hast';

/** The elements a browser builds from the page, by tag name (parsed as HTML5 parsers do). */
function tagsOf(html: string): string[] {
  const tags: string[] = [];
  const stack: (Root | Element)[] = [unified().use(rehypeParse).parse(html)];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'element') tags.push(node.tagName);
    for (const child of node.children) if (child.type === 'element') stack.push(child);
  }
  return tags;
}
const attr = (s: string): string => s.replace(/&#x27;/g, "'").replace(/&#x22;/g, '"');

const TT = ref('Sở TT&TT', 'Sở Thông tin và Truyền thông');
const GD = ref('Sở Giáo dục và Đào tạo');
const ALL = ref('Các sở, ban, ngành');

function sample() {
  return plan({
    number: '7/KH-UBND',
    tasks: [task('I.1', 'Tuyên truyền', [TT], [GD]), task('I.2', 'Tập huấn', [TT], [ALL]), task('II.1', 'Thi tìm hiểu', [GD], [TT], null)],
    responsibilities: [responsibility('III.1', 'Sở Thông tin và Truyền thông', [TT], ['Chủ trì triển khai.'])],
  });
}

const finding: Diagnostic = { ruleId: 'task-owner-mismatch', severity: 'error', message: 'Task I.2 names another lead.', place: { line: 3, column: 1 }, taskId: 'I.2' };

describe('renderReport: a page that makes no request', () => {
  const html = renderReport([{ file: 'plan.txt', plan: sample(), findings: [finding], lines: [{ kind: 'line', line: 3, text: 'Dòng ba của văn bản' }] }]);

  it('forbids the network in its Content-Security-Policy and allows its one script by hash', () => {
    const csp = attr(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '');
    expect(csp).toContain("default-src 'none'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toBe(REPORT_SCRIPT);
    expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('links only inside itself: no src, no <link>, every href a fragment', () => {
    expect(html).not.toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<link/);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !h.startsWith('#'))).toEqual([]);
    // every fragment names an element of the page
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
    expect(hrefs.filter((h) => !ids.has(h.slice(1)))).toEqual([]);
  });

  it('is Vietnamese by default, with CT / PH cells and row totals', () => {
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Ma trận đơn vị × nhiệm vụ');
    // Sở TT&TT leads I.1 and I.2 and supports II.1: CT CT PH, then 2 / 1 / 3
    const row = /<tr data-load="3"[^>]*><th scope="row"><a href="#p1-unit-1"[^>]*>Sở Thông tin và Truyền thông<\/a><\/th>(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect([...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1])).toEqual(['CT', 'CT', 'PH', '2', '1', '3']);
  });

  it('flags the task a finding names, and quotes the line it points to', () => {
    expect(html).toMatch(/<th scope="col" data-task="I\.2" class="has-finding"/);
    expect(html).not.toMatch(/data-task="I\.1" class="has-finding"/);
    expect(html).toContain('<div class="src" id="p1-line-3"><span class="ln">dòng 3</span><code>Dòng ba của văn bản</code></div>');
    expect(html).toContain('<a href="#p1-line-3">dòng 3</a>');
  });

  it('marks collectives and gives each unit a dossier with its duties', () => {
    expect(html).toMatch(/Các sở, ban, ngành<\/a><span class="coll" title="tập thể"> \*<\/span>/);
    const dossier = /<section class="dossier" id="p1-unit-1"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(dossier).toContain('Chủ trì triển khai.');
    expect(dossier).toContain('Nhiệm vụ chủ trì (2)');
    expect(dossier).toContain('<a href="#p1-task-II.1">II.1</a>');
  });
});

describe('renderReport: document text stays text', () => {
  const evil = plan({
    tasks: [task('1', '<img src=x onerror="alert(1)"> & <script>alert(2)</script>', [ref('Sở "A" <b>')], [], year(2020))],
  });
  const html = renderReport([{ file: '<x>.txt', plan: { ...evil, document: { ...evil.document, title: 'Kế hoạch \u202eđảo chiều\u202c' } }, findings: [] }]);

  it('escapes markup in descriptions, unit names, titles and file names', () => {
    const tags = tagsOf(html);
    for (const evilTag of ['img', 'b', 'x']) expect(tags).not.toContain(evilTag);
    expect(tags.filter((t) => t === 'script')).toHaveLength(1);
    // as text in a cell, and inside a quoted attribute (where "<" is harmless and '"' is escaped)
    expect(html).toContain('<td>&#x3C;img src=x onerror="alert(1)"> &#x26; &#x3C;script>alert(2)&#x3C;/script></td>');
    expect(html).toContain('title="<img src=x onerror=&#x22;alert(1)&#x22;> &#x26; <script>alert(2)</script>"');
    expect(html).toContain('title="Cách viết trong văn bản: Sở &#x22;A&#x22; <b>"');
  });

  it('drops bidi overrides (Trojan Source) from the text', () => {
    expect(html).toContain('Kế hoạch đảo chiều');
    expect(html).not.toMatch(/[\u202a-\u202e]/);
  });
});

describe('renderReport: a plan without tasks', () => {
  it('says so in the matrix, and leaves out the timeline and the task list', () => {
    const html = renderReport([{ file: 'plan.txt', plan: plan({ responsibilities: [responsibility('II.1', 'Sở Y tế', [ref('Sở Y tế')], ['Theo dõi.'])] }), findings: [] }]);
    expect(html).toContain('<p>Văn bản không có nhiệm vụ giao cho đơn vị.</p>');
    expect(html).not.toContain('id="p1-timeline"');
    expect(html).not.toContain('href="#p1-timeline"');
    expect(html).not.toContain('id="p1-tasks"');
    // the unit still has its dossier, with its duty
    expect(html).toMatch(/<section class="dossier" id="p1-unit-1"[^>]*><h3>Sở Y tế<\/h3>[\s\S]*?<li>Theo dõi.<\/li>/);
  });
});

describe('renderReport: options and several plans', () => {
  it('writes English labels with lang: en', () => {
    const html = renderReport([{ file: 'plan.txt', plan: sample(), findings: [] }], { lang: 'en' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Units × tasks');
    expect(html).toContain('No errors or warnings.');
    expect(html).not.toContain('Ma trận');
  });

  it('gives several plans a selector, anchors of their own, and a view of the units across them', () => {
    const other = plan({ number: '9/KH-UBND', tasks: [task('1', 'Khác', [GD], [])] });
    const html = renderReport([
      { file: 'a.txt', plan: sample(), findings: [] },
      { file: 'b.txt', plan: other, findings: [] },
    ]);
    expect(html).toMatch(/<select id="plan-select"><option value="all">Tất cả văn bản<\/option><option value="p1">7\/KH-UBND<\/option><option value="p2">9\/KH-UBND<\/option><\/select>/);
    expect(html).toContain('<section class="plan" id="p1">');
    expect(html).toContain('<section class="plan" id="p2">');
    const cross = /<section class="cross" id="cross-plan">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    // Sở Giáo dục is in both: CT 1 · PH 1 in the first (I.1 support, II.1 lead), CT 1 · PH 0 in the second
    expect(cross).toMatch(/Sở Giáo dục và Đào tạo<\/th><td><a href="#p1-unit-2">CT 1 · PH 1<\/a><\/td><td><a href="#p2-unit-1">CT 1 · PH 0<\/a><\/td>/);
    // Sở TT&TT only in the first
    expect(cross).toMatch(/Sở Thông tin và Truyền thông<\/th><td><a href="#p1-unit-1">CT 2 · PH 1<\/a><\/td><td><\/td>/);
  });
});
