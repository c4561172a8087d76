// Fund / project ledger model (ledgers.md §5): one project per row, read once and shared by the fund rules and
// the fund figures. Amounts are read in the sheet's unit (cells written "12.5万" or "125,000元" converted), the
// 支出进度 column normalised to percentage points, a project continued on a second row merged into it, and a
// row without a label whose amounts equal the rows above recognised as an unlabelled 小计.
import type { CellValue, ParsedSheet } from '../types';
import {
  cellText,
  isEmpty,
  isErrorValue,
  isValidYMD,
  normText,
  parseDate,
  parseNumber,
  toHalfWidth,
  type YMD,
} from '../grid/normalise';
import { FRACTION_COLUMN_MAX, YUAN_PER_WAN } from '../profiles/fundTypes';

export const AMOUNT_KEYS = [
  'planned',
  'subsidy',
  'sourceCentral',
  'sourceProvince',
  'sourceCity',
  'sourceCounty',
  'sourceOther',
  'released',
  'disbursed',
  'spent',
] as const;
export const COUNT_KEYS = ['beneficiaryHouseholds', 'beneficiaryPersons'] as const;
export const SOURCE_KEYS = [
  'sourceCentral',
  'sourceProvince',
  'sourceCity',
  'sourceCounty',
  'sourceOther',
] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];
export type CountKey = (typeof COUNT_KEYS)[number];
export type NumKey = AmountKey | CountKey;
export const DATE_KEYS = [
  'startDate',
  'completionDate',
  'acceptanceDate',
  'publicityStart',
  'publicityEnd',
  'releasedDate',
  'disbursedDate',
] as const;
export type DateKey = (typeof DATE_KEYS)[number];

export type FundUnit = '元' | '万元';

/** How one numeric cell was read. */
export interface NumCell {
  r: number;
  key: NumKey | 'progress';
  raw: CellValue;
  /** number: a real number; text: digits stored as text; converted: text with its own unit, converted. */
  kind: 'number' | 'text' | 'converted' | 'invalid';
  /** In the sheet's unit (amounts) or percentage points (progress, after the fraction rule). */
  value: number | null;
  cellUnit?: '元' | '万元' | '%';
}

export interface DateCell {
  r: number;
  /** Column the date was read from (publicityPeriod for a range cell). */
  col: DateKey | 'publicityPeriod';
  date: YMD | null;
  precision: 'day' | 'month';
}

export interface FundProject {
  /** First grid row (0-based). */
  r: number;
  /** All rows of the project (a continuation row adds one). */
  rows: number[];
  seq: string;
  name: string;
  type: string;
  location: string;
  nums: Partial<Record<NumKey, number>>;
  /** Stored 支出进度 in percentage points, and the row it was read from. */
  progress: { value: number; r: number } | null;
  dates: Partial<Record<DateKey, DateCell>>;
}

export interface FundTotal {
  r: number;
  kind: 'subtotal' | 'grand';
  /** False for a 小计 row recognised by its amounts (no 合计/小计 label). */
  labelled: boolean;
  label: string;
  nums: Partial<Record<NumKey, number>>;
  progress: { value: number; r: number } | null;
  /** Projects the row totals (a grand total: every project of the sheet). */
  members: FundProject[];
}

export interface FundSheetModel {
  sheet: ParsedSheet;
  unit: FundUnit;
  unitStated: boolean;
  /** The 支出进度 column holds fractions (0.948) rather than percentages. */
  fractionProgress: boolean;
  projects: FundProject[];
  totals: FundTotal[];
  /** Every non-empty numeric cell read (data and totals rows), for field.number / field.text-number / unit checks. */
  cells: NumCell[];
  /** Date cells that could not be read. */
  badDates: Array<{ r: number; col: DateKey | 'publicityPeriod'; raw: CellValue; reason: string }>;
  /** Rows merged into the project above (continuation rows), with the project's first row. */
  continuations: Array<{ r: number; into: number; merged: boolean }>;
  /** Data rows with a 序号 but no 项目名称 (not a total, not a continuation). */
  unnamed: number[];
  /** Tolerance in 分 used for "equals". */
  tolFen: number;
}

/** Amount → integer 分, so sums and comparisons are exact. */
export function toFenIn(v: number, unit: FundUnit): number {
  return Math.round(Number((v * (unit === '万元' ? 1_000_000 : 100)).toPrecision(15)));
}

