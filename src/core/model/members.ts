// Person-level columns that the household rules read for every member, resolved once per sheet, and a memo for
// decoding cell values: a column holds a handful of distinct values (是/否, 在校生状况, 与户主关系), so each is
// decoded once instead of at every member row by every rule.
import type { CellValue, ParsedSheet } from '../types';
import { parseFlag } from '../grid/normalise';
import type { RowRef } from './ledger';

/** A decoder memoised by raw value (the row above's value first, then a bounded Map). Results are shared. */
export class ValueMemo<T> {
  private lastRaw: CellValue | undefined;
  private last: T | undefined;
  private readonly byRaw = new Map<CellValue, T>();
  constructor(private readonly decode: (raw: CellValue) => T) {}
  get(raw: CellValue): T {
    if (raw === this.lastRaw) return this.last as T;
    let v = this.byRaw.get(raw);
    if (v === undefined && !this.byRaw.has(raw)) {
      v = this.decode(raw);
      if (this.byRaw.size < 10_000) this.byRaw.set(raw, v);
    }
    this.lastRaw = raw;
    this.last = v;
    return v as T;
  }
}

const MEMBER_KEYS = [
  'relationToHead',
  'name',
  'idNumber',
  'schoolStatus',
  'notInSchoolReason',
  'education',
  'residentMedical',
  'employeeMedical',
  'workMonths',
  'publicWelfareJob',
  'publicWelfareJobMonths',
] as const;

/** Grid column of each member-level key on one sheet; −1 when the sheet lacks it. */
export type MemberColumns = Record<(typeof MEMBER_KEYS)[number], number>;

const COLUMNS = new WeakMap<ParsedSheet, MemberColumns>();

export function memberColumns(sheet: ParsedSheet): MemberColumns {
  let cols = COLUMNS.get(sheet);
  if (cols === undefined) {
    cols = {} as MemberColumns;
    for (const k of MEMBER_KEYS) cols[k] = sheet.byKey[k]?.index ?? -1;
    COLUMNS.set(sheet, cols);
  }
  return cols;
}

/** cell(m, key) for a column from memberColumns: undefined when the sheet lacks it, '' for a missing row. */
export function memberValue(m: RowRef, index: number): CellValue | undefined {
  return index < 0 ? undefined : (m.sheet.grid[m.r]?.[index] ?? '');
}

/** parseFlag(v) === true for a member's cell (undefined: no column), memoised per value; one memo per column,
 * since the values of neighbouring columns alternate. */
export class YesMemo {
  private readonly memo = new ValueMemo((v) => parseFlag(v) === true);
  yes(v: CellValue | undefined): boolean {
    return v === undefined ? parseFlag(v) === true : this.memo.get(v);
  }
}

/** 城乡居民 / 城镇职工基本医疗保险 answered 是. */
export const RESIDENT_MEDICAL_YES = new YesMemo();
export const EMPLOYEE_MEDICAL_YES = new YesMemo();
