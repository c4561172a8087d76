// 帮扶措施 of a household: the one 帮扶措施 column of hand-kept ledgers, or the national export's measure columns
// (产业帮扶 … 基础设施建设, ledgers-national §5.2). Measures are household-level: the household's set is the union of
// the items of every measure cell on all its rows, each cell split on , ， 、 ; ； (multi-value cells, §3).
import type { ParsedSheet } from '../types';
import { cellText, isEmpty } from '../grid/normalise';
import type { HouseholdRec } from './ledger';

/** Logical keys of measure columns; 实施开发式帮扶措施情况 (developmentalStatus) is a flag, not a measure. */
export const MEASURE_KEYS: ReadonlySet<string> = new Set([
  'measures',
  'measureIndustry',
  'measureEmployment',
  'measureFinance',
  'measurePublicJob',
  'measurePublicJobNote',
  'measureHealth',
  'measureCompulsoryEducation',
  'measureEducation',
  'measureSocialSecurity',
  'measureHousing',
  'measureWater',
  'measureSocial',
  'measureRelocation',
  'measureLivingConditions',
  'measureInfrastructure',
]);

/** Separators of multi-value cells. */
export const MULTI_VALUE_SPLIT = /[,，、;；]/;

/** Items of a multi-value cell, trimmed, empties dropped (order irrelevant). */
export function splitItems(text: string): string[] {
  return text
    .split(MULTI_VALUE_SPLIT)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export interface MeasureColumn {
  key: string;
  index: number;
}

const COLUMNS = new WeakMap<ParsedSheet, MeasureColumn[]>();

/** Every column of the sheet mapped to a measure key — both spellings of 公益岗位帮扶, not only byKey's first. */
export function measureColumns(sheet: ParsedSheet): MeasureColumn[] {
  let cols = COLUMNS.get(sheet);
  if (cols === undefined) {
    cols = sheet.columns.filter((c) => MEASURE_KEYS.has(c.key)).map((c) => ({ key: c.key, index: c.index }));
    COLUMNS.set(sheet, cols);
  }
  return cols;
}

/** The household's measure items; null when none of its rows' sheets has a measure column. */
export function householdMeasures(h: HouseholdRec): { items: Set<string>; firstKey: string } | null {
  let firstKey: string | undefined;
  const items = new Set<string>();
  const rows = h.householdRow ? [h.householdRow, ...h.members] : h.members;
  for (const m of rows) {
    const cols = measureColumns(m.sheet);
    if (cols.length === 0) continue;
    firstKey ??= cols[0].key;
    const row = m.sheet.grid[m.r];
    for (const c of cols) {
      const v = row?.[c.index];
      if (v === undefined || isEmpty(v)) continue;
      for (const item of splitItems(cellText(v))) items.add(item);
    }
  }
  return firstKey === undefined ? null : { items, firstKey };
}
