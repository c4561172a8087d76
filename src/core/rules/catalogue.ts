// contract — rule ids (domain/rules.md). Default severity and the short Chinese name used in lists and the
// 问题汇总 table. An id never changes meaning; new rules get new ids.
import type { Severity } from '../types';
import { NATIONAL_PACK } from '../rulebook/national';

export interface RuleMeta {
  severity: Severity;
  /** 错误类型 — short Chinese name. */
  title: string;
}

const e = (title: string): RuleMeta => ({ severity: 'error', title });
const w = (title: string): RuleMeta => ({ severity: 'warning', title });
const i = (title: string): RuleMeta => ({ severity: 'info', title });

export const RULES: Record<string, RuleMeta> = {
  'sheet.header-not-found': e('未找到台账表头'),
  'sheet.column-missing': w('缺少必要的列'),
  'sheet.totals-row': i('合计/小计行已跳过'),
  'sheet.blank-row': i('数据中的空行已跳过'),
  'sheet.merged-cells': i('数据区有合并单元格'),
  'sheet.formula-cells': i('数据区含公式'),
  'sheet.error-values': e('单元格为错误值'),
  'sheet.numbers-as-text': i('整列数值以文本存储'),
  'sheet.column-all-empty': w('整列为空'),
  'sheet.companion-missing': i('缺少配套导出表'),
  'id.disability-suffix-invalid': i('残疾人证号后两位异常'),
  'income.subitem-exceeds-component': e('收入分项超过该项收入'),
  'work.person-not-in-ledger': w('务工记录人员不在台账中'),
  // v2 people (hand-written: rules/people.ts, rules/land.ts; the record rules are in rulebook/national/people.ts)
  'household.spouse-same-sex': e('户主与配偶性别相同'),
  'employment.public-job-no-labour': w('无劳动力人员聘公益性岗位'),
  'employment.public-job-elderly': w('高龄人员聘公益性岗位'),
  'employment.public-job-multiple': w('一人登记多个公益性岗位'),
  'employment.measure-no-worker': w('就业帮扶户无务工记录'),
  'phone.worker-not-mobile': w('务工人员未登记手机号'),
  'phone.shared-across-households': w('多户使用同一电话'),
  'phone.shared-different-county': w('同号不同务工地'),
  'living.area-negative': e('土地面积为负数'),
  'living.area-implausible': w('土地面积异常'),
  // end v2 people
  // work — 务工 exports (rules-v2 §16; rules/work*.ts)
  'work.start-missing': e('务工开始时间为空'),
  'work.end-before-start': e('务工结束早于开始'),
  'work.spells-overlap': w('务工时间段重叠'),
  'work.status-end-mismatch': e('务工状态与结束时间矛盾'),
  'work.long-open-spell': i('长期务工未更新'),
  'work.minor-at-start': e('未满16岁开始务工'),
  'work.county-missing': e('务工地点未到县级'),
  'work.place-not-county': w('基础信息务工地未到县级'),
  'work.public-job-outside-county': w('县外务工登记公益岗位或帮扶车间'),
  'work.details-missing': w('务工信息不完整'),
  'work.monthly-income-implausible': w('务工月收入异常'),
  'work.student-working': w('在校生登记务工'),
  'work.no-labour-working': w('无劳动力人员登记务工'),
  'work.plan-no-service-need': w('计划务工未填服务需求'),
  'work.travel-subsidy-missing': w('外出务工补贴无交通补助记录'),
  'work.travel-subsidy-in-county': w('县内务工领取交通补助'),
  'work.labour-export-unsupported': w('劳务输出措施无县外务工'),
  // end work
  'id.missing': e('证件号码为空'),
  'id.length': e('证件号码位数错误'),
  'id.numeric-precision': e('证件号码以数字存储，末位已丢失'),
  'id.checksum': e('证件号码校验码错误'),
  'id.birthdate': e('证件号码中出生日期无效'),
  'id.region': e('证件号码地区码无效'),
  'id.lowercase-x': i('校验码为小写x'),
  'id.stray-characters': w('证件号码含空格、全角等多余字符'),
  'id.old-15-digit': w('15位旧证件号码'),
  'id.duplicate': e('证件号码重复'),
  'person.gender-mismatch': e('性别与证件号码不符'),
  'person.birthdate-mismatch': e('出生日期与证件号码不符'),
  'person.relation-gender': w('与户主关系与性别矛盾'),
  'household.no-head': e('家庭无户主'),
  'household.multiple-heads': e('家庭有多个户主'),
  'household.multiple-spouses': e('家庭有多个配偶'),
  'household.size-mismatch': e('家庭人口数与成员数不符'),
  'household.inconsistent': e('同户信息不一致'),
  'household.head-mismatch': e('户表户主与成员表不符'),
  'household.no-members': e('户无成员'),
  'household.orphan-member': e('成员无对应户'),
  'field.required': e('必填项为空'),
  'field.code': e('取值不在代码表内'),
  'field.number': e('数值格式错误'),
  'field.date': e('日期格式错误'),
  'field.text-number': i('数字以文本存储'),
  'field.phone': w('电话号码格式错误'),
  'edu.out-of-school': e('义务教育适龄未在校'),
  'edu.grade-age': w('在校年级与年龄不符'),
  'edu.status-conflict': w('文化程度与在校生状况冲突'),
  'medical.uninsured': e('未参加基本医疗保险'),
  'medical.double-insured': w('重复参加基本医疗保险'),
  'housing.unsafe': e('住房不安全'),
  'water.unsafe': e('饮水不安全'),
  'labor.work-months': e('务工时间超出范围'),
  'labor.child-worker': w('未成年人务工'),
  'income.negative': e('收入或支出为负数'),
  'income.net-mismatch': e('纯收入计算不符'),
  'income.per-capita-mismatch': e('人均纯收入计算不符'),
  'income.subtotal-mismatch': e('收入分项合计不符'),
  'income.implausible': w('人均纯收入异常'),
  'income.below-poverty-line': e('脱贫户收入低于贫困线'),
  'income.below-monitoring-line': w('收入低于监测线'),
  'income.business-no-expense': w('有经营收入无经营支出'),
  'income.wage-no-worker': w('工资性收入与务工情况不符'),
  'helper.missing': e('未落实帮扶责任人'),
  'helper.overload': w('帮扶责任人联系户过多'),
  'monitor.category-missing': e('监测对象类别为空'),
  'monitor.date-order': e('风险消除时间早于识别时间'),
  'monitor.no-measures': w('监测对象无帮扶措施'),
  'fund.spent-exceeds-allocated': e('支出超过拨付'),
  'fund.allocated-exceeds-planned': e('拨付超过计划'),
  'fund.subsidy-exceeds-investment': e('补助超过总投资'),
  'fund.sources-mismatch': e('资金来源合计不符'),
  'fund.progress-mismatch': e('支出进度计算不符'),
  'fund.total-mismatch': e('合计/小计不符'),
  'fund.date-order': e('项目日期顺序错误'),
  'fund.publicity-short': w('公示期不足'),
  'fund.no-beneficiaries': w('产业就业项目无带贫户数'),
  'fund.unit-suspect': w('金额与单位不符'),
  'fund.paid-not-accepted': w('已支付未验收'),
  'fund.duplicate-project': w('项目重复'),
  'fund.industry-share': w('产业发展资金占比不足'),
  'fund.continuation-row': i('项目续行已合并'),
  'village.population-missing': w('缺少村人口数'),
  'village.count-mismatch': e('村户数人数与台账不符'),
  // v2 risk — hand-written rules of rules-v2 §10–§13 (rules/risk.ts, rules/riskWork.ts); the rest of those
  // sections are records (rulebook/national/risk.ts)
  'risk.flag-without-risk-type': w('三保障问题无对应风险类型'),
  'measure.risk-unmatched': e('帮扶措施与风险类型不匹配'),
  'measure.problem-unmatched': e('三保障问题未落实对应措施'),
  'measure.developmental-missing': e('有劳动力未落实开发式帮扶'),
  'measure.support-without-status': e('兜底措施无对应享受人员'),
  'measure.status-not-in-measures': w('享受低保特困未登记措施'),
  'support.no-labour-without-dibao': w('整户无劳动力未享受低保特困'),
  'support.extreme-poverty-working': w('特困人员有务工记录'),
  // end v2 risk
  // v2 villages and funds (rules-v2 §19–§20), hand-written: rules/villageExport.ts, rules/fund*.ts
  'village.exited-base-missing': e('出列村户数人口缺失'),
  'village.count-exceeds-total': e('村分项户数人数超过总数'),
  'village.exited-field-missing': w('出列村信息不完整'),
  'village.exited-no-collective-income': w('出列村无集体经济收入'),
  'village.exited-no-hard-road': e('出列村未通硬化路'),
  'village.land-less-than-households': w('村土地面积小于农户合计'),
  'fund.idle': w('资金闲置一年以上'),
  'fund.idle-over-two-years': e('资金闲置两年以上'),
  'fund.progress-behind-schedule': w('支出进度未达要求'),
  'fund.start-late': w('项目开工滞后'),
  'fund.publicity-missing': w('项目未公示'),
  'fund.publicity-fields-missing': w('公示内容不全'),
  'fund.no-benefit-link': w('产业项目无联农带农机制'),
  'fund.equal-split': w('产业资金平均分配到户'),
  'fund.itemised-cost-mismatch': e('数量单价金额不符'),
  'fund.asset-unregistered': w('项目资产未确权移交'),
  'fund.asset-idle': w('项目资产闲置'),
  'fund.perf-target-missing': w('未设绩效目标'),
  'fund.perf-funding-mismatch': e('绩效表资金合计不符'),
  'fund.perf-execution-rate': e('预算执行率计算不符'),
  'fund.perf-score-total': e('绩效分值合计不为100'),
  'fund.perf-weights': w('绩效一级指标分值与规定不符'),
  'fund.perf-score-invalid': e('绩效得分超出分值'),
  'fund.perf-score-band': w('执行率得分不在区间'),
  'fund.perf-actual-below-target': w('绩效未达标未说明'),
  // compare — 比对 with department lists
  'compare.name-mismatch': w('证件号码相同姓名不同'),
  'compare.id-mismatch': w('同名同生日证件号码不同'),
  'compare.field-mismatch': w('比对字段不一致'),
  'compare.list-id-invalid': i('名单证件号码无法比对'),
  'compare.dibao-missing': w('台账享受低保但不在低保名单'),
  'compare.dibao-not-enjoying': w('在低保名单但台账未享受'),
  'compare.tekun-missing': w('台账享受特困但不在特困名单'),
  'compare.tekun-not-supported': w('在特困名单但台账未享受'),
  'compare.disabled-missing': w('台账残疾但不在残疾人名单'),
  'compare.disabled-healthy': w('在残疾人名单但台账为健康'),
  'compare.medical-missing': w('台账已参保但不在参保名单'),
  'compare.medical-uninsured': e('在参保名单但台账未参保'),
  'compare.student-missing': w('台账在校但不在学籍名单'),
  'compare.student-not-in-school': w('在学籍名单但台账非在校'),
  'compare.deceased-member': e('死亡人员仍在台账'),
  'compare.public-servant': e('财政供养人员在台账'),
  'compare.other-list-match': w('台账人员在比对名单中'),
  // compare — this month against last month
  'compare.removed-no-reason': w('减少户无减少原因'),
  'compare.risk-eliminated-income-fell': w('风险消除但人均纯收入下降'),
  'compare.fell-below-monitoring-line': w('人均纯收入降至监测线以下'),
  'compare.rose-above-monitoring-line': i('人均纯收入升至监测线以上'),
  'compare.large-income-change': i('人均纯收入大幅变化'),
  'compare.id-changed': w('同一人员证件号码变化'),
  // v2 monitor — rules-v2 §8, §9, §14, §15 (hand-written; the records of rulebook/national/monitor.ts add theirs)
  'monitor.should-monitor': e('存在三保障问题未纳入监测'),
  'monitor.eliminated-unresolved': e('三保障未解决已消除风险'),
  'edu.dropout-flag-mismatch': w('失学辍学标识与成员不符'),
  'income.measure-without-income': w('帮扶措施无对应收入'),
  'income.identified-over-income': w('识别时收入明显偏高'),
  'income.component-implausible': w('收入分项金额异常'),
  'income.support-income-status-mismatch': w('低保特困金与享受情况不符'),
  'monitor.measures-overdue': e('识别逾期未落实帮扶措施'),
  'monitor.eliminated-without-measures': e('帮扶消除但无帮扶措施'),
  'monitor.eliminated-below-line': e('收入低于监测范围已消除风险'),
  'monitor.elimination-record-incomplete': e('风险消除信息不完整'),
  'monitor.publicity-short': w('监测公示期不足'),
  'monitor.public-list-sensitive': e('公示名单含敏感信息'),
  'field.status-required': e('必填指标为空'),
  'field.status-expected': w('应填指标为空'),
};

