// Which summary figures the ledger cannot give (report.unavailableFigures): a figure whose column is missing or
// not recognised is printed as 未统计 with this reason, never as 0 (a missing 参加医保 column is not "0 未参保").
import type { HouseholdFigure, ParsedSheet, UnavailableFigure, VillageFigure } from '../types';
import type { RuleContext } from '../rules/context';
import { columnLabel } from '../profiles/synonyms';

/** Stable keys of the figures the summary tables count from optional columns. */
export type FigureKey =
  | 'school'
  | 'medical'
  | 'housing'
  | 'water'
  | 'waterDifficulty'
  | 'helper'
  | 'helperLevel'
  | 'cause'
  | 'income'
  | 'villageBase';

interface FigureDef {
  key: FigureKey;
  /** What the tables print, in Chinese. */
  label: string;
  tables: string[];
  /** Column keys, any one of which gives the figure. */
  columns: string[];
  /** Where the columns live. */
  on: 'member' | 'household' | 'village';
}

const SECURITY = '两不愁三保障及饮水安全情况表';
const CAUSE_COLUMNS = ['mainCause', 'risk1', 'otherCause', 'risk2', 'risk3', 'risk4', 'risk5'];
const INCOME_COLUMNS = [
  'netIncome',
  'perCapitaNetIncome',
  'grossIncome',
  'wageIncome',
  'businessIncome',
  'propertyIncome',
  'transferIncome',
];

export const FIGURES: readonly FigureDef[] = [
  {
    key: 'school',
    label: '义务教育适龄人数、失学辍学人数',
    tables: [SECURITY],
    columns: ['schoolStatus'],
    on: 'member',
  },
  {
    key: 'medical',
    label: '未参加基本医疗保险人数',
    tables: [SECURITY],
    // 职工医保 alone cannot say who is uninsured (most members are in 城乡居民医保).
    columns: ['residentMedical'],
    on: 'member',
  },
  {
    key: 'housing',
    label: '危房户数',
    tables: [SECURITY],
    columns: ['unsafeHousing', 'housingGrade'],
    on: 'household',
  },
  {
    key: 'water',
    label: '未解决安全饮用水户数',
    tables: [SECURITY],
    columns: ['safeWater'],
    on: 'household',
  },
  {
    key: 'waterDifficulty',
    label: '饮水困难户数',
    tables: [SECURITY],
    columns: ['waterDifficulty'],
    on: 'household',
  },
  {
    key: 'helper',
    label: '落实帮扶责任人户数、帮扶责任人人数',
    tables: ['帮扶责任人落实情况表'],
    columns: ['helperName'],
    on: 'household',
  },
  {
    key: 'helperLevel',
    label: '帮扶责任人按隶属关系分级人数',
    tables: ['帮扶责任人落实情况表'],
    columns: ['helperAffiliation'],
    on: 'household',
  },
  {
    key: 'cause',
    label: '致贫原因/风险类型户数',
    tables: ['致贫原因风险类型统计表'],
    columns: CAUSE_COLUMNS,
    on: 'household',
  },
  {
    key: 'income',
    label: '收入、人均纯收入分组',
    tables: ['收入情况汇总表', '人均纯收入分组表'],
    columns: INCOME_COLUMNS,
    on: 'household',
  },
  {
    key: 'villageBase',
    label: '总户数、总人口、贫困发生率分母',
    tables: ['基本情况汇总表'],
    columns: [
      'totalHouseholds',
      'totalPopulation',
      'agriPopulation',
      'ruralPopulation',
      'residentPopulation',
    ],
    on: 'village',
  },
];

function labels(columns: string[]): string {
  return columns
    .slice(0, 2)
    .map((k) => `“${columnLabel(k)}”`)
    .join('或');
}

/** The figures the ledger's recognised columns cannot give, with the reason in Chinese. */
export function unavailableFigures(
  ctx: RuleContext,
  households: HouseholdFigure[],
  villages: VillageFigure[],
): UnavailableFigure[] {
  if (households.length === 0) return [];
  const l = ctx.ledger;
  const sheetsOf = (on: FigureDef['on']): ParsedSheet[] =>
    on === 'member'
      ? l.personSheets
      : on === 'village'
        ? l.villageSheets
        : [...l.householdSheets, ...l.personSheets];
  const out: UnavailableFigure[] = [];
  for (const d of FIGURES) {
    const sheets = sheetsOf(d.on);
    if (sheets.some((s) => d.columns.some((k) => s.byKey[k]))) continue;
    // Villages without a base sheet may still take their population from the settings.
    if (d.key === 'villageBase' && villages.some((v) => v.population !== null)) continue;
    let reason: string;
    if (d.on === 'village')
      reason =
        l.villageSheets.length === 0
          ? '工作簿中没有行政村基本情况表（含户数、人口列的表），也未在“设置—村人口”中填写'
          : `行政村基本情况表中未识别到${labels(d.columns)}列`;
    else if (d.on === 'member' && sheets.length === 0)
      reason = `台账没有成员（人员）表，无法按人统计；需要${labels(d.columns)}列`;
    else reason = `台账中未识别到${labels(d.columns)}列`;
    out.push({
      figure: d.key,
      label: d.label,
      tables: d.tables,
      reason: `${reason}（表头写法不同时，可在“设置—列名映射”中添加）`,
    });
  }
  return out;
}
