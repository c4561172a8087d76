// v2 village rules (rules-v2 §19) on rows of the （自定义）行政村信息 export (and any village sheet with its
// columns): a 出列村 (是否出列 = 是) must have its base figures, its listed fields filled, collective income and a
// hard road to the township; no village-wide count may exceed 总户数 / 总人口数; and the village's land areas
// cannot be smaller than its ledger households' together. Village-wide counts are never compared with the ledger's
// covered counts (ledgers-national §8 #13). Columns the export lacks are not reported (a 自定义 export carries the
// fields the user ticked): the exited rules need 是否出列, the land rule needs a land column.
import type { RuleContext } from './context';
import type { CellValue, ParsedSheet } from '../types';
import { cellText, isEmpty, normText, parseFlag, parseNumber } from '../grid/normalise';
import { cell } from '../model/ledger';
import { villageKey } from '../calc/figures';
import { fundSettings } from './fundSettings';
import { VILLAGE_EXPORT_KEYS } from '../grid/parseSheet';

const HOUSEHOLD_COUNTS = ['unsafeWaterHouseholds', 'unsafeHousingHouseholds', 'dibaoHouseholds'];
const PERSON_COUNTS = ['dibaoPersons', 'extremePovertyPersons', 'disabledPersons', 'pensionInsuredPersons'];
/** Fields a 出列村 must fill (fp:1_03_003–016), in message order. */
const EXITED_FIELDS = VILLAGE_EXPORT_KEYS.filter(
  (k) => k !== 'unsafeWaterHouseholds' && k !== 'unsafeHousingHouseholds',
);
const LAND_KEYS = [
  'cultivatedLand',
  'forestLand',
  'returnedFarmland',
  'orchardLand',
  'pastureLand',
  'waterSurface',
];

function fmt(v: number): string {
  return String(Number(v.toFixed(4)));
}

/** Names up to five, then "等N项". */
function names(list: string[]): string {
  return list.length > 5 ? `${list.slice(0, 5).join('、')}等${list.length}项` : list.join('、');
}

function header(sheet: ParsedSheet, key: string): string {
  return sheet.byKey[key]?.header ?? key;
}

function flag(v: CellValue | undefined): boolean | null {
  const t = normText(v);
  if (t === '1') return true;
  if (t === '0') return false;
  return parseFlag(v ?? '');
}

export function runVillageExport(ctx: RuleContext): void {
  let land: Map<string, Record<string, number>> | null = null;
  for (const sheet of ctx.ledger.villageSheets) {
    const rowsOf = (key: string) => (sheet.byKey[key] ? [key] : []);
    const hasLand = LAND_KEYS.some((k) => sheet.byKey[k]);
    if (hasLand && land === null) land = householdLand(ctx);
    for (const r of sheet.dataRows) {
      const name = cellText(cell({ sheet, r }, 'village'));
      if (name === '') continue;
      const ref = { sheet, r };
      const at = (key: string) => cell(ref, key);
      const numAt = (key: string) => {
        const v = at(key);
        return v === undefined ? null : parseNumber(v).value;
      };
      countsExceed(ctx, sheet, r, numAt, rowsOf);
      if (sheet.byKey.villageExited && flag(at('villageExited')) === true)
        exited(ctx, sheet, r, name, at, numAt);
      if (hasLand && land) landLess(ctx, sheet, r, name, numAt, land);
    }
  }
}

function countsExceed(
  ctx: RuleContext,
  sheet: ParsedSheet,
  r: number,
  numAt: (key: string) => number | null,
  present: (key: string) => string[],
): void {
  const problems: Array<{ key: string; text: string }> = [];
  const check = (keys: string[], totalKey: string, unit: string) => {
    const total = numAt(totalKey);
    // A 0 total is an unfilled one (village.exited-base-missing), not a count to exceed.
    if (total === null || total <= 0) return;
    for (const k of keys.flatMap(present)) {
      const v = numAt(k);
      if (v !== null && v > total)
        problems.push({
          key: k,
          text: `${header(sheet, k)}${fmt(v)}${unit}大于${header(sheet, totalKey)}${fmt(total)}${unit}`,
        });
    }
  };
  check(HOUSEHOLD_COUNTS, 'totalHouseholds', '户');
  check(PERSON_COUNTS, 'totalPopulation', '人');
  if (problems.length === 0) return;
  const shown =
    problems.length > 5
      ? [...problems.slice(0, 5).map((p) => p.text), `等${problems.length}项`]
      : problems.map((p) => p.text);
  ctx.emit({
    rule: 'village.count-exceeds-total',
    sheet,
    r,
    col: problems[0].key,
    message: `${shown.join('；')}，分项户数（人数）不能超过全村总数，请核对。`,
  });
}

