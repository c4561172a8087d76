// A small national-style person export for the monitor rules' tests (rules-v2 §8, §9, §14, §15): every household
// starts clean for these rules; a test overrides the cells it is about. Synthetic IDs (valid check characters).
import { makeId, sheet } from '../rules/helpers';
import type { CellValue, SheetInput } from '../../src/core/types';

export const HEADERS = [
  '县',
  '乡',
  '村',
  '户编号',
  '人编号',
  '姓名',
  '证件号码',
  '性别',
  '与户主关系',
  '民族',
  '户类型',
  '监测对象类别',
  '风险是否已消除',
  '风险消除方式',
  '识别监测时间',
  '消除监测时间',
  '健康状况',
  '劳动技能',
  '在校生状况',
  '文化程度',
  '义务教育阶段未上学原因',
  '是否参加城乡居民基本医疗保险',
  '是否参加城镇职工基本医疗保险',
  '享受低保政策情况',
  '享受特困供养政策情况',
  '是否危房户',
  '是否解决安全饮用水',
  '是否义务教育阶段适龄儿童少年失学辍学',
  '是否通生活用电',
  '是否有卫生厕所',
  '入户道路是否硬化',
  '耕地面积（亩）',
  '林地面积（亩）',
  '林果面积（亩）',
  '退耕还林面积（亩）',
  '牧草地面积',
  '水面面积',
  '住房面积',
  '与村主干路距离',
  '户联系电话',
  '人均纯收入（元）',
  '工资性收入',
  '生产经营性收入',
  '转移性收入',
  '特困人员救助供养金',
  '合规自付支出',
  '产业帮扶',
  '就业帮扶',
  '公益岗位帮扶',
  '综合保障',
  '健康帮扶',
  '信息采集人',
  '信息采集人联系电话',
  '风险消除后是否义务教育阶段适龄儿童少年失学辍学',
  '风险消除后是否住房损毁',
  '风险消除后是否有家庭成员未参加城乡居民（职工）基本医疗保险',
  '风险消除后是否饮水设施损毁',
  '风险消除后工资性收入',
  '风险消除后生产经营性收入',
  '风险消除后财产性收入',
  '风险消除后转移性收入',
  '风险消除后生产经营性支出',
  '风险消除后家庭纯收入',
  '风险消除后家庭人均纯收入',
  '风险消除后理赔收入',
  '风险消除后合规自付支出',
];

export type Row = Record<string, CellValue>;

let seq = 0;

/** A household's member rows: a 45-year-old head (plus the given members), clean household fields. */
export function household(fields: Row = {}, members: Row[] = []): Row[] {
  seq++;
  const hid = `52010200${String(seq).padStart(4, '0')}`;
  const base: Row = {
    县: '示例县',
    乡: '示例镇',
    村: '甲村',
    户编号: hid,
    民族: '汉族',
    户类型: '脱贫户',
    健康状况: '健康',
    劳动技能: '普通劳动力',
    文化程度: '初中',
    是否参加城乡居民基本医疗保险: '是',
    是否参加城镇职工基本医疗保险: '否',
    享受低保政策情况: '未享受',
    享受特困供养政策情况: '不享受',
    是否危房户: '否',
    是否解决安全饮用水: '是',
    是否通生活用电: '是',
    是否有卫生厕所: '是',
    入户道路是否硬化: '是',
    '耕地面积（亩）': '2.00',
    '林地面积（亩）': '0',
    '林果面积（亩）': '0',
    '退耕还林面积（亩）': '0',
    牧草地面积: '0',
    水面面积: '0',
    住房面积: '120',
    与村主干路距离: '0.5',
    户联系电话: '13800000000',
    '人均纯收入（元）': '15000.00',
    工资性收入: '30000.00',
    生产经营性收入: '8000.00',
    转移性收入: '1200.00',
    特困人员救助供养金: '0',
    合规自付支出: '0',
    ...fields,
  };
  const head: Row = {
    ...base,
    人编号: `${hid}01`,
    姓名: `户主${seq}`,
    证件号码: makeId('19790101', seq, true),
    性别: '1',
    与户主关系: '户主',
  };
  const rest = members.map((m, i) => ({
    ...base,
    人编号: `${hid}0${i + 2}`,
    姓名: `成员${seq}-${i + 2}`,
    性别: '2',
    与户主关系: '配偶',
    证件号码: makeId('19800101', seq + 100 * (i + 1), false),
    ...m,
  }));
  return [head, ...rest];
}

/** A child member born on `birth` (YYYYMMDD), 在校 by default. */
export const child = (birth: string, o: Row = {}): Row => ({
  与户主关系: '之子',
  性别: '1',
  证件号码: makeId(birth, seq + 300, true),
  劳动技能: '无劳动力',
  文化程度: '',
  在校生状况: '小学',
  ...o,
});

/** A monitored household, risk open, identified 2024-06 (measures filled). */
export const MONITORED: Row = {
  户类型: '脱贫户',
  监测对象类别: '脱贫不稳定户',
  风险是否已消除: '否',
  识别监测时间: '202406',
  产业帮扶: '其他',
  信息采集人: '采集员',
  信息采集人联系电话: '13900000000',
};

/** A monitored household whose risk was eliminated properly (帮扶消除, complete record, income above the line). */
export const ELIMINATED: Row = {
  ...MONITORED,
  风险是否已消除: '是',
  风险消除方式: '帮扶消除',
  识别监测时间: '202303',
  消除监测时间: '202311',
  风险消除后是否义务教育阶段适龄儿童少年失学辍学: '否',
  风险消除后是否住房损毁: '否',
  '风险消除后是否有家庭成员未参加城乡居民（职工）基本医疗保险': '否',
  风险消除后是否饮水设施损毁: '否',
  风险消除后工资性收入: '20000.00',
  风险消除后生产经营性收入: '6000.00',
  风险消除后财产性收入: '0',
  风险消除后转移性收入: '1000.00',
  风险消除后生产经营性支出: '1000.00',
  风险消除后家庭纯收入: '26000.00',
  风险消除后家庭人均纯收入: '13000.00',
  风险消除后理赔收入: '0',
  风险消除后合规自付支出: '0',
};

/** The export sheet (title row with the data date 2024-12-31, so asOf = December 2024). */
export function exportSheet(rows: Row[], headers: string[] = HEADERS, name = '监测对象信息'): SheetInput {
  const s = sheet(name, headers, rows);
  s.values[1] = [`导出时间：2024-12-31`, ...Array<CellValue>(headers.length - 1).fill('')];
  return s;
}

export const resetSeq = (): void => {
  seq = 0;
};
