// Reading the 务工 exports for the work rules (rules-v2 §0.4, §16): a row of （务工月监测）已外出务工信息 is a work
// spell (务工时段) of a person, a row of 计划外出务工信息 a plan; both are joined to the main export (rules/work.ts).
// Months are indexes y*12 + (m−1), so months(a, b) = b − a (ledgers-national §7.3).
import type { ParsedSheet } from '../types';
import { cellInfo, type CellInfo } from '../model/columns';
import { normText, parseDate, parseFlag, type YMD } from '../grid/normalise';
import { type PersonRow } from '../model/ledger';
import { splitItems } from '../model/measures';
import type { RuleContext } from './context';

/** One row of a 务工 export, with the person of the main export it belongs to (when found). */
export interface WorkRow {
  sheet: ParsedSheet;
  /** 0-based grid row. */
  r: number;
  /** A row of 计划外出务工信息 (else 已外出务工信息). */
  plan: boolean;
  /** The person in the main export (by 人编号, else the ID's first 18 characters); undefined when not found. */
  person: PersonRow | undefined;
  /** Groups the rows of one person: the joined person row, else the row's 人编号 or ID. */
  key: PersonRow | string;
  /** 姓名 as the messages name the person: “某某”, or 第N行人员. */
  who: string;
}

/** Month index of a date; null when none. */
export const monthOf = (d: YMD): number => d.y * 12 + d.m - 1;

/** "2023年03月" for a month index. */
export function monthText(mi: number): string {
  const y = Math.floor(mi / 12);
  return `${y}年${String((mi % 12) + 1).padStart(2, '0')}月`;
}

/** A date cell read by month: empty, unreadable, or a month index. */
export type MonthCell = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'month'; month: number };

export function monthCell(info: CellInfo | undefined): MonthCell {
  if (info === undefined || info.empty) return { kind: 'empty' };
  const d = info.date;
  return d.date ? { kind: 'month', month: monthOf(d.date) } : { kind: 'invalid' };
}

/** Decoded cell of a row (undefined when the sheet lacks the column). */
export const at = (w: { sheet: ParsedSheet; r: number }, key: string): CellInfo | undefined =>
  cellInfo(w.sheet, w.r, key);

/** 是否… flag of a row: true / false / null (empty or unreadable: an empty cell is never 否). */
export const flagAt = (w: { sheet: ParsedSheet; r: number }, key: string): boolean | null => {
  const i = at(w, key);
  return i === undefined ? null : parseFlag(i.raw);
};

/** A plan row says the person plans to work: 是否计划务工 = 是 or 是否计划外出务工 = 是. */
export const planned = (w: WorkRow): boolean =>
  flagAt(w, 'planWork') === true || flagAt(w, 'planOutWork') === true;

/** Settings of the work rules (rules-v2 §25); config keys of the same name override the defaults. */
export interface WorkSettings {
  homeCounty: string[];
  openSpellMaxMonths: number;
  workMonthlyIncomeMin: number;
  workMonthlyIncomeMax: number;
  laborAgeMin: number;
}

/** Defaults of rules-v2 §25 (config/v2Settings.ts keeps the keys optional). */
const DEFAULTS = {
  openSpellMaxMonths: 36,
  workMonthlyIncomeMin: 100,
  workMonthlyIncomeMax: 30_000,
  laborAgeMin: 16,
};

export function workSettings(ctx: RuleContext): WorkSettings {
  const c = ctx.config;
  return {
    // homeCounty may list several names (a county renamed 市): "长顺县,长顺市".
    homeCounty: splitItems(c.homeCounty ?? '')
      .map(countyName)
      .filter((s) => s !== ''),
    openSpellMaxMonths: c.openSpellMaxMonths ?? DEFAULTS.openSpellMaxMonths,
    workMonthlyIncomeMin: c.workMonthlyIncomeMin ?? DEFAULTS.workMonthlyIncomeMin,
    workMonthlyIncomeMax: c.workMonthlyIncomeMax ?? DEFAULTS.workMonthlyIncomeMax,
    laborAgeMin: c.laborAgeMin ?? DEFAULTS.laborAgeMin,
  };
}

/** The data date as a month index (rules-v2 §0.4 asOf): config asOfDate, else the export's data date, else the
 * reference date (as the rule records' asOf, rulebook/run.ts). */
export function asOfMonth(ctx: RuleContext): number {
  const set = ctx.config.asOfDate ? parseDate(ctx.config.asOfDate).date : null;
  return monthOf(set ?? ctx.dataDate ?? ctx.ref);
}

/** County text as compared (trimmed, half-width, no spaces). */
export const countyName = (s: string): string => normText(s);

/**
 * The home county of a row's person (§7.4): config homeCounty, else the person's 县 in the main export, else the
 * row's own 县 (the same system writes it); empty when unknown.
 */
export function homeCounties(w: WorkRow, settings: WorkSettings): string[] {
  if (settings.homeCounty.length > 0) return settings.homeCounty;
  const own = at(w.person ?? w, 'county')?.norm ?? '';
  if (own !== '') return [own];
  const row = at(w, 'county')?.norm ?? '';
  return row === '' ? [] : [row];
}

/** in: the 务工所在县 equals a home name or ends with it; out: filled and not in; unknown: empty or no home. */
export function countySide(value: string, homes: string[]): 'in' | 'out' | 'unknown' {
  const v = countyName(value);
  if (v === '' || homes.length === 0) return 'unknown';
  return homes.some((h) => v === h || v.endsWith(h)) ? 'in' : 'out';
}
