// Sheet documents: rows as objects so injections can insert/remove rows before row numbers are fixed.
// `finalize` turns them into a WorkbookSpec (grids, number formats, merges) and resolves expectations.
import type { CellValue, MergeRange } from '../../src/core/types';
import type { DateStyle, Household, Person, YMD } from './model';
import { toMs } from './model';

export type Layout = 'a' | 'b' | 'c';

export interface ColDef {
  /** Logical key from ledgers.md §3 (or a village-sheet key). */
  key: string;
  header: string;
  /** Group header above the leaf (two-row header of layout c). */
  group?: string;
}

export interface RowDoc {
  kind: 'data' | 'blank' | 'total';
  cells: Record<string, CellValue>;
  /** Number formats by key (Excel date serials). */
  fmt: Record<string, string>;
  hh?: Household;
  person?: Person;
}

export interface SheetDoc {
  name: string;
  kind: 'person' | 'household' | 'member' | 'village' | 'notes';
  columns: ColDef[];
  /** Rows above the header (titles), positional. */
  top: CellValue[][];
  topMerges: MergeRange[];
  headerRows: 0 | 1 | 2;
  rows: RowDoc[];
}

/** One sheet of a generated workbook: the same shape as SheetInput (src/core/types.ts), plus its kind. */
export interface SheetSpec {
  name: string;
  kind: SheetDoc['kind'];
  values: CellValue[][];
  numberFormats: string[][];
  merges: MergeRange[];
  /** 1-based sheet rows of the header block ([] for a notes sheet). */
  headerRows: number[];
  /** Logical key of each column (ledgers.md §3), for tests; not part of SheetInput. */
  columnKeys: string[];
}
export interface WorkbookSpec {
  sheets: SheetSpec[];
}

/** An expected finding. `row` is 1-based; `cell` is A1 for cell-level rules. */
export interface Expectation {
  rule: string;
  sheet: string;
  row: number;
  cell?: string;
  householdId?: string;
  /**
   * Other rows holding the same repeated household value (layout a/c). An engine that checks the value on
   * every row reports the finding there too; one that checks household fields once reports only `row`.
   */
  alsoRows?: number[];
  /** A finding an engine may reasonably emit as well, or not (ambiguous in rules.md); never required. */
  maybe?: boolean;
  note?: string;
}

export interface ExpRef {
  rule: string;
  sheet: SheetDoc;
  row?: RowDoc;
  /** Sheet-level: a fixed 1-based row (header row, row 1). */
  fixedRow?: number;
  key?: string;
  householdId?: string;
  also?: RowDoc[];
  maybe?: boolean;
  note?: string;
}

// ---------- value formatting ----------

