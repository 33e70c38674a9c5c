/**
 * Encoders used only by the tests, written independently of the decoders from the tables in
 * domain.md §4.4, so that a test can turn Unicode text into the bytes an old document had.
 */

// Node 20's TextDecoder('windows-1252') is Latin-1, but its windows-1258 decoder is right,
// and the two code pages agree on 0x80-0x9F except Š š Ž ž (domain.md §4.4).
const cp1258 = new TextDecoder('windows-1258');

function reverse(decoder: TextDecoder): Map<string, number> {
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (!map.has(ch)) map.set(ch, b);
  }
  return map;
}
const CP1258 = reverse(cp1258);
const CP1252 = new Map<string, number>([
  ...Array.from({ length: 256 }, (_, b) => [String.fromCharCode(b), b] as const).filter(([, b]) => b < 0x80 || b >= 0xa0),
  ...[...CP1258].filter(([, b]) => b >= 0x80 && b < 0xa0),
  ['Š', 0x8a], ['Ž', 0x8e], ['š', 0x9a], ['ž', 0x9e],
]);

function fail(ch: string, encoding: string): never {
  throw new Error(`test encoder: ${JSON.stringify(ch)} (U+${(ch.codePointAt(0) ?? 0).toString(16)}) has no ${encoding} byte`);
}

// domain.md §4.4, the TCVN3 byte table, copied by hand in Unicode order.
const TCVN3_TEXT = `
à B5 á B8 ả B6 ã B7 ạ B9 ă A8 ằ BB ắ BE ẳ BC ẵ BD ặ C6 â A9 ầ C7 ấ CA ẩ C8 ẫ C9 ậ CB đ AE
è CC é D0 ẻ CE ẽ CF ẹ D1 ê AA ề D2 ế D5 ể D3 ễ D4 ệ D6 ì D7 í DD ỉ D8 ĩ DC ị DE
ò DF ó E3 ỏ E1 õ E2 ọ E4 ô AB ồ E5 ố E8 ổ E6 ỗ E7 ộ E9 ơ AC ờ EA ớ ED ở EB ỡ EC ợ EE
ù EF ú F3 ủ F1 ũ F2 ụ F4 ư AD ừ F5 ứ F8 ử F6 ữ F7 ự F9 ỳ FA ý FD ỷ FB ỹ FC ỵ FE
Ă A1 Â A2 Đ A7 Ê A3 Ô A4 Ơ A5 Ư A6`;
const TCVN3 = new Map<string, number>();
{
  const parts = TCVN3_TEXT.trim().split(/\s+/);
  for (let i = 0; i + 1 < parts.length; i += 2) TCVN3.set(parts[i] ?? '', Number.parseInt(parts[i + 1] ?? '', 16));
}

/**
 * TCVN3 as a .VnTime writer produced it: toned capitals do not exist in VN3, so they are
 * typed as the lower-case letter (shown as a capital by the ".VnTimeH" font).
 */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const b = TCVN3.get(ch) ?? TCVN3.get(ch.toLowerCase()) ?? CP1252.get(ch);
      out.push(b ?? fail(ch, 'TCVN3'));
    }
  }
  return Uint8Array.from(out);
}

// domain.md §4.4, VNI: tone bytes after the vowel, one byte for circumflex or breve plus tone.
const VNI_TONE: Record<string, [lower: number, upper: number]> = {
  '': [0, 0],
  '\u0300': [0xf8, 0xd8], // ø huyền
  '\u0301': [0xf9, 0xd9], // ù sắc
  '\u0309': [0xfb, 0xdb], // û hỏi
  '\u0303': [0xf5, 0xd5], // õ ngã
  '\u0323': [0xef, 0xcf], // ï nặng
};
const VNI_CIRCUMFLEX: Record<string, [number, number]> = {
  '': [0xe2, 0xc2], '\u0300': [0xe0, 0xc0], '\u0301': [0xe1, 0xc1], '\u0309': [0xe5, 0xc5], '\u0303': [0xe3, 0xc3], '\u0323': [0xe4, 0xc4],
};
const VNI_BREVE: Record<string, [number, number]> = {
  '': [0xea, 0xca], '\u0300': [0xe8, 0xc8], '\u0301': [0xe9, 0xc9], '\u0309': [0xfa, 0xda], '\u0303': [0xfc, 0xdc], '\u0323': [0xeb, 0xcb],
};
const VNI_SINGLE: Record<string, number> = {
  ơ: 0xf4, Ơ: 0xd4, ư: 0xf6, Ư: 0xd6, đ: 0xf1, Đ: 0xd1,
  ì: 0xec, Ì: 0xcc, í: 0xed, Í: 0xcd, ỉ: 0xe6, Ỉ: 0xc6, ĩ: 0xf3, Ĩ: 0xd3, ị: 0xf2, Ị: 0xd2, ỵ: 0xee, Ỵ: 0xce,
};

export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const single = VNI_SINGLE[ch];
    if (single !== undefined) {
      out.push(single);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tone = nfd.match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0] ?? '';
    const rest = nfd.replace(tone, '');
    const base = rest[0] ?? '';
    const upper = base !== base.toLowerCase() ? 1 : 0;
    const horn = rest.normalize('NFC');
    if (VNI_SINGLE[horn] !== undefined && /^[aeiouyAEIOUY]$/.test(base)) {
      // ơ, ư with a tone: their own byte, then the tone byte.
      out.push(VNI_SINGLE[horn] ?? 0, VNI_TONE[tone]?.[upper] ?? fail(ch, 'VNI'));
      continue;
    }
    const mark = rest.slice(1);
    const table = mark === '\u0302' ? VNI_CIRCUMFLEX : mark === '\u0306' ? VNI_BREVE : mark === '' ? VNI_TONE : null;
    const byte = table?.[tone]?.[upper];
    if (/^[aeouyAEOUY]$/.test(base) && byte !== undefined && byte !== 0) {
      out.push(base.charCodeAt(0), byte);
      continue;
    }
    out.push(CP1252.get(ch) ?? fail(ch, 'VNI'));
  }
  return Uint8Array.from(out);
}

const CP1258_TONE = new Map<string, number>([
  ['\u0300', 0xcc], ['\u0301', 0xec], ['\u0309', 0xd2], ['\u0303', 0xde], ['\u0323', 0xf2],
]);

/** Windows-1258 with the custom decomposition domain.md §4.4 says iconv-lite lacks. */
export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = CP1258.get(ch);
    if (direct !== undefined && !CP1258_TONE.has(ch)) {
      out.push(direct);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tone = nfd.match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0];
    const base = CP1258.get(nfd.replace(tone ?? '', '').normalize('NFC'));
    if (tone === undefined || base === undefined) fail(ch, 'Windows-1258');
    out.push(base, CP1258_TONE.get(tone) ?? 0);
  }
  return Uint8Array.from(out);
}

/** The bytes of a string shown in Windows-1252, as domain.md §4.5 prints damaged text. */
export function cp1252Bytes(shown: string): Uint8Array {
  return Uint8Array.from([...shown].map((ch) => CP1252.get(ch) ?? fail(ch, 'Windows-1252')));
}
