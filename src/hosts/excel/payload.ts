// Payload estimates and request batching. Excel on the web rejects requests and responses over 5 MB, so every
// batch is sized from estimates that err on the large side, and syncs happen only when a budget is full.

/** UTF-8 bytes of JSON.stringify(v) for a cell value. */
export function valueBytes(v: unknown): number {
  if (typeof v === 'number') return String(v).length;
  if (typeof v === 'boolean') return v ? 4 : 5;
  if (typeof v !== 'string') return 4;
  let n = 2;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c) n += c < 0x20 ? 6 : 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else n += 3;
  }
  return n;
}

export function rowBytes(row: readonly unknown[]): number {
  let n = 1 + row.length;
  for (let i = 0; i < row.length; i++) n += valueBytes(row[i]);
  return n;
}

/** Average JSON bytes per row, measured on up to `samples` evenly spaced rows. */
export function bytesPerRow(rows: readonly (readonly unknown[])[], samples = 64): number {
  if (!rows.length) return 0;
  const step = Math.max(1, Math.floor(rows.length / samples));
  let sum = 0;
  let n = 0;
  for (let i = 0; i < rows.length; i += step) {
    sum += rowBytes(rows[i]);
    n++;
  }
  return sum / n;
}

/** Rough Office.js request cost of one queued action (object path + action JSON). */
export const ACTION_BYTES = 160;

/** Queues work into the current request until its estimated size would pass the budget, then syncs. */
export class Batcher {
  private used = 0;
  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly budget: number,
    private readonly onBatchStart?: () => void,
  ) {}

  /** Call before queueing work of about `bytes`; may sync what is already queued first. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.budget) await this.flush();
    if (this.used === 0) this.onBatchStart?.();
    this.used += bytes;
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    this.used = 0;
    await this.ctx.sync();
  }
}

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
