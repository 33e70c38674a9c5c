import { Inflate } from 'fflate';
import { InputError } from '../../model/errors.js';
import type { ZipEntry } from './zip-directory.js';
import { msg } from '../../i18n/index.js';

const LOCAL = 0x04034b50;

/**
 * Inflates one entry, never producing more than the size its central-directory record
 * declared: the declared sizes were checked against the limits, so capping at them caps the
 * whole read.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, file: string | null): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL) {
    throw new InputError(file, msg('input.zipEntryDamaged', { entry: entry.name }));
  }
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new InputError(file, msg('input.zipEntryTruncated', { entry: entry.name }));
    return data;
  }
  if (entry.method !== 8) throw new InputError(file, msg('input.zipEntryMethod', { entry: entry.name, method: String(entry.method) }));
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) {
      throw new InputError(file, msg('input.zipEntryOversize', { entry: entry.name, size: String(entry.size) }));
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  const step = 64 * 1024;
  try {
    for (let i = 0; i < data.length || i === 0; i += step) {
      inflater.push(data.subarray(i, i + step), i + step >= data.length);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, msg('input.zipEntryInflate', { entry: entry.name, detail: (error as Error).message }));
  }
  return written === out.length ? out : out.subarray(0, written);
}

