// A small zip reader/writer on Node's zlib, for patching .xlsx packages: untouched entries are copied with their
// compressed bytes as they are (no recompression), changed or new entries are deflated. No zip library is a
// declared dependency, and none copies raw entries; an .xlsx needs only "stored" and "deflate" entries.
import zlib from 'zlib';
import { once } from 'events';

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  /** The name's bytes as stored, written back unchanged. */
  nameBytes: Buffer;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  versionMadeBy: number;
  internalAttr: number;
  externalAttr: number;
  /** Offset of the compressed data in the archive. */
  dataStart: number;
}

export interface ZipArchive {
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  /** The entry's compressed bytes (a view into the archive buffer). */
  raw(e: ZipEntry): Buffer;
  /** The entry's content. */
  read(e: ZipEntry): Buffer;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;

function u64(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

/**
 * Largest single inflate output chunk (bytes); bigger parts are inflated in chunks of this size and joined (a
 * copy of the whole part). A county's 监测对象信息 export of 100,000 persons is a 353 MB sheet part, so the cap
 * is above any ledger's: a stated size is only reserved (not touched) until inflated into, and the read limits
 * have already bounded the declared sizes and ratios (readWorkbook checkInflation).
 */
const CHUNK_MAX = 1024 * 1024 * 1024;

export function readZip(buf: Buffer): ZipArchive {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('end of central directory not found (truncated?)');
  let count = buf.readUInt16LE(eocd + 10);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20) {
    const loc = eocd - 20;
    if (buf.readUInt32LE(loc) === SIG_EOCD64_LOCATOR) {
      const at = u64(buf, loc + 8);
      if (at + 56 > buf.length || buf.readUInt32LE(at) !== SIG_EOCD64) throw new ZipError('bad zip64 record');
      count = u64(buf, at + 32);
      cdOffset = u64(buf, at + 48);
    }
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== SIG_CENTRAL)
      throw new ZipError('bad central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const nameBytes = Buffer.from(buf.subarray(p + 46, p + 46 + nameLen));
    let size = buf.readUInt32LE(p + 24);
    let compressedSize = buf.readUInt32LE(p + 20);
    let localOffset = buf.readUInt32LE(p + 42);
    // zip64 extra field: the 64-bit values of whichever fields are saturated, in this order.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
      const id = buf.readUInt16LE(x);
      const len = buf.readUInt16LE(x + 2);
      if (id === 1) {
        let q = x + 4;
        if (size === 0xffffffff) {
          size = u64(buf, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(buf, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(buf, q);
      }
      x += 4 + len;
    }
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== SIG_LOCAL)
      throw new ZipError('bad local header');
    const dataStart =
      localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > buf.length) throw new ZipError('entry data past the end (truncated?)');
    entries.push({
      name: nameBytes.toString('utf8'),
      nameBytes,
      versionMadeBy: buf.readUInt16LE(p + 4),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      crc: buf.readUInt32LE(p + 16),
      compressedSize,
      size,
      internalAttr: buf.readUInt16LE(p + 36),
      externalAttr: buf.readUInt32LE(p + 38),
      dataStart,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const raw = (e: ZipEntry) => buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
  return {
    entries,
    byName,
    raw,
    read(e) {
      if (e.flags & 1) throw new ZipError(`encrypted entry: ${e.name}`);
      if (e.method === 0) return raw(e);
      if (e.method === 8) {
        // The central directory's size bounds the output: a part that inflates beyond it is damaged (or a bomb
        // that lies about its size), and is stopped there rather than filling memory.
        try {
          // One output chunk of the stated size: zlib's default 16 KB chunks are concatenated at the end,
          // ≈1/3 of the inflate time on a 140 MB sheet part. (Capped: the size is only what the archive claims.)
          // A part over the cap comes in several chunks, joined by zlib.
          const chunkSize = Math.min(Math.max(64, e.size), CHUNK_MAX);
          const out = zlib.inflateRawSync(raw(e), { maxOutputLength: Math.max(1, e.size), chunkSize });
          if (out.length !== e.size) throw new ZipError(`size mismatch: ${e.name}`);
          return out;
        } catch (err) {
          if (err instanceof ZipError) throw err;
          throw new ZipError(`damaged entry ${e.name}: ${(err as Error).message}`);
        }
      }
      throw new ZipError(`unsupported compression method ${e.method}: ${e.name}`);
    },
  };
}

let CRC_TABLE: Int32Array | undefined;

/** zlib.crc32 where Node has it (≥ 20.15), else the classic table. */
export function crc32(data: Buffer, prev = 0): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer, v?: number) => number }).crc32;
  if (native) return native(data, prev);
  if (!CRC_TABLE) {
    CRC_TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c;
    }
  }
  let c = ~prev;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * Deflate level for the parts we rewrite. zlib's default 6 took 2.0 s for the 140 MB sheet part of a
 * 100,000-person annotated copy; 5 takes 1.2 s for a part 4 % larger (4: 0.74 s, 17 % larger; 1: 0.42 s, 27 %).
 * The annotated copy is a working file clerks also send on: 5 keeps it about as small as the original.
 */
const LEVEL = 5;

/** Bytes gathered before one write to the deflate stream (ZipWriter.addPieces). */
const PIECES_BATCH = 1024 * 1024;

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface Written {
  nameBytes: Buffer;
  versionMadeBy: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  internalAttr: number;
  externalAttr: number;
  offset: number;
}

/** Builds an archive in memory (an .xlsx is tens of MB at most compressed). */
export class ZipWriter {
  private chunks: Buffer[] = [];
  private offset = 0;
  private written: Written[] = [];
  private now = dosDateTime(new Date());

