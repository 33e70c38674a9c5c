import { tcvn3Decoder } from './tcvn3.js';
import { vniDecoder } from './vni.js';
import { vietnameseScore } from './syllable.js';
import { WINDOWS_1252_BYTE } from './windows-1252.js';

/**
 * A valid Unicode file can still hold legacy text: when a document set in a .VnTime or VNI
 * font is saved or extracted as Unicode, each byte becomes its Windows-1252 character and the
 * file reads "Céng hßa" or "Coäng hoøa" (domain.md §4.5, §4.6: a 1-byte-font PDF extracts a
 * perfect-looking text layer). Returns the repaired text when the characters map back to
 * bytes and those bytes read as Vietnamese far better than the text itself; otherwise null.
 */
export function repairLegacyText(text: string): { readonly text: string; readonly encoding: string } | null {
  const bytes = new Uint8Array(text.length);
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const code = ch.charCodeAt(0);
    const b = code < 0x80 ? code : WINDOWS_1252_BYTE.get(ch);
    // A character outside Windows-1252 (ơ, ư, ạ …) means the text is genuine Unicode.
    if (b === undefined) return null;
    if (b >= 0x80) high++;
    bytes[i] = b;
  }
  if (high === 0) return null;
  const own = vietnameseScore(text);
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const decoder of [tcvn3Decoder, vniDecoder]) {
    const score = decoder.detect(bytes);
    if (score >= 0.5 && score > own && (!best || score > best.score)) {
      best = { text: decoder.decode(bytes), encoding: decoder.name, score };
    }
  }
  return best && { text: best.text, encoding: best.encoding };
}
