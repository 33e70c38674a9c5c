import { describe, expect, it } from 'vitest';
import { ownBodyKey, ownPlaceOf, planPlaceOf, withoutOwnPlace } from '../../src/units/own-place.js';

const ward = ownPlaceOf('Ủy ban nhân dân phường Thủ Dầu Một');
const province = ownPlaceOf('Ủy ban nhân dân tỉnh Nam Định');
const commune = ownPlaceOf('Ủy ban nhân dân xã Tân Uyên');
const district = ownPlaceOf('Ủy ban nhân dân huyện Kỳ Anh');
const town = ownPlaceOf('Ủy ban nhân dân thị xã Kỳ Anh');
const city = ownPlaceOf('Ủy ban nhân dân thành phố Hà Nội');

describe('ownPlaceOf: the level and place the issuer ends in', () => {
  it('reads the level word and the name after it, folded', () => {
    expect(ward).toEqual({ level: ['phuong'], place: ['thu', 'dau', 'mot'], province: null });
    expect(province).toEqual({ level: ['tinh'], place: ['nam', 'dinh'], province: ['nam', 'dinh'] });
    expect(commune).toEqual({ level: ['xa'], place: ['tan', 'uyen'], province: null });
    expect(city).toEqual({ level: ['thanh', 'pho'], place: ['ha', 'noi'], province: ['ha', 'noi'] });
  });
  it('"thị xã" is one level, not "xã" after "thị"', () => {
    expect(town).toEqual({ level: ['thi', 'xa'], place: ['ky', 'anh'], province: null });
  });
  it('capitals, NFD and a rule of dashes do not matter', () => {
    expect(ownPlaceOf('UỶ BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT'.normalize('NFD'))).toEqual(ward);
    expect(ownPlaceOf('Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu')).toEqual({ level: ['tinh'], place: ['ba', 'ria', 'vung', 'tau'], province: ['ba', 'ria', 'vung', 'tau'] });
  });
  it('an issuer with no level and place has none', () => {
    expect(ownPlaceOf('Sở Y tế')).toBeNull();
    expect(ownPlaceOf('Bộ Tài chính')).toBeNull();
    expect(ownPlaceOf('Ủy ban nhân dân phường')).toBeNull();
    expect(ownPlaceOf(null)).toBeNull();
  });
  it('the plan\'s province, from its place, issuer or title, is known without a place in the issuer', () => {
    expect(planPlaceOf({ issuer: 'Sở Y tế', place: 'Nam Định', title: null })).toEqual({ level: [], place: [], province: ['nam', 'dinh'] });
    expect(planPlaceOf({ issuer: 'Ủy ban nhân dân phường Thủ Dầu Một', place: null, title: 'Kế hoạch vệ sinh môi trường trên địa bàn phường Thủ Dầu Một, Thành phố Hồ Chí Minh' })).toEqual({
      level: ['phuong'],
      place: ['thu', 'dau', 'mot'],
      province: ['ho', 'chi', 'minh'],
    });
    expect(planPlaceOf({ issuer: 'Bộ Tài chính', place: 'Hà Nội', title: null })?.province).toEqual(['ha', 'noi']);
    expect(planPlaceOf({ issuer: 'Bộ Tài chính', place: null, title: null })).toBeNull();
  });
});

