// A quote of the document in a diagnostic stays on one line of a terminal.
const QUOTE = 60;

/** A piece of the document quoted in a message: trimmed, cut with "…" past QUOTE characters. */
export function quote(text: string, max = QUOTE): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
