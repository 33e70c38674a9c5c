import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/input/decode.js';
import { InputError } from '../../src/model/errors.js';
import { renderMsg } from '../../src/i18n/index.js';
import '../../src/input/legacy/index.js';
import { repairLegacyText } from '../../src/input/legacy/index.js';
import { tcvn3Decoder } from '../../src/input/legacy/tcvn3.js';
import { vniDecoder } from '../../src/input/legacy/vni.js';
import { windows1258Decoder } from '../../src/input/legacy/windows-1258.js';
import { utf8DamagedDecoder } from '../../src/input/legacy/utf8-damaged.js';
import { isVietnameseSyllable } from '../../src/input/legacy/syllable.js';
import { cp1252Bytes, encodeTcvn3, encodeVni, encodeWindows1258 } from './legacy-encoders.js';

const SAMPLE = readFileSync(new URL('../../fixtures/446-KH-UBND-2019-ha-tinh.txt', import.meta.url), 'utf8');

/** Decodes and applies NFC, as the line index does after decoding. */
function decode(bytes: Uint8Array): { text: string; encoding: string; notes: readonly string[] } {
  const d = decodeBytes(bytes, 'plan.txt');
  return { ...d, text: d.text.normalize('NFC'), notes: d.notes.map((n) => renderMsg('en', n)) };
}

function refusal(bytes: Uint8Array): string {
  try {
    decodeBytes(bytes, 'plan.txt');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).file).toBe('plan.txt');
    return (e as Error).message;
  }
  throw new Error('expected an InputError, but the bytes were decoded');
}

