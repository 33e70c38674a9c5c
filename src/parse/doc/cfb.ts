import { Bytes, DamagedError } from './binary.js';

// MS-CFB §2.2: the compound file header.
const HEADER_SIZE = 512;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;
// Special sector numbers (MS-CFB §2.1): anything at or above MAXREGSECT ends a chain.
const MAXREGSECT = 0xfffffffa;
const NOSTREAM = 0xffffffff;
const STREAM = 2;
const ROOT = 5;

/**
 * Reads streams out of an OLE compound file (MS-CFB), the container of Word 97–2003 files.
 * Every sector chain is followed at most once per sector (a chain that loops, which a damaged
 * or hostile file can declare, is refused instead of read forever), and every sector number is
 * checked against the file's size.
 */
export class CompoundFile {
  private readonly bytes: Bytes;
  private readonly sectorSize: number;
  private readonly miniSectorSize: number;
  private readonly miniCutoff: number;
  private readonly fat: Uint32Array;
  private readonly miniFat: Uint32Array;
  private readonly entries: { name: string; type: number; start: number; size: number; left: number; right: number; child: number }[];
  private miniStream: Uint8Array | null = null;

  constructor(data: Uint8Array) {
    this.bytes = new Bytes(data);
    const b = this.bytes;
    if (b.length < HEADER_SIZE) throw new DamagedError('the compound file header is truncated');
    const sectorShift = b.u16(0x1e);
    const miniShift = b.u16(0x20);
    if (sectorShift !== 9 && sectorShift !== 12) throw new DamagedError(`the sector size 2^${sectorShift} is not one MS-CFB allows`);
    if (miniShift !== 6) throw new DamagedError(`the mini sector size 2^${miniShift} is not one MS-CFB allows`);
    this.sectorSize = 1 << sectorShift;
    this.miniSectorSize = 1 << miniShift;
    this.miniCutoff = b.u32(0x38);
    this.fat = this.readFat();
    this.entries = this.readDirectory(b.u32(0x30));
    const miniFatBytes = this.chain(b.u32(0x3c), 'the mini allocation table');
    this.miniFat = toUint32(miniFatBytes);
  }

  /** The bytes of a stream that is a direct child of the root storage, or null. */
  stream(name: string): Uint8Array | null {
    const root = this.entries[0];
    if (!root || root.type !== ROOT) throw new DamagedError('the compound file has no root entry');
    const entry = this.childNamed(root.child, name);
    if (!entry) return null;
    if (entry.size < this.miniCutoff) return this.miniChain(entry.start, entry.size, name);
    const data = this.chain(entry.start, name);
    if (data.length < entry.size) throw new DamagedError(`the stream ${name} is shorter than its directory entry says`);
    return data.subarray(0, entry.size);
  }

  private sectorOffset(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  private readFat(): Uint32Array {
    const b = this.bytes;
    const fatSectors: number[] = [];
    const declared = b.u32(0x2c);
    const sectorCount = Math.ceil(b.length / this.sectorSize);
    if (declared > sectorCount) throw new DamagedError('the allocation table is larger than the file');
    for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < declared; i++) fatSectors.push(b.u32(0x4c + i * 4));
    // Further DIFAT sectors form a chain; each sector is visited once at most.
    let difat = b.u32(0x44);
    const seen = new Set<number>();
    const perSector = this.sectorSize / 4 - 1;
    while (difat < MAXREGSECT && fatSectors.length < declared) {
      if (seen.has(difat)) throw new DamagedError('the DIFAT chain loops');
      seen.add(difat);
      const at = this.sectorOffset(difat);
      for (let i = 0; i < perSector && fatSectors.length < declared; i++) fatSectors.push(b.u32(at + i * 4, 'the DIFAT'));
      difat = b.u32(at + perSector * 4, 'the DIFAT');
    }
    const fat = new Uint32Array(fatSectors.length * (this.sectorSize / 4));
    fatSectors.forEach((sector, k) => {
      const at = this.sectorOffset(sector);
      fat.set(toUint32(b.slice(at, this.sectorSize, 'the allocation table').data), k * (this.sectorSize / 4));
    });
    return fat;
  }

  /** The concatenated sectors of a chain in the allocation table. */
  private chain(start: number, what: string): Uint8Array {
    const sectors: number[] = [];
    const seen = new Set<number>();
    for (let s = start; s < MAXREGSECT; s = this.fat[s] ?? NOSTREAM) {
      if (seen.has(s)) throw new DamagedError(`the sector chain of ${what} loops`);
      if (s >= this.fat.length) throw new DamagedError(`the sector chain of ${what} points outside the allocation table`);
      seen.add(s);
      sectors.push(s);
    }
    const out = new Uint8Array(sectors.length * this.sectorSize);
    sectors.forEach((s, k) => out.set(this.bytes.slice(this.sectorOffset(s), this.sectorSize, what).data, k * this.sectorSize));
    return out;
  }

  private miniChain(start: number, size: number, what: string): Uint8Array {
    this.miniStream ??= this.readMiniStream();
    const mini = new Bytes(this.miniStream);
    const out = new Uint8Array(size);
    const seen = new Set<number>();
    let written = 0;
    for (let s = start; s < MAXREGSECT && written < size; s = this.miniFat[s] ?? NOSTREAM) {
      if (seen.has(s)) throw new DamagedError(`the mini sector chain of ${what} loops`);
      seen.add(s);
      const n = Math.min(this.miniSectorSize, size - written);
      out.set(mini.slice(s * this.miniSectorSize, n, what).data, written);
      written += n;
    }
    if (written < size) throw new DamagedError(`the stream ${what} is shorter than its directory entry says`);
    return out;
  }

  private readMiniStream(): Uint8Array {
    const root = this.entries[0];
    if (!root || root.start >= MAXREGSECT) return new Uint8Array(0);
    return this.chain(root.start, 'the mini stream').subarray(0, root.size);
  }

  private readDirectory(start: number): CompoundFile['entries'] {
    const data = new Bytes(this.chain(start, 'the directory'));
    const out: CompoundFile['entries'] = [];
    for (let at = 0; at + DIRECTORY_ENTRY_SIZE <= data.length; at += DIRECTORY_ENTRY_SIZE) {
      const nameLength = Math.min(64, data.u16(at + 0x40));
      let name = '';
      for (let i = 0; i + 2 < nameLength; i += 2) name += String.fromCharCode(data.u16(at + i));
      out.push({
        name,
        type: data.u8(at + 0x42),
        left: data.u32(at + 0x44),
        right: data.u32(at + 0x48),
        child: data.u32(at + 0x4c),
        start: data.u32(at + 0x74),
        size: data.u32(at + 0x78),
      });
    }
    return out;
  }

  /** Searches the siblings tree under a storage (a red-black tree of entries) for a stream. */
  private childNamed(first: number, name: string): CompoundFile['entries'][number] | null {
    const stack = [first];
    const seen = new Set<number>();
    while (stack.length) {
      const id = stack.pop() as number;
      if (id === NOSTREAM || seen.has(id)) continue;
      seen.add(id);
      const entry = this.entries[id];
      if (!entry) continue;
      if (entry.type === STREAM && entry.name === name) return entry;
      stack.push(entry.left, entry.right);
    }
    return null;
  }
}

function toUint32(bytes: Uint8Array): Uint32Array {
  const out = new Uint32Array(Math.floor(bytes.length / 4));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}
