// A1 helpers for the Office.js host (addresses Excel returns, addresses the engine hands us).
import type { MergeRange } from '../../core/types';

export function columnLetters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellAddress(r: number, c: number): string {
  return columnLetters(c) + (r + 1);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** 'b3' / '$B$3' → { r: 2, c: 1 }; null when it is not a single-cell address. */
export function parseCell(address: string): { r: number; c: number } | null {
  const m = CELL.exec(address.trim());
  if (!m) return null;
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  const r = Number(m[2]) - 1;
  return r >= 0 ? { r, c: c - 1 } : null;
}

/** Canonical form used as a key: upper case, no '$'. */
export function normalizeCell(address: string): string | null {
  const p = parseCell(address);
  return p ? cellAddress(p.r, p.c) : null;
}

/** Drops an optional sheet prefix ("'My sheet'!A1:B2" → "A1:B2"), honouring quoted names with '' and '!'. */
export function stripSheet(address: string): string {
  const s = address.trim();
  if (s.startsWith("'")) {
    for (let i = 1; i < s.length; i++) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          i++;
          continue;
        }
        return s.slice(i + 2);
      }
    }
    return s;
  }
  const bang = s.lastIndexOf('!');
  return bang < 0 ? s : s.slice(bang + 1);
}

/** Splits a RangeAreas address ("S!A1:B2, S!C3") into its areas; commas inside quoted sheet names are kept. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** "S!A1:C2, S!D5" → 0-based inclusive merge ranges. Unparseable parts are skipped. */
export function parseAreas(address: string): MergeRange[] {
  const out: MergeRange[] = [];
  for (const area of splitAreas(address)) {
    const [a, b = a] = stripSheet(area).split(':');
    const p = parseCell(a);
    const q = parseCell(b);
    if (!p || !q) continue;
    out.push({
      r1: Math.min(p.r, q.r),
      c1: Math.min(p.c, q.c),
      r2: Math.max(p.r, q.r),
      c2: Math.max(p.c, q.c),
    });
  }
  return out;
}