describe('withoutOwnPlace: the plan\'s own place dropped after its level word', () => {
  it('drops the place after the issuer\'s level', () => {
    expect(withoutOwnPlace('Công an phường Thủ Dầu Một', ward)).toBe('Công an phường');
    expect(withoutOwnPlace('Trạm Y tế xã Tân Uyên', commune)).toBe('Trạm Y tế xã');
    expect(withoutOwnPlace('Công an thành phố Hà Nội', city)).toBe('Công an thành phố');
  });
  it('keeps a role note in parentheses after the name', () => {
    expect(withoutOwnPlace('Công an phường Thủ Dầu Một (cơ quan thường trực)', ward)).toBe('Công an phường (cơ quan thường trực)');
  });
  it('another place keeps its place', () => {
    expect(withoutOwnPlace('Công an phường Phú Cường', ward)).toBe('Công an phường Phú Cường');
    expect(withoutOwnPlace('Ủy ban nhân dân xã Tân Phú', district)).toBe('Ủy ban nhân dân xã Tân Phú');
  });
  it('the same name at another level keeps its place ("xã Kỳ Anh" in the plan of thị xã Kỳ Anh)', () => {
    expect(withoutOwnPlace('Công an xã Kỳ Anh', town)).toBe('Công an xã Kỳ Anh');
    expect(withoutOwnPlace('Công an thị xã Kỳ Anh', town)).toBe('Công an thị xã');
  });
  it('the place alone is no body of it; a plan of no place changes nothing', () => {
    expect(withoutOwnPlace('phường Thủ Dầu Một', ward)).toBe('phường Thủ Dầu Một');
    expect(withoutOwnPlace('Công an phường Thủ Dầu Một', null)).toBe('Công an phường Thủ Dầu Một');
  });
});

describe('ownBodyKey: one unit with and without the plan\'s own place', () => {
  // [plan's place, a name, another name, whether a reader of that plan takes them for one body]
  const cases: readonly [string, typeof ward, string, string, boolean][] = [
    ['ward', ward, 'Công an phường', 'Công an phường Thủ Dầu Một', true],
    ['ward', ward, 'Ủy ban MTTQ Việt Nam phường', 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Thủ Dầu Một', true],
    ['ward', ward, 'UBND phường', 'Ủy ban nhân dân phường Thủ Dầu Một', true],
    ['ward', ward, 'Công an phường', 'Công an phường Phú Cường', false],
    ['province', province, 'Sở Y tế', 'Sở Y tế tỉnh Nam Định', true],
    ['province', province, 'Công an tỉnh', 'Công an tỉnh Nam Định', true],
    ['province', province, 'Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định', true],
    ['province', province, 'Ủy ban nhân dân huyện Giao Thủy', 'Ủy ban nhân dân huyện Hải Hậu', false],
    ['province', province, 'Công an huyện', 'Công an tỉnh', false],
    ['commune', commune, 'Trạm Y tế xã', 'Trạm Y tế xã Tân Uyên', true],
    ['commune', commune, 'Trạm Y tế xã', 'Trạm Y tế xã Tân Phú', false],
    ['district', district, 'Ủy ban nhân dân xã Kỳ Tân', 'Ủy ban nhân dân xã Kỳ Lạc', false],
    ['district', district, 'Trạm Y tế xã Kỳ Tân', 'Trạm Y tế xã Kỳ Lạc', false],
    ['district', district, 'Công an huyện', 'Công an huyện Kỳ Anh', true],
    // Another province's body is another body; the plan's own province, with or without its level word, is dropped.
    ['province', province, 'Công an tỉnh', 'Công an tỉnh Hà Nam', false],
    ['province', province, 'Công an tỉnh Hà Nam', 'Công an Hà Nam', true],
    ['province', province, 'Sở Y tế tỉnh Hà Nam', 'Sở Y tế tỉnh Ninh Bình', false],
    ['province', province, 'Viễn thông Nam Định', 'Viễn thông', true],
    ['province', province, 'Viễn thông Hà Nam', 'Viễn thông', false],
    ['city', city, 'Sở Y tế Hà Nội', 'Sở Y tế', true],
    // Without the plan's place the names stay two units, and so do two provinces' bodies.
    ['no place', null, 'Công an phường', 'Công an phường Thủ Dầu Một', false],
    ['no place', null, 'Sở Y tế tỉnh Hà Nam', 'Sở Y tế tỉnh Nam Định', false],
    ['no place', null, 'Trạm Y tế xã', 'Trạm Y tế xã Tân Uyên', false],
  ];
  for (const [plan, own, a, b, one] of cases) {
    it(`${plan}: "${a}" ${one ? '=' : '≠'} "${b}"`, () => {
      expect(ownBodyKey(a, own) === ownBodyKey(b, own)).toBe(one);
    });
  }
});
