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
