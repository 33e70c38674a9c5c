/**
 * Holdout E items 2–4: where a list of units is cut and where a name goes on. A capitalised
 * "Các" after a comma opens a new item; "thuộc" or "của" makes the name after it the owner's,
 * part of the unit; an official in parentheses is a role note, not part of the name. Texts
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/units/split.js';

const names = (cell: string) => splitUnits(cell).map((u) => [u.text, u.collective]);

describe('a capitalised "Các" after a comma opens a new unit', () => {
  it.each([
    ['Ủy ban nhân dân các xã, thị trấn, Các trường mầm non', [['Ủy ban nhân dân các xã, thị trấn', true], ['Các trường mầm non', true]]],
    ['Công an các phường, Các doanh nghiệp vận tải', [['Công an các phường', true], ['Các doanh nghiệp vận tải', true]]],
    ['Sở Y tế và Các bệnh viện', [['Sở Y tế', false], ['Các bệnh viện', true]]],
  ])('%s', (cell, expected) => expect(names(cell)).toEqual(expected));

  it.each(['Các sở, ban, ngành, các địa phương', 'UBND CÁC XÃ, CÁC TRƯỜNG HỌC'])('in lower case, or in capitals, it goes on the collective: %s', (cell) => {
    expect(names(cell)).toEqual([[cell, true]]);
  });
});

describe('a name after "thuộc" or "của" is the owner\'s, part of the unit', () => {
  it.each(['Các đơn vị thuộc cơ quan Bộ Công Thương', 'Các phòng trực thuộc cơ quan Cục Hải quan', 'Các tổ chức của các cơ quan Sở Tài chính'])('%s', (cell) => {
    expect(names(cell)).toEqual([[cell, true]]);
  });
  it('without it, a body run on after a collective is still a unit of its own', () => {
    expect(names('Các đơn vị, cơ quan Sở Tài chính')).toEqual([['Các đơn vị, cơ quan', true], ['Sở Tài chính', false]]);
  });
});

describe('an official in parentheses after a unit is its role note', () => {
  it.each([
    ['Sở Nội vụ (đồng chí Phó Giám đốc phụ trách)', 'Sở Nội vụ', 'đồng chí Phó Giám đốc phụ trách'],
    ['Công an tỉnh (Phó Giám đốc Công an tỉnh)', 'Công an tỉnh', 'Phó Giám đốc Công an tỉnh'],
    ['Sở Xây dựng (bà Lê Thị Mai)', 'Sở Xây dựng', 'bà Lê Thị Mai'],
    ['Văn phòng UBND tỉnh (Nguyễn Văn Hùng)', 'Văn phòng Ủy ban nhân dân tỉnh', 'Nguyễn Văn Hùng'],
  ])('%s', (cell, name, role) => {
    expect(splitUnits(cell).map((u) => [u.name, u.role, u.person])).toEqual([[name, role, false]]);
  });
  it('a parenthesis that names another body stays in the name ("Trường", not the post "Trưởng")', () => {
    expect(splitUnits('Ban Quản lý dự án (Trường Chính trị tỉnh)').map((u) => u.role)).toEqual([null]);
  });
});
