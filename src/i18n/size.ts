import type { Msg } from './types.js';

const KB = 1024;
const MB = KB * KB;

/**
 * A size of a file as a message: "1.5 MB" in English, "1,5 MB" in Vietnamese (the decimal
 * comma), "512 bytes" / "512 byte". Binary units, one decimal, as the limits are set.
 */
export function sizeMsg(bytes: number): Msg {
  if (bytes >= MB) return { id: 'size.mb', params: { n: bytes / MB } };
  if (bytes >= KB) return { id: 'size.kb', params: { n: bytes / KB } };
  return { id: 'size.bytes', params: { n: bytes } };
}
