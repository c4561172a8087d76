// Header synonyms per logical column (ledgers.md §2–§5), in priority order. Data, not code: config.columnSynonyms
// extends them. Headers are compared after normText (half-width, no spaces); a unit suffix is stripped only after
// an exact match failed.

export type ColumnLevel = 'P' | 'H' | 'V' | 'F';

export interface ColumnDef {
  key: string;
  /** P person, H household, V village sheet, F fund sheet. */
  level: ColumnLevel;
  headers: string[];
  /** Chinese display name used in messages. */
  label: string;
}

const P = (key: string, headers: string[]): ColumnDef => ({ key, level: 'P', headers, label: headers[0] });
const H = (key: string, headers: string[]): ColumnDef => ({ key, level: 'H', headers, label: headers[0] });
const V = (key: string, headers: string[]): ColumnDef => ({ key, level: 'V', headers, label: headers[0] });
const F = (key: string, headers: string[]): ColumnDef => ({ key, level: 'F', headers, label: headers[0] });

export const COLUMN_DEFS: ColumnDef[] = [
  // keys and location
  H('province', ['省', '省份']),
  H('city', ['市', '市(州)', '地市']),
  H('county', ['县(市、区、旗)', '县', '旗区', '县(市、区)', 'county']),
  H('township', ['乡(镇)', '乡', '乡镇', '苏木乡', '乡(镇、街道)']),
  H('village', ['行政村', '村', '嘎查村', '村名', '所在村', '村(社区)']),
  H('naturalVillage', ['自然村']),
  H('group', ['村民小组', '所在组', '组', 'aar007']),
  H('householdId', ['户编号', '贫困户编号', '家庭编号', '户码', 'aac001']),
  P('personId', ['人编号', '人口编号', '个人编号']),
  H('headPersonId', ['户主编号', '户主个人编号', 'aac025']),
  H('year', ['年度', '分区年度', 'aar040']),
  H('dataDate', ['数据日期']),
  // person
  P('name', ['姓名', '成员姓名']),
  P('gender', ['性别']),
  P('idType', ['证件类型']),
  P('idNumber', ['证件号码', '公民身份号码', '公民身份号码或残疾号码', '身份证号码', '身份证号']),
  P('birthDate', ['出生日期']),
  P('ethnicity', ['民族']),
  P('relationToHead', ['与户主关系', '户主关系']),
  P('politicalStatus', ['政治面貌']),
  P('education', ['文化程度']),
  P('schoolStatus', ['在校生状况', '在校生情况']),
  P('notInSchoolReason', ['义务教育阶段未上学原因', '失学或辍学原因', '未上学原因']),
  P('health', ['健康状况']),
  P('laborSkill', ['劳动技能', '劳动能力']),
  P('workStatus', ['务工状况', '务工情况']),
  P('workMonths', ['务工时间(月)', '务工时间', '务工月数']),
  P('publicWelfareJob', ['公益性岗位', '公益性岗位类型']),
  P('publicWelfareJobMonths', ['公益性岗位(月数)']),
  P('residentMedical', [
    '是否参加城乡居民基本医疗保险',
    '是否参加新型农村合作医疗(城乡居民基本医疗保险)',
    '参加新农合',
    '城乡居民基本医疗保险',
  ]),
  P('employeeMedical', ['是否参加城镇职工基本医疗保险', '城镇职工基本医疗保险']),
  P('seriousIllnessInsurance', ['是否参加大病保险', '参加大病医疗']),
  P('personPhone', ['人联系电话', '成员联系电话', '家庭成员联系电话']),
  // household: size, status, monitoring
  H('householdSize', ['人数', '家庭人口数', '当前家庭人口数', '家庭人口', 'aac017']),
  H('householdSizeYear', ['年度家庭人口数']),
  H('headName', ['户主姓名', 'aac029']),
  H('headIdNumber', ['户主证件号码', '户主身份证号', '户主身份证号码', 'aac031']),
  H('householdPhone', ['户联系电话', '联系电话', 'aar012']),
  H('householdType', ['户类型']),
  H('monitorCategory', ['监测对象类别', '易返贫致贫户(监测对象)类型', '监测对象类型', '监测类型']),
  H('povertyAttribute', ['贫困户属性', 'aac006']),
  H('exitStatus', ['脱贫属性', '脱贫标志', '脱贫状态', 'aar010']),
  H('exitYear', ['脱贫年度', 'aac023']),
  H('firstIdentifiedDate', ['首次识别时间', 'aar041']),
  H('monitorStart', ['识别监测时间', '风险识别时间', '纳入监测时间']),
  H('riskEliminated', ['风险是否消除', '风险是否已消除']),
  H('riskEliminatedDate', ['风险消除时间']),
  H('mainCause', ['主要致贫原因', '致贫原因1', '致贫原因', 'aac007']),
  H('otherCause', ['其他致贫原因', '次要致贫原因', 'aac008']),
  H('risk1', ['致贫/返贫风险1', '致贫返贫风险1', '风险类型', '返贫致贫风险']),
  H('risk2', ['致贫/返贫风险2', '致贫返贫风险2']),
  H('risk3', ['致贫/返贫风险3', '致贫返贫风险3']),
  H('risk4', ['致贫/返贫风险4', '致贫返贫风险4']),
  H('risk5', ['致贫/返贫风险5', '致贫返贫风险5']),
  // 三保障, housing, water
  H('unsafeHousing', ['是否危房户', '危房户', '是否危房']),
  H('housingGrade', ['危房级别', '危房等级']),
  H('safeWater', ['是否解决安全饮用水', '饮水安全', '饮水是否安全']),
  H('waterDifficulty', ['饮水困难', '饮水是否困难']),
  // income and expense (元)
  H('wageIncome', ['工资性收入', '工资性收入合计']),
  H('publicWelfareJobIncome', ['公益性岗位收入']),
  H('otherWageIncome', ['其他工资性收入']),
  H('businessIncome', ['生产经营性收入', '家庭经营性收入', '生产经营性收入合计']),
  H('propertyIncome', ['财产性收入', '财产性收入合计']),
  H('dividendIncome', ['资产收益扶贫分红收入']),
  H('otherPropertyIncome', ['其他财产性收入', '其他财产性收入(旧指标)']),
  H('transferIncome', ['转移性收入', '转移性收入合计']),
  H('familyPlanning', ['计划生育金']),
  H('minimumLiving', ['低保金', '最低生活保障金']),
  H('extremePovertySupport', ['特困供养金', '五保金', '特困人员救助供养金']),
  H('pension', ['养老金或离退休金', '养老保险金', '养老金']),
  H('ecoCompensation', ['生态补偿金']),
  H('otherTransfer', ['其他转移性收入']),
  H('businessExpense', ['生产经营性支出', '生产经营费用总支出', '生产经营性支出(合计)']),
  H('grossIncome', ['年收入', '家庭总收入', '家庭收入合计', '总收入', '年总收入']),
  H('netIncome', ['纯收入', '家庭纯收入', '家庭年纯收入', '年纯收入']),
  H('perCapitaNetIncome', ['人均纯收入', '家庭年人均纯收入', '家庭人均纯收入', '年人均纯收入']),
  // assistance
  H('helperName', ['帮扶责任人', '帮扶联系人', '帮扶干部', '帮扶责任人姓名']),
  H('helperPhone', ['帮扶责任人手机号', '帮扶责任人电话', '帮扶责任人联系电话']),
  H('helperAffiliation', ['隶属关系', '帮扶责任人隶属关系', '帮扶单位隶属关系']),
  H('measures', ['帮扶措施', '实施开发式帮扶措施情况', '已落实帮扶措施', '落实帮扶措施']),
  // village base sheet
  V('villageCode', ['行政编码', '贫困村编号', '行政区划代码', 'aad001']),
  V('totalHouseholds', ['总户数', '户数']),
  V('totalPopulation', ['总人口', '总人口数', '户籍人口']),
  V('agriPopulation', ['农业户籍人口', '农业人口']),
  V('ruralPopulation', ['乡村总人口']),
  V('residentPopulation', ['常住人口']),
  V('coveredHouseholds', ['脱贫户及监测对象户数', '脱贫户和监测对象户数', '建档立卡户数', '覆盖户数']),
  V('coveredPersons', ['脱贫户及监测对象人数', '脱贫户和监测对象人数', '建档立卡人数', '覆盖人数']),
  V('exitedHouseholds', ['脱贫户户数', '脱贫户数']),
  V('exitedPersons', ['脱贫人口数', '脱贫人口', '脱贫户人数']),
  V('monitoredHouseholds', ['监测对象户数', '监测户数']),
  V('monitoredPersons', ['监测对象人数', '监测对象人口数']),
  // fund / project ledger
  F('seq', ['序号']),
  F('project', ['项目名称']),
  F('projectType', ['项目类型', '项目类别']),
  F('nature', ['建设性质']),
  F('location', ['建设地点', '项目地点', '实施地点', '镇、村', '实施村']),
  F('content', ['建设内容', '项目内容', '主要内容', '建设规模']),
  F('owner', ['责任单位', '实施单位', '建设单位']),
  F('supervisor', ['监管单位']),
  F('planned', ['计划投资', '总投资', '投资规模', '资金投入', '计划投资总额', '投资及资金来源']),
  F('sourceCentral', ['中央', '中央衔接资金', '中央资金', '中央财政衔接资金']),
  F('sourceProvince', ['省级', '省级衔接资金', '省级资金', '省']),
  F('sourceCity', ['市级', '市级衔接资金', '市级资金']),
  F('sourceCounty', ['县级', '县级衔接资金', '县级资金']),
  F('sourceOther', [
    '其他',
    '自筹',
    '整合资金',
    '结余资金',
    '其他资金',
    '其他/自筹',
    '其他(自筹)',
    '自筹资金',
  ]),
  F('sourceDoc', ['文号', '资金文号']),
  F('subsidy', ['补助金额', '财政资金', '补助资金']),
  F('released', ['下达', '下达资金', '已下达', '下达金额']),
  F('disbursed', ['拨付', '已拨付', '到位资金', '拨付金额']),
  F('spent', ['已支出', '支出', '报账金额', '支出金额']),
  F('progress', ['支出进度', '支出进度(%)', '资金支出进度']),
  F('beneficiaryHouseholds', ['带贫户数', '受益脱贫户数', '受益户数', '带动户数']),
  F('beneficiaryPersons', ['受益脱贫人口', '受益人数']),
  F('beneficiaries', ['预期受益', '受益对象']),
  F('startDate', ['开工时间', '开工日期']),
  F('completionDate', ['完工时间', '竣工时间', '完工日期']),
  F('acceptanceDate', ['验收时间', '验收日期']),
  F('publicityStart', ['公示开始时间', '公示开始日期', '公示开始']),
  F('publicityEnd', ['公示结束时间', '公示结束日期', '公示结束']),
  F('publicityPeriod', ['公示时间', '公告期', '公示期']),
  F('remark', ['备注']),
];

/** Generic leaves: the group above says what they are (ledgers.md §2c). */
export const GENERIC_LEAVES = new Set([
  '金额(元)',
  '金额',
  '小计',
  '合计',
  '户数',
  '人数',
  '占比(%)',
  '占比',
  '数额',
  '收入明细',
]);

/** Unit suffixes stripped only after an exact match failed. */
export const UNIT_SUFFIX_RE = /[(（]\s*(元|万元|亩|%|人|户|公里|月|个|元\/人)\s*[)）]$/;

export const COLUMN_BY_KEY: Record<string, ColumnDef> = Object.fromEntries(
  COLUMN_DEFS.map((d) => [d.key, d]),
);

export function columnLabel(key: string): string {
  return COLUMN_BY_KEY[key]?.label ?? key;
}