describe('TCVN3 (ABC, .VnTime)', () => {
  it('converts the whole sample plan, with a note naming the encoding', () => {
    const d = decode(encodeTcvn3(SAMPLE));
    expect(d.encoding).toMatch(/TCVN3/);
    expect(d.notes).toEqual(['the file was read as TCVN3 (ABC, .VnTime fonts) and converted to Unicode']);
    // VN3 has no Ủ: in the three mixed-case lines that say "Ủy ban nhân dân tỉnh" the writer's
    // lower-case byte cannot be told from a real lower-case "ủ" (domain.md §4.4). Every
    // capitals line (KẾ HOẠCH, I. MỤC ĐÍCH, YÊU CẦU, TM. ỦY BAN NHÂN DÂN …) comes back.
    expect(d.text).toBe(SAMPLE.replaceAll('Ủy ban nhân dân tỉnh', 'ủy ban nhân dân tỉnh'));
    expect(d.text).toContain('\nKẾ HOẠCH\n');
    expect(d.text).toContain('\nI. MỤC ĐÍCH, YÊU CẦU\n');
    expect(d.text).toContain('\nTM. ỦY BAN NHÂN DÂN\n');
    expect(d.text).toContain('\nSố: 446/KH-UBND\n');
  });

  it.each([
    ['Céng hßa x· héi chñ nghÜa ViÖt Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Céng hoµ', 'Cộng hoà'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['KÕ ho¹ch', 'Kế hoạch'],
    ['KÌm theo KÕ ho¹ch sè', 'Kèm theo Kế hoạch số'],
    ['Së Th«ng tin vµ TruyÒn th«ng', 'Sở Thông tin và Truyền thông'],
    ['Phô lôc', 'Phụ lục'],
    ['ngµy 16 th¸ng 12 n¨m 2019', 'ngày 16 tháng 12 năm 2019'],
    ['B¸o c¸o tµi chÝnh', 'Báo cáo tài chính'],
    // The soft hyphen 0xAD is "ư" (domain.md §4.4).
    ['QuyÕt ®Þnh cña Bé tr\u00adëng', 'Quyết định của Bộ trưởng'],
  ])('reads the damaged text %s (domain.md §4.5)', (shown, unicode) => {
    const d = decode(cp1252Bytes(shown));
    expect(d.encoding).toMatch(/TCVN3/);
    expect(d.text).toBe(unicode);
  });

  it('cannot bring back an "ư" that copy-paste dropped as a soft hyphen', () => {
    expect(decode(cp1252Bytes('QuyÕt ®Þnh cña Bé trëng')).text).toBe('Quyết định của Bộ trởng');
  });

  it('upper-cases toned letters typed for the ".VnTimeH" capitals font', () => {
    expect(decode(cp1252Bytes('CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM')).text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decode(cp1252Bytes('§éC LËP - Tù DO - H¹NH PHóC')).text).toBe('ĐỘC LẬP - TỰ DO - HẠNH PHÚC');
    // One ASCII capital next to a toned letter is title case, not the capitals font.
    expect(decode(cp1252Bytes('Së Tµi chÝnh; Bé Y tÕ; Sè: 446/KH-UBND')).text).toBe('Sở Tài chính; Bộ Y tế; Số: 446/KH-UBND');
  });
});

describe('VNI (VNI-Windows)', () => {
  it('converts the whole sample plan exactly, capitals included', () => {
    const d = decode(encodeVni(SAMPLE));
    expect(d.encoding).toMatch(/VNI/);
    expect(d.notes).toEqual(['the file was read as VNI (VNI-Windows fonts) and converted to Unicode']);
    expect(d.text).toBe(SAMPLE);
  });

  it.each([
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Keá hoaïch', 'Kế hoạch'],
    ['UÛy ban nhaân daân tænh Haø Tónh', 'Ủy ban nhân dân tỉnh Hà Tĩnh'],
    ['Sôû Thoâng tin vaø Truyeàn thoâng', 'Sở Thông tin và Truyền thông'],
    ['Phuï luïc', 'Phụ lục'],
    ['ñöôïc giao nhieäm vuï', 'được giao nhiệm vụ'],
  ])('reads the damaged text %s (domain.md §4.5)', (shown, unicode) => {
    const d = decode(cp1252Bytes(shown));
    expect(d.encoding).toMatch(/VNI/);
    expect(d.text).toBe(unicode);
  });

  it('reads breve and capital mark bytes', () => {
    // ă = aê, ắ = aé, ặ = aë; capitals take the capital mark byte ("AØ" = À).
    expect(decode(cp1252Bytes('naêm, Baéc Ninh, ñaët; AØ, ÑAÉK LAÉK, THÖÔØNG')).text).toBe('năm, Bắc Ninh, đặt; À, ĐẮK LẮK, THƯỜNG');
  });
});

describe('Windows-1258', () => {
  it('converts the whole sample plan; NFC composes the tone bytes', () => {
    const bytes = encodeWindows1258(SAMPLE);
    // "ộ" is ô + the dot-below byte F2 (domain.md §4.4), so the file has combining marks.
    expect(Buffer.from(encodeWindows1258('ộ')).toString('hex')).toBe('f4f2');
    const d = decode(bytes);
    expect(d.encoding).toBe('Windows-1258');
    expect(d.text).toBe(SAMPLE);
  });
});

describe('detection', () => {
  const encodings = [
    ['TCVN3', encodeTcvn3, tcvn3Decoder],
    ['VNI', encodeVni, vniDecoder],
    ['Windows-1258', encodeWindows1258, windows1258Decoder],
  ] as const;

  it.each(encodings)('scores the sample in %s high for its decoder and low for the others', (_name, encode, own) => {
    const bytes = encode(SAMPLE);
    expect(own.detect(bytes)).toBeGreaterThan(0.9);
    for (const [, , other] of encodings) {
      if (other !== own) expect(other.detect(bytes)).toBeLessThan(0.5);
    }
    expect(utf8DamagedDecoder.detect(bytes)).toBeLessThan(0.5);
  });

  const ENGLISH_1252 = [
    'The café on the Rue de l’Église served crème brûlée and a naïve rosé.',
    'Price: £5 per copy; © 2019 Acme Ltd. Store below 25°C, ±2°, ½ dose.',
    'Müller, Zoë, José and Søren signed the résumé “as is” – see § 4.',
    'Señor Peña visited Zürich and Ørsted in façade season; déjà vu, où est-il?',
  ].join('\r\n');

  it('does not take Windows-1252 English or European text for a Vietnamese encoding', () => {
    const bytes = cp1252Bytes(ENGLISH_1252);
    for (const [, , decoder] of encodings) expect(decoder.detect(bytes)).toBeLessThan(0.5);
    expect(refusal(bytes)).toBe('the file is not valid UTF-8 and no known Vietnamese encoding fits it; save it as UTF-8');
  });

  it('does not take a few stray Latin-1 letters for evidence', () => {
    expect(refusal(cp1252Bytes('Total: 5 £, © Acme, 12°'))).toMatch(/no known Vietnamese encoding/);
  });

  it('knows which words are possible Vietnamese syllables', () => {
    for (const w of ['nghiêng', 'quyết', 'gì', 'giữa', 'khuỷu', 'thuở', 'Hoà', 'hòa', 'ĐƯỜNG', 'được']) {
      expect(isVietnameseSyllable(w), w).toBe(true);
    }
    // f is not a Vietnamese letter; two tones; a checked syllable needs sắc or nặng; "oọ".
    for (const w of ['cafộ', 'hoứa', 'hóà', 'lơc', 'Coọng', 'ViƯt', 'hßa', 'x·']) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });
});

describe('Unicode and damaged UTF-8', () => {
  function utf16(text: string, bigEndian: boolean): Uint8Array {
    const le = Buffer.from(text, 'utf16le');
    if (bigEndian) le.swap16();
    return Uint8Array.from([...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ...le]);
  }

  it('reads UTF-16 LE and BE with a BOM (Notepad "Unicode")', () => {
    const le = decodeBytes(utf16(SAMPLE, false), 'plan.txt');
    expect(le.encoding).toBe('utf-16le');
    expect(le.text).toBe(SAMPLE);
    const be = decodeBytes(utf16(SAMPLE, true), 'plan.txt');
    expect(be.encoding).toBe('utf-16be');
    expect(be.text).toBe(SAMPLE);
  });

  it('reads UTF-8 with a BOM and without', () => {
    const bytes = new TextEncoder().encode(SAMPLE);
    expect(decodeBytes(bytes, null).text).toBe(SAMPLE);
    const bom = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), null);
    expect(bom.encoding).toBe('utf-8-bom');
    expect(bom.text).toBe(SAMPLE);
  });

  it('keeps a plan cut in the middle of a character, marking the cut with U+FFFD', () => {
    const bytes = new TextEncoder().encode('KẾ HOẠCH\nTuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn tỉnh Hà Tĩnh');
    // "ĩ" is C4 A9; cut after C4.
    const cut = bytes.subarray(0, bytes.length - 3);
    const d = decodeBytes(cut, 'plan.txt');
    expect(d.text).toBe('KẾ HOẠCH\nTuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn tỉnh H\u00e0 T\ufffd');
    expect(renderMsg('en', d.notes[0]!)).toMatch(/U\+FFFD/);
  });

  it('keeps a plan with a BOM cut in the middle of a character, as it does without the BOM', () => {
    const bytes = new TextEncoder().encode('\ufeffKẾ HOẠCH\nPhát triển du lịch cộng đồng tỉnh Lạng Sơn');
    // "ơ" is C6 A1; cut after C6.
    const d = decodeBytes(bytes.subarray(0, bytes.length - 2), 'plan.txt');
    expect(d.text).toBe('KẾ HOẠCH\nPhát triển du lịch cộng đồng tỉnh Lạng S\ufffd');
    expect(renderMsg('en', d.notes[0]!)).toMatch(/U\+FFFD/);
  });

  it('still refuses a BOM followed by bytes that are not UTF-8 at all', () => {
    expect(refusal(Uint8Array.from([0xef, 0xbb, 0xbf, ...cp1252Bytes('Plan “draft” — café, résumé, naïve; '.repeat(5))]))).toMatch(/byte-order mark/);
  });

  it('keeps a Unicode plan with one stray Windows-1252 byte', () => {
    const good = new TextEncoder().encode(SAMPLE);
    const bytes = Uint8Array.from([...good.subarray(0, 200), 0x93, ...good.subarray(200)]);
    const d = decodeBytes(bytes, 'plan.txt');
    expect(d.text.replace('\ufffd', '')).toBe(SAMPLE);
  });
});

