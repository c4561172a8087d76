// Number, date and name helpers shared by the summary builders and the narrative (pure, no I/O).
import { columnLetter } from '../grid/address';
import { maskId } from '../id/gb11643';

/** 四舍五入 half away from zero at `decimals`, as Excel ROUND does (binary noise cleared at 15 digits first). */
export function roundHalfAway(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** decimals;
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  const r = Math.round(scaled) / f;
  return x < 0 ? -r : r;
}

/** num ÷ base × factor rounded to `decimals`; null when the base is 0 or missing (the formula's ""). */
export function ratio(
  num: number | null | undefined,
  base: number | null | undefined,
  factor = 100,
  decimals = 2,
): number | null {
  if (!base) return null;
  return roundHalfAway(((num ?? 0) / base) * factor, decimals);
}

/** Unrounded ratio, for the narrative's small-percentage rule. */
export function rawRatio(
  num: number | null | undefined,
  base: number | null | undefined,
  factor = 100,
): number | null {
  if (!base) return null;
  return ((num ?? 0) / base) * factor;
}

/** Sum that clears float noise (0.1 + 0.2) without rounding away real digits. */
export function sumOf(values: Array<number | null | undefined>): number {
  let s = 0;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) s += v;
  return roundHalfAway(s, 8);
}

// Loops, not spreads: Math.max(...xs) and push(...xs) pass every element as an argument and overflow the call
// stack above ~120,000 elements (a county ledger has a million rows).

/** Largest number of the list (nulls skipped); null when there is none. */
export function maxOf(values: Iterable<number | null | undefined>): number | null {
  let m: number | null = null;
  for (const v of values) if (typeof v === 'number' && !Number.isNaN(v) && (m === null || v > m)) m = v;
  return m;
}

/** Appends every item of `items` to `target` (in place), for lists of any length. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}

/** Fixed decimals with trailing zeros removed: 39.1920 → "39.192", 15 → "15". */
export function trimDecimals(x: number, decimals: number): string {
  const s = roundHalfAway(x, decimals).toFixed(decimals);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** 万元 (or 元) amount for a sentence: up to 4 decimals, no trailing zeros (200.8028, 15.08). */
export function formatAmount(x: number, maxDecimals = 4): string {
  return trimDecimals(x, maxDecimals);
}

/**
 * Percentage for a sentence: 2 decimals without trailing zeros (94.8, 33.02), but at least two significant
 * digits below 0.1 % (0.025) so a tiny rate does not print as 0.03 or 0.
 */
export function formatPercent(x: number): string {
  const a = Math.abs(x);
  if (a === 0) return '0';
  if (a >= 0.1) return trimDecimals(x, 2);
  const decimals = 1 - Math.floor(Math.log10(a));
  return trimDecimals(x, decimals);
}

/** 0-based column index → letters (0 → A, 27 → AB). */
export const colLetter = columnLetter;

/** 0-based (row, col) → A1 address. */
export function a1(r: number, c: number): string {
  return `${colLetter(c)}${r + 1}`;
}

/** Internal link target "'Sheet'!A1" (apostrophes doubled, as Excel quotes sheet names). */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** A legal sheet name: no []:*?/\, no leading/trailing apostrophe, ≤ 31 characters, never empty. */
export function sanitizeSheetName(name: string): string {
  let s = name
    .replace(/[[\]:*?/\\]/g, '')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (s.length > 31) {
    const chars = Array.from(s);
    while (chars.join('').length > 31) chars.pop();
    s = chars.join('');
  }
  return s || 'Sheet';
}

/** Makes names unique (case-insensitive, as Excel compares) by suffixing (2), (3) … within 31 characters. */
export function uniqueSheetNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw) => {
    const base = sanitizeSheetName(raw);
    let name = base;
    for (let i = 2; seen.has(name.toLowerCase()); i++) {
      const suffix = `(${i})`;
      name = sanitizeSheetName(base.slice(0, 31 - suffix.length) + suffix);
    }
    seen.add(name.toLowerCase());
    return name;
  });
}

/** 'YYYY-MM-DD' → { y, m, d } or null. */
export function parseIsoDate(iso: string | undefined): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** 'YYYY-MM-DD' → "2024年12月31日"; blank form "    年  月  日" when unknown. */
export function chineseDate(iso: string | undefined): string {
  const p = parseIsoDate(iso);
  return p ? `${p.y}年${p.m}月${p.d}日` : '    年  月  日';
}

/** ISO date + n calendar days (UTC arithmetic, no time zone drift). */
export function addDays(iso: string, days: number): string | null {
  const p = parseIsoDate(iso);
  if (!p) return null;
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + days));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** ID number for a public list: first 6 and last 4 kept, the rest starred (18 → 8 stars, 15 → 5). */
export const maskIdNumber = maskId;
