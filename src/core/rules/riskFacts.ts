// Facts the risk and measure rules share (rules-v2 §0.4): the household's risk set (致贫/返贫风险1–5), 低保 / 特困 /
// disabled / sick members, the labour sets, and the household's measure columns read as item sets. Hand-written
// rules (rules/risk.ts, rules/riskWork.ts) read them; the records of rulebook/national/risk.ts state the same
// definitions in CEL.
import type { CellValue, ParsedSheet } from '../types';
import { cellText, isEmpty, normText, parseFlag } from '../grid/normalise';
import { splitItems } from '../model/measures';
import { cellInfo } from '../model/columns';
import {
  cell,
  hcell,
  HouseholdFields,
  householdHasColumn,
  type HouseholdRec,
  type PersonRow,
  type RowRef,
} from '../model/ledger';
import { columnLabel } from '../profiles/synonyms';
import type { RuleContext } from './context';

export const RISK_KEYS = ['risk1', 'risk2', 'risk3', 'risk4', 'risk5'] as const;

/** Spellings of one risk type (ledgers-national §4): 务工就业不稳 ≡ 因务工就业不稳, 因缺劳动力 ≡ 缺劳动力. */
const RISK_ALIASES: Record<string, string> = {
  务工就业不稳: '因务工就业不稳',
  因缺劳动力: '缺劳动力',
};

export function normRisk(v: CellValue | undefined): string {
  const t = normText(v);
  return RISK_ALIASES[t] ?? t;
}

/** A risk of the household and the column (risk1 … risk5) holding it. */
export interface RiskEntry {
  key: string;
  value: string;
}

const RISK_FIELDS = new HouseholdFields(RISK_KEYS);

/** The household's risk set, in column order (first column wins for a repeated type). */
export function householdRisks(h: HouseholdRec): RiskEntry[] {
  const out: RiskEntry[] = [];
  const values = RISK_FIELDS.read(h);
  for (let i = 0; i < RISK_KEYS.length; i++) {
    const raw = values[i];
    if (raw === undefined || raw === '') continue;
    const value = normRisk(raw);
    if (value !== '' && !out.some((e) => e.value === value)) out.push({ key: RISK_KEYS[i], value });
  }
  return out;
}

/** Labour sets (rules-v2 §0.4): FULL, ANY, NONE; 无劳动能力 / 普通劳动 are clerks' spellings of the code values. */
export const FULL_LABOUR = ['普通劳动力', '技能劳动力', '普通劳动'];
export const ANY_LABOUR = [...FULL_LABOUR, '弱劳动力或半劳动力'];
export const NO_LABOUR = ['无劳动力', '丧失劳动力', '无劳动能力'];

/** normText of a person's cell, decoded once per distinct value (model/columns); '' when the sheet lacks it. */
export const normAt = (m: PersonRow, key: string): string => cellInfo(m.sheet, m.r, key)?.norm ?? '';

export const labourOf = (m: PersonRow): string => normAt(m, 'laborSkill');

/** 整户无劳动力: every member's 劳动技能 in NONE (an empty 劳动技能 is not judged: false). */
export function wholeHouseholdNoLabour(h: HouseholdRec): boolean {
  return h.members.length > 0 && h.members.every((m) => NO_LABOUR.includes(labourOf(m)));
}

/** 享受低保政策情况 城市低保 / 农村低保 (or 是 in other layouts). */
export function isDibaoValue(v: CellValue | undefined): boolean {
  const t = normText(v);
  if (t === '' || t.startsWith('未') || t.startsWith('不') || t.startsWith('非')) return false;
  return t.endsWith('低保') || parseFlag(t) === true;
}

/** 享受特困供养政策情况 城市特困 / 农村特困 (or 是 in other layouts). */
export function isTekunValue(v: CellValue | undefined): boolean {
  const t = normText(v);
  if (t === '' || t.startsWith('未') || t.startsWith('不') || t.startsWith('非')) return false;
  return t.endsWith('特困') || t.endsWith('特困供养') || parseFlag(t) === true;
}

export const isDibaoMember = (m: PersonRow): boolean => isDibaoValue(normAt(m, 'lowIncomeAllowance'));
export const isTekunMember = (m: PersonRow): boolean => isTekunValue(normAt(m, 'extremePovertySupported'));

// 健康状况 items per distinct value (a handful: 健康, 残疾, 长期慢性病, 残疾,长期慢性病 …).
const HEALTH_ITEMS = new Map<string, string[]>();

/** 健康状况 split into items (multi-value cells). */
function healthItems(m: PersonRow): string[] {
  const t = normAt(m, 'health');
  let items = HEALTH_ITEMS.get(t);
  if (items === undefined) {
    items = splitItems(t);
    if (HEALTH_ITEMS.size < 1000) HEALTH_ITEMS.set(t, items);
  }
  return items;
}

