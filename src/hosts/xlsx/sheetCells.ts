// The cells of one worksheet part, read straight from its bytes into an Office.js-style grid (values as
// `range.values` gives them: strings, numbers — dates as serials —, booleans, error text, '' for empty).
//
// Why not ExcelJS's streaming reader: on real files it garbled UTF-8 at chunk boundaries, parked sheets in temp
// files, kept only the last run of rich text, decoded entities twice, and cost ~10× a scan of the XML — the read
// path is most of a CLI run. The format of a cell is small and fixed (ECMA-376 §18.3.1.4 <c>: r, s, t; <f>, <v>,
// <is>), so a byte scan with native indexOf reads it exactly; strings go through strings.ts, styles through
// cellStyles.ts. ExcelJS still writes every workbook we produce and backs the file host's full model.
import type { CellValue } from '../../core/types';
import { xmlDecode } from './ooxml';
import { decodeExcelEscapes, decodeStringItem } from './strings';

export interface SheetCells {
  values: CellValue[][];
  formulaCells: Array<[number, number]>;
}

export interface CellContext {
  /** The workbook's string table (shared strings). */
  strings: string[];
  /** Per style index: a date/time format. */
  dateStyle: boolean[];
  /** Serials of a 1904-based workbook are moved to the 1900 system. */
  date1904: boolean;
  /** Called with the running count of non-empty cells; throws to stop (the cells-per-sheet limit). */
  onCells?: (n: number) => void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;

const SHEET_DATA = Buffer.from('<sheetData');
const SHEET_DATA_END = Buffer.from('</sheetData>');
const C_END = Buffer.from('</c>');

/** The value of attribute `name` (one ASCII letter) in the tag [start, end), as [from, to), or undefined. */
function attrSpan(xml: Buffer, start: number, end: number, name: number): [number, number] | undefined {
  for (let i = start; i < end - 3; i++) {
    const b = xml[i];
    if (
      (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) &&
      xml[i + 1] === name &&
      xml[i + 2] === 0x3d
    ) {
      const q = xml[i + 3];
      if (q !== QUOTE && q !== APOS) continue;
      const close = xml.indexOf(q, i + 4);
      if (close < 0 || close > end) return undefined;
      return [i + 4, close];
    }
  }
  return undefined;
}

/** "AB12" in [from, to) → [row, col] 0-based, or undefined. */
function refAt(xml: Buffer, from: number, to: number): [number, number] | undefined {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    let b = xml[i];
    if (b === 0x24) continue; // $
    if (b >= 0x61 && b <= 0x7a) b -= 32;
    if (b < 0x41 || b > 0x5a) break;
    col = col * 26 + (b - 64);
  }
  let row = 0;
  for (; i < to; i++) {
    const b = xml[i];
    if (b === 0x24) continue;
    if (b < 0x30 || b > 0x39) return undefined;
    row = row * 10 + (b - 48);
  }
  return col > 0 && row > 0 ? [row - 1, col - 1] : undefined;
}

function uint(xml: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = xml[i];
    if (b < 0x30 || b > 0x39) return NaN;
    n = n * 10 + (b - 48);
  }
  return to > from ? n : NaN;
}

/** indexOf bounded to [from, to): an unbounded search for a tag a cell lacks would scan the rest of the sheet. */
function within(xml: Buffer, from: number, to: number, needle: Buffer): number {
  const at = xml.subarray(from, to).indexOf(needle);
  return at < 0 ? -1 : from + at;
}

/** [contentStart, contentEnd) of the first <name>…</name> child in [from, to), or undefined. */
function child(
  xml: Buffer,
  from: number,
  to: number,
  open: Buffer,
  close: Buffer,
): [number, number] | undefined {
  const at = within(xml, from, to, open);
  if (at < 0) return undefined;
  const gt = xml.indexOf(GT, at);
  if (gt < 0 || gt > to) return undefined;
  if (xml[gt - 1] === SLASH) return [gt + 1, gt + 1];
  const end = within(xml, gt, to, close);
  return end < 0 ? undefined : [gt + 1, end];
}

const V_OPEN = Buffer.from('<v');
const V_CLOSE = Buffer.from('</v>');
const IS_OPEN = Buffer.from('<is');
const IS_CLOSE = Buffer.from('</is>');
const F_OPEN = Buffer.from('<f');

/** Dates shown to the second, as Office.js hands them over (ExcelJS-era reads rounded the same way). */
const toSecond = (serial: number) => Math.round(serial * 86400) / 86400;

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

