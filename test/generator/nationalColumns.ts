// The columns of （自定义）监测对象信息 as the national system exports them (ledgers-national §5.1, §5.2, §6): every
// column a v2 rule reads, household fields repeated on each member row, every cell text. A real export has about
// 180 columns; the ones no rule reads are represented by a few (ignored silently). Test-only code.
import { netIncome, perCapita, transferSum, type Household, type YMD } from './model';
import { MEASURE_COLUMNS, noLabourSupport, postIncome, type NatFacts, type NatPerson } from './nationalFacts';

export const personSheet = '（自定义）监测对象信息';

export interface Column<T> {
  header: string;
  value: (x: T) => string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
export const ymd8 = (d: YMD): string => `${d.y}${pad2(d.m)}${pad2(d.d)}`;
export const ym6 = (d: YMD): string => `${d.y}${pad2(d.m)}`;
export const yuan = (fen: number): string => (fen / 100).toFixed(2);
const flag = (b: boolean): string => (b ? '是' : '否');
const TYPE_LABEL = (h: Household): string => (h.type === '脱贫户' ? '脱贫户' : '普通农户');

/** Land, house and road headers as exported, with the facts' key. */
export const LAND_HEADERS: Array<[string, string]> = [
  ['耕地面积（亩）', '耕地面积'],
  ['林地面积（亩）', '林地面积'],
  ['林果面积（亩）', '林果面积'],
  ['退耕还林面积（亩）', '退耕还林面积'],
  ['牧草地面积', '牧草地面积'],
  ['水面面积', '水面面积'],
  ['住房面积', '住房面积'],
  ['与村主干路距离', '与村主干路距离'],
];

export const POST_FLAGS = [
  '风险消除后是否义务教育阶段适龄儿童少年失学辍学',
  '风险消除后是否住房损毁',
  '风险消除后是否有家庭成员未参加城乡居民（职工）基本医疗保险',
  '风险消除后是否饮水设施损毁',
];

/** The columns, each rendering an injection's override when the person has one. */
export function personColumns(f: NatFacts): Array<Column<NatPerson>> {
  return columns(f).map((c) => ({ header: c.header, value: (np) => np.over[c.header] ?? c.value(np) }));
}

function columns(f: NatFacts): Array<Column<NatPerson>> {
  const county = f.county;
  const hh = (np: NatPerson) => np.nh.h;
  const mon = (np: NatPerson, v: () => string): string => (np.nh.monitored ? v() : '');
  const risk = (i: number) => (np: NatPerson) => np.nh.risks[i] ?? '';
  const post = Object.keys(postIncome(f.households[0])).map((k) => ({
    header: k,
    value: (np: NatPerson) => (np.nh.eliminated ? yuan(postIncome(np.nh)[k]) : ''),
  }));
  return [
    { header: '县', value: () => county },
    { header: '乡', value: (np) => hh(np).village.township },
    { header: '村', value: (np) => hh(np).village.name },
    { header: '户编号', value: (np) => hh(np).id },
    { header: '人编号', value: (np) => np.personId },
    { header: '姓名', value: (np) => np.p.name },
    { header: '证件类型', value: (np) => np.idType },
    { header: '证件号码', value: (np) => np.idText },
    { header: '性别', value: (np) => (np.p.gender === '男' ? '1' : '2') },
    { header: '出生日期', value: (np) => ymd8(np.p.birth) },
    { header: '与户主关系', value: (np) => np.p.relation },
    { header: '民族', value: (np) => np.p.ethnicity },
    { header: '人数', value: (np) => String(hh(np).sizeStored) },
    { header: '政治面貌', value: (np) => (np.p.age >= 18 ? '群众' : '') },
    { header: '文化程度', value: (np) => np.education },
    { header: '在校生状况', value: (np) => np.school },
    { header: '义务教育阶段未上学原因', value: () => '' },
    { header: '健康状况', value: (np) => np.p.health },
    { header: '劳动技能', value: (np) => np.labour },
    { header: '务工时间（月）', value: (np) => String(np.p.workMonths) },
    { header: '务工所在地', value: (np) => np.workPlace },
    { header: '就业渠道（易地搬迁后扶使用）', value: () => '' },
    { header: '公益性岗位', value: (np) => np.post },
    { header: '公益性岗位(月数)', value: (np) => np.postMonths },
    { header: '是否参加城乡居民基本医疗保险', value: (np) => flag(np.p.residentMedical) },
    { header: '是否参加城镇职工基本医疗保险', value: (np) => flag(!np.p.residentMedical) },
    { header: '是否参加大病保险', value: (np) => flag(np.p.residentMedical) },
    { header: '是否接受医疗救助', value: () => '否' },
    { header: '是否参加城乡居民基本养老保险', value: (np) => np.residentPension },
    { header: '是否参加城镇职工基本养老保险', value: (np) => np.employeePension },
    {
      header: '享受低保政策情况',
      value: (np) => (hh(np).transfer.minimumLiving > 0 ? '农村低保' : '未享受'),
    },
    {
      header: '享受特困供养政策情况',
      value: (np) => (hh(np).transfer.extremePovertySupport > 0 ? '农村特困' : '不享受'),
    },
    { header: '家庭成员联系电话', value: (np) => np.phone },
    { header: '户类型', value: (np) => TYPE_LABEL(hh(np)) },
    { header: '监测对象类别', value: (np) => hh(np).category },
    { header: '风险是否已消除', value: (np) => mon(np, () => flag(np.nh.eliminated)) },
    { header: '风险消除方式', value: (np) => np.nh.method },
    { header: '识别监测时间', value: (np) => (hh(np).monitorStart ? ym6(hh(np).monitorStart!) : '') },
    { header: '消除监测时间', value: (np) => (np.nh.eliminated ? ym6(hh(np).eliminatedDate!) : '') },
    ...[0, 1, 2, 3, 4].map((i) => ({ header: `致贫/返贫风险${i + 1}`, value: risk(i) })),
    { header: '因自然灾害子项', value: (np) => np.nh.disasterSubtype },
    { header: '其他风险备注', value: (np) => np.nh.otherNote },
    { header: '整户无劳动能力兜底保障户', value: (np) => flag(noLabourSupport(np.nh)) },
    { header: '是否住房出现安全问题', value: (np) => np.nh.housingProblem },
    { header: '是否饮水出现安全问题', value: (np) => np.nh.waterProblem },
    { header: '是否义务教育阶段适龄儿童少年失学辍学', value: (np) => np.nh.dropout },
    { header: '是否有家庭成员未参加城乡居民（职工）基本医疗保险', value: (np) => np.nh.uninsuredMember },
    { header: '是否危房户', value: (np) => flag(hh(np).unsafeHousing) },
    { header: '是否解决安全饮用水', value: (np) => flag(hh(np).safeWater) },
    { header: '是否通生活用电', value: () => '是' },
    { header: '是否有卫生厕所', value: () => '是' },
    { header: '入户道路是否硬化', value: () => '是' },
    ...LAND_HEADERS.map(([header, key]) => ({ header, value: (np: NatPerson) => np.nh.land[key] })),
    { header: '户联系电话', value: (np) => hh(np).phone },
    { header: '工资性收入', value: (np) => yuan(hh(np).wage) },
    { header: '生产经营性收入', value: (np) => yuan(hh(np).business) },
    { header: '财产性收入', value: (np) => yuan(hh(np).property) },
    { header: '转移性收入', value: (np) => yuan(transferSum(hh(np))) },
    // Three of the six 转移性收入 sub-items: a partial breakdown (ledgers-national §8 #2).
    { header: '最低生活保障金', value: (np) => yuan(hh(np).transfer.minimumLiving) },
    { header: '特困人员救助供养金', value: (np) => yuan(hh(np).transfer.extremePovertySupport) },
    { header: '生态补偿金', value: (np) => yuan(hh(np).transfer.ecoCompensation) },
    { header: '生产经营性支出', value: (np) => yuan(hh(np).expense) },
    { header: '家庭纯收入', value: (np) => yuan(netIncome(hh(np))) },
    { header: '人均纯收入（元）', value: (np) => yuan(perCapita(hh(np))) },
    { header: '合规自付支出', value: (np) => yuan(np.nh.selfPaid) },
    { header: '帮扶责任人', value: (np) => hh(np).helper?.name ?? '' },
    { header: '帮扶责任人联系电话', value: (np) => hh(np).helper?.phone ?? '' },
    // A 是/尚未实施 flag, not the measures (ledgers-national §10.1).
    { header: '实施开发式帮扶措施情况', value: (np) => np.nh.devStatus },
    ...MEASURE_COLUMNS.map((k) => ({ header: k, value: (np: NatPerson) => np.nh.measures[k] ?? '' })),
    // The second spelling of 公益岗位帮扶 in the same export (both occur); the first one carries the items.
    { header: '公益性岗位帮扶', value: () => '' },
    { header: '信息采集人', value: (np) => np.nh.collector },
    { header: '信息采集人联系电话', value: (np) => np.nh.collectorPhone },
    ...POST_FLAGS.map((header) => ({ header, value: (np: NatPerson) => (np.nh.eliminated ? '否' : '') })),
    ...post,
    // Columns no rule reads: ignored silently. 风险是否已消除0 maps to nothing.
    { header: '风险是否已消除0', value: (np) => (np.nh.eliminated ? '是' : '') },
    { header: '是否军烈属', value: () => '否' },
    { header: '户籍所在地详细地址', value: (np) => `${hh(np).village.name}${hh(np).naturalVillage}` },
  ];
}
