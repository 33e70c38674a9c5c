import type { LegacyDecoder } from '../legacy-decoder.js';
import { sample, vietnameseScore } from './syllable.js';

/**
 * Windows-1258 (domain.md §4.4): Windows-1252 with ă ơ ư đ ₫ and five combining tone marks,
 * so decoded text is only partly composed; the line index applies NFC afterwards.
 */
const cp1258 = new TextDecoder('windows-1258');

export const windows1258Decoder: LegacyDecoder = {
  name: 'Windows-1258',
  converts: true,
  detect: (bytes) => vietnameseScore(cp1258.decode(sample(bytes)).normalize('NFC')),
  decode: (bytes) => cp1258.decode(bytes),
};