export const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
export const excelSerial = (d: YMD): number => Math.round((toMs(d) - EXCEL_EPOCH) / 86_400_000);
export const isoDate = (d: YMD): string =>
  `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

/** A date cell as clerks type it: Excel serial (with a date format), "2021-03-05", "2021.03.05", "2021年3月5日". */
export function dateCell(d: YMD | undefined, style: DateStyle): { v: CellValue; fmt?: string } {
  if (!d) return { v: '' };
  switch (style) {
    case 'serial':
      return { v: excelSerial(d), fmt: 'yyyy-mm-dd' };
    case 'dot':
      return { v: `${d.y}.${String(d.m).padStart(2, '0')}.${String(d.d).padStart(2, '0')}` };
    case 'cn':
      return { v: `${d.y}年${d.m}月${d.d}日` };
    default:
      return { v: isoDate(d) };
  }
}

/** 分 → the number a clean export holds (元, 2 decimals). */
export const amount = (fen: number): number => fen / 100;

const FULL = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** 分 → text as clerks type it: "3,200.50" or full-width "３２００.５０" (field.text-number, info). */
export function amountText(fen: number, fullWidth: boolean): string {
  const neg = fen < 0;
  const abs = Math.abs(fen);
  const int = Math.floor(abs / 100);
  const dec = String(abs % 100).padStart(2, '0');
  if (fullWidth) return (neg ? '-' : '') + FULL(`${int}.${dec}`);
  return (neg ? '-' : '') + int.toLocaleString('en-US') + '.' + dec;
}

export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// ---------- finalize ----------

export interface Finalized {
  spec: WorkbookSpec;
  expected: Expectation[];
  rowNumber: Map<RowDoc, number>;
}

export function finalize(docs: SheetDoc[], refs: ExpRef[]): Finalized {
  const rowNumber = new Map<RowDoc, number>();
  const sheets: SheetSpec[] = docs.map((doc) => {
    const width = Math.max(doc.columns.length, ...doc.top.map((r) => r.length), 1);
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    const merges: MergeRange[] = [...doc.topMerges];
    const pad = (r: CellValue[]): CellValue[] => [...r, ...Array<CellValue>(width - r.length).fill('')];
    const general = (): string[] => Array<string>(width).fill('General');
    for (const r of doc.top) {
      values.push(pad(r));
      formats.push(general());
    }
    const headerStart = values.length;
    if (doc.headerRows === 1) {
      values.push(pad(doc.columns.map((c) => c.header)));
      formats.push(general());
    } else if (doc.headerRows === 2) {
      const r1 = doc.columns.map((c) => c.group ?? c.header);
      const r2 = doc.columns.map((c) => (c.group ? c.header : ''));
      values.push(pad(r1), pad(r2));
      formats.push(general(), general());
      for (let i = 0; i < doc.columns.length; i++) {
        const g = doc.columns[i].group;
        if (!g) merges.push({ r1: headerStart, c1: i, r2: headerStart + 1, c2: i });
        else if (i === 0 || doc.columns[i - 1].group !== g) {
          let j = i;
          while (j + 1 < doc.columns.length && doc.columns[j + 1].group === g) j++;
          if (j > i) merges.push({ r1: headerStart, c1: i, r2: headerStart, c2: j });
        }
      }
    }
    const colIndex = new Map(doc.columns.map((c, i) => [c.key, i]));
    for (const row of doc.rows) {
      rowNumber.set(row, values.length + 1);
      const v = Array<CellValue>(width).fill('');
      const f = general();
      for (const [k, val] of Object.entries(row.cells)) {
        const i = colIndex.get(k);
        if (i === undefined) continue;
        v[i] = val;
        if (row.fmt[k]) f[i] = row.fmt[k];
      }
      values.push(v);
      formats.push(f);
    }
    const headerRows =
      doc.headerRows === 0
        ? []
        : doc.headerRows === 1
          ? [headerStart + 1]
          : [headerStart + 1, headerStart + 2];
    return {
      name: doc.name,
      kind: doc.kind,
      values,
      numberFormats: formats,
      merges,
      headerRows,
      columnKeys: doc.columns.map((c) => c.key),
    };
  });
  const expected: Expectation[] = refs.map((r) => {
    const row = r.fixedRow ?? (r.row ? rowNumber.get(r.row) : undefined);
    if (row === undefined)
      throw new Error(`expectation ${r.rule} points at a row that is not in ${r.sheet.name}`);
    const e: Expectation = { rule: r.rule, sheet: r.sheet.name, row };
    if (r.key) {
      const i = r.sheet.columns.findIndex((c) => c.key === r.key);
      if (i < 0) throw new Error(`expectation ${r.rule}: no column ${r.key} in ${r.sheet.name}`);
      e.cell = columnLetter(i) + row;
    }
    if (r.householdId) e.householdId = r.householdId;
    const also = (r.also ?? [])
      .map((x) => rowNumber.get(x))
      .filter((n): n is number => n !== undefined && n !== row);
    if (also.length) e.alsoRows = also;
    if (r.maybe) e.maybe = true;
    if (r.note) e.note = r.note;
    return e;
  });
  return { spec: { sheets }, expected, rowNumber };
}