  private put(w: Omit<Written, 'offset'>, data: Buffer): void {
    if (this.offset > 0xfffffff0 || w.size > 0xfffffff0)
      throw new ZipError('archive too large (zip64 not written)');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(SIG_LOCAL, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(w.flags, 6);
    h.writeUInt16LE(w.method, 8);
    h.writeUInt16LE(w.time, 10);
    h.writeUInt16LE(w.date, 12);
    h.writeUInt32LE(w.crc >>> 0, 14);
    h.writeUInt32LE(w.compressedSize, 18);
    h.writeUInt32LE(w.size, 22);
    h.writeUInt16LE(w.nameBytes.length, 26);
    h.writeUInt16LE(0, 28);
    this.written.push({ ...w, offset: this.offset });
    this.chunks.push(h, w.nameBytes, data);
    this.offset += 30 + w.nameBytes.length + data.length;
  }

  /** Copies an entry of another archive with its compressed bytes unchanged. */
  copy(from: ZipArchive, e: ZipEntry): void {
    // Sizes go into the local header, so no data descriptor (bit 3) is needed.
    this.put({ ...e, flags: e.flags & ~0x8 }, from.raw(e));
  }

  /** Adds (or replaces) an entry with new content. */
  add(name: string, data: Buffer): void {
    const compressed = zlib.deflateRawSync(data, { level: LEVEL });
    this.put(this.meta(name, crc32(data), data.length, compressed.length), compressed);
  }

  /** Adds an entry uncompressed ("stored"). */
  store(name: string, data: Buffer): void {
    this.put({ ...this.meta(name, crc32(data), data.length, data.length), method: 0 }, data);
  }

  /** Adds an entry whose content is the concatenation of `pieces`, without concatenating them first. */
  async addPieces(name: string, pieces: Buffer[]): Promise<void> {
    this.putDeflated(await deflatePieces(name, pieces));
  }

  /** Adds an entry deflated beforehand (deflatePieces), so that several can deflate at once. */
  putDeflated(d: DeflatedEntry): void {
    this.put(this.meta(d.name, d.crc, d.size, d.compressed.length), d.compressed);
  }

  private meta(name: string, crc: number, size: number, compressedSize: number): Omit<Written, 'offset'> {
    return {
      nameBytes: Buffer.from(name, 'utf8'),
      versionMadeBy: 20,
      flags: /[^\x20-\x7e]/.test(name) ? 0x800 : 0,
      method: 8,
      ...this.now,
      crc,
      compressedSize,
      size,
      internalAttr: 0,
      externalAttr: 0,
    };
  }

  /** The chunks written so far, handed over (for streaming the archive out entry by entry). */
  drain(): Buffer[] {
    const c = this.chunks;
    this.chunks = [];
    return c;
  }

  /** The finished archive (or its rest after `drain`) as a list of buffers, to write in order. */
  finish(): Buffer[] {
    const cdStart = this.offset;
    const cd: Buffer[] = [];
    let cdSize = 0;
    for (const w of this.written) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(SIG_CENTRAL, 0);
      h.writeUInt16LE(w.versionMadeBy, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(w.flags, 8);
      h.writeUInt16LE(w.method, 10);
      h.writeUInt16LE(w.time, 12);
      h.writeUInt16LE(w.date, 14);
      h.writeUInt32LE(w.crc >>> 0, 16);
      h.writeUInt32LE(w.compressedSize, 20);
      h.writeUInt32LE(w.size, 24);
      h.writeUInt16LE(w.nameBytes.length, 28);
      h.writeUInt16LE(w.internalAttr, 36);
      h.writeUInt32LE(w.externalAttr >>> 0, 38);
      h.writeUInt32LE(w.offset, 42);
      cd.push(h, w.nameBytes);
      cdSize += 46 + w.nameBytes.length;
    }
    if (this.written.length > 0xffff) throw new ZipError('too many entries (zip64 not written)');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(SIG_EOCD, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(cdSize, 12);
    end.writeUInt32LE(cdStart, 16);
    return [...this.chunks, ...cd, end];
  }
}

/** An entry's content deflated, with what its headers need. */
export interface DeflatedEntry {
  name: string;
  crc: number;
  size: number;
  compressed: Buffer;
}

/**
 * Deflates the concatenation of `pieces` on zlib's thread pool (without concatenating them first); several calls
 * run side by side.
 */
export async function deflatePieces(name: string, pieces: Buffer[]): Promise<DeflatedEntry> {
  const z = zlib.createDeflateRaw({ level: LEVEL });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const ended = once(z, 'end');
  let crc = 0;
  let size = 0;
  // Written in batches of ≥ 1 MB: each write is a round trip to zlib's thread, and a patched sheet comes in
  // two pieces per marked row (25,000 writes at 100,000 persons: 2.0 s of deflate instead of 1.2 s).
  let batch: Buffer[] = [];
  let batched = 0;
  const flush = async () => {
    if (batched === 0) return;
    const chunk = batch.length === 1 ? batch[0] : Buffer.concat(batch, batched);
    batch = [];
    batched = 0;
    if (!z.write(chunk)) await once(z, 'drain');
  };
  for (const p of pieces) {
    if (p.length === 0) continue;
    crc = crc32(p, crc);
    size += p.length;
    batch.push(p);
    batched += p.length;
    if (batched >= PIECES_BATCH) await flush();
  }
  await flush();
  z.end();
  await ended;
  return { name, crc, size, compressed: Buffer.concat(out) };
}
