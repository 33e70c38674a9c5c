import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse-plan.js';
import { validatePlan } from '../../src/validate/index.js';
import { findTasks } from '../../src/query/tasks.js';
import { listResponsibilities } from '../../src/query/parts.js';
import { indexUnits } from '../../src/extract/unit-index.js';
import { createUnitComparer, unitKeysOf } from '../../src/validate/unit-compare.js';
import { gazetteerHelpersFor } from '../../src/validate/unit-knowledge.js';
import { ownPlaceOf } from '../../src/units/own-place.js';
import type { Plan } from '../../src/model/types.js';
import { task } from './build-plan.js';

/**
 * Plans of a ward, a province, a commune and a district whose TỔ CHỨC THỰC HIỆN names a body with
 * the plan's own place and whose appendix names it without ("Công an phường An Hòa" /
 * "Công an phường"): within the plan a reader knows they are one body; bodies of other places
 * (two communes in a district's plan) stay apart.
 */
function planText(issuer: readonly string[], place: string, sections: readonly [string, string][], rows: readonly [string, string, string][]): string {
  const lines = [...issuer, '', 'Số: 20/KH-UBND', '', `${place}, ngày 05 tháng 02 năm 2026`, '', 'KẾ HOẠCH', 'Bảo đảm trật tự, an toàn giao thông năm 2026', ''];
  lines.push('I. MỤC ĐÍCH, YÊU CẦU', '', 'Giảm tai nạn giao thông trên địa bàn.', '', 'II. TỔ CHỨC THỰC HIỆN', '');
  sections.forEach(([unit, duty], i) => lines.push(`${i + 1}. ${unit}`, '', `- ${duty}`, ''));
  lines.push('TM. ỦY BAN NHÂN DÂN', '', 'CHỦ TỊCH', '', 'Trần Văn B', '', 'Phụ lục', 'CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH', '');
  lines.push('STT\tNhiệm vụ cụ thể\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện');
  rows.forEach(([task, lead, support], i) => lines.push(`${i + 1}\t${task}\t${lead}\t${support}\tThường xuyên`));
  return lines.join('\n');
}

const PATROL = 'Tuần tra, kiểm soát, xử lý vi phạm trật tự, an toàn giao thông trên các tuyến đường chính';
const FIRST_AID = 'Sơ cứu, cấp cứu người bị tai nạn giao thông';

/**
 * A plan of "<level> <place>" whose sections name its police and its health body with the place
 * ("Công an phường An Hòa") and whose appendix names them as `short` ("Công an phường"); the
 * first task may have other supporting units.
 */
function ownPlacePlan(level: string, place: string, [police, health]: readonly [string, string], short: readonly [string, string], otherSupport = ''): string {
  const [shortPolice, shortHealth] = short;
  return planText(
    ['ỦY BAN NHÂN DÂN', `${level} ${place}`.toUpperCase()],
    place,
    [
      [police, `Chủ trì ${PATROL.toLowerCase()}.`],
      [health, `Chủ trì ${FIRST_AID.toLowerCase()}.`],
    ],
    [
      [PATROL, shortPolice, otherSupport || shortHealth],
      [FIRST_AID, shortHealth, shortPolice],
    ],
  );
}

const ward = ownPlacePlan('phường', 'An Hòa', ['Công an phường An Hòa', 'Trạm Y tế phường An Hòa'], ['Công an phường', 'Trạm Y tế phường']);
const province = ownPlacePlan('tỉnh', 'Nam Định', ['Công an tỉnh Nam Định', 'Sở Y tế tỉnh Nam Định'], ['Công an tỉnh', 'Sở Y tế'], 'UBND huyện Giao Thủy; UBND huyện Hải Hậu');
const commune = ownPlacePlan('xã', 'Tân Uyên', ['Công an xã Tân Uyên', 'Trạm Y tế xã Tân Uyên'], ['Công an xã', 'Trạm Y tế xã']);

