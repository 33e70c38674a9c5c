/**
 * Ids come from the document's numbering, and real files repeat a number ("IV." twice, a task
 * row numbered like the one before). The second keeps its place and gets "~2", the third
 * "~3", so ids stay unique and stable from run to run.
 */
export function uniqueId(id: string, taken: { has(id: string): boolean }): string {
  let out = id;
  for (let k = 2; taken.has(out); k++) out = `${id}~${k}`;
  return out;
}

/** A generator of unique ids for one list: each id it returns is remembered. */
export function idAllocator(): (id: string) => string {
  const seen = new Set<string>();
  return (id) => {
    const out = uniqueId(id, seen);
    seen.add(out);
    return out;
  };
}
