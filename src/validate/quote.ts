/** Quotes a piece of the document in a message: shortened on a word boundary, in quotes. */
export function quote(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return `"${t}"`;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `"${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…"`;
}

/** "A", "A and B", "A, B and C", each quoted. */
export function quoteList(items: readonly string[], max = 60): string {
  const q = items.map((i) => quote(i, max));
  if (q.length <= 1) return q[0] ?? '(none)';
  return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}