export function readSheetCells(xml: Buffer, ctx: CellContext): SheetCells {
  const values: CellValue[][] = [];
  const formulaCells: Array<[number, number]> = [];
  const start = xml.indexOf(SHEET_DATA);
  if (start < 0) return { values, formulaCells };
  const end = xml.lastIndexOf(SHEET_DATA_END);
  const stop = end < 0 ? xml.length : end;
  let row = -1;
  let col = -1;
  let count = 0;
  let current: CellValue[] | undefined;

  for (let at = xml.indexOf(LT, start + 1); at >= 0 && at < stop; at = xml.indexOf(LT, at + 1)) {
    const n1 = xml[at + 1];
    const n2 = xml[at + 2];
    if (
      n1 === 0x72 &&
      n2 === 0x6f &&
      xml[at + 3] === 0x77 &&
      (isSpace(xml[at + 4]) || xml[at + 4] === GT || xml[at + 4] === SLASH)
    ) {
      // <row r="n">: rows without r follow the previous one.
      const gt = xml.indexOf(GT, at);
      const r = attrSpan(xml, at, gt, 0x72);
      const num = r ? uint(xml, r[0], r[1]) : NaN;
      row = Number.isFinite(num) && num > 0 ? num - 1 : row + 1;
      col = -1;
      current = undefined;
      at = gt;
      continue;
    }
    if (n1 !== 0x63 || !(isSpace(n2) || n2 === GT || n2 === SLASH)) continue;
    // <c …>
    const gt = xml.indexOf(GT, at);
    if (gt < 0) break;
    const ref = attrSpan(xml, at, gt, 0x72);
    const pos = ref ? refAt(xml, ref[0], ref[1]) : undefined;
    if (pos) {
      if (pos[0] !== row) {
        row = pos[0];
        current = undefined;
      }
      col = pos[1];
    } else col++;
    if (row < 0) row = 0;
    if (xml[gt - 1] === SLASH) {
      at = gt;
      continue; // <c r="A1" s="3"/>: styled but empty
    }
    const close = xml.indexOf(C_END, gt);
    if (close < 0) break;
    const t = attrSpan(xml, at, gt, 0x74);
    const type = t ? xml.toString('latin1', t[0], t[1]) : 'n';
    const f = within(xml, gt, close, F_OPEN);
    const isFormula = f >= 0 && (xml[f + 2] === GT || isSpace(xml[f + 2]) || xml[f + 2] === SLASH);
    let value: CellValue = '';
    if (type === 'inlineStr') {
      const body = child(xml, gt, close, IS_OPEN, IS_CLOSE);
      value = body ? decodeStringItem(xml.toString('utf8', body[0], body[1])) : '';
    } else {
      const v = child(xml, gt, close, V_OPEN, V_CLOSE);
      if (v && v[1] > v[0]) {
        if (type === 's') value = ctx.strings[uint(xml, v[0], v[1])] ?? '';
        else if (type === 'str' || type === 'e')
          value = decodeExcelEscapes(xmlDecode(xml.toString('utf8', v[0], v[1])));
        else if (type === 'b') value = uint(xml, v[0], v[1]) !== 0;
        else if (type === 'd') value = isoToSerial(xml.toString('latin1', v[0], v[1]));
        else {
          const num = Number(xml.toString('latin1', v[0], v[1]));
          if (Number.isNaN(num)) value = '';
          else {
            const s = attrSpan(xml, at, gt, 0x73);
            const style = s ? uint(xml, s[0], s[1]) : 0;
            value = ctx.dateStyle[style] ? toSecond(ctx.date1904 ? num + 1462 : num) : num;
          }
        }
      }
    }
    if (isFormula) formulaCells.push([row, col]);
    at = close;
    if (value === '' && !isFormula) continue;
    if (!current) {
      while (values.length < row) values.push([]);
      current = values[row] ??= [];
    }
    while (current.length < col) current.push('');
    current[col] = value;
    if (++count % 65536 === 0) ctx.onCells?.(count);
  }
  ctx.onCells?.(count);
  return { values, formulaCells };
}

const EPOCH = Date.UTC(1899, 11, 30);

/** t="d" cells hold an ISO 8601 date; the grid holds serials. */
function isoToSerial(s: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) || !s.includes('T') ? s : s + 'Z');
  return Number.isNaN(ms) ? s : toSecond((ms - EPOCH) / 86400000);
}