export function fromFen(fen: number, unit: FundUnit): number {
  return Number((fen / (unit === '万元' ? 1_000_000 : 100)).toPrecision(15));
}

/** Reads an amount cell in the sheet unit; a cell's own unit ("12.5万", "125,000元") is converted. */
export function readAmount(
  raw: CellValue,
  unit: FundUnit,
): Pick<NumCell, 'kind' | 'value' | 'cellUnit'> | null {
  const p = parseNumber(raw);
  if (p.kind === 'empty' || p.kind === 'error') return null;
  if (p.kind === 'number') return { kind: 'number', value: p.value };
  if (p.kind === 'invalid' || p.value === null || p.unit === '%')
    return { kind: 'invalid', value: null, cellUnit: p.unit };
  if (p.unit === undefined || p.unit === unit) return { kind: 'text', value: p.value, cellUnit: p.unit };
  const value = p.unit === '万元' ? p.value * YUAN_PER_WAN : p.value / YUAN_PER_WAN;
  return { kind: 'converted', value: Number(value.toPrecision(15)), cellUnit: p.unit };
}

function readCount(raw: CellValue): Pick<NumCell, 'kind' | 'value' | 'cellUnit'> | null {
  const p = parseNumber(raw);
  if (p.kind === 'empty' || p.kind === 'error') return null;
  if (p.kind === 'number') return { kind: 'number', value: p.value };
  if (p.kind === 'invalid' || p.value === null || p.unit !== undefined)
    return { kind: 'invalid', value: null, cellUnit: p.unit };
  return { kind: 'text', value: p.value };
}

/** Compares dates at the coarser precision of the two ("2024年3月" vs 2024-03-15 are the same month). */
export function compareDateCells(a: DateCell, b: DateCell): number {
  if (!a.date || !b.date) return 0;
  if (a.precision === 'month' || b.precision === 'month')
    return a.date.y * 12 + a.date.m - (b.date.y * 12 + b.date.m);
  return a.date.y - b.date.y || a.date.m - b.date.m || a.date.d - b.date.d;
}

/**
 * A 公示时间 / 公告期 range: "2023年6月9日—6月19日", "2023.6.9-2023.6.19", "2023年6月9日至19日". Split on —, –, -,
 * ~, 至; the end inherits the start's year (and month) when it omits them. null when not a range.
 */
export function parsePeriod(raw: CellValue): { start: YMD; end: YMD } | null {
  if (typeof raw !== 'string') return null;
  const t = toHalfWidth(cellText(raw)).replace(/\s+/g, '');
  let parts: [string, string] | null = null;
  for (const sep of ['至', '——', '—', '–', '~']) {
    const i = t.indexOf(sep);
    if (i > 0) {
      parts = [t.slice(0, i), t.slice(i + sep.length)];
      break;
    }
  }
  if (!parts) {
    // '-' also separates the parts of a date: "2023-06-09-2023-06-19", "2023-6-9-6-19", "2023年6月9日-6月19日".
    const iso = /^(\d{4}-\d{1,2}-\d{1,2})-(.+)$/.exec(t);
    if (iso) parts = [iso[1], iso[2]];
    else {
      const i = t.indexOf('-');
      if (i > 0 && t.indexOf('-', i + 1) < 0) parts = [t.slice(0, i), t.slice(i + 1)];
    }
  }
  if (!parts) return null;
  const s = parseDate(parts[0]);
  if (!s.date || s.precision !== 'day') return null;
  const start = s.date;
  const e = parseDate(parts[1]);
  let end: YMD | null = e.date && e.precision === 'day' ? e.date : null;
  if (!end) {
    let m: RegExpExecArray | null;
    if ((m = /^(\d{1,2})(?:月|[-/.])(\d{1,2})日?$/.exec(parts[1])))
      end = { y: start.y, m: Number(m[1]), d: Number(m[2]) };
    else if ((m = /^(\d{1,2})日?$/.exec(parts[1]))) end = { y: start.y, m: start.m, d: Number(m[1]) };
  }
  if (!end || !isValidYMD(end.y, end.m, end.d)) return null;
  return { start, end };
}

const cache = new WeakMap<ParsedSheet, FundSheetModel>();

