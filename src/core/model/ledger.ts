// The household model over parsed sheets: person rows grouped into households by 户编号 (fallback: a new
// household at each 户主 row), joined with household-sheet rows in two-sheet workbooks.
import type { CellValue, ParsedSheet } from '../types';
import { cellText, isEmpty, normText } from '../grid/normalise';
import { cellInfo, type CellInfo } from './columns';
import { isAssetRegister, isBeneficiaryList } from './fundLists';

export interface RowRef {
  sheet: ParsedSheet;
  /** 0-based grid row. */
  r: number;
}

export interface PersonRow extends RowRef {
  household: HouseholdRec;
}

export interface HouseholdRec {
  /** Grouping key (户编号, or a generated key when grouped by 户主 blocks). */
  key: string;
  /** 户编号 as written ('' when absent). */
  id: string;
  /** Where household-level fields are read: the household-sheet row, else the first member row. */
  main: RowRef;
  householdRow?: RowRef;
  members: PersonRow[];
  /** Grouped by 户主 blocks because there was no 户编号 column. */
  inferred: boolean;
  /** The one sheet of a household without a household row whose members all sit on it (nearly every household):
   * its fields are then read from the first member row with one column lookup. Null otherwise. */
  sheet: ParsedSheet | null;
  /** Per-analysis caches of facts derived from the household's cells (model/status, calc/income). */
  memo: HouseholdMemo;
  /** Position in ledger.households; −1 for an orphan member's household (not in the list). */
  index: number;
}

/** Filled on first use by the modules that own the facts; typed `unknown` here to keep the model free of them. */
export interface HouseholdMemo {
  status: unknown;
  income: unknown;
  incomeBasis: string | undefined;
}

/** A household record; `sheet` and `index` are set once the ledger is built. */
function newHousehold(
  key: string,
  id: string,
  main: RowRef,
  opts: { householdRow?: RowRef; inferred?: boolean } = {},
): HouseholdRec {
  return {
    key,
    id,
    main,
    ...(opts.householdRow ? { householdRow: opts.householdRow } : {}),
    members: [],
    inferred: opts.inferred ?? false,
    sheet: null,
    memo: { status: undefined, income: undefined, incomeBasis: undefined },
    index: -1,
  };
}

export interface Ledger {
  sheets: ParsedSheet[];
  personSheets: ParsedSheet[];
  householdSheets: ParsedSheet[];
  villageSheets: ParsedSheet[];
  fundSheets: ParsedSheet[];
  /** National companion exports (ledgers-national §1): joined to persons, never grouped into households. */
  workSheets: ParsedSheet[];
  workPlanSheets: ParsedSheet[];
  householdBuildSheets: ParsedSheet[];
  households: HouseholdRec[];
  persons: PersonRow[];
  /** Member rows whose 户编号 has no household row (two-sheet layout). */
  orphans: PersonRow[];
  /** Two-sheet layout detected (a household sheet and a person sheet both with 户编号). */
  twoSheet: boolean;
}

/** Raw cell of a logical column on a row; undefined when the sheet lacks the column. */
export function cell(ref: RowRef, key: string): CellValue | undefined {
  const col = ref.sheet.byKey[key];
  if (!col) return undefined;
  return ref.sheet.grid[ref.r]?.[col.index] ?? '';
}

export function hasColumn(sheet: ParsedSheet, key: string): boolean {
  return sheet.byKey[key] !== undefined;
}

/** Decoded cell of a logical column on a row (see model/columns); undefined when the sheet lacks the column. */
export function info(ref: RowRef, key: string): CellInfo | undefined {
  return cellInfo(ref.sheet, ref.r, key);
}

/** The raw cell of `key` on a row, or undefined when its sheet lacks the column (cell() without a RowRef). */
function rowCell(ref: RowRef, key: string): CellValue | undefined {
  const col = ref.sheet.byKey[key];
  return col === undefined ? undefined : (ref.sheet.grid[ref.r]?.[col.index] ?? '');
}

/** A household-level field: the household row when it has the column, else the first member row that does.
 * Called for every household and field by the figures and rules, so one byKey lookup per row tried. */
