// Fund / project ledger data (ledgers.md §5, formulas.md §1 and §7, summaries.md §4.7): project-type groups,
// source labels and the fixed facts the fund rules use. Data, not code: edit here, not in the rules.

/** 项目类型 groups in 资金使用情况汇总表 order. A ledger value joins the first group whose pattern matches it. */
export const FUND_TYPE_GROUPS: ReadonlyArray<{ label: string; re: RegExp }> = [
  { label: '产业发展', re: /产业/ }, // 产业发展（到户 / 到村）
  { label: '就业', re: /就业|务工|技能培训|公益性岗位/ },
  { label: '乡村建设（基础设施）', re: /乡村建设|基础设施|人居环境|农村道路|饮水/ },
  { label: '项目管理费', re: /项目管理/ },
  { label: '其他', re: /.*/ },
];

/** 产业发展 projects: the numerator of the industry share (formulas.md §7). */
export const INDUSTRY_TYPE_RE = /产业/;
/** 产业 or 就业 projects must name the households they lift (fund.no-beneficiaries). */
export const BENEFICIARY_TYPE_RE = /产业|就业/;

/** 资金来源 columns in order, with the 汇总表 row label (summaries.md §4.7). */
export const FUND_SOURCES = [
  { key: 'sourceCentral', id: 'central', label: '中央衔接资金' },
  { key: 'sourceProvince', id: 'province', label: '省级衔接资金' },
  { key: 'sourceCity', id: 'city', label: '市级衔接资金' },
  { key: 'sourceCounty', id: 'county', label: '县级衔接资金' },
  { key: 'sourceOther', id: 'other', label: '其他（自筹/整合/结余）' },
] as const;

/** Row label of the multi-source projects in the 按资金来源 block (their execution is not split by source). */
export const MULTI_SOURCE_LABEL = '多来源项目（执行数未按来源拆分）';

/** 元 per 万元. */
export const YUAN_PER_WAN = 10000;
/** A 万元 amount above this is suspect (formulas.md §1: 350000 in a 万元 column is 35 亿元 — surely 元). */
export const WAN_SUSPECT_ABOVE = 100000;
/** An 元 amount with this many decimals or more is suspect (4 decimals of 元 is below 分: surely 万元). */
export const YUAN_SUSPECT_DECIMALS = 4;
/** fund.progress-mismatch tolerance in percentage points (formulas.md §7). */
export const PROGRESS_TOLERANCE = 0.1;
/** A 支出进度 column whose numbers all lie in [0, this] holds fractions (0.948 = 94.8 %) — formulas.md §1. */
export const FRACTION_COLUMN_MAX = 1.5;