/** The fund model of a sheet (cached per sheet; `tolFen` is the "equals" tolerance in 分). */
export function fundModel(sheet: ParsedSheet, tolFen: number): FundSheetModel {
  const hit = cache.get(sheet);
  if (hit && hit.tolFen === tolFen) return hit;
  const m = buildFundModel(sheet, tolFen);
  cache.set(sheet, m);
  return m;
}

function buildFundModel(sheet: ParsedSheet, tolFen: number): FundSheetModel {
  const unit: FundUnit = sheet.unit ?? '万元';
  const col = (key: string) => sheet.byKey[key]?.index;
  const at = (r: number, key: string): CellValue => {
    const c = col(key);
    return c === undefined ? '' : (sheet.grid[r]?.[c] ?? '');
  };
  const text = (r: number, key: string) => cellText(at(r, key));
  const cells: NumCell[] = [];
  const badDates: FundSheetModel['badDates'] = [];

  // 支出进度: a column whose plain numbers all lie in 0–1.5 holds fractions; "94.8%" is a percentage either way.
  const rows = [...sheet.dataRows, ...sheet.totalRows].sort((a, b) => a - b);
  let fractionProgress = false;
  if (col('progress') !== undefined) {
    let seen = 0;
    let allSmall = true;
    for (const r of rows) {
      const p = parseNumber(at(r, 'progress'));
      if (p.value === null || p.unit === '%') continue;
      seen++;
      if (p.value < 0 || p.value > FRACTION_COLUMN_MAX) allSmall = false;
    }
    fractionProgress = seen > 0 && allSmall;
  }

  const readRow = (r: number) => {
    const nums: Partial<Record<NumKey, number>> = {};
    for (const key of [...AMOUNT_KEYS, ...COUNT_KEYS]) {
      if (col(key) === undefined) continue;
      const raw = at(r, key);
      if (isErrorValue(raw)) continue; // sheet.error-values reports these
      const read = (AMOUNT_KEYS as readonly string[]).includes(key) ? readAmount(raw, unit) : readCount(raw);
      if (!read) continue;
      cells.push({ r, key, raw, ...read });
      if (read.value !== null) nums[key] = read.value;
    }
    let progress: FundProject['progress'] = null;
    if (col('progress') !== undefined) {
      const raw = at(r, 'progress');
      const p = parseNumber(raw);
      if (p.kind !== 'empty' && p.kind !== 'error') {
        if (p.kind === 'invalid' || p.value === null || (p.unit !== undefined && p.unit !== '%')) {
          cells.push({ r, key: 'progress', raw, kind: 'invalid', value: null, cellUnit: p.unit });
        } else {
          const value =
            p.unit === '%' ? p.value : fractionProgress ? Number((p.value * 100).toPrecision(15)) : p.value;
          cells.push({
            r,
            key: 'progress',
            raw,
            kind: p.kind === 'number' ? 'number' : 'text',
            value,
            cellUnit: p.unit,
          });
          progress = { value, r };
        }
      }
    }
    return { nums, progress };
  };

  const readDates = (r: number): Partial<Record<DateKey, DateCell>> => {
    const out: Partial<Record<DateKey, DateCell>> = {};
    for (const key of DATE_KEYS) {
      if (col(key) === undefined) continue;
      const raw = at(r, key);
      if (isEmpty(raw) || isErrorValue(raw)) continue;
      const d = parseDate(raw);
      if (d.date) out[key] = { r, col: key, date: d.date, precision: d.precision ?? 'day' };
      else badDates.push({ r, col: key, raw, reason: 'date' });
    }
    if (col('publicityPeriod') !== undefined && !out.publicityStart && !out.publicityEnd) {
      const raw = at(r, 'publicityPeriod');
      if (!isEmpty(raw) && !isErrorValue(raw)) {
        const p = parsePeriod(raw);
        if (p) {
          out.publicityStart = { r, col: 'publicityPeriod', date: p.start, precision: 'day' };
          out.publicityEnd = { r, col: 'publicityPeriod', date: p.end, precision: 'day' };
        } else badDates.push({ r, col: 'publicityPeriod', raw, reason: 'period' });
      }
    }
    return out;
  };

  // Rows continued by a vertical merge of the 项目名称 (or 序号) cell: filled down by parseSheet, one project.
  const mergedContinuation = new Set<number>();
  for (const mg of sheet.dataMerges) {
    const keyCols = [col('project'), col('seq')].filter((c): c is number => c !== undefined);
    if (mg.r2 > mg.r1 && keyCols.some((c) => c >= mg.c1 && c <= mg.c2))
      for (let r = mg.r1 + 1; r <= mg.r2; r++) mergedContinuation.add(r);
  }

  const totalSet = new Set(sheet.totalRows);
  const projects: FundProject[] = [];
  const totals: FundTotal[] = [];
  const continuations: FundSheetModel['continuations'] = [];
  const unnamed: number[] = [];
  let group: FundProject[] = [];
  const addProject = (r: number, seq: string, name: string, read: ReturnType<typeof readRow>) => {
    const p: FundProject = {
      r,
      rows: [r],
      seq,
      name,
      type: text(r, 'projectType'),
      location: text(r, 'location'),
      nums: read.nums,
      progress: read.progress,
      dates: readDates(r),
    };
    projects.push(p);
    group.push(p);
  };
  const sumFen = (members: FundProject[], key: NumKey) => {
    let s = 0;
    for (const p of members) if (p.nums[key] !== undefined) s += toFenIn(p.nums[key]!, unit);
    return s;
  };

  for (const r of rows) {
    if (totalSet.has(r)) {
      const label =
        (sheet.grid[r] ?? []).map((v) => cellText(v)).find((t) => /合计|小计|总计|累计/.test(normText(t))) ??
        '合计';
      const kind = /小计/.test(label) ? 'subtotal' : 'grand';
      const { nums, progress } = readRow(r);
      // A 合计 row keeps the rows since the previous total too: a county ledger closes each township's block with
      // its own "XX镇合计" (decided after the loop, when it is known what follows).
      totals.push({ r, kind, labelled: true, label, nums, progress, members: group });
      group = [];
      continue;
    }
    // A 资产台账 may name the asset rather than the project.
    const name = text(r, 'project') || text(r, 'assetName');
    const seq = text(r, 'seq');
    const prev = projects[projects.length - 1];
    if (mergedContinuation.has(r) && prev) {
      mergeInto(prev, r, readRow(r), readDates(r), sheet, col);
      continuations.push({ r, into: prev.r, merged: true });
      continue;
    }
    if (name === '') {
      const read = readRow(r);
      // An unlabelled 小计: its amounts equal the rows since the previous total (at least one amount, none differ).
      if (group.length > 0) {
        let compared = 0;
        let nonZero = false;
        let equal = true;
        for (const key of AMOUNT_KEYS) {
          const v = read.nums[key];
          if (v === undefined) continue;
          compared++;
          if (v !== 0) nonZero = true;
          if (Math.abs(toFenIn(v, unit) - sumFen(group, key)) > tolFen) equal = false;
        }
        if (compared > 0 && nonZero && equal) {
          totals.push({
            r,
            kind: 'subtotal',
            labelled: false,
            label: '',
            nums: read.nums,
            progress: read.progress,
            members: group,
          });
          group = [];
          continue;
        }
      }
      if (seq === '' && prev) {
        mergeInto(prev, r, read, readDates(r), sheet, col);
        continuations.push({ r, into: prev.r, merged: false });
        continue;
      }
      unnamed.push(r);
      addProject(r, seq, name, read);
      continue;
    }
    addProject(r, seq, name, readRow(r));
  }
  // An unlabelled total after the last project that covers every project is the 合计, not a 小计.
  const last = totals[totals.length - 1];
  if (
    last &&
    !last.labelled &&
    last.members.length === projects.length &&
    last.r > (projects[projects.length - 1]?.r ?? -1)
  )
    last.kind = 'grand';
  // Labelled 合计 rows that close a block of projects (a township's "XX镇合计" among several) are that block's
  // totals, not the sheet's: one with projects after it, or the last one when its amounts are its block's and
  // not all projects' (a ledger without an overall 合计). A 合计 above the projects or after them all stays the
  // sheet's total.
  const lastProjectRow = projects[projects.length - 1]?.r ?? -1;
  const matches = (t: FundTotal, members: FundProject[]): boolean => {
    let compared = 0;
    for (const key of AMOUNT_KEYS) {
      const v = t.nums[key];
      if (v === undefined) continue;
      compared++;
      if (Math.abs(toFenIn(v, unit) - sumFen(members, key)) > tolFen) return false;
    }
    return compared > 0;
  };
  let blockTotals = 0;
  for (const t of totals) {
    if (!t.labelled || t.kind !== 'grand') continue;
    const block = t.members.length > 0 && t.members.length < projects.length;
    if (block && t.r < lastProjectRow) {
      t.kind = 'subtotal';
      blockTotals++;
    } else if (block && blockTotals > 0 && matches(t, t.members) && !matches(t, projects)) {
      t.kind = 'subtotal';
      blockTotals++;
    }
  }
  for (const t of totals) if (t.kind === 'grand') t.members = projects;
  return {
    sheet,
    unit,
    unitStated: sheet.unit !== undefined,
    fractionProgress,
    projects,
    totals,
    cells,
    badDates,
    continuations,
    unnamed,
    tolFen,
  };
}

