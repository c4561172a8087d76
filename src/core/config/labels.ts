// Chinese names (设置项名称) and allowed values of every config key: one table for the CLI's and the pane's
// messages and the pane's form labels. No imports, so the pane's first bundle can carry it.

import { V2_SETTINGS } from './v2Labels';

export interface SettingInfo {
  /** Chinese name, as the pane's form labels it. */
  label: string;
  /** What is allowed, in Chinese. */
  allowed: string;
}

/** Every top-level config key (schema.ts) with its label and allowed values. */
export const SETTINGS: Record<string, SettingInfo> = {
  ...V2_SETTINGS,
  year: { label: '收入年度', allowed: '2010–2100 之间的整数年份' },
  region: { label: '地区（省份）', allowed: '省份名称（如“贵州”），或 lines 中已有的地区；留空用全国标准' },
  povertyLine: { label: '贫困线（元/人·年）', allowed: '大于 0 的金额，且不高于监测线' },
  monitoringLine: { label: '监测线（元/人·年）', allowed: '大于 0 的金额，且不低于贫困线' },
  edgeFactor: { label: '监测线倍数（监测线 = 倍数 × 贫困线）', allowed: '不小于 1 的数' },
  helperMaxHouseholds: { label: '帮扶责任人最多户数', allowed: '大于 0 的整数' },
  compulsoryEducationAges: {
    label: '义务教育年龄段',
    allowed: '两个整数 [起始年龄, 截止年龄)，起始小于截止，如 [6, 15]',
  },
  referenceDate: { label: '年龄计算基准日', allowed: '真实存在的日期，格式 YYYY-MM-DD，如 2024-12-31' },
  incomeTolerance: { label: '收入核对容差（元）', allowed: '不小于 0 的金额' },
  publicityMinDays: { label: '公示最少天数', allowed: '不小于 0 的整数' },
  industryShareMin: { label: '产业发展资金最低占比（%）', allowed: '0–100 之间的数' },
  incidenceDenominator: {
    label: '贫困发生率分母',
    allowed:
      'agriPopulation（农业户籍人口）、ruralPopulation（乡村人口）、totalPopulation（总人口）、residentPopulation（常住人口）之一',
  },
  villagePopulation: { label: '各村人口数', allowed: '{ "村名": 不小于 0 的人数 }' },
  householdSizeBasis: {
    label: '人均收入人口口径',
    allowed:
      'auto（自动）、yearSize（年度家庭人口）、currentSize（当前家庭人口）、memberRows（成员行数）之一',
  },
  lines: {
    label: '贫困线、监测线表',
    allowed:
      '由 { "region": 地区, "year": 年份, "povertyLine": 贫困线, "monitoringLine": 监测线 } 组成的列表',
  },
  severity: {
    label: '规则严重程度',
    allowed: '{ "规则编号": "error"（错误）、"warning"（警告）或 "info"（提示） }',
  },
  disabledRules: { label: '停用的规则', allowed: '规则编号的列表，如 ["field.phone"]' },
  columnSynonyms: {
    label: '列名映射（补充表头）',
    allowed: '{ "字段键": ["表头1", "表头2"] }，如 { "idNumber": ["身份证"] }',
  },
  codeLists: {
    label: '代码表',
    allowed: '{ "代码表名": ["取值1", "取值2"] }，如 { "relationToHead": [...] }',
  },
  incomeBands: { label: '人均纯收入分组', allowed: '不重复的金额列表（元），如 [4000, 6000, 10000]' },
  totalsPosition: { label: '合计行位置', allowed: 'first（在前）或 last（在后）' },
  reportingUnit: { label: '填报单位', allowed: '文字' },
  rectificationDays: { label: '整改时限（天）', allowed: '不小于 0 的整数' },
};

/** Keys of one row of `lines`. */
export const LINE_ROW_SETTINGS: Record<string, SettingInfo> = {
  region: { label: '地区', allowed: '地区名称；留空为全国' },
  year: { label: '年份', allowed: '整数年份' },
  povertyLine: { label: '贫困线', allowed: '大于 0 的金额' },
  monitoringLine: { label: '监测线', allowed: '大于 0 的金额，且不低于贫困线' },
};
