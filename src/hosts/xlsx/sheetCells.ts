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
import { bytesAre, decodeExcelEscapes, decodeStringItem, plainRun, TextCache } from './strings';

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
const EQ = 0x3d;

const SHEET_DATA = Buffer.from('<sheetData');
const SHEET_DATA_END = Buffer.from('</sheetData>');

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** Dates shown to the second, as Office.js hands them over (ExcelJS-era reads rounded the same way). */
const toSecond = (serial: number) => Math.round(serial * 86400) / 86400;

// Everything below walks the bytes with plain loops: a cell is ~40 bytes, and Buffer.indexOf costs about a
// microsecond per call through the binding, more than scanning the cell byte by byte.

/** Position of the next '<' at or after i (or `end`). */
function nextLt(xml: Buffer, i: number, end: number): number {
  while (i < end && xml[i] !== LT) i++;
  return i;
}

/** Position of the next '>' at or after i (or `end`). */
function nextGt(xml: Buffer, i: number, end: number): number {
  while (i < end && xml[i] !== GT) i++;
  return i;
}

/** A "r"/"s"/"t" attribute found while scanning a tag: [from, to) of its value. */
interface Attrs {
  r0: number;
  r1: number;
  s0: number;
  s1: number;
  t0: number;
  t1: number;
}

/** Scans the tag starting after its name at i up to its '>' and records r, s, t; returns the '>' position. */
function scanAttrs(xml: Buffer, i: number, end: number, a: Attrs): number {
  a.r0 = a.r1 = a.s0 = a.s1 = a.t0 = a.t1 = -1;
  while (i < end) {
    const b = xml[i];
    if (b === GT) return i;
    if (isSpace(b)) {
      const name = xml[i + 1];
      if (xml[i + 2] === EQ && (name === 0x72 || name === 0x73 || name === 0x74)) {
        const q = xml[i + 3];
        if (q === QUOTE || q === APOS) {
          let j = i + 4;
          while (j < end && xml[j] !== q) j++;
          // Plain assignments: this runs for every cell, and a destructuring would allocate an array each time.
          if (name === 0x72) {
            a.r0 = i + 4;
            a.r1 = j;
          } else if (name === 0x73) {
            a.s0 = i + 4;
            a.s1 = j;
          } else {
            a.t0 = i + 4;
            a.t1 = j;
          }
          i = j + 1;
          continue;
        }
      }
    } else if (b === QUOTE || b === APOS) {
      // Another attribute's value: skip it whole (it may hold '>' or ' r=').
      let j = i + 1;
      while (j < end && xml[j] !== b) j++;
      i = j + 1;
      continue;
    }
    i++;
  }
  return end;
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

/** Powers of ten a double holds exactly (10^0 … 10^22). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * A <v> number from its bytes: an optional '-', digits and at most one '.', ≤ 15 digits in all. The digits form an
 * exact integer and 10^k is exact, so the one correctly rounded division gives exactly what Number() of the text
 * gives; anything else (exponents, longer mantissas) goes through Number(). A string per numeric cell was ≈15 % of
 * the read.
 */
function smallNumber(xml: Buffer, from: number, to: number): number {
  const neg = xml[from] === 0x2d;
  let n = 0;
  let digits = 0;
  let point = -1;
  for (let i = neg ? from + 1 : from; i < to; i++) {
    const b = xml[i];
    if (b >= 0x30 && b <= 0x39) {
      n = n * 10 + (b - 48);
      digits++;
    } else if (b === 0x2e && point < 0) point = i;
    else return Number(xml.toString('latin1', from, to));
  }
  if (digits === 0 || digits > 15) return Number(xml.toString('latin1', from, to));
  if (point >= 0) n /= POW10[to - point - 1];
  return neg ? -n : n;
}

/** "AB12" in [from, to) → sets pos to [row, col] 0-based; false when it is not a cell reference. */
function refAt(xml: Buffer, from: number, to: number, pos: [number, number]): boolean {
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
    if (b < 0x30 || b > 0x39) return false;
    row = row * 10 + (b - 48);
  }
  if (col === 0 || row === 0) return false;
  pos[0] = row - 1;
  pos[1] = col - 1;
  return true;
}

