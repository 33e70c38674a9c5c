import data from '../../data/issuers.json' with { type: 'json' };
import { headSet, opensWith } from './word-heads.js';

const BODIES = headSet(data.bodies);
const ISSUERS = headSet([...data.bodies, ...data.titles]);

/** A line that opens with the head of an issuing body's name ("ỦY BAN NHÂN DÂN TỈNH", "SỞ Y TẾ"). */
export function opensWithIssuingBody(text: string): boolean {
  return opensWith(BODIES, text);
}

/** A body's head or a state title that issues in its own name ("CHỦ TỊCH NƯỚC"): header lines only. */
export function opensWithIssuer(text: string): boolean {
  return opensWith(ISSUERS, text);
}
