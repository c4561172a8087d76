// National v2 rules as records (rules-v2.md) — section file "people": documents (§2), education (§4), labour (§5),
// 公益性岗位 (§6), insurance (§7), land and distance (§18); see ../types.ts for the format. The people rules that join
// work spells or group across households are hand-written (rules/people.ts, rules/land.ts, household pass).
// Columns are named by their national-export headers, so a county reads these records as examples.
import type { RuleRecord } from '../types';

/** 劳动技能 sets (rules-v2 §0.4): FULL, and NONE. */
const FULL = '["普通劳动力", "技能劳动力"]';
const NONE = '["无劳动力", "丧失劳动力"]';
/** 文化程度 of employment.educated-not-working (大专及以上 is the 2016 list's spelling). */
const HIGHER = '["大专", "本科及以上", "大专及以上"]';
/** A student: 在校生状况 names a school grade (not empty, 学龄前儿童, 非在校生, nor a 辍学 / 失学 text). */
const STUDENT = (v: string) =>
  `!(${v} in ["", "学龄前儿童", "非在校生"]) && !anyOf(${v}, ["辍学", "失学", "退学", "未入学", "未上学"])`;
const NOT_STUDENT = (v: string) => `!(${STUDENT(v)})`;
/** A month index from a YYYYMM setting value (premiumSubsidyWindows). */
const YM = (x: string) => `(int(${x}) / 100 * 12 + int(${x}) % 100 - 1)`;
/** The vocational grades of 雨露计划 on a member. */
const YULU_GRADE = (m: string) => `s.yuluEligibleGrades.exists(g, ${m}["在校生状况"].startsWith(g))`;
const HAS_YULU = 'h.measures.exists(x, x.contains("雨露计划"))';

const SENIOR_GRADES = [
  '普通高中一年级',
  '普通高中二年级',
  '普通高中三年级',
  '中职一年级',
  '中职二年级',
  '中职三年级',
  '高中一年级',
  '高中二年级',
  '高中三年级',
];

