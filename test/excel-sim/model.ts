// In-memory workbook model behind the Excel simulator: sparse per-cell maps keyed by r * MAX_COLS + c, values in
// dense row arrays so a 100k-row sheet stays cheap. Only what the host and the tests use is modelled.
import { MAX_COLS, Rect, cellName, parseLocal } from './a1';
import { SimEvents } from './events';

export type SimValue = string | number | boolean;

export interface SimFill {
  color: string;
  pattern: string;
  patternColor?: string;
}

export interface SimFont {
  bold?: boolean;
  size?: number;
  name?: string;
  color?: string;
}

export interface SimBorder {
  style: string;
  weight: string;
  color: string;
}

export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface SimPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows: string | null;
}

export const key = (r: number, c: number): number => r * MAX_COLS + c;
export const unkey = (k: number): [number, number] => [Math.floor(k / MAX_COLS), k % MAX_COLS];

let nextId = 1;

export class SimSheet {
  readonly id = `{sim-${nextId++}}`;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  rows: Array<SimValue[] | undefined> = [];
  formulas = new Map<number, string>();
  numFmt = new Map<number, string>();
  quotePrefix = new Set<number>();
  fills = new Map<number, SimFill>();
  fonts = new Map<number, SimFont>();
  hAlign = new Map<number, string>();
  vAlign = new Map<number, string>();
  wrap = new Map<number, boolean>();
  borders = new Map<number, Partial<Record<Side, SimBorder>>>();
  hyperlinks = new Map<number, { documentReference?: string; address?: string; textToDisplay?: string }>();
  notes = new Map<number, string>();
  colWidths = new Map<number, number>();
  merges: Rect[] = [];
  freeze = { rows: 0, cols: 0 };
  pageLayout: SimPageLayout = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    printTitleRows: null,
  };
  selection: Rect = { r: 0, c: 0, rows: 1, cols: 1 };

  constructor(
    public name: string,
    public readonly workbook: SimWorkbook,
  ) {}

  getRaw(r: number, c: number): SimValue {
    const row = this.rows[r];
    const v = row ? row[c] : undefined;
    return v === undefined || v === null ? '' : v;
  }

  setRaw(r: number, c: number, v: SimValue): void {
    let row = this.rows[r];
    if (!row) {
      if (v === '') return;
      row = this.rows[r] = [];
    }
    if (v === '' && c >= row.length) return;
    while (row.length < c) row.push('');
    row[c] = v;
  }

  /** The displayed value: formulas are evaluated on read (the simulator has no calculation chain). */
  value(r: number, c: number): SimValue {
    const f = this.formulas.get(key(r, c));
    if (f !== undefined) return evaluateFormula(this, f.slice(1), 0);
    return this.getRaw(r, c);
  }

  /** Excel's used range: valuesOnly counts values and formulas; otherwise formatted cells count too. */
  usedRange(valuesOnly: boolean): Rect | null {
    let r1 = Infinity;
    let r2 = -1;
    let c1 = Infinity;
    let c2 = -1;
    const add = (r: number, c: number) => {
      if (r < r1) r1 = r;
      if (r > r2) r2 = r;
      if (c < c1) c1 = c;
      if (c > c2) c2 = c;
    };
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      let first = -1;
      let last = -1;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== '' && v !== undefined && v !== null) {
          if (first < 0) first = c;
          last = c;
        }
      }
      if (first >= 0) {
        add(r, first);
        add(r, last);
      }
    }
    const maps: Array<{ keys(): IterableIterator<number> }> = [this.formulas];
    if (!valuesOnly)
      maps.push(this.numFmt, this.fills, this.fonts, this.hAlign, this.vAlign, this.wrap, this.borders);
    for (const m of maps) for (const k of m.keys()) add(...unkey(k));
    if (!valuesOnly) for (const m of this.merges) add(m.r + m.rows - 1, m.c + m.cols - 1);
    if (r2 < 0) return null;
    return { r: r1, c: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }
}

export class SimWorkbook {
  sheets: SimSheet[] = [];
  activeId: string | null = null;
  /** Office.context.document.settings, persisted "in the file". */
  documentSettings: Record<string, unknown> = {};
  /** Event handlers registered through the API (selection and change events). */
  readonly events = new SimEvents();

  sheet(name: string): SimSheet | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  addSheet(name: string): SimSheet {
    const s = new SimSheet(name, this);
    this.sheets.push(s);
    if (!this.activeId) this.activeId = s.id;
    return s;
  }
}

