// Small national-export sheets for the v2 people rules (rules-v2 §2–§7, §17, §18): a （自定义）监测对象信息 sheet
// and an 已外出务工 sheet, built from clean rows that each test changes in one place. Synthetic IDs only.
import type { CellValue, Finding, SheetInput } from '../../src/core/types';
import { makeId, run, sheet } from '../rules/helpers';

export const PERSON_HEADERS = [
  '县',
  '乡',
  '村',
  '户编号',
  '人编号',
  '姓名',
  '证件类型',
  '证件号码',
  '性别',
  '与户主关系',
  '户类型',
  '监测对象类别',
  '风险是否已消除',
  '识别监测时间',
  '文化程度',
  '在校生状况',
  '义务教育阶段未上学原因',
  '健康状况',
  '劳动技能',
  '公益性岗位',
  '公益性岗位(月数)',
  '是否参加城乡居民基本医疗保险',
  '是否参加大病保险',
  '是否参加城乡居民基本养老保险',
  '是否参加城镇职工基本养老保险',
  '家庭成员联系电话',
  '户联系电话',
  '务工所在地',
  '就业帮扶',
  '公益岗位帮扶',
  '健康帮扶',
  '教育帮扶',
  '耕地面积（亩）',
  '林地面积（亩）',
  '退耕还林面积（亩）',
  '牧草地面积（亩）',
  '与村主干路距离',
];

export const WORK_HEADERS = [
  '县',
  '乡',
  '行政村',
  '户编号',
  '人编号',
  '姓名',
  '证件号码',
  '开始时间',
  '结束时间',
  '是否已务工',
  '务工所在县',
  '就业渠道',
];

export type Row = Record<string, CellValue>;

let seq = 0;
/** A clean adult (born `birth`, yyyymmdd) of household `hid`; `o` overrides any column. */
export function person(hid: string, birth: string, male: boolean, o: Row = {}): Row {
  seq++;
  const adult = Number(birth.slice(0, 4)) <= 2008;
  return {
    县: '示例县',
    乡: '示例镇',
    村: '甲村',
    户编号: hid,
    人编号: `P${seq}`,
    姓名: `成员${seq}`,
    证件类型: '居民身份证',
    证件号码: makeId(birth, seq, male),
    性别: male ? '1' : '2',
    与户主关系: '户主',
    户类型: '脱贫户',
    文化程度: adult ? '初中' : '小学',
    在校生状况: adult ? '非在校生' : '小学',
    健康状况: '健康',
    劳动技能: adult ? '普通劳动力' : '无劳动力',
    公益性岗位: '否',
    '公益性岗位(月数)': '0',
    是否参加城乡居民基本医疗保险: '是',
    是否参加大病保险: '是',
    是否参加城乡居民基本养老保险: adult ? '是' : '',
    是否参加城镇职工基本养老保险: adult ? '否' : '',
    家庭成员联系电话: `139${String(10000000 + seq * 7919).slice(-8)}`,
    户联系电话: `138${String(10000000 + Number(hid.replace(/\D/g, '') || '0') * 104729).slice(-8)}`,
    '耕地面积（亩）': '2.50',
    '牧草地面积（亩）': '0',
    ...o,
  };
}

/** A 户主 (男, 40) and a 配偶 (女, 38), with overrides for each. */
export function couple(hid: string, head: Row = {}, spouse: Row = {}): Row[] {
  return [
    person(hid, '19840101', true, head),
    person(hid, '19860202', false, { 与户主关系: '配偶', ...spouse }),
  ];
}

/** A spell of the 已外出务工 export for a person row. */
export function spell(p: Row, o: Row = {}): Row {
  return {
    县: '示例县',
    乡: '示例镇',
    行政村: '甲村',
    户编号: p['户编号'],
    人编号: p['人编号'],
    姓名: p['姓名'],
    证件号码: p['证件号码'],
    开始时间: '2024年03月',
    结束时间: '',
    是否已务工: '是',
    务工所在县: '示例县',
    就业渠道: '外出务工',
    ...o,
  };
}

export function personSheet(rows: Row[]): SheetInput {
  return sheet('（自定义）监测对象信息', PERSON_HEADERS, rows);
}

export function workSheet(rows: Row[]): SheetInput {
  return sheet('（务工月监测）已外出务工信息', WORK_HEADERS, rows);
}

/** Runs the engine on the person rows (and spells when given). */
export function check(rows: Row[], spells?: Row[], config: Record<string, unknown> = {}): Finding[] {
  return run(spells ? [personSheet(rows), workSheet(spells)] : [personSheet(rows)], config);
}

/** "rule@cell" of the findings of the given rules. */
export function at(findings: Finding[], ...rules: string[]): string[] {
  return findings
    .filter((f) => rules.includes(f.rule))
    .map((f) => `${f.rule}@${f.sheet === '（自定义）监测对象信息' ? '' : 'W!'}${f.cell}`)
    .sort();
}

/** Column letter of a person header. */
export function col(header: string): string {
  const i = PERSON_HEADERS.indexOf(header);
  if (i < 0) throw new Error(header);
  return columnLetter(i);
}

function columnLetter(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Cell of a person header on data row k (0-based; data start at sheet row 4). */
export const cellOf = (header: string, k: number): string => `${col(header)}${k + 4}`;

/** Cell of a work-export header on work row k (0-based). */
export const wcellOf = (header: string, k: number): string =>
  `${columnLetter(WORK_HEADERS.indexOf(header))}${k + 4}`;
