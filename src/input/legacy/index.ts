/**
 * Registers the decoders for legacy Vietnamese encodings with the input layer; import this
 * module once, for its effect, before decoding (decode.ts tries them only when the bytes are
 * not valid UTF-8, and picks the most confident).
 */
import { registerLegacyDecoder, registerTextRepair } from '../decode.js';
import { repairLegacyText } from './repair-text.js';
import { tcvn3Decoder } from './tcvn3.js';
import { vniDecoder } from './vni.js';
import { windows1258Decoder } from './windows-1258.js';
import { utf8DamagedDecoder } from './utf8-damaged.js';

export const LEGACY_DECODERS = [tcvn3Decoder, vniDecoder, windows1258Decoder, utf8DamagedDecoder] as const;

let registered = false;

export function registerLegacyDecoders(): void {
  if (registered) return;
  registered = true;
  for (const decoder of LEGACY_DECODERS) registerLegacyDecoder(decoder);
  registerTextRepair(repairLegacyText);
}

registerLegacyDecoders();

export { repairLegacyText };
