// Small national-export person sheets for the risk / measure rules (rules-v2 §10–§13): one household per call,
// clean by default (a 监测对象 with a 因病 risk, a sick member, a 健康帮扶 and an 产业帮扶 measure), each test
// changing the cells its rule reads. Synthetic IDs (valid GB 11643 check character).
import { analyze } from '../../src/core/engine';
import type { CellValue, Finding, SheetInput } from '../../src/core/types';
import { makeId } from '../rules/helpers';

export const HEADERS = [
  '县',
  '乡',
  '村',
  '户编号',
  '人编号',
  '姓名',
  '证件类型',
  '证件号码',
  '性别',
  '出生日期',
  '与户主关系',
  '户类型',
  '监测对象类别',
  '风险是否已消除',
  '识别监测时间',
  '致贫/返贫风险1',
  '致贫/返贫风险2',
  '其他风险备注',
  '因自然灾害子项',
  '健康状况',
  '劳动技能',
  '在校生状况',
  '务工所在地',
  '享受低保政策情况',
  '享受特困供养政策情况',
  '特困人员救助供养金',
  '整户无劳动能力兜底保障户',
  '是否义务教育阶段适龄儿童少年失学辍学',
  '是否有家庭成员未参加城乡居民（职工）基本医疗保险',
  '是否住房出现安全问题',
  '是否饮水出现安全问题',
  '实施开发式帮扶措施情况',
  '产业帮扶',
  '就业帮扶',
  '金融帮扶',
  '公益岗位帮扶',
  '健康帮扶',
  '义务教育保障',
  '教育帮扶',
  '综合保障',
  '住房安全保障',
  '饮水安全保障',
  '社会帮扶',
  '搬迁',
];

export type Row = Record<string, CellValue>;

/** Household fields (repeated on every member row), clean. */
export const HOUSEHOLD: Row = {
  县: '示例县',
  乡: '示例镇',
  村: '甲村',
  户编号: '5201020010010001',
  户类型: '普通农户',
  监测对象类别: '边缘易致贫户',
  风险是否已消除: '否',
  识别监测时间: '202303',
  '致贫/返贫风险1': '因病',
  整户无劳动能力兜底保障户: '否',
  是否义务教育阶段适龄儿童少年失学辍学: '否',
  '是否有家庭成员未参加城乡居民（职工）基本医疗保险': '否',
  是否住房出现安全问题: '否',
  是否饮水出现安全问题: '否',
  实施开发式帮扶措施情况: '是',
  产业帮扶: '种植业',
  健康帮扶: '城乡居民基本医疗保险个人缴费补贴',
};

/** Members: 户主 (sick, working age), spouse (healthy labourer), child (student). */
export function members(): Row[] {
  return [
    {
      人编号: '520102001001000101',
      姓名: '张一',
      证件类型: '居民身份证',
      证件号码: makeId('19750304', 11, true),
      性别: '1',
      出生日期: '19750304',
      与户主关系: '户主',
      健康状况: '长期慢性病',
      劳动技能: '普通劳动力',
      在校生状况: '非在校生',
      享受低保政策情况: '未享受',
      享受特困供养政策情况: '不享受',
    },
    {
      人编号: '520102001001000102',
      姓名: '李二',
      证件类型: '居民身份证',
      证件号码: makeId('19780512', 12, false),
      性别: '2',
      出生日期: '19780512',
      与户主关系: '配偶',
      健康状况: '健康',
      劳动技能: '普通劳动力',
      在校生状况: '非在校生',
      享受低保政策情况: '未享受',
      享受特困供养政策情况: '不享受',
    },
    {
      人编号: '520102001001000103',
      姓名: '张三',
      证件类型: '居民身份证',
      证件号码: makeId('20100901', 13, true),
      性别: '1',
      出生日期: '20100901',
      与户主关系: '之子',
      健康状况: '健康',
      劳动技能: '无劳动力',
      在校生状况: '七年级',
      享受低保政策情况: '未享受',
      享受特困供养政策情况: '不享受',
    },
  ];
}

/** A household: household fields (with overrides) on every row, members as given. */
export function household(over: Row = {}, people: Row[] = members()): Row[] {
  return people.map((p) => ({ ...HOUSEHOLD, ...over, ...p }));
}

/** The person export: title, 导出时间 line (the data date 2023-12-18), header, rows. */
export function exportSheet(
  rows: Row[],
  headers: string[] = HEADERS,
  name = '（自定义）监测对象信息',
): SheetInput {
  const pad = (first: CellValue): CellValue[] => [first, ...Array<CellValue>(headers.length - 1).fill('')];
  return {
    name,
    values: [
      pad(name),
      pad('导出时间：2023-12-18 10:32:05'),
      [...headers],
      ...rows.map((r) => headers.map((h) => r[h] ?? '')),
    ],
  };
}

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
  '务工月收入',
];

/** The 已外出务工 export with the given spells. */
export function workSheet(rows: Row[]): SheetInput {
  return exportSheet(rows, WORK_HEADERS, '（务工月监测）已外出务工信息');
}

export const CONFIG = { referenceDate: '2023-12-31', year: 2023 };

export function check(sheets: SheetInput[], extra: Record<string, unknown> = {}): Finding[] {
  return analyze(sheets, { ...CONFIG, ...extra }, { today: { y: 2024, m: 1, d: 5 } }).report.findings;
}

/** The findings of one rule as "cell message". */
export function of(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** Column letter of a header in HEADERS (for expected cells). */
export function col(header: string, headers: string[] = HEADERS): string {
  const i = headers.indexOf(header);
  if (i < 0) throw new Error(`no header ${header}`);
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Row 4 is the first data row (title, 导出时间, header). */
export const FIRST = 4;