// ---------- writing values as Excel parses typed input ----------

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;

export function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Writes one cell through `values` (or `formulas`, which parses the same way). null leaves the cell unchanged. */
export function writeCell(sheet: SimSheet, r: number, c: number, input: unknown): void {
  if (input === null || input === undefined) return;
  const k = key(r, c);
  sheet.formulas.delete(k);
  sheet.quotePrefix.delete(k);
  if (typeof input === 'number' || typeof input === 'boolean') {
    sheet.setRaw(r, c, input);
    return;
  }
  const s = String(input);
  const fmt = sheet.numFmt.get(k) ?? 'General';
  if (fmt === '@') {
    sheet.setRaw(r, c, s);
    return;
  }
  if (s.startsWith("'")) {
    sheet.setRaw(r, c, s.slice(1));
    sheet.quotePrefix.add(k);
    return;
  }
  if (NUMBER.test(s)) {
    sheet.setRaw(r, c, Number(s));
    return;
  }
  if (s.length > 1 && (s[0] === '=' || s[0] === '+' || s[0] === '-' || s[0] === '@')) {
    sheet.formulas.set(k, s[0] === '=' ? s : '=' + s);
    sheet.setRaw(r, c, '');
    return;
  }
  if (/^(true|false)$/i.test(s)) {
    sheet.setRaw(r, c, s.toLowerCase() === 'true');
    return;
  }
  const d = ISO_DATE.exec(s);
  if (d) {
    sheet.setRaw(r, c, dateSerial(+d[1], +d[2], +d[3]));
    if (fmt === 'General') sheet.numFmt.set(k, 'yyyy/m/d');
    return;
  }
  if (PERCENT.test(s)) {
    sheet.setRaw(r, c, Number(s.slice(0, -1)) / 100);
    if (fmt === 'General') sheet.numFmt.set(k, '0%');
    return;
  }
  sheet.setRaw(r, c, s);
}

export function formulaOf(sheet: SimSheet, r: number, c: number): SimValue {
  const k = key(r, c);
  const f = sheet.formulas.get(k);
  if (f !== undefined) return f;
  return sheet.getRaw(r, c);
}

// ---------- a tiny formula evaluator: numbers, strings, refs, ranges, + - * / &, SUM/ROUND/AVERAGE/COUNT/MIN/MAX/IF ----------

type Val = SimValue | SimValue[];