describe('refusals', () => {
  it('refuses an empty file', () => {
    expect(refusal(new Uint8Array(0))).toBe('the file is empty');
  });

  it('refuses a PNG', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    expect(refusal(png)).toMatch(/binary/);
  });

  it('refuses random bytes, with or without NUL bytes', () => {
    let seed = 0x2545f491;
    const next = (): number => {
      // xorshift32: reproducible random bytes.
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) & 0xff;
    };
    for (let run = 0; run < 50; run++) {
      const bytes = Uint8Array.from({ length: 64 + run * 97 }, next);
      refusal(bytes);
      // Without NUL and C0 bytes the binary check passes them on; no decoder may accept them.
      const text = bytes.map((b) => (b < 0x20 ? 0x20 + b : b));
      refusal(text);
    }
  });
});

describe('legacy text inside a Unicode file', () => {
  it('repairs TCVN3 and VNI shown as Windows-1252 characters', () => {
    expect(repairLegacyText('Céng hßa x· héi chñ nghÜa ViÖt Nam')).toEqual({
      text: 'Cộng hòa xã hội chủ nghĩa Việt Nam',
      encoding: 'TCVN3 (ABC, .VnTime fonts)',
    });
    expect(repairLegacyText('Ñoäc laäp - Töï do - Haïnh phuùc')?.text).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it('leaves real Unicode alone, even when every letter is in Latin-1', () => {
    expect(repairLegacyText('Cộng hòa xã hội chủ nghĩa Việt Nam')).toBeNull();
    expect(repairLegacyText('Hoà Bình, Tây Ninh và Cà Mau')).toBeNull();
    expect(repairLegacyText('The café served crème brûlée.')).toBeNull();
    expect(repairLegacyText('plain ASCII')).toBeNull();
  });
});
