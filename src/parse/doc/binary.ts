/** A structure of the file points outside the file or contradicts itself. */
export class DamagedError extends Error {
  override readonly name = 'DamagedError';
}

/**
 * Little-endian reads that never go past the end of the bytes: a hostile or truncated .doc
 * makes every offset and count a number read from the file, so each read is checked and a bad
 * one throws DamagedError, which the reader turns into one line for the user.
 */
export class Bytes {
  private readonly view: DataView;
  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get length(): number {
    return this.data.length;
  }

  private check(at: number, size: number, what: string): void {
    if (!Number.isInteger(at) || at < 0 || at + size > this.data.length) throw new DamagedError(`${what} points outside the file`);
  }

  u8(at: number, what = 'a structure'): number {
    this.check(at, 1, what);
    return this.view.getUint8(at);
  }

  u16(at: number, what = 'a structure'): number {
    this.check(at, 2, what);
    return this.view.getUint16(at, true);
  }

  i16(at: number, what = 'a structure'): number {
    this.check(at, 2, what);
    return this.view.getInt16(at, true);
  }

  u32(at: number, what = 'a structure'): number {
    this.check(at, 4, what);
    return this.view.getUint32(at, true);
  }

  i32(at: number, what = 'a structure'): number {
    this.check(at, 4, what);
    return this.view.getInt32(at, true);
  }

  /** A view of `size` bytes from `at` (no copy). */
  slice(at: number, size: number, what = 'a structure'): Bytes {
    this.check(at, size, what);
    return new Bytes(this.data.subarray(at, at + size));
  }
}
