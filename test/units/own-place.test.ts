import { describe, expect, it } from 'vitest';
import { ownBodyKey, ownPlaceOf, withoutOwnPlace } from '../../src/units/own-place.js';

const ward = ownPlaceOf('Ủy ban nhân dân phường Thủ Dầu Một');
const province = ownPlaceOf('Ủy ban nhân dân tỉnh Nam Định');
const commune = ownPlaceOf('Ủy ban nhân dân xã Tân Uyên');
const district = ownPlaceOf('Ủy ban nhân dân huyện Kỳ Anh');
const town = ownPlaceOf('Ủy ban nhân dân thị xã Kỳ Anh');
const city = ownPlaceOf('Ủy ban nhân dân thành phố Hà Nội');

describe('ownPlaceOf: the level and place the issuer ends in', () => {
  it('reads the level word and the name after it, folded', () => {
    expect(ward).toEqual({ level: ['phuong'], place: ['thu', 'dau', 'mot'] });
    expect(province).toEqual({ level: ['tinh'], place: ['nam', 'dinh'] });
    expect(commune).toEqual({ level: ['xa'], place: ['tan', 'uyen'] });
    expect(city).toEqual({ level: ['thanh', 'pho'], place: ['ha', 'noi'] });
  });
  it('"thị xã" is one level, not "xã" after "thị"', () => {
    expect(town).toEqual({ level: ['thi', 'xa'], place: ['ky', 'anh'] });
  });
  it('capitals, NFD and a rule of dashes do not matter', () => {
    expect(ownPlaceOf('UỶ BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT'.normalize('NFD'))).toEqual(ward);
    expect(ownPlaceOf('Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu')).toEqual({ level: ['tinh'], place: ['ba', 'ria', 'vung', 'tau'] });
  });
  it('an issuer with no level and place has none', () => {
    expect(ownPlaceOf('Sở Y tế')).toBeNull();
    expect(ownPlaceOf('Bộ Tài chính')).toBeNull();
    expect(ownPlaceOf('Ủy ban nhân dân phường')).toBeNull();
    expect(ownPlaceOf(null)).toBeNull();
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
    // Without the plan's place the names stay two units.
    ['no place', null, 'Công an phường', 'Công an phường Thủ Dầu Một', false],
    ['no place', null, 'Trạm Y tế xã', 'Trạm Y tế xã Tân Uyên', false],
  ];
  for (const [plan, own, a, b, one] of cases) {
    it(`${plan}: "${a}" ${one ? '=' : '≠'} "${b}"`, () => {
      expect(ownBodyKey(a, own) === ownBodyKey(b, own)).toBe(one);
    });
  }
});
