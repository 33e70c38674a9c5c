/**
 * A value computed on first use, not at import: tables built from the gazetteer cost start-up
 * time that a command which never reads a unit name should not pay (issue 8).
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/**
 * `fn` with its results kept by argument: plans repeat the same few dozen unit texts cell after
 * cell. At most `size` results are kept (the whole store is dropped when full), so that a file
 * of distinct texts cannot grow it without limit. Results must be read-only: they are shared.
 */
export function memoByText<T>(fn: (text: string) => T, size: number): (text: string) => T {
  const store = new Map<string, T>();
  return (text) => {
    if (store.has(text)) return store.get(text) as T;
    const value = fn(text);
    if (store.size >= size) store.clear();
    store.set(text, value);
    return value;
  };
}
