// Cell normalisation: what clerks type (full-width digits, thousands separators, text dates, "3,200.50元")
// turned into values the rules can compare. Pure functions; never throw.
import type { CellValue } from '../types';

export interface YMD {
  y: number;
  m: number;
  d: number;
}

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF\u00A0]/g;

/** Full-width ASCII (！–～) and the ideographic space → half-width. */
export function toHalfWidth(s: string): string {
  let i0 = 0;
  while (i0 < s.length) {
    const c = s.charCodeAt(i0);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;
    i0++;
  }
  if (i0 === s.length) return s; // nothing to convert: no new string
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

function isAsciiOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

/** Trimmed text of a cell; '' for empty. Numbers print as JS does (no exponent for ordinary values). */
export function cellText(v: CellValue | undefined | null): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') {
    const t = v.trim();
    if (t.length === 0) return t;
    // Scan before replacing: almost no cell holds a zero-width character, and replace allocates.
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x00a0)
        return t.replace(ZERO_WIDTH, '').trim();
    }
    return t;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export function isEmpty(v: CellValue | undefined | null): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (typeof v !== 'string') return false;
  const c = v.charCodeAt(0);
  // A first character that is not white space settles it without trim().
  if (c > 32 && c !== 0xa0 && c !== 0x1680 && !(c >= 0x2000 && c <= 0x205f) && c !== 0x3000 && c !== 0xfeff)
    return false;
  return v.trim() === '';
}

// Ledger columns hold few distinct values, so normalised text is memoised by the raw string (bounded).
const NORM_CACHE = new Map<string, string>();
const NORM_CACHE_MAX = 200_000;
const WS = /\s/;

/** Only characters 33–126 (an ID number, a phone, a number as text): normText leaves such a text as it is. */
export function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}

/** Text for comparing against code lists and headers: half-width, no inner spaces, 其它 → 其他. */
export function normText(v: CellValue | undefined | null): string {
  if (typeof v !== 'string') return normTextUncached(v);
  // Nearly unique texts (IDs, phones) would only fill the cache: they are their own normal form.
  if (isPrintableAscii(v)) return v;
  const hit = NORM_CACHE.get(v);
  if (hit !== undefined) return hit;
  const out = normTextUncached(v);
  if (NORM_CACHE.size > NORM_CACHE_MAX) NORM_CACHE.clear();
  NORM_CACHE.set(v, out);
  return out;
}

function normTextUncached(v: CellValue | undefined | null): string {
  const t = cellText(v);
  if (t === '') return '';
  if (isAsciiOnly(t)) return WS.test(t) ? t.replace(/\s+/g, '') : t;
  let h = toHalfWidth(t);
  if (WS.test(h)) h = h.replace(/\s+/g, '');
  return h.includes('其它') ? h.replace(/其它/g, '其他') : h;
}

/** Excel error values as Office.js and ExcelJS hand them over. */
export function isErrorValue(v: CellValue | undefined | null): boolean {
  return (
    typeof v === 'string' &&
    v.includes('#') &&
    /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!)$/.test(
      v.trim(),
    )
  );
}

export type NumberKind = 'empty' | 'number' | 'text-number' | 'invalid' | 'error';

export interface ParsedNumber {
  kind: NumberKind;
  /** The number in the unit of `unit` when the text carried one, else as written. */
  value: number | null;
  /** Unit written inside the cell ("12.5万", "125,000元"). */
  unit?: '元' | '万元' | '%';
}

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_RE = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A number written without a unit (a plain number, or text such as "6"), else null: empty, unreadable, an error
 * value or a number with a unit (counts such as 务工时间（月）). */
export function unitlessNumber(v: CellValue | undefined | null): number | null {
  // Plain numbers and plain decimal text without building a ParsedNumber (same answer as below).
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v !== '' && plainDecimal(v)) return Number(v);
  const p = parseNumber(v);
  return p.kind === 'number' || (p.kind === 'text-number' && p.unit === undefined) ? p.value : null;
}