/** The type attribute's value as one of the few the format has. */
function typeOf(xml: Buffer, a: Attrs): string {
  if (a.t0 < 0) return 'n';
  const len = a.t1 - a.t0;
  const c = xml[a.t0];
  if (len === 1) return c === 0x73 ? 's' : c === 0x62 ? 'b' : c === 0x65 ? 'e' : c === 0x64 ? 'd' : 'n';
  if (len === 3 && c === 0x73) return 'str';
  // Every cell of a system export is t="inlineStr": no string made per cell to say so.
  if (len === 9 && c === 0x69 && bytesAre(xml, a.t0, INLINE_STR)) return 'inlineStr';
  return xml.toString('latin1', a.t0, a.t1);
}

const INLINE_STR = Buffer.from('inlineStr');
const IS_CLOSE = Buffer.from('</is>');

/** Index of `</tag>` (tag given as bytes) at or after i, by a byte loop. */
function closeTag(xml: Buffer, i: number, end: number, tag: Buffer): number {
  const n = tag.length;
  for (;;) {
    i = nextLt(xml, i, end);
    if (i >= end) return end;
    if (xml[i + 1] === SLASH) {
      let k = 0;
      while (k < n && xml[i + 2 + k] === tag[k]) k++;
      if (k === n && (xml[i + 2 + n] === GT || isSpace(xml[i + 2 + n]))) return i;
    }
    i++;
  }
}

const TAG_IS = Buffer.from('is');
const TAG_C = Buffer.from('c');

export function readSheetCells(xml: Buffer, ctx: CellContext): SheetCells {
  const values: CellValue[][] = [];
  const formulaCells: Array<[number, number]> = [];
  const start = xml.indexOf(SHEET_DATA);
  if (start < 0) return { values, formulaCells };
  const dataEnd = xml.lastIndexOf(SHEET_DATA_END);
  const end = dataEnd < 0 ? xml.length : dataEnd;
  const a: Attrs = { r0: -1, r1: -1, s0: -1, s1: -1, t0: -1, t1: -1 };
  const pos: [number, number] = [0, 0];
  let row = -1;
  let col = -1;
  let count = 0;
  const rows = new RowWriter(values);
  const inline: { value: CellValue } = { value: '' };
  // Positions in the cache refer to this part's bytes: one cache per part.
  const texts = new TextCache();

  let i = nextGt(xml, start, end) + 1;
  while (i < end) {
    i = nextLt(xml, i, end);
    if (i >= end) break;
    const n1 = xml[i + 1];
    const n2 = xml[i + 2];
    if (n1 === 0x72 && n2 === 0x6f && xml[i + 3] === 0x77 && !(xml[i + 4] >= 0x61 && xml[i + 4] <= 0x7a)) {
      // <row r="n">: rows without r follow the previous one.
      const gt = scanAttrs(xml, i + 4, end, a);
      const num = a.r0 >= 0 ? uint(xml, a.r0, a.r1) : NaN;
      row = num > 0 ? num - 1 : row + 1;
      col = -1;
      rows.end();
      i = gt + 1;
      continue;
    }
    if (n1 !== 0x63 || !(isSpace(n2) || n2 === GT || n2 === SLASH)) {
      i++;
      continue;
    }
    // <c …>
    const gt = scanAttrs(xml, i + 2, end, a);
    if (a.r0 >= 0 && refAt(xml, a.r0, a.r1, pos)) {
      if (pos[0] !== row) {
        row = pos[0];
        rows.end();
      }
      col = pos[1];
    } else col++;
    if (row < 0) row = 0;
    i = gt + 1;
    if (xml[gt - 1] === SLASH) continue; // <c r="A1" s="3"/>: styled but empty
    const type = typeOf(xml, a);
    let isFormula = false;
    let v0 = -1;
    let v1 = -1;
    let value: CellValue = '';
    // The cell's children: <f>, <v>, <is>, <extLst>; stop at </c>.
    for (;;) {
      i = nextLt(xml, i, end);
      if (i >= end) break;
      const c1 = xml[i + 1];
      if (c1 === SLASH) {
        if (xml[i + 2] === 0x63 && xml[i + 3] === GT) {
          i += 4;
          break; // </c>
        }
        i++;
        continue;
      }
      const c2 = xml[i + 2];
      const tagEnd = nextGt(xml, i, end);
      if (c1 === 0x66 && (c2 === GT || c2 === SLASH || isSpace(c2))) {
        isFormula = true;
        i = tagEnd + 1;
        if (xml[tagEnd - 1] !== SLASH) i = nextGt(xml, nextLt(xml, i, end), end) + 1; // past </f>
      } else if (c1 === 0x76 && (c2 === GT || isSpace(c2) || c2 === SLASH)) {
        if (xml[tagEnd - 1] === SLASH) i = tagEnd + 1;
        else {
          v0 = tagEnd + 1;
          v1 = nextLt(xml, v0, end);
          i = nextGt(xml, v1, end) + 1; // past </v>
        }
      } else if (
        c1 === 0x69 &&
        c2 === 0x73 &&
        (xml[i + 3] === GT || isSpace(xml[i + 3]) || xml[i + 3] === SLASH)
      ) {
        const after =
          type === 'inlineStr' && xml[tagEnd - 1] !== SLASH
            ? plainRun(xml, tagEnd + 1, end, IS_CLOSE, inline, texts)
            : -1;
        if (after >= 0) {
          value = inline.value;
          i = after;
        } else if (xml[tagEnd - 1] === SLASH) i = tagEnd + 1;
        else {
          const close = closeTag(xml, tagEnd + 1, end, TAG_IS);
          if (type === 'inlineStr') value = decodeStringItem(xml.toString('utf8', tagEnd + 1, close));
          i = nextGt(xml, close, end) + 1;
        }
      } else {
        // <extLst> or anything else: skip to this cell's end.
        i = closeTag(xml, i, end, TAG_C);
      }
    }
    if (v0 >= 0 && v1 > v0 && type !== 'inlineStr') {
      if (type === 's') value = ctx.strings[uint(xml, v0, v1)] ?? '';
      else if (type === 'n') {
        const num = v1 - v0 <= 17 ? smallNumber(xml, v0, v1) : Number(xml.toString('latin1', v0, v1));
        if (!Number.isNaN(num)) {
          const style = a.s0 >= 0 ? uint(xml, a.s0, a.s1) : 0;
          value = ctx.dateStyle[style] ? toSecond(ctx.date1904 ? num + 1462 : num) : num;
        }
      } else if (type === 'str' || type === 'e')
        value = decodeExcelEscapes(xmlDecode(xml.toString('utf8', v0, v1)));
      else if (type === 'b') value = uint(xml, v0, v1) !== 0;
      else if (type === 'd') value = isoToSerial(xml.toString('latin1', v0, v1));
    }
    if (isFormula) formulaCells.push([row, col]);
    if (value === '' && !isFormula) continue;
    rows.set(row, col, value);
    if ((++count & 0xffff) === 0) ctx.onCells?.(count);
  }
  rows.end();
  ctx.onCells?.(count);
  return { values, formulaCells };
}