/** Disabled member: 健康状况 contains 残疾, or 证件类型 = 残疾人证, or a 20/22-character 证件号码. */
export function isDisabledMember(m: PersonRow): boolean {
  if (healthItems(m).some((i) => i.includes('残疾'))) return true;
  if (normAt(m, 'idType') === '残疾人证') return true;
  const id = normAt(m, 'idNumber');
  return id.length === 20 || id.length === 22;
}

/** Sick member: 健康状况 contains 患有大病 or 长期慢性病 (残疾 alone does not count). */
export function isSickMember(m: PersonRow): boolean {
  return healthItems(m).some((i) => i.includes('患有大病') || i.includes('长期慢性病'));
}

/** A school grade (not empty, 学龄前儿童 or 非在校生). */
export function isStudent(m: PersonRow): boolean {
  const t = normAt(m, 'schoolStatus');
  return t !== '' && t !== '学龄前儿童' && t !== '非在校生';
}

// Every grid column of a key on a sheet (both spellings of 公益岗位帮扶 map to one key), resolved once per sheet.
const KEY_COLUMNS = new WeakMap<ParsedSheet, Map<string, number[]>>();

function keyColumns(sheet: ParsedSheet, key: string): number[] {
  let byKey = KEY_COLUMNS.get(sheet);
  if (byKey === undefined) KEY_COLUMNS.set(sheet, (byKey = new Map()));
  let cols = byKey.get(key);
  if (cols === undefined) {
    cols = sheet.columns.filter((c) => c.key === key).map((c) => c.index);
    byKey.set(key, cols);
  }
  return cols;
}

// The measure items of the household last asked about (the rules of one household run one after another).
let lastHousehold: HouseholdRec | undefined;
const lastItems = new Map<string, string[] | null>();

/** Items of one measure column over all the household's rows (measures are household-level); null when no row's
 * sheet has the column. Shared: do not change the result. */
export function measureItems(h: HouseholdRec, key: string): string[] | null {
  if (h !== lastHousehold) {
    lastHousehold = h;
    lastItems.clear();
  }
  let out = lastItems.get(key);
  if (out === undefined) lastItems.set(key, (out = readItems(h, key)));
  return out;
}

function readItems(h: HouseholdRec, key: string): string[] | null {
  let seen = false;
  let out: string[] | null = null;
  const read = (m: RowRef): void => {
    const cols = keyColumns(m.sheet, key);
    if (cols.length === 0) return;
    seen = true;
    const row = m.sheet.grid[m.r];
    for (const c of cols) {
      const v = row?.[c];
      if (v === undefined || isEmpty(v)) continue;
      out ??= [];
      for (const item of splitItems(normText(v))) if (!out.includes(item)) out.push(item);
    }
  };
  if (h.householdRow) read(h.householdRow);
  for (const m of h.members) read(m);
  return seen ? (out ?? NONE) : null;
}

const NONE: string[] = [];

/** Drops the cached household (a finished analysis's sheets must not stay alive). */
export function forgetMeasures(): void {
  lastHousehold = undefined;
  lastItems.clear();
}

/** The header a column carries on the household's sheet (as the clerk sees it), else its label. */
export function headerOf(h: HouseholdRec, key: string): string {
  const rows = h.householdRow ? [h.householdRow, ...h.members] : h.members;
  for (const m of rows) {
    const col = m.sheet.byKey[key];
    if (col !== undefined) return col.header;
  }
  return columnLabel(key);
}

const RESOLVED = new WeakMap<ParsedSheet, Map<string, string>>();

/** A column named by a setting: a logical key, or a Chinese header of the synonym lists / of the sheet. */
export function resolveKey(sheet: ParsedSheet, name: string): string {
  if (sheet.byKey[name] !== undefined) return name;
  let bySheet = RESOLVED.get(sheet);
  if (bySheet === undefined) RESOLVED.set(sheet, (bySheet = new Map()));
  let key = bySheet.get(name);
  if (key === undefined) {
    const n = normText(name);
    const col = sheet.columns.find((c) => c.key !== '' && normText(c.header) === n);
    key = col ? col.key : name;
    bySheet.set(name, key);
  }
  return key;
}

/** A config value of the rules-v2 §25 settings, else the default (the schema adds the keys). */
export function setting<T>(ctx: RuleContext, key: string, fallback: T): T {
  const v = (ctx.config as unknown as Record<string, unknown>)[key];
  return v === undefined ? fallback : (v as T);
}

/** Flag column = 是 for the household (true), 否 (false), null when empty; undefined when the column is absent. */
export function householdFlag(h: HouseholdRec, key: string): boolean | null | undefined {
  if (!householdHasColumn(h, key)) return undefined;
  return parseFlag(hcell(h, key));
}

/** The trimmed text of a person's cell. */
export const personText = (m: PersonRow, key: string): string => cellText(cell(m, key));
