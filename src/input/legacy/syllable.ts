/**
 * How Vietnamese a piece of decoded text looks, used to choose between legacy encodings.
 * Each candidate decoding is judged by the share of its non-ASCII words that are possible
 * Vietnamese syllables: the right table yields "Cộng hòa", the wrong one "Coọng hoứa" or
 * "Céng hßa" (domain.md §4.5), and Windows-1252 English yields "cafộ" (domain.md §4.6: decide
 * from the bytes, never convert text that merely contains Latin-1 letters).
 */

/** The five tone marks as combining characters (domain.md §4.1). */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

// Vowel nuclei of Vietnamese rhymes without their tone, longest first so the alternation
// prefers "uyê" over "uy" (inventory: domain.md §4.2, underthesea's vowel-cluster list).
const NUCLEI = [
  'uyê', 'uya', 'uyu', 'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uêu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi',
  'ơi', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];
const ONSET = '(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?';
// Bounded alternations between anchors: no nested quantifiers, so no catastrophic backtracking.
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.join('|')})(ch|nh|ng|[cmnpt])?$`, 'u');
/** Syllables closed by p, t, c, ch always carry sắc or nặng (Vietnamese phonotactics). */
const CHECKED = new Set(['c', 'ch', 'p', 't']);
const LONGEST_SYLLABLE = 8;

/** Whether a word (any case, NFC or not) is a possible Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length > LONGEST_SYLLABLE + 2) return false;
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE) ?? [];
  if (tones.length > 1) return false;
  const bare = decomposed.replace(TONE, '').normalize('NFC');
  const m = SYLLABLE.exec(bare);
  if (!m) return false;
  const coda = m[1];
  if (coda !== undefined && CHECKED.has(coda)) return tones[0] === '\u0301' || tones[0] === '\u0323';
  return true;
}

/** Characters that end a word: ASCII non-letters, spaces, typographic punctuation, U+FFFD. */
function isSeparator(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80) return !/[A-Za-z]/.test(ch);
  return /\s/u.test(ch) || (c >= 0x2000 && c <= 0x206f) || ch === '«' || ch === '»' || c === 0xfffd;
}

export interface SyllableCount {
  /** Words with a non-ASCII character and at least two characters. */
  readonly words: number;
  /** Of those, the ones that are possible Vietnamese syllables. */
  readonly valid: number;
}

/**
 * Counts the words that hold a non-ASCII character: Latin-1 symbols count as word characters,
 * so a misread "x·" or "§éc" is a word and an invalid one. One-letter words are skipped: a
 * lone "Ê" or "â" is as likely a misread "£" or "©" as Vietnamese.
 */
export function countSyllables(text: string): SyllableCount {
  let words = 0;
  let valid = 0;
  let word = '';
  let wide = false;
  const flush = (): void => {
    if (wide && [...word].length >= 2) {
      words++;
      if (isVietnameseSyllable(word)) valid++;
    }
    word = '';
    wide = false;
  };
  for (const ch of text) {
    if (isSeparator(ch)) {
      flush();
      continue;
    }
    word += ch;
    if ((ch.codePointAt(0) ?? 0) >= 0x80) wide = true;
  }
  flush();
  return { words, valid };
}

/** Enough valid words to trust a decoding, so that a stray "©" or "£" decides nothing. */
const EVIDENCE = 3;

/** A 0..1 score of how much a decoded text reads as Vietnamese. */
export function vietnameseScore(text: string): number {
  const { words, valid } = countSyllables(text);
  if (words === 0) return 0;
  return (valid / words) * Math.min(1, valid / EVIDENCE);
}

/** Detection reads at most this much of a file: the encoding does not change half-way. */
export const DETECT_SAMPLE_BYTES = 256 * 1024;

export function sample(bytes: Uint8Array): Uint8Array {
  return bytes.length > DETECT_SAMPLE_BYTES ? bytes.subarray(0, DETECT_SAMPLE_BYTES) : bytes;
}