/** "-"? digits ("." digits*)? — exactly what the general path would read unchanged: Number(v), no unit. */
export function plainDecimal(v: string): boolean {
  const n = v.length;
  let i = v.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (i < n && v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57) i++;
  if (i === start) return false;
  if (i === n) return true;
  if (v.charCodeAt(i) !== 46) return false;
  for (i++; i < n; i++) if (v.charCodeAt(i) < 48 || v.charCodeAt(i) > 57) return false;
  return true;
}

/** Parses a numeric cell. "约3000", "3千" are invalid (not exact amounts). */
export function parseNumber(v: CellValue | undefined | null): ParsedNumber {
  if (typeof v === 'number')
    return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'invalid', value: null };
  if (typeof v === 'boolean') return { kind: 'invalid', value: null };
  // National exports store every number as text: a plain "-123" / "45.6" (nearly all) needs no normalising.
  if (typeof v === 'string' && plainDecimal(v))
    return { kind: 'text-number', value: Number(v), unit: undefined };
  if (isEmpty(v)) return { kind: 'empty', value: null };
  if (isErrorValue(v)) return { kind: 'error', value: null };
  let t = toHalfWidth(cellText(v)).replace(/\s+/g, '');
  if (t.startsWith("'")) t = t.slice(1);
  let unit: ParsedNumber['unit'];
  if (t.endsWith('万元')) {
    unit = '万元';
    t = t.slice(0, -2);
  } else if (t.endsWith('万')) {
    unit = '万元';
    t = t.slice(0, -1);
  } else if (t.endsWith('元')) {
    unit = '元';
    t = t.slice(0, -1);
  } else if (t.endsWith('%')) {
    unit = '%';
    t = t.slice(0, -1);
  }
  if (t.startsWith('¥') || t.startsWith('￥')) t = t.slice(1);
  if (GROUPED_RE.test(t)) t = t.replace(/,/g, '');
  if (!NUMBER_RE.test(t)) return { kind: 'invalid', value: null };
  const value = Number(t);
  if (!Number.isFinite(value)) return { kind: 'invalid', value: null };
  return { kind: 'text-number', value, unit };
}

/** A number or null (empty, invalid, error). */
export function num(v: CellValue | undefined | null): number | null {
  // The common cells without parseNumber's result object (amounts are read per household, several times).
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string' && plainDecimal(v)) return Number(v);
  return parseNumber(v).value;
}

export type DateKind = 'empty' | 'serial' | 'text' | 'invalid';

export interface ParsedDate {
  kind: DateKind;
  date: YMD | null;
  /** 'month' for "2021年3月". */
  precision?: 'day' | 'month';
}