const district = planText(
  ['ỦY BAN NHÂN DÂN', 'HUYỆN KỲ ANH'],
  'Kỳ Anh',
  [
    ['Công an huyện Kỳ Anh', `Chủ trì ${PATROL.toLowerCase()}.`],
    ['Ủy ban nhân dân xã Kỳ Tân', `Chủ trì ${FIRST_AID.toLowerCase()} trên địa bàn xã Kỳ Tân.`],
    ['Ủy ban nhân dân xã Kỳ Lạc', `Chủ trì ${FIRST_AID.toLowerCase()} trên địa bàn xã Kỳ Lạc.`],
  ],
  [
    [PATROL, 'Công an huyện', 'UBND xã Kỳ Tân, UBND xã Kỳ Lạc'],
    [`${FIRST_AID} trên địa bàn xã Kỳ Tân`, 'UBND xã Kỳ Tân', 'Công an huyện'],
    [`${FIRST_AID} trên địa bàn xã Kỳ Lạc`, 'UBND xã Kỳ Lạc', 'Công an huyện'],
  ],
);

function read(text: string): { plan: Plan; findings: string[] } {
  const { plan, diagnostics } = parsePlan(text, { path: 'plan.txt' });
  const findings = validatePlan(plan, diagnostics, { lang: 'en' })
    .filter((d) => d.severity !== 'info')
    .map((d) => `${d.ruleId} ${d.message}`);
  return { plan, findings };
}

const units = (plan: Plan) => plan.units.map((u) => ({ name: u.name, lead: u.lead, support: u.support, responsibilities: u.responsibilities }));

