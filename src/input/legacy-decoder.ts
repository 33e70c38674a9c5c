/** A decoder for a legacy encoding, tried when the bytes are not valid UTF-8. */
export interface LegacyDecoder {
  readonly name: string;
  /** A score from 0 to 1 of how likely the bytes are in this encoding. */
  detect(bytes: Uint8Array): number;
  decode(bytes: Uint8Array): string;
  /** Whether the decoder converts (true) or only names the encoding so the user can convert. */
  readonly converts: boolean;
}