/** Merges a continuation row into its project: amounts add up (each row holds part), other fields fill gaps. */
function mergeInto(
  p: FundProject,
  r: number,
  read: { nums: Partial<Record<NumKey, number>>; progress: FundProject['progress'] },
  dates: Partial<Record<DateKey, DateCell>>,
  sheet: ParsedSheet,
  col: (key: string) => number | undefined,
): void {
  p.rows.push(r);
  const unit: FundUnit = sheet.unit ?? '万元';
  // A merged (filled-down) amount cell repeats the first row's value: count it once.
  const filled = (key: string) => {
    const c = col(key);
    return c !== undefined && sheet.dataMerges.some((m) => r > m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2);
  };
  for (const [key, v] of Object.entries(read.nums) as Array<[NumKey, number]>) {
    if (filled(key)) continue;
    const old = p.nums[key];
    p.nums[key] = old === undefined ? v : fromFen(toFenIn(old, unit) + toFenIn(v, unit), unit);
  }
  if (!p.progress && read.progress) p.progress = read.progress;
  for (const [key, d] of Object.entries(dates) as Array<[DateKey, DateCell]>)
    if (!p.dates[key]) p.dates[key] = d;
  if (!p.type) p.type = cellText(sheet.grid[r]?.[col('projectType') ?? -1]);
  if (!p.location) p.location = cellText(sheet.grid[r]?.[col('location') ?? -1]);
}