// The built-in national pack's records are rules of the catalogue like the hand-written ones (rules-v2.md).
for (const r of NATIONAL_PACK.rules) RULES[r.id] ??= { severity: r.severity, title: r.title };

const BUILTIN = new Set(Object.keys(RULES));

/** An id of the product's catalogue (rules.md, rules-v2.md), not of a county pack. */
export function isBuiltinRule(id: string): boolean {
  return BUILTIN.has(id);
}

/** A county pack's rule joins the catalogue for this process (titles in lists and 问题汇总). */
export function registerRule(id: string, meta: RuleMeta): void {
  if (!BUILTIN.has(id)) RULES[id] = meta;
}

/** Rule family prefix → 问题类型 (summaries 4.8). */
export const FAMILY_NAMES: Record<string, string> = {
  sheet: '表格结构',
  id: '身份信息',
  person: '身份信息',
  household: '家庭结构',
  field: '字段规范',
  edu: '两不愁三保障',
  medical: '两不愁三保障',
  housing: '两不愁三保障',
  water: '两不愁三保障',
  labor: '劳动务工',
  income: '收入',
  helper: '帮扶与监测',
  monitor: '帮扶与监测',
  fund: '项目资金',
  village: '村级数据',
  compare: '比对核查',
  // rules-v2 §26
  employment: '劳动务工',
  work: '劳动务工',
  pension: '社会保障',
  risk: '风险研判',
  measure: '帮扶措施',
  support: '帮扶措施',
  living: '生产生活条件',
  phone: '字段规范',
  county: '县级自定规则',
};

export function ruleFamily(rule: string): string {
  return FAMILY_NAMES[rule.split('.')[0]] ?? '其他';
}