export function isValidYMD(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const dim = [
    31,
    (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= dim[m - 1];
}

/** Excel serial (1900 date system, with its 1900-02-29 quirk) → date. */
export function serialToYMD(serial: number): YMD | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  let days = Math.floor(serial);
  if (days >= 60) days -= 1; // Excel counts a non-existent 1900-02-29
  const ms = Date.UTC(1899, 11, 31) + days * 86400000;
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function ymdToSerial(d: YMD): number {
  let days = Math.round((Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(1899, 11, 31)) / 86400000);
  if (days >= 60) days += 1;
  return days;
}

const DATE_TEXT_RES: RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/**
 * y·10000 + m·100 + d of a plain 10-character "YYYY-MM-DD" text (separators - / or .), else -1; the date is
 * not validated. parseDate reads such a text as exactly this date when it is valid (first DATE_TEXT_RES), so
 * per-person date columns can be checked without parsing and caching every distinct value.
 */
export function plainDayNumber(s: string): number {
  if (s.length !== 10) return -1;
  const s1 = s.charCodeAt(4);
  const s2 = s.charCodeAt(7);
  if (!isDateSeparator(s1) || !isDateSeparator(s2)) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** - / . */
const isDateSeparator = (c: number): boolean => c === 45 || c === 47 || c === 46;

/** Parses a date cell: Excel serial, "2021-03-05", "2021/3/5", "2021.03.05", "2021年3月5日", "2021年3月", "20210305",
 * "202103" (month precision; a number 202103 too). */
// Dates repeat too (识别时间 per household); memoised like normText, copies handed out.
const DATE_CACHE = new Map<string, ParsedDate>();
export function parseDate(v: CellValue | undefined | null): ParsedDate {
  if (typeof v !== 'string') return parseDateUncached(v);
  const hit = DATE_CACHE.get(v);
  if (hit) return { ...hit, date: hit.date && { ...hit.date } };
  const out = parseDateUncached(v);
  if (DATE_CACHE.size > 100_000) DATE_CACHE.clear();
  DATE_CACHE.set(v, out);
  return { ...out, date: out.date && { ...out.date } };
}
function parseDateUncached(v: CellValue | undefined | null): ParsedDate {
  if (isEmpty(v)) return { kind: 'empty', date: null };
  if (typeof v === 'boolean') return { kind: 'invalid', date: null };
  if (typeof v === 'number') {
    // A six-digit YYYYMM (识别监测时间 202303 typed as a number) is a month, never an Excel serial (year 2453).
    if (v >= 190001 && v <= 210012 && Number.isInteger(v)) {
      const y = Math.floor(v / 100);
      const m = v % 100;
      return m >= 1 && m <= 12
        ? { kind: 'text', date: { y, m, d: 1 }, precision: 'month' }
        : { kind: 'invalid', date: null };
    }
    if (v >= 19000101 && v <= 21001231 && Number.isInteger(v)) {
      const y = Math.floor(v / 10000);
      const m = Math.floor(v / 100) % 100;
      const d = v % 100;
      if (isValidYMD(y, m, d)) return { kind: 'text', date: { y, m, d }, precision: 'day' };
    }
    const date = serialToYMD(v);
    return date ? { kind: 'serial', date, precision: 'day' } : { kind: 'invalid', date: null };
  }
  let t = toHalfWidth(cellText(v)).replace(/\s+/g, '');
  if (t.startsWith("'")) t = t.slice(1);
  for (const re of DATE_TEXT_RES) {
    const m = re.exec(t);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      return isValidYMD(y, mo, d)
        ? { kind: 'text', date: { y, m: mo, d }, precision: 'day' }
        : { kind: 'invalid', date: null };
    }
  }
  // "2023年03月", "2023-03", and the national export's six-digit "202303" (ledgers-national §3).
  const month = /^(\d{4})(?:年|[-/.])(\d{1,2})月?$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t);
  if (month) {
    const y = Number(month[1]);
    const mo = Number(month[2]);
    if (isValidYMD(y, mo, 1)) return { kind: 'text', date: { y, m: mo, d: 1 }, precision: 'month' };
  }
  return { kind: 'invalid', date: null };
}

export function compareYMD(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function formatYMD(d: YMD): string {
  return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

/** Full years of age at `ref`. */
export function ageAt(birth: YMD, ref: YMD): number {
  let age = ref.y - birth.y;
  if (ref.m < birth.m || (ref.m === birth.m && ref.d < birth.d)) age -= 1;
  return age;
}

/** Calendar days from a to b. */
export function daysBetween(a: YMD, b: YMD): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000);
}

/** 是/否 flags; 2014-era 参加/没参加; 1/0. null when empty or unreadable. */
export function parseFlag(v: CellValue | undefined | null): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  const t = normText(v);
  if (t === '') return null;
  // The two usual answers without the regexes (called for several flag columns of every row).
  if (t === '是') return true;
  if (t === '否') return false;
  if (/^(是|有|参加|已参加|已解决|已消除|Y|YES|TRUE|√)$/i.test(t)) return true;
  if (/^(否|无|没参加|未参加|未解决|未消除|N|NO|FALSE|×)$/i.test(t)) return false;
  return null;
}

/** Round half away from zero to `digits` decimals (Excel ROUND), robust to binary representation. */
export function roundHalfAway(x: number, digits = 2): number {
  const f = 10 ** digits;
  const scaled = Math.abs(x) * f;
  const r = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(x) * r) / f || 0;
}

/** Amount in 元 → integer 分, so sums are exact. */
export function toFen(x: number): number {
  const y = x * 100;
  const r = Math.round(y);
  // Amounts with at most 2 decimals land within a hair of an integer; only others need the careful path.
  if (Math.abs(y - r) < 1e-7) return r;
  return Math.round(Number(y.toPrecision(15)));
}