/**
 * Writes a sheet's rows into `values`, each as one array of its exact length: a row's cells are collected in a
 * reused scratch array and copied out when the row ends. A row grown by push keeps up to half its length again as
 * spare capacity (≈75 slots for 46 cells), memory every GC of the grids then visits, and the growing copies cost
 * more than the one copy. A row that comes twice (rows out of order) is written into directly.
 */
class RowWriter {
  private readonly scratch: CellValue[] = [];
  private row = -1;
  private len = 0;
  private direct: CellValue[] | undefined;

  constructor(private readonly values: CellValue[][]) {}

  set(row: number, col: number, value: CellValue): void {
    if (row !== this.row) this.begin(row);
    const d = this.direct;
    if (d) {
      while (d.length < col) d.push('');
      d[col] = value;
      return;
    }
    const s = this.scratch;
    while (s.length <= col) s.push('');
    s[col] = value;
    if (col >= this.len) this.len = col + 1;
  }

  /** The current row is complete (a <row> ended, or the cells moved to another row). */
  end(): void {
    const { values, row, len, scratch } = this;
    if (row >= 0 && !this.direct) {
      while (values.length < row) values.push([]);
      if (values.length === row) values.push(scratch.slice(0, len));
      else values[row] = scratch.slice(0, len); // an empty placeholder for a row not seen before
      for (let c = 0; c < len; c++) scratch[c] = '';
    }
    this.row = -1;
    this.len = 0;
    this.direct = undefined;
  }

  private begin(row: number): void {
    this.end();
    this.row = row;
    const seen = this.values[row];
    if (seen && seen.length > 0) this.direct = seen;
  }
}

const EPOCH = Date.UTC(1899, 11, 30);

/** t="d" cells hold an ISO 8601 date; the grid holds serials. */
function isoToSerial(s: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) || !s.includes('T') ? s : s + 'Z');
  return Number.isNaN(ms) ? s : toSecond((ms - EPOCH) / 86400000);
}