/**
 * 支出进度 of a project or total row: 已支出 ÷ 下达 × 100, falling back to 计划投资 when the sheet has no 下达
 * column or the row leaves it empty (formulas.md §7). Unrounded; null when 已支出 or the base is missing or 0.
 */
export function progressOf(
  sheet: ParsedSheet,
  nums: Partial<Record<NumKey, number>>,
): { percent: number | null; base: 'released' | 'planned' | null; baseValue: number | null } {
  let base: 'released' | 'planned' | null = null;
  let baseValue: number | null = null;
  if (sheet.byKey.released && nums.released !== undefined) [base, baseValue] = ['released', nums.released];
  else if (sheet.byKey.planned && nums.planned !== undefined) [base, baseValue] = ['planned', nums.planned];
  const spent = nums.spent;
  if (spent === undefined || baseValue === null || baseValue === 0) return { percent: null, base, baseValue };
  return { percent: (spent / baseValue) * 100, base, baseValue };
}

/**
 * The amount a project adds to the industry-share base when the sheet does not split sources: the 衔接资金
 * itself — 下达, else 补助资金, else 计划投资 (formulas.md §7 "else all 衔接资金").
 */
export function fiscalAmount(sheet: ParsedSheet, p: FundProject): number {
  for (const key of ['released', 'subsidy', 'planned'] as const)
    if (sheet.byKey[key]) return p.nums[key] ?? 0;
  return 0;
}

/** Sheet's 产业发展 share: Σ 中央 of 产业 projects ÷ Σ 中央 (sources split), else the same on 衔接资金. */
export function industryShare(
  m: FundSheetModel,
  industryRe: RegExp,
): { numerator: number; denominator: number; base: 'central' | 'all' } | null {
  if (!m.sheet.byKey.projectType) return null;
  const base = m.sheet.byKey.sourceCentral ? 'central' : 'all';
  let num = 0;
  let den = 0;
  for (const p of m.projects) {
    const v = base === 'central' ? (p.nums.sourceCentral ?? 0) : fiscalAmount(m.sheet, p);
    const fen = toFenIn(v, m.unit);
    den += fen;
    if (industryRe.test(normText(p.type))) num += fen;
  }
  if (den <= 0) return null;
  return { numerator: fromFen(num, m.unit), denominator: fromFen(den, m.unit), base };
}
