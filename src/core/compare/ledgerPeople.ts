// The ledger's persons as the comparisons see them: matching key, name, village, household and the status
// fields department lists are checked against (享受低保/特困, 健康状况, 医保, 在校生状况).
import type { CellValue, ColumnInfo, ParsedSheet } from '../types';
import { cellText, normText, parseFlag } from '../grid/normalise';
import { hcell, htext, type HouseholdRec, type Ledger, type PersonRow } from '../model/ledger';
import { householdStatus, type HouseholdStatus } from '../model/status';
import { idKey, nameKey } from './idKey';
import { trimIdText } from '../id/gb11643';

export interface LedgerPerson {
  row: PersonRow;
  sheet: ParsedSheet;
  r: number;
  key: string | null;
  idText: string;
  name: string;
  nameKey: string;
  village: string;
  household: HouseholdRec;
  householdId: string;
}

/** Columns of status fields that are not (yet) logical keys everywhere: the key when mapped, else the header. */
const STATUS_COLUMNS: Record<string, { key: string; re: RegExp; not?: RegExp }> = {
  dibao: { key: 'lowIncomeAllowance', re: /享受低保|享受农村居民最低生活保障|是否低保/, not: /金|户数|人数/ },
  tekun: {
    key: 'extremePovertySupported',
    re: /特困供养政策|特困供养人员|享受特困|是否特困/,
    not: /金|人数/,
  },
  health: { key: 'health', re: /^健康状况$/ },
  residentMedical: { key: 'residentMedical', re: /城乡居民基本医疗保险/ },
  employeeMedical: { key: 'employeeMedical', re: /城镇职工基本医疗保险/ },
  schoolStatus: { key: 'schoolStatus', re: /^在校生(状况|情况)$/ },
};
export type StatusField = keyof typeof STATUS_COLUMNS;

const columnCache = new WeakMap<ParsedSheet, Map<string, ColumnInfo | null>>();

/** The sheet's column for a status field, or undefined. */
export function statusColumn(sheet: ParsedSheet, field: StatusField): ColumnInfo | undefined {
  let m = columnCache.get(sheet);
  if (!m) columnCache.set(sheet, (m = new Map()));
  if (m.has(field)) return m.get(field) ?? undefined;
  const def = STATUS_COLUMNS[field];
  const col =
    sheet.byKey[def.key] ??
    sheet.columns.find((c) => {
      const t = normText(c.path.join(''));
      return def.re.test(t) && !(def.not && def.not.test(t));
    });
  m.set(field, col ?? null);
  return col;
}

export function statusValue(p: { sheet: ParsedSheet; r: number }, field: StatusField): CellValue | undefined {
  const col = statusColumn(p.sheet, field);
  return col ? (p.sheet.grid[p.r]?.[col.index] ?? '') : undefined;
}

/** 享受低保政策情况 / 享受特困供养政策情况 decoded: 城市/农村低保, 是 → true; 未享受, 不享受, 否 → false. */
export function decodeEnjoys(v: CellValue | undefined): boolean | null {
  if (v === undefined) return null;
  const t = normText(v);
  if (t === '') return null;
  if (/未享受|不享受|没有|^无$/.test(t)) return false;
  if (/低保|特困|五保|享受/.test(t)) return true;
  return parseFlag(v);
}

/** Whether the household is on 低保 / 特困 by its 贫困户属性 (低保户, 特困供养户 …), when a member column is absent. */
export function householdAttribute(h: HouseholdRec, which: 'dibao' | 'tekun'): boolean | null {
  const v = hcell(h, 'povertyAttribute');
  if (v === undefined) return null;
  const t = normText(v);
  if (t === '') return null;
  return which === 'dibao' ? /低保/.test(t) : /特困|五保/.test(t);
}

export interface LedgerIndex {
  persons: LedgerPerson[];
  byKey: Map<string, LedgerPerson>;
  status: (h: HouseholdRec) => HouseholdStatus;
}

export function indexLedger(ledger: Ledger): LedgerIndex {
  const persons: LedgerPerson[] = [];
  const byKey = new Map<string, LedgerPerson>();
  for (const row of ledger.persons) {
    const idCol = row.sheet.byKey.idNumber;
    const raw = idCol ? (row.sheet.grid[row.r]?.[idCol.index] ?? '') : undefined;
    const k = idKey(raw);
    const nameCol = row.sheet.byKey.name;
    const nameRaw = nameCol ? row.sheet.grid[row.r]?.[nameCol.index] : undefined;
    const p: LedgerPerson = {
      row,
      sheet: row.sheet,
      r: row.r,
      key: k.key,
      idText: raw === undefined ? '' : trimIdText(raw),
      name: cellText(nameRaw),
      nameKey: nameKey(nameRaw),
      village: htext(row.household, 'village'),
      household: row.household,
      householdId: row.household.id,
    };
    persons.push(p);
    // First row wins (id.duplicate reports the others).
    if (p.key && !byKey.has(p.key)) byKey.set(p.key, p);
  }
  const cache = new Map<HouseholdRec, HouseholdStatus>();
  const status = (h: HouseholdRec) => {
    let s = cache.get(h);
    if (!s) cache.set(h, (s = householdStatus(h)));
    return s;
  };
  return { persons, byKey, status };
}

/** Village names compared without 村/社区/村委会 endings and spaces ("一村" = "一村村委会" = "一"). */
export function villageKey(v: string): string {
  return normText(v).replace(/(村民委员会|村委会|居委会|社区|村)+$/, '');
}