export const RULES: RuleRecord[] = [
  // §2 Identity and documents
  {
    id: 'id.disability-cert-missing',
    title: '残疾但无残疾人证',
    severity: 'warning',
    scope: 'person',
    columns: ['健康状况', '证件号码'],
    optional: ['证件类型'],
    condition:
      'p["健康状况"] != "健康" && p["健康状况"] != "" && p["证件类型"] != "残疾人证" && anyOf(p["健康状况"], ["残疾"]) && ' +
      '!(p["证件号码"].size() in [20, 22])',
    cell: '=p["证件类型"] != "" ? "证件类型" : "证件号码"',
    message:
      '健康状况为残疾，但证件不是残疾人证。已办证的请改为残疾人证并录入残疾人证号；未办证的请核实健康状况，符合条件的协助办证。',
    why: '可能仍在办证；档案和残疾人补贴都需要残疾人证。',
    evidence: 'fp:4_01_002, fp:4_12_003 (R#1)',
  },
  {
    id: 'id.disability-cert-type-mismatch',
    title: '证件类型与号码不符',
    severity: 'warning',
    scope: 'person',
    columns: ['证件类型', '证件号码'],
    condition:
      '(p["证件号码"].size() in [20, 22] && p["证件类型"] != "" && p["证件类型"] != "残疾人证") || ' +
      '(p["证件类型"] == "残疾人证" && p["证件号码"].size() in [15, 18])',
    message:
      '证件类型为“{p["证件类型"]}”，证件号码却是{p["证件号码"].size()}位。残疾人证号为身份证号后加残疾类别、等级，证件类型与号码应对应，请核对。',
    why: '20/22位号码与残疾人证的对应仅见于县级规则和一县数据库。',
    evidence: 'R§1.1; dvs; rules.md id.length',
  },

  // §4 Education and age
  {
    id: 'edu.grade-age-band',
    title: '在校年级与年龄不符',
    severity: 'warning',
    scope: 'person',
    columns: ['在校生状况'],
    optional: ['健康状况', '姓名'],
    condition:
      'p["在校生状况"] != "" && s.gradeAgeBands.exists(b, p["在校生状况"] in b.grades && ' +
      '(b.onlyHealth == "" || p["健康状况"] == b.onlyHealth) && (age < b.min || age > b.max))',
    message:
      '{p["姓名"]}（{age}岁）在校生状况为“{p["在校生状况"]}”，与年龄不符（{s.gradeAgeBands.filter(b, p["在校生状况"] in b.grades)[0].text}）。请核对在校生状况或出生日期。',
    params: {
      gradeAgeBands: [
        { grades: ['学龄前儿童', '学前教育'], min: 0, max: 6, onlyHealth: '健康', text: '一般为6岁及以下' },
        { grades: ['七年级', '八年级', '九年级'], min: 12, max: 17, onlyHealth: '', text: '一般为12–17岁' },
        { grades: SENIOR_GRADES, min: 15, max: 20, onlyHealth: '', text: '一般为15–20岁' },
        { grades: ['硕士研究生及以上'], min: 20, max: 200, onlyHealth: '', text: '一般为20岁及以上' },
      ],
    },
    yieldsTo: ['edu.out-of-school', 'edu.grade-age'],
    evidence: 'fp:5_12_013, 5_17_001, 5_12_015, 5_17_003, 5_12_016, 5_17_004 (R#5–7, #9)',
  },
  {
    id: 'edu.attainment-age',
    title: '文化程度与年龄不符',
    severity: 'warning',
    scope: 'person',
    columns: ['文化程度'],
    optional: ['姓名'],
    condition:
      'p["文化程度"] in ["大专", "本科及以上", "大专及以上", "小学", "文盲或半文盲"] && (' +
      '(p["文化程度"] in ["大专", "本科及以上", "大专及以上"] && age < s.higherEducationMinAge) || ' +
      '(p["文化程度"] in ["小学", "文盲或半文盲"] && age >= s.lowAttainmentAges[0] && age <= s.lowAttainmentAges[1]))',
    message:
      '{p["姓名"]}{age}岁，{p["文化程度"] in ["小学", "文盲或半文盲"] ? "文化程度仅为“" + p["文化程度"] + "”。请核实是否曾失学辍学或录入有误；仍在读的应填写在校生状况。" : "文化程度为“" + p["文化程度"] + "”，与年龄不符。请核对文化程度或出生日期（在读学生应填在校生状况）。"}',
    params: { higherEducationMinAge: 18, lowAttainmentAges: [16, 22] },
    why: '低学历一项既可能是录入错误，也可能是曾经失学辍学，需村里核实。',
    evidence: 'fp:5_12_017, 5_17_005, 5_12_019, 5_17_007 (R#8, #10)',
  },
  {
    id: 'edu.absence-reason-health',
    title: '未上学原因与健康状况矛盾',
    severity: 'error',
    scope: 'person',
    columns: ['义务教育阶段未上学原因', '健康状况'],
    condition:
      'p["义务教育阶段未上学原因"] != "" && p["健康状况"] == "健康" && anyOf(p["义务教育阶段未上学原因"], ["因病", "因残"])',
    message:
      '未上学原因为“{p["义务教育阶段未上学原因"]}”，健康状况却为“健康”，两者矛盾。请核对未上学原因或健康状况。',
    evidence: 'fp:2_01_012 (R#12)',
  },
  {
    id: 'edu.yulu-not-vocational',
    title: '雨露计划户无中高职学生',
    severity: 'warning',
    scope: 'household',
    columns: ['教育帮扶', '在校生状况'],
    condition: `h.hasMeasures && ${HAS_YULU} && !members.exists(m, ${YULU_GRADE('m')})`,
    message:
      '本户登记了雨露计划，但家庭成员中没有中职、高职或技师学院在读学生。已毕业的请更新在校生状况或帮扶措施；登记有误的请删除。',
    params: { yuluEligibleGrades: ['中职', '高职高专', '高职', '技师学院'] },
    why: '本学期毕业的学生可能仍登记着；措施属于户，按户检查一次。',
    evidence: 'fp:5_15_011, fp:5_15_012 (R#13)',
  },
  {
    id: 'edu.yulu-missing',
    title: '中高职学生未享雨露计划',
    severity: 'warning',
    scope: 'household',
    columns: ['教育帮扶', '在校生状况'],
    optional: ['识别监测时间', '姓名'],
    condition:
      `h.monitored && members.exists(m, ${YULU_GRADE('m')}) && !${HAS_YULU} && ` +
      '(month(s.yuluIdentifiedBefore) < 0 || (month(p["识别监测时间"]) >= 0 && month(p["识别监测时间"]) <= month(s.yuluIdentifiedBefore)))',
    message: `{members.filter(m, ${YULU_GRADE('m')})[0]["姓名"]}为{members.filter(m, ${YULU_GRADE('m')})[0]["在校生状况"]}在读学生，本户帮扶措施未登记雨露计划。符合条件的请协助申请补助并登记；不符合的请注明原因。`,
    params: { yuluEligibleGrades: ['中职', '高职高专', '高职', '技师学院'], yuluIdentifiedBefore: '' },
    evidence: 'fp:1111_2 (R#13)',
  },

  // §5 Labour
  {
    id: 'labor.elderly-full-labour',
    title: '60岁以上登记为劳动力',
    severity: 'warning',
    scope: 'person',
    columns: ['劳动技能'],
    optional: ['姓名'],
    condition: `p["劳动技能"] in ${FULL} && age >= s.laborAgeMax`,
    message:
      '{p["姓名"]}已{age}岁，劳动技能为“{p["劳动技能"]}”。{s.laborAgeMax}岁及以上一般登记为弱劳动力或半劳动力、无劳动力，请核实。',
    params: { laborAgeMax: 60 },
    evidence: 'fp:2_12_017; fp:2_12_005 (R#14)',
  },
  {
    id: 'labor.able-bodied-no-labour',
    title: '健康劳动年龄人口无劳动力',
    severity: 'warning',
    scope: 'person',
    columns: ['劳动技能', '健康状况'],
    optional: ['在校生状况', '姓名'],
    condition:
      'p["劳动技能"] in ["无劳动力", "丧失劳动力", "弱劳动力或半劳动力"] && p["健康状况"] == "健康" && ' +
      `age >= s.laborAgeMin && age < s.laborAgeMax && ${NOT_STUDENT('p["在校生状况"]')}`,
    message:
      '{p["姓名"]}{age}岁、健康、不在校，劳动技能却为“{p["劳动技能"]}”。请核实；确因病残等劳动能力弱的，应如实登记健康状况。',
    params: { laborAgeMin: 16, laborAgeMax: 60 },
    evidence: 'fp:5_12_008, 1111_14, 1111_15, 2_01_005, 2_01_010, 2_12_009, 2_12_013 (R#15)',
  },
  {
    id: 'labor.student-labour',
    title: '在校生不是无劳动力',
    severity: 'warning',
    scope: 'person',
    columns: ['劳动技能', '在校生状况'],
    optional: ['姓名'],
    condition:
      'p["在校生状况"] != "" && p["在校生状况"] != "非在校生" && p["在校生状况"] != "学龄前儿童" && ' +
      `p["劳动技能"] != "" && p["劳动技能"] != "无劳动力" && age >= s.laborAgeMin && ${STUDENT('p["在校生状况"]')}`,
    message:
      '{p["姓名"]}为在校生（{p["在校生状况"]}），劳动技能为“{p["劳动技能"]}”。在校生一般登记为无劳动力，请核实。',
    params: { laborAgeMin: 16 },
    evidence: 'fp:1111_07 (R#16)',
  },
  {
    id: 'labor.minor-labour-skill',
    title: '未成年人劳动技能有误',
    severity: 'warning',
    scope: 'person',
    columns: ['劳动技能'],
    optional: ['姓名'],
    condition: 'p["劳动技能"] in ["弱劳动力或半劳动力", "丧失劳动力"] && age < s.laborAgeMin',
    message: '{p["姓名"]}未满{s.laborAgeMin}岁，劳动技能应登记为“无劳动力”，现为“{p["劳动技能"]}”，请更正。',
    params: { laborAgeMin: 16 },
    evidence: 'fp:2_01_011, 2_12_014 (R#17)',
  },
  {
    id: 'labor.severe-disability-labour',
    title: '重度残疾登记为劳动力',
    severity: 'warning',
    scope: 'person',
    columns: ['劳动技能', '证件号码'],
    optional: ['姓名'],
    condition:
      `p["劳动技能"] in ${FULL} && p["证件号码"].size() in [20, 22] && ` +
      'p["证件号码"].substring(19, 20) in ["1", "2"] && ' +
      'p["证件号码"].substring(18, 19) in s.severeDisabilityNoLabourCategories.map(c, string(int(c)))',
    message:
      '据残疾人证号，{p["姓名"]}为{p["证件号码"].substring(19, 20) == "1" ? "一" : "二"}级{["视力", "听力", "言语", "肢体", "智力", "精神", "多重"][int(p["证件号码"].substring(18, 19)) - 1]}残疾，劳动技能却为“{p["劳动技能"]}”。请核实劳动技能或残疾等级。',
    params: { severeDisabilityNoLabourCategories: [4] },
    evidence: 'fp:4_01_007; fp:4_01_008 (R#2)',
  },

  // §6 公益性岗位 and employment
  {
    id: 'employment.public-job-months',
    title: '公益性岗位与月数不符',
    severity: 'error',
    scope: 'person',
    columns: ['公益性岗位(月数)', '公益性岗位'],
    condition:
      '(!(p["公益性岗位"] in ["", "否", "无"]) && (p["公益性岗位(月数)"] == "" || (isNum(p["公益性岗位(月数)"]) && num(p["公益性岗位(月数)"]) == 0.0))) || ' +
      '(p["公益性岗位"] in ["", "否", "无"] && num(p["公益性岗位(月数)"]) > 0.0) || ' +
      '(isNum(p["公益性岗位(月数)"]) && num(p["公益性岗位(月数)"]) != 0.0 && (num(p["公益性岗位(月数)"]) < 1.0 || num(p["公益性岗位(月数)"]) > 12.0 || num(p["公益性岗位(月数)"]) != double(int(num(p["公益性岗位(月数)"])))))',
    cell: '=p["公益性岗位"] in ["", "否", "无"] && num(p["公益性岗位(月数)"]) > 0.0 ? "公益性岗位" : "公益性岗位(月数)"',
    message:
      '公益性岗位与聘用月数不一致：{!(p["公益性岗位"] in ["", "否", "无"]) && (p["公益性岗位(月数)"] == "" || num(p["公益性岗位(月数)"]) == 0.0) ? "岗位“" + p["公益性岗位"] + "”未填月数" : p["公益性岗位"] in ["", "否", "无"] && num(p["公益性岗位(月数)"]) > 0.0 && num(p["公益性岗位(月数)"]) <= 12.0 ? "填了" + p["公益性岗位(月数)"] + "个月但岗位为空" : "月数" + p["公益性岗位(月数)"] + "不在1–12之间"}，请补全或更正。',
    evidence: 'fp:5_15_003; fp:3_01_005/006 (R#18)',
  },
  {
    id: 'employment.measure-no-labour',
    title: '无劳动力户登记就业帮扶',
    severity: 'warning',
    scope: 'household',
    columns: ['劳动技能'],
    optional: ['就业帮扶', '公益岗位帮扶'],
    condition: `h.monitored && (p["就业帮扶"] != "" || p["公益岗位帮扶"] != "") && members.all(m, m["劳动技能"] in ${NONE})`,
    cell: '=p["就业帮扶"] != "" ? "就业帮扶" : "公益岗位帮扶"',
    message:
      '本户家庭成员均无劳动能力，帮扶措施却登记了{p["就业帮扶"] != "" ? "就业帮扶“" + p["就业帮扶"] + "”" : "公益岗位帮扶“" + p["公益岗位帮扶"] + "”"}。请核实措施或成员劳动技能。',
    evidence: 'fp:5_15_007 (R#19)',
  },

  {
    id: 'employment.educated-not-working',
    title: '高学历或技能劳动力无务工记录',
    severity: 'info',
    scope: 'person',
    columns: ['文化程度'],
    optional: ['劳动技能', '在校生状况', '姓名'],
    needs: ['work'],
    condition:
      `age >= s.laborAgeMin && age < s.laborAgeMax && nWork == 0 && (p["文化程度"] in ${HIGHER} || p["劳动技能"] == "技能劳动力") && ` +
      NOT_STUDENT('p["在校生状况"]'),
    cell: `=p["文化程度"] in ${HIGHER} ? "文化程度" : "劳动技能"`,
    message: `{p["姓名"]}为{p["文化程度"] in ${HIGHER} ? p["文化程度"] + "学历" : "技能劳动力"}，务工监测中没有务工记录。请了解就业情况：已务工的补录，有意愿的落实就业帮扶。`,
    params: { laborAgeMin: 16, laborAgeMax: 60 },
    why: '提示跟进就业：本地务农和自主经营不在务工监测中。',
    evidence: 'fp:5_20_028–031 (R#24)',
  },

  // §7 Insurance
  {
    id: 'medical.serious-illness-missing',
    title: '参加居民医保未参加大病保险',
    severity: 'error',
    scope: 'person',
    columns: ['是否参加城乡居民基本医疗保险', '是否参加大病保险'],
    optional: ['姓名'],
    condition: 'p["是否参加城乡居民基本医疗保险"] == "是" && p["是否参加大病保险"] in ["否", ""]',
    cell: '是否参加大病保险',
    message:
      '{p["姓名"]}已参加城乡居民基本医疗保险，大病保险却为“{p["是否参加大病保险"] == "" ? "空" : p["是否参加大病保险"]}”。参加居民医保即纳入大病保险，请更正为“是”。',
    why: '大病保险覆盖全部城乡居民医保参保人，“否”与另一项矛盾；空为未填。',
    evidence: 'fp:2_01_006, 2_01_016, 2_12_010, 2_12_016, 1_02_003 (R#25)',
  },
  {
    id: 'medical.premium-subsidy-window',
    title: '医保缴费补贴与识别时间不符',
    severity: 'warning',
    scope: 'household',
    columns: ['识别监测时间', '健康帮扶'],
    cell: '健康帮扶',
    condition:
      'h.riskOpen && s.premiumSubsidyWindows.size() > 0 && month(p["识别监测时间"]) >= 0 && (' +
      `(s.premiumSubsidyWindows.exists(w, ${YM('w.from')} <= month(p["识别监测时间"]) && month(p["识别监测时间"]) <= ${YM('w.to')}) && !h.measures.exists(x, x.contains("城乡居民基本医疗保险个人缴费补贴"))) || ` +
      `(!s.premiumSubsidyWindows.exists(w, ${YM('w.from')} <= month(p["识别监测时间"]) && month(p["识别监测时间"]) <= ${YM('w.to')}) && ` +
      `s.premiumSubsidyWindows.exists(w, ${YM('w.from')} <= month(p["识别监测时间"])) && s.premiumSubsidyWindows.exists(w, month(p["识别监测时间"]) <= ${YM('w.to')}) && ` +
      'h.measures.exists(x, x.contains("城乡居民基本医疗保险个人缴费补贴"))))',
    message: `本户于{month(p["识别监测时间"]) / 12}年{month(p["识别监测时间"]) % 12 + 1}月识别，{s.premiumSubsidyWindows.exists(w, ${YM('w.from')} <= month(p["识别监测时间"]) && month(p["识别监测时间"]) <= ${YM('w.to')}) ? "在" + string(s.premiumSubsidyWindows.filter(w, ${YM('w.from')} <= month(p["识别监测时间"]) && month(p["识别监测时间"]) <= ${YM('w.to')})[0].year) + "年度个人缴费补贴期内，健康帮扶未登记“城乡居民基本医疗保险个人缴费补贴”，请核实是否已资助参保。" : "已过当年个人缴费补贴截止时间，健康帮扶却登记了该补贴，请核实。"}`,
    params: { premiumSubsidyWindows: [] },
    why: '资助参保以医保缴费截止时间为准，各省每年规定不同。',
    evidence: 'fp:1111_06, 1111_13, 1111_09 (R#28)',
  },
  {
    id: 'pension.missing',
    title: '未参加基本养老保险',
    severity: 'warning',
    scope: 'person',
    columns: ['是否参加城乡居民基本养老保险'],
    optional: ['是否参加城镇职工基本养老保险', '在校生状况', '姓名'],
    condition:
      'p["是否参加城乡居民基本养老保险"] != "是" && age >= 16 && ' +
      '((p["是否参加城乡居民基本养老保险"] == "" && p["是否参加城镇职工基本养老保险"] == "") || ' +
      '(age >= 60 && p["是否参加城乡居民基本养老保险"] == "否" && p["是否参加城镇职工基本养老保险"] == "否")) && ' +
      NOT_STUDENT('p["在校生状况"]'),
    message:
      '{p["姓名"]}{p["是否参加城乡居民基本养老保险"] == "" ? "城乡居民和城镇职工基本养老保险均未填写，请补录参保情况。" : "已" + string(age) + "岁，两种基本养老保险均未参加，领不到基础养老金，请核实并协助参保或说明原因。"}',
    why: '均未填写为漏填；均为“否”则领不到基础养老金，需核实（另有其他养老制度）。',
    evidence: 'fp:2_01_007, 5_15_001, 2_15_001, 5_19_001 (R#27); gx item 8',
  },
  {
    id: 'pension.double-insured',
    title: '重复参加基本养老保险',
    severity: 'warning',
    scope: 'person',
    columns: ['是否参加城乡居民基本养老保险'],
    optional: ['是否参加城镇职工基本养老保险', '姓名'],
    condition: 'p["是否参加城乡居民基本养老保险"] == "是" && p["是否参加城镇职工基本养老保险"] == "是"',
    message: '{p["姓名"]}同时登记参加城乡居民和城镇职工基本养老保险，一般只能参加一种，请核实。',
    evidence: 'inference (medical.double-insured)',
  },

  // §18 Land and distance
  {
    id: 'living.retired-forest-exceeds',
    title: '退耕还林面积过大',
    severity: 'warning',
    scope: 'household',
    columns: ['退耕还林面积', '林地面积'],
    optional: ['牧草地面积'],
    condition:
      'p["退耕还林面积"] != "" && p["退耕还林面积"] != "0" && isNum(p["退耕还林面积"]) && isNum(p["林地面积"]) && ' +
      'num(p["退耕还林面积"]) > num(p["林地面积"]) + (isNum(p["牧草地面积"]) ? num(p["牧草地面积"]) : 0.0)',
    message:
      '退耕还林面积{num(p["退耕还林面积"])}亩大于林地与牧草地面积之和{num(p["林地面积"]) + (isNum(p["牧草地面积"]) ? num(p["牧草地面积"]) : 0.0)}亩，请核对。',
    evidence: 's7:20',
  },
  {
    id: 'living.road-distance',
    title: '与村主干路距离过远',
    severity: 'warning',
    scope: 'household',
    columns: ['与村主干路距离'],
    condition: 'p["与村主干路距离"] != "" && num(p["与村主干路距离"]) > s.roadDistanceMaxKm',
    message:
      '与村主干路距离为{num(p["与村主干路距离"])}公里，超过{s.roadDistanceMaxKm}公里，请核对数值和单位（公里）。',
    params: { roadDistanceMaxKm: 5 },
    evidence: 'fp:5_14_007, 5_14_014, 3_02_013; s7:17',
  },
];
