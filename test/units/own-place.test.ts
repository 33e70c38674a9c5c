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
  const same = (own: typeof ward, a: string, b: string) => expect(ownBodyKey(a, own)).toBe(ownBodyKey(b, own));
  const apart = (own: typeof ward, a: string, b: string) => expect(ownBodyKey(a, own)).not.toBe(ownBodyKey(b, own));
  it('a ward\'s plan', () => {
    same(ward, 'Công an phường', 'Công an phường Thủ Dầu Một');
    same(ward, 'Ủy ban MTTQ Việt Nam phường', 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Thủ Dầu Một');
    same(ward, 'UBND phường', 'Ủy ban nhân dân phường Thủ Dầu Một');
    apart(ward, 'Công an phường', 'Công an phường Phú Cường');
  });
  it('a province\'s plan', () => {
    same(province, 'Sở Y tế', 'Sở Y tế tỉnh Nam Định');
    same(province, 'Công an tỉnh', 'Công an tỉnh Nam Định');
    same(province, 'Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định');
    apart(province, 'Ủy ban nhân dân huyện Giao Thủy', 'Ủy ban nhân dân huyện Hải Hậu');
    apart(province, 'Công an huyện', 'Công an tỉnh');
  });
  it('a commune\'s plan', () => {
    same(commune, 'Trạm Y tế xã', 'Trạm Y tế xã Tân Uyên');
    apart(commune, 'Trạm Y tế xã', 'Trạm Y tế xã Tân Phú');
  });
  it('a district\'s plan keeps its communes apart', () => {
    apart(district, 'Ủy ban nhân dân xã Kỳ Tân', 'Ủy ban nhân dân xã Kỳ Lạc');
    apart(district, 'Trạm Y tế xã Kỳ Tân', 'Trạm Y tế xã Kỳ Lạc');
    same(district, 'Công an huyện', 'Công an huyện Kỳ Anh');
  });
  it('without the plan\'s place, the names stay two units', () => {
    apart(null, 'Công an phường', 'Công an phường Thủ Dầu Một');
    apart(null, 'Trạm Y tế xã', 'Trạm Y tế xã Tân Uyên');
  });
});
