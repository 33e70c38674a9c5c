/**
 * Document text is untrusted: a plan sent by e-mail can carry ANSI escape sequences or control
 * characters that would move the cursor, retitle the window or hide text when printed to a
 * terminal (issue 7, "Safe output"). Everything a terminal format prints from the document
 * goes through safeText first.
 */

export interface SafeTextOptions {
  /** Keep line feeds (formats whose cells may span lines). Default false: they become a space. */
  readonly newlines?: boolean;
  /** Keep tabs. Default false: they become a space. */
  readonly tabs?: boolean;
}

// ECMA-48: CSI (ESC [ or the 8-bit U+009B) parameters, intermediates, one final byte;
// OSC / DCS / SOS / PM / APC strings (ESC ] P X ^ _ or their 8-bit forms) run to BEL or ST;
// any other ESC takes intermediates and one final byte (ESC ( B). Each branch is linear: no nested quantifiers.
const CSI = /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?/g;
const STRING_SEQ = /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?/g;
const OTHER_ESC = /\x1b[\x20-\x2f]*[\x30-\x7e]?/g;
// C0 controls other than TAB and LF, DEL, C1 controls; CR is dropped (CRLF → LF).
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// Unicode bidi embeddings, overrides and isolates reorder what the reader sees ("Trojan
// Source", CVE-2021-42574); ordinary Vietnamese text never needs them.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

export function safeText(text: string, options: SafeTextOptions = {}): string {
  let s = text.replace(CSI, '').replace(STRING_SEQ, '').replace(OTHER_ESC, '');
  s = s.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(BIDI, '');
  if (!options.tabs) s = s.replace(/\t/g, ' ');
  if (!options.newlines) s = s.replace(/\n/g, ' ');
  return s;
}