export function hcell(h: HouseholdRec, key: string): CellValue | undefined {
  const one = h.sheet;
  if (one !== null) {
    const col = one.byKey[key];
    return col === undefined ? undefined : (one.grid[h.members[0].r]?.[col.index] ?? '');
  }
  if (h.householdRow !== undefined) {
    const v = rowCell(h.householdRow, key);
    if (v !== undefined) return v;
  }
  const members = h.members;
  for (let i = 0; i < members.length; i++) {
    const v = rowCell(members[i], key);
    if (v !== undefined) return v;
  }
  return rowCell(h.main, key);
}

/**
 * Reads a fixed list of household fields for many households: the column indexes are resolved once per sheet,
 * so a single-sheet household costs one row lookup instead of a key lookup per field. Same values as hcell.
 */
export class HouseholdFields {
  // Weak: module-level readers must not keep a finished analysis's sheets alive.
  private readonly bySheet = new WeakMap<ParsedSheet, Int16Array>();
  /** hcell(h, keys[i]) of the household last read. */
  readonly values: Array<CellValue | undefined>;

  constructor(readonly keys: readonly string[]) {
    this.values = new Array<CellValue | undefined>(keys.length).fill(undefined);
  }

  private indexes(sheet: ParsedSheet): Int16Array {
    let idx = this.bySheet.get(sheet);
    if (idx === undefined) {
      idx = new Int16Array(this.keys.length);
      for (let i = 0; i < this.keys.length; i++) idx[i] = sheet.byKey[this.keys[i]]?.index ?? -1;
      this.bySheet.set(sheet, idx);
    }
    return idx;
  }

  read(h: HouseholdRec): Array<CellValue | undefined> {
    const out = this.values;
    const one = h.sheet;
    if (one === null) {
      for (let i = 0; i < this.keys.length; i++) out[i] = hcell(h, this.keys[i]);
      return out;
    }
    const idx = this.indexes(one);
    const row = one.grid[h.members[0].r];
    for (let i = 0; i < idx.length; i++) {
      const c = idx[i];
      out[i] = c < 0 ? undefined : (row?.[c] ?? '');
    }
    return out;
  }
}

/** Where a household-level finding about `key` points: the row that holds the column. */
export function hRef(h: HouseholdRec, key?: string): RowRef {
  if (h.sheet !== null) return h.members[0];
  if (key) {
    if (h.householdRow && hasColumn(h.householdRow.sheet, key)) return h.householdRow;
    const m = h.members.find((p) => hasColumn(p.sheet, key));
    if (m) return m;
  }
  return h.householdRow ?? h.members[0] ?? h.main;
}

export function householdHasColumn(h: HouseholdRec, key: string): boolean {
  if (h.sheet !== null) return h.sheet.byKey[key] !== undefined;
  if (h.householdRow !== undefined && hasColumn(h.householdRow.sheet, key)) return true;
  // A loop, not members.some(): called per household and column.
  const members = h.members;
  for (let i = 0; i < members.length; i++) if (hasColumn(members[i].sheet, key)) return true;
  return false;
}

function isHeadRelation(v: CellValue | undefined): boolean {
  return normText(v) === '户主';
}

/** The sheet all of a household's rows sit on, when it has members and no household row; else null. */
function singleSheet(h: HouseholdRec): ParsedSheet | null {
  if (h.householdRow !== undefined || h.members.length === 0) return null;
  const sheet = h.members[0].sheet;
  // main is the first member row for these households; checked so the fast paths stay exact.
  if (h.main.sheet !== sheet || h.main.r !== h.members[0].r) return null;
  for (const m of h.members) if (m.sheet !== sheet) return null;
  return sheet;
}