export function evaluateFormula(sheet: SimSheet, src: string, depth: number): SimValue {
  if (depth > 50) return '#REF!';
  let i = 0;
  const peek = () => src[i];
  const skip = () => {
    while (src[i] === ' ') i++;
  };
  const fail = (code: string): never => {
    throw new FormulaError(code);
  };
  const num = (v: Val): number => {
    if (Array.isArray(v)) return fail('#VALUE!');
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v === '') return 0;
    if (v.startsWith('#')) return fail(v);
    const n = Number(v);
    return Number.isFinite(n) ? n : fail('#VALUE!');
  };
  const cellValue = (r: number, c: number): SimValue => {
    const f = sheet.formulas.get(key(r, c));
    return f !== undefined ? evaluateFormula(sheet, f.slice(1), depth + 1) : sheet.getRaw(r, c);
  };
  const primary = (): Val => {
    skip();
    const ch = peek();
    if (ch === '(') {
      i++;
      const v = expr();
      skip();
      if (src[i++] !== ')') fail('#NAME?');
      return v;
    }
    if (ch === '-') {
      i++;
      return -num(primary());
    }
    if (ch === '+') {
      i++;
      return num(primary());
    }
    if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      const s = src.slice(i + 1, end);
      i = end + 1;
      return s;
    }
    const m = /^(\d+\.?\d*(?:[eE][+-]?\d+)?)/.exec(src.slice(i));
    if (m) {
      i += m[1].length;
      return Number(m[1]);
    }
    const ref = /^(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z(])/.exec(src.slice(i));
    if (ref) {
      i += ref[1].length;
      const rect = parseLocal(ref[1].replace(/\$/g, ''));
      if (!rect) return fail('#REF!');
      if (rect.rows === 1 && rect.cols === 1) return cellValue(rect.r, rect.c);
      const out: SimValue[] = [];
      for (let r = rect.r; r < rect.r + rect.rows; r++)
        for (let c = rect.c; c < rect.c + rect.cols; c++) out.push(cellValue(r, c));
      return out;
    }
    const fn = /^([A-Za-z][A-Za-z0-9.]*)\(/.exec(src.slice(i));
    if (fn) {
      i += fn[0].length;
      const args: Val[] = [];
      skip();
      if (peek() !== ')') {
        for (;;) {
          args.push(expr());
          skip();
          if (peek() === ',') {
            i++;
            continue;
          }
          break;
        }
      }
      if (src[i++] !== ')') fail('#NAME?');
      return callFn(fn[1].toUpperCase(), args, num);
    }
    if (/^TRUE\b/i.test(src.slice(i))) {
      i += 4;
      return true;
    }
    if (/^FALSE\b/i.test(src.slice(i))) {
      i += 5;
      return false;
    }
    return fail('#NAME?');
  };
  const term = (): Val => {
    let v = primary();
    for (;;) {
      skip();
      const op = peek();
      if (op !== '*' && op !== '/') return v;
      i++;
      const rhs = num(primary());
      if (op === '*') v = num(v) * rhs;
      else v = rhs === 0 ? fail('#DIV/0!') : num(v) / rhs;
    }
  };
  const arith = (): Val => {
    let v = term();
    for (;;) {
      skip();
      const op = peek();
      if (op !== '+' && op !== '-') return v;
      i++;
      const rhs = num(term());
      v = op === '+' ? num(v) + rhs : num(v) - rhs;
    }
  };
  const concat = (): Val => {
    let v = arith();
    for (;;) {
      skip();
      if (peek() !== '&') return v;
      i++;
      v = String(scalar(v)) + String(scalar(arith()));
    }
  };
  const expr = (): Val => {
    const v = concat();
    skip();
    const cmp = /^(<=|>=|<>|=|<|>)/.exec(src.slice(i));
    if (!cmp) return v;
    i += cmp[1].length;
    const a = scalar(v);
    const b = scalar(concat());
    switch (cmp[1]) {
      case '=':
        return a === b;
      case '<>':
        return a !== b;
      case '<':
        return a < b;
      case '>':
        return a > b;
      case '<=':
        return a <= b;
      default:
        return a >= b;
    }
  };
  const scalar = (v: Val): SimValue => (Array.isArray(v) ? fail('#VALUE!') : v);
  try {
    const v = scalar(expr());
    skip();
    if (i < src.length) return '#NAME?';
    return typeof v === 'number' && !Number.isFinite(v) ? '#NUM!' : v;
  } catch (e) {
    if (e instanceof FormulaError) return e.code;
    throw e;
  }
}

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

function callFn(name: string, args: Val[], num: (v: Val) => number): SimValue {
  const flat = (): number[] => {
    const out: number[] = [];
    for (const a of args) {
      if (Array.isArray(a)) {
        for (const v of a) {
          if (typeof v === 'string' && v.startsWith('#')) throw new FormulaError(v);
          if (typeof v === 'number') out.push(v);
        }
      } else out.push(num(a));
    }
    return out;
  };
  switch (name) {
    case 'SUM':
      return flat().reduce((s, x) => s + x, 0);
    case 'COUNT':
      return flat().length;
    case 'AVERAGE': {
      const xs = flat();
      if (!xs.length) throw new FormulaError('#DIV/0!');
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    }
    case 'MIN':
      return flat().length ? Math.min(...flat()) : 0;
    case 'MAX':
      return flat().length ? Math.max(...flat()) : 0;
    case 'ROUND': {
      const p = 10 ** num(args[1] ?? 0);
      const x = num(args[0]) * p;
      return (Math.sign(x) * Math.round(Math.abs(x) + 1e-9)) / p;
    }
    case 'IF': {
      const cond = args[0];
      const t = Array.isArray(cond) ? true : typeof cond === 'string' ? cond !== '' : Boolean(cond);
      const pick = t ? args[1] : (args[2] ?? false);
      if (Array.isArray(pick)) throw new FormulaError('#VALUE!');
      return pick ?? 0;
    }
    case 'IFERROR': {
      const v = args[0];
      if (!Array.isArray(v) && typeof v === 'string' && v.startsWith('#')) {
        const alt = args[1];
        return Array.isArray(alt) ? '#VALUE!' : (alt ?? '');
      }
      return Array.isArray(v) ? '#VALUE!' : v;
    }
    default:
      throw new FormulaError('#NAME?');
  }
}

export { cellName };