describe('a unit named with and without the plan\'s own place is one unit', () => {
  it('a ward: the index keeps the name with the place, and validate pairs section and tasks', () => {
    const { plan, findings } = read(ward);
    expect(plan.document.issuer).toBe('Ủy ban nhân dân phường An Hòa');
    expect(units(plan)).toEqual([
      { name: 'Công an phường An Hòa', lead: ['1'], support: ['2'], responsibilities: ['II.1'] },
      { name: 'Trạm Y tế phường An Hòa', lead: ['2'], support: ['1'], responsibilities: ['II.2'] },
    ]);
    expect(findings).toEqual([]);
  });

  it('a ward: --unit with or without the place finds the rows and the section', () => {
    const { plan } = read(ward);
    for (const unit of ['Công an phường An Hòa', 'Công an phường', 'cong an phuong an hoa']) {
      expect(findTasks([plan], { unit }).map((t) => t.id)).toEqual(['1', '2']);
      expect(listResponsibilities([plan], { unit }).map((r) => r.id)).toEqual(['II.1']);
    }
    // Another ward's police is not this one's.
    expect(findTasks([plan], { unit: 'Công an phường Phú Cường' })).toEqual([]);
  });

  it('a province: "Công an tỉnh" = "Công an tỉnh Nam Định", its districts stay two', () => {
    const { plan, findings } = read(province);
    // A body the gazetteer knows goes by its name there ("Sở Y tế"), as in a plan of no place.
    expect(units(plan)).toEqual([
      { name: 'Công an tỉnh', lead: ['1'], support: ['2'], responsibilities: ['II.1'] },
      { name: 'Sở Y tế', lead: ['2'], support: [], responsibilities: ['II.2'] },
      { name: 'Ủy ban nhân dân huyện Giao Thủy', lead: [], support: ['1'], responsibilities: [] },
      { name: 'Ủy ban nhân dân huyện Hải Hậu', lead: [], support: ['1'], responsibilities: [] },
    ]);
    expect(findings).toEqual([]);
  });

  it('a province: another province\'s body is another unit, in the index and for --unit', () => {
    // A Nam Định plan whose first task is supported by the police of the neighbouring province.
    const neighbour = ownPlacePlan('tỉnh', 'Nam Định', ['Công an tỉnh Nam Định', 'Sở Y tế tỉnh Nam Định'], ['Công an tỉnh', 'Sở Y tế'], 'Công an tỉnh Ninh Bình');
    const { plan } = read(neighbour);
    expect(units(plan)).toEqual([
      { name: 'Công an tỉnh', lead: ['1'], support: ['2'], responsibilities: ['II.1'] },
      { name: 'Sở Y tế', lead: ['2'], support: [], responsibilities: ['II.2'] },
      { name: 'Công an tỉnh Ninh Bình', lead: [], support: ['1'], responsibilities: [] },
    ]);
    expect(findTasks([plan], { unit: 'Công an tỉnh Ninh Bình' }).map((t) => t.id)).toEqual(['1']);
    expect(findTasks([plan], { unit: 'Công an Ninh Bình' }).map((t) => t.id)).toEqual(['1']);
    // The plan's own police, with or without its province, is not the neighbour's.
    expect(findTasks([plan], { unit: 'Công an tỉnh Nam Định', role: 'support' }).map((t) => t.id)).toEqual(['2']);
    expect(findTasks([plan], { unit: 'Công an tỉnh', role: 'support' }).map((t) => t.id)).toEqual(['2']);
  });

  it('a province: validate\'s comparer keeps another province\'s body apart, even when its canonical name lost the province', () => {
    const comparer = createUnitComparer(null, gazetteerHelpersFor(ownPlaceOf('Ủy ban nhân dân tỉnh Nam Định')));
    const ref = (name: string, text: string) => ({ text, name, collective: false, person: false, role: null });
    const own = ref('Công an tỉnh', 'Công an tỉnh');
    expect(comparer.same(ref('Công an tỉnh', 'Công an tỉnh Ninh Bình'), own)).toBe(false);
    expect(comparer.same(ref('Công an tỉnh', 'Công an tỉnh Nam Định'), own)).toBe(true);
    expect(comparer.same(ref('Công an tỉnh', 'Công an tỉnh Ninh Bình'), ref('Công an tỉnh Ninh Bình', 'Công an tỉnh Ninh Bình'))).toBe(true);
    // The keys rules index units by say the same.
    const keys = unitKeysOf(comparer);
    expect(keys?.(ref('Công an tỉnh', 'Công an tỉnh Ninh Bình')).entry).not.toBe(keys?.(own).entry);
  });

  it('a commune: "Trạm Y tế xã" = "Trạm Y tế xã Tân Uyên"', () => {
    const { plan, findings } = read(commune);
    expect(units(plan)).toEqual([
      { name: 'Công an xã Tân Uyên', lead: ['1'], support: ['2'], responsibilities: ['II.1'] },
      { name: 'Trạm Y tế xã Tân Uyên', lead: ['2'], support: ['1'], responsibilities: ['II.2'] },
    ]);
    expect(findings).toEqual([]);
    expect(findTasks([plan], { unit: 'Trạm Y tế xã Tân Uyên', role: 'lead' }).map((t) => t.id)).toEqual(['2']);
  });

  it('a district: its own police is one unit, its two communes stay apart', () => {
    const { plan, findings } = read(district);
    expect(units(plan)).toEqual([
      { name: 'Công an huyện Kỳ Anh', lead: ['1'], support: ['2', '3'], responsibilities: ['II.1'] },
      { name: 'Ủy ban nhân dân xã Kỳ Tân', lead: ['2'], support: ['1'], responsibilities: ['II.2'] },
      { name: 'Ủy ban nhân dân xã Kỳ Lạc', lead: ['3'], support: ['1'], responsibilities: ['II.3'] },
    ]);
    expect(findings).toEqual([]);
    expect(findTasks([plan], { unit: 'UBND xã Kỳ Tân', role: 'lead' }).map((t) => t.id)).toEqual(['2']);
    expect(findTasks([plan], { unit: 'UBND xã Kỳ Lạc', role: 'lead' }).map((t) => t.id)).toEqual(['3']);
  });
});

describe('the unit index names a unit by the name with the plan\'s own place', () => {
  const issuer = { issuer: 'Ủy ban nhân dân phường An Hòa', place: 'An Hòa', title: null };
  it('whichever is met first', () => {
    const tasks = [task('1', PATROL, ['Công an phường'], [], 30), task('2', FIRST_AID, ['Trạm Y tế phường'], ['Công an phường An Hòa'], 31)];
    expect(indexUnits(tasks, [], issuer).map((u) => ({ name: u.name, variants: u.variants, lead: u.lead, support: u.support }))).toEqual([
      { name: 'Công an phường An Hòa', variants: ['Công an phường', 'Công an phường An Hòa'], lead: ['1'], support: ['2'] },
      { name: 'Trạm Y tế phường', variants: ['Trạm Y tế phường'], lead: ['2'], support: [] },
    ]);
  });
  it('in a plan of no place, the two names are two units', () => {
    const tasks = [task('1', PATROL, ['Công an phường'], ['Công an phường An Hòa'], 30)];
    expect(indexUnits(tasks, [], null).map((u) => u.name)).toEqual(['Công an phường', 'Công an phường An Hòa']);
  });
});