export function buildLedger(sheets: ParsedSheet[]): Ledger {
  const personSheets = sheets.filter((s) => s.kind === 'person');
  const householdSheets = sheets.filter((s) => s.kind === 'household');
  const villageSheets = sheets.filter((s) => s.kind === 'village');
  // Beneficiary lists and asset registers have their own rules (rules/fundLists.ts), not project figures.
  const fundSheets = sheets.filter((s) => s.kind === 'fund' && !isBeneficiaryList(s) && !isAssetRegister(s));
  const workSheets = sheets.filter((s) => s.kind === 'work');
  const workPlanSheets = sheets.filter((s) => s.kind === 'workPlan');
  const householdBuildSheets = sheets.filter((s) => s.kind === 'householdBuild');
  const byKey = new Map<string, HouseholdRec>();
  const households: HouseholdRec[] = [];
  const persons: PersonRow[] = [];
  const orphans: PersonRow[] = [];
  const twoSheet =
    personSheets.some((s) => hasColumn(s, 'householdId')) &&
    householdSheets.some((s) => hasColumn(s, 'householdId'));

  for (const sheet of householdSheets) {
    for (const r of sheet.dataRows) {
      const ref = { sheet, r };
      const id = cellText(cell(ref, 'householdId'));
      const key = id !== '' ? `id:${id}` : `row:${sheet.name}:${r}`;
      if (byKey.has(key)) {
        // A second household row with the same 户编号 is grouped with the first; household.inconsistent reports
        // differing fields.
        continue;
      }
      const h = newHousehold(key, id, ref, { householdRow: ref });
      byKey.set(key, h);
      households.push(h);
    }
  }

  for (const sheet of personSheets) {
    const hasId = hasColumn(sheet, 'householdId');
    let blockNo = 0;
    let current: HouseholdRec | undefined;
    const idIndex = sheet.byKey.householdId?.index ?? -1;
    // Members of a household sit on consecutive rows with the same 户编号 cell: when the raw value is the row
    // above's (identity), the household is the same and the text, key and lookup are skipped.
    let prevRaw: CellValue | undefined;
    let prevHousehold: HouseholdRec | undefined;
    for (const r of sheet.dataRows) {
      let h: HouseholdRec | undefined;
      if (hasId) {
        const raw = sheet.grid[r]?.[idIndex] ?? '';
        if (prevHousehold !== undefined && raw === prevRaw) {
          const p: PersonRow = { sheet, r, household: prevHousehold };
          prevHousehold.members.push(p);
          persons.push(p);
          continue;
        }
        prevHousehold = undefined;
        const ref = { sheet, r };
        const id = cellText(raw);
        const key = id !== '' ? `id:${id}` : `row:${sheet.name}:${r}`;
        h = byKey.get(key);
        if (!h) {
          if (twoSheet && id !== '') {
            const orphanHousehold = newHousehold(key, id, ref);
            const p: PersonRow = { sheet, r, household: orphanHousehold };
            orphanHousehold.members.push(p);
            orphans.push(p);
            persons.push(p);
            continue;
          }
          h = newHousehold(key, id, ref);
          byKey.set(key, h);
          households.push(h);
        }
        // Only a real 户编号 groups rows (an empty one makes a household per row).
        if (id !== '') {
          prevRaw = raw;
          prevHousehold = h;
        }
      } else {
        const ref = { sheet, r };
        // Fallback (ledgers.md §2a): a household starts at each 户主 row.
        if (!current || isHeadRelation(cell(ref, 'relationToHead')) || !hasColumn(sheet, 'relationToHead')) {
          blockNo++;
          current = newHousehold(`block:${sheet.name}:${blockNo}`, '', ref, { inferred: true });
          households.push(current);
        }
        h = current;
      }
      const p: PersonRow = { sheet, r, household: h };
      h.members.push(p);
      persons.push(p);
    }
  }
  households.forEach((h, i) => {
    h.sheet = singleSheet(h);
    h.index = i;
  });
  for (const p of orphans) p.household.sheet = singleSheet(p.household);
  return {
    sheets,
    personSheets,
    householdSheets,
    villageSheets,
    fundSheets,
    workSheets,
    workPlanSheets,
    householdBuildSheets,
    households,
    persons,
    orphans,
    twoSheet,
  };
}

/** Text of a household field, '' when absent. */
export function htext(h: HouseholdRec, key: string): string {
  return fieldText(hcell(h, key));
}

/** Text of a field value as htext gives it ('' when absent or empty), for values read with HouseholdFields. */
export function fieldText(v: CellValue | undefined): string {
  return v === undefined || isEmpty(v) ? '' : cellText(v);
}

/** 户编号 text of a row, for findings (read only when one is emitted). */
export function householdIdAt(sheet: ParsedSheet, r: number): string {
  return cellText(cell({ sheet, r }, 'householdId'));
}