function exited(
  ctx: RuleContext,
  sheet: ParsedSheet,
  r: number,
  name: string,
  at: (key: string) => CellValue | undefined,
  numAt: (key: string) => number | null,
): void {
  const has = (k: string) => sheet.byKey[k] !== undefined;
  // village.exited-base-missing: 总户数 empty or 0, 总人口数 0 (empty 总人口数 is village.population-missing's).
  const base: string[] = [];
  if (has('totalHouseholds')) {
    const v = at('totalHouseholds');
    if (isEmpty(v)) base.push(`${header(sheet, 'totalHouseholds')}为空`);
    else if (numAt('totalHouseholds') === 0) base.push(`${header(sheet, 'totalHouseholds')}为0`);
  }
  if (has('totalPopulation') && !isEmpty(at('totalPopulation')) && numAt('totalPopulation') === 0)
    base.push(`${header(sheet, 'totalPopulation')}为0`);
  if (base.length > 0)
    ctx.emit({
      rule: 'village.exited-base-missing',
      sheet,
      r,
      col:
        base[0].startsWith(header(sheet, 'totalHouseholds')) && has('totalHouseholds')
          ? 'totalHouseholds'
          : 'totalPopulation',
      message: `出列村${name}${base.join('、')}，请补录村基本信息（总户数、总人口数）。`,
    });
  // village.exited-field-missing
  const empty = EXITED_FIELDS.filter((k) => has(k) && isEmpty(at(k)));
  if (empty.length > 0)
    ctx.emit({
      rule: 'village.exited-field-missing',
      sheet,
      r,
      col: empty[0],
      message: `出列村${name}${names(empty.map((k) => header(sheet, k)))}${empty.length > 1 && empty.length <= 5 ? `共${empty.length}项` : ''}未填写（没有的请填0），请补录。`,
    });
  // village.exited-no-collective-income
  const income = has('collectiveIncome') ? numAt('collectiveIncome') : null;
  const min = fundSettings(ctx).villageCollectiveIncomeMin;
  if (income !== null && (income === 0 || income <= min))
    ctx.emit({
      rule: 'village.exited-no-collective-income',
      sheet,
      r,
      col: 'collectiveIncome',
      message: `出列村${name}村级集体经济收入为${fmt(income)}万元${min > 0 ? `，不高于${fmt(min)}万元` : ''}，请核实。`,
    });
  // village.exited-no-hard-road
  if (
    has('pavedRoadToTownship') &&
    !isEmpty(at('pavedRoadToTownship')) &&
    flag(at('pavedRoadToTownship')) === false
  )
    ctx.emit({
      rule: 'village.exited-no-hard-road',
      sheet,
      r,
      col: 'pavedRoadToTownship',
      message: `出列村${name}到乡镇未通沥青（水泥）路，与出列标准不符，请核实；已通的请改为“是”。`,
    });
}

/** Land per village (by village key, and township|village) summed over the ledger's households. */
function householdLand(ctx: RuleContext): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const h of ctx.ledger.households) {
    const village = cellText(cell(h.main, 'village'));
    if (village === '') continue;
    const areas: Record<string, number> = {};
    for (const k of LAND_KEYS) {
      // Household field, repeated on member rows or only on the first: the first number found.
      for (const m of [h.main, ...h.members]) {
        const v = cell(m, k);
        const n = v === undefined ? null : parseNumber(v).value;
        if (n !== null) {
          areas[k] = n;
          break;
        }
      }
    }
    const keys = [villageKey(village), `${normText(cell(h.main, 'township'))}|${villageKey(village)}`];
    for (const key of keys) {
      const sum = out.get(key) ?? {};
      for (const [k, v] of Object.entries(areas)) sum[k] = (sum[k] ?? 0) + v;
      out.set(key, sum);
    }
  }
  return out;
}

function landLess(
  ctx: RuleContext,
  sheet: ParsedSheet,
  r: number,
  name: string,
  numAt: (key: string) => number | null,
  land: Map<string, Record<string, number>>,
): void {
  const township = normText(cell({ sheet, r }, 'township'));
  const key = villageKey(name);
  // Same township when the village sheet names one (two townships may have a 新民村); else by name only.
  const sums = township ? (land.get(`${township}|${key}`) ?? land.get(`|${key}`)) : land.get(key);
  if (!sums) return;
  const problems: Array<{ key: string; text: string }> = [];
  for (const k of LAND_KEYS) {
    if (!sheet.byKey[k] || sums[k] === undefined) continue;
    const v = numAt(k);
    if (v === null || v + 0.005 >= sums[k]) continue;
    const label = header(sheet, k).replace(/[(（]亩[)）]$/, '');
    problems.push({
      key: k,
      text: `${label}${fmt(v)}亩，小于本村脱贫户和监测对象${label}合计${fmt(Number(sums[k].toFixed(4)))}亩`,
    });
  }
  if (problems.length === 0) return;
  ctx.emit({
    rule: 'village.land-less-than-households',
    sheet,
    r,
    col: problems[0].key,
    message: `${name}${problems.map((p) => p.text).join('；')}，请核对村土地面积或农户土地面积。`,
  });
}
