// Column views: each mapped column of a parsed sheet decoded once. Ledger columns hold few distinct values
// (户类型, 是/否, the household fields repeated on every member row), so every distinct raw value gets one
// CellInfo whose normalised forms are computed at most once, and rules read `view.at(r).norm` instead of
// re-normalising `cell({ sheet, r }, key)` in every rule.
import type { CellValue, ParsedSheet } from '../types';
import {
  cellText,
  isEmpty,
  isErrorValue,
  normText,
  parseDate,
  parseNumber,
  type ParsedDate,
  type ParsedNumber,
} from '../grid/normalise';

/** The decoded forms of one raw cell value, each computed on first use. Shared: never mutate the results. */
export class CellInfo {
  private _text?: string;
  private _norm?: string;
  private _empty?: boolean;
  private _error?: boolean;
  private _number?: ParsedNumber;
  private _amount?: number | null;
  private _date?: ParsedDate;

  constructor(readonly raw: CellValue) {}

  /** cellText */
  get text(): string {
    return (this._text ??= cellText(this.raw));
  }
  /** normText */
  get norm(): string {
    return (this._norm ??= normText(this.raw));
  }
  /** isEmpty */
  get empty(): boolean {
    return (this._empty ??= isEmpty(this.raw));
  }
  /** isErrorValue */
  get error(): boolean {
    return (this._error ??= isErrorValue(this.raw));
  }
  /** parseNumber (shared object). */
  get number(): ParsedNumber {
    return (this._number ??= parseNumber(this.raw));
  }
  /** calc/income amountOf: a readable number in 元, or null. */
  get amount(): number | null {
    if (this._amount === undefined) {
      const p = this.number;
      this._amount =
        (p.kind !== 'number' && p.kind !== 'text-number') || p.unit === '%'
          ? null
          : p.unit === '万元'
            ? (p.value as number) * 10_000
            : p.value;
    }
    return this._amount;
  }
  /** parseDate (shared object: callers copy `date` before changing it). */
  get date(): ParsedDate {
    return (this._date ??= parseDate(this.raw));
  }
}

/** Distinct values seen before a column may be judged nearly unique (then cells are no longer shared by value). */
const UNIQUE_AFTER = 4096;

/** A mapped column of one sheet: the CellInfo of each row, filled on first read (indexed by grid row). */
export class ColumnView {
  private readonly cells: CellInfo[] = [];
  private readonly byValue = new Map<CellValue, CellInfo>();
  private hits = 0;
  private unique = false;

  constructor(
    readonly sheet: ParsedSheet,
    readonly index: number,
  ) {}

  /** The cell on grid row r. */
  at(r: number): CellInfo {
    return this.cells[r] ?? this.fill(r);
  }

  private fill(r: number): CellInfo {
    const raw = this.sheet.grid[r]?.[this.index] ?? '';
    // Member rows usually repeat the row above (household fields): try it before hashing the value.
    const above = this.cells[r - 1];
    let info = above !== undefined && above.raw === raw ? above : undefined;
    if (info === undefined && !this.unique) {
      info = this.byValue.get(raw);
      if (info !== undefined) this.hits++;
      else {
        this.byValue.set(raw, (info = new CellInfo(raw)));
        // A column of nearly unique values (证件号码, 姓名, 电话): sharing by value costs more than it saves.
        if (this.byValue.size >= UNIQUE_AFTER && this.hits * 8 < this.byValue.size) {
          this.unique = true;
          this.byValue.clear();
        }
      }
    }
    info ??= new CellInfo(raw);
    this.cells[r] = info;
    return info;
  }
}

const VIEWS = new WeakMap<ParsedSheet, Map<string, ColumnView | null>>();
// Reads come in runs on one sheet: remember the last sheet's map to skip the WeakMap lookup.
let lastSheet: ParsedSheet | undefined;
let lastViews: Map<string, ColumnView | null> | undefined;

/** The view of a logical column; undefined when the sheet lacks it. */
export function columnView(sheet: ParsedSheet, key: string): ColumnView | undefined {
  let bySheet = sheet === lastSheet ? lastViews : VIEWS.get(sheet);
  if (!bySheet) VIEWS.set(sheet, (bySheet = new Map()));
  lastSheet = sheet;
  lastViews = bySheet;
  let view = bySheet.get(key);
  if (view === undefined) {
    const col = sheet.byKey[key];
    view = col ? new ColumnView(sheet, col.index) : null;
    bySheet.set(key, view);
  }
  return view ?? undefined;
}

/** CellInfo of a logical column on a row; undefined when the sheet lacks the column (like ledger.cell). */
export function cellInfo(sheet: ParsedSheet, r: number, key: string): CellInfo | undefined {
  return columnView(sheet, key)?.at(r);
}
