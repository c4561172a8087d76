// National v2 rules as records (rules-v2.md) — section file "risk": §10 risk type ↔ household facts, §12 开发式帮扶,
// §13 measures ↔ status, the rules that are one condition over a household or a person. See ../types.ts for the
// format. The rest of these sections is hand-written: rules/risk.ts (one finding per unmatched risk or flag, stand-in
// columns, findings at the 户主's row, messages naming the measures present) and rules/riskWork.ts (特困 members'
// work spells: whether a spell is current, which nWork does not say).
//
// Shared definitions (rules-v2 §0.4), spelled out in each condition so a county can copy one record:
// - risk set: h.risks (致贫/返贫风险1–5, normalised: 务工就业不稳 ≡ 因务工就业不稳, 因缺劳动力 ≡ 缺劳动力);
// - disabled member: 健康状况 contains 残疾, 证件类型 = 残疾人证, or a 20/22-character 证件号码;
// - sick member: 健康状况 contains 患有大病 or 长期慢性病;
// - student: 在校生状况 a grade (not empty, 学龄前儿童, 非在校生);
// - 低保 / 特困 member: 享受低保政策情况 城市低保 / 农村低保, 享受特困供养政策情况 城市特困 / 农村特困 (或 是);
// - labour sets FULL / ANY / NONE as params (code-list data).
import type { RuleRecord } from '../types';

const RISKS = ['risk2', 'risk3', 'risk4', 'risk5'];

/** The cell expression naming the 致贫/返贫风险n that holds one of `values` (risk1 when none does). */
function riskCell(values: string[]): string {
  const v = JSON.stringify(values);
  return `=${['risk1', ...RISKS].map((k) => `p["${k}"] in ${v} ? "${k}" : `).join('')}"risk1"`;
}

/** D, the developmental measure columns (§0.4), and their headers for messages. */
const D = ['measureIndustry', 'measureEmployment', 'measureFinance', 'measurePublicJob'];
// Ternaries, not a map literal: message placeholders are delimited by braces.
const D_LABEL = (k: string): string =>
  `(${k} == "measureIndustry" ? "产业帮扶" : ${k} == "measureEmployment" ? "就业帮扶" : ${k} == "measureFinance" ? "金融帮扶" : "公益岗位帮扶")`;
const D_FILLED = `members.exists(m, ${D.map((k) => `m["${k}"] != ""`).join(' || ')})`;
const D_NAMES = `${JSON.stringify(D)}.filter(k, members.exists(m, m[k] != "")).map(k, ${D_LABEL('k')}).join("、")`;

const FULL_LABOUR = ['普通劳动力', '技能劳动力'];
const ANY_LABOUR = ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力'];
const NO_LABOUR = ['无劳动力', '丧失劳动力'];
const DIBAO = '["城市低保", "农村低保", "是"]';
const TEKUN = '["城市特困", "农村特困", "是"]';
const NOT_STUDENT = '["", "学龄前儿童", "非在校生"]';

/** A 20/22-character 残疾人证号 with 等级 1 or 2 (layout §7.2: 类别 1–7 at character 19, 等级 at 20). */
const SEVERE = `(size(m["idNumber"]) == 20 || size(m["idNumber"]) == 22) && m["idNumber"].substring(18, 19) in ["1", "2", "3", "4", "5", "6", "7"] && m["idNumber"].substring(19, 20) in ["1", "2"]`;

export const RULES: RuleRecord[] = [
  // ---- §10 risk type ↔ household facts ----
  {
    id: 'risk.type-missing',
    title: '致贫返贫风险为空',
    severity: 'error',
    scope: 'household',
    columns: ['risk1'],
    condition: 'h.monitored && p["risk1"] == ""',
    message: '本户为监测对象，致贫/返贫风险1为空，应至少填写一项主要风险，请补录。',
    evidence: 'fp:1_11_001 (R#45)',
  },
  {
    id: 'risk.other-without-note',
    title: '风险为其他未说明',
    severity: 'warning',
    scope: 'household',
    columns: ['risk1', 'riskOtherNote'],
    optional: RISKS,
    condition: 'h.monitored && "其他" in h.risks && p["riskOtherNote"] == ""',
    cell: riskCell(['其他']),
    message: '风险类型选了“其他”，但“其他风险备注”为空，未说明具体风险，请在备注中写明。',
    evidence: 'fp:2_11_004 (flagged every 其他, the note ignored) (R#44)',
  },
  {
    id: 'risk.disaster-without-subtype',
    title: '因自然灾害未填子项',
    severity: 'error',
    scope: 'household',
    columns: ['disasterSubtype', 'risk1'],
    optional: RISKS,
    condition: 'h.monitored && p["disasterSubtype"] == "" && "因自然灾害" in h.risks',
    message: '风险类型为因自然灾害，未选择灾害子项（洪涝、地质、旱灾等），请补录。',
    evidence: 'fp:2_11_005 (fired whenever the column was absent) (R#44); dvs 100A271',
  },
  {
    id: 'risk.disability-no-disabled-member',
    title: '因残但家中无残疾人',
    severity: 'warning',
    scope: 'household',
    columns: ['risk1', 'health'],
    optional: [...RISKS, 'idType', 'idNumber'],
    condition:
      'h.monitored && "因残" in h.risks && !members.exists(m, anyOf(m["health"], ["残疾"]) || m["idType"] == "残疾人证" || size(m["idNumber"]) == 20 || size(m["idNumber"]) == 22)',
    cell: riskCell(['因残']),
    message: '风险类型为因残，但家庭成员中无残疾人（健康状况或残疾人证），请核实风险类型或成员健康状况。',
    why: '残疾成员可能已自然减少，不在本次导出中。',
    evidence: 'fp:2_11_001 (风险1–4 only) (R#40)',
  },
  {
    id: 'risk.illness-no-sick-member',
    title: '因病但家中无患病人员',
    severity: 'warning',
    scope: 'household',
    columns: ['risk1', 'health'],
    optional: RISKS,
    condition:
      'h.monitored && "因病" in h.risks && !members.exists(m, anyOf(m["health"], ["患有大病", "长期慢性病"]))',
    cell: riskCell(['因病']),
    message: '风险类型为因病，但家庭成员中无患有大病或长期慢性病人员，请核实风险类型或成员健康状况。',
    why: '患病成员可能已自然减少，或病情已好转，需村里核实。',
    evidence: 'fp:5_15_015 (inverted: fired on the person’s own value) (R#41)',
  },
  {
    id: 'risk.labour-shortage-with-labour',
    title: '缺劳动力但劳动力较多',
    severity: 'warning',
    scope: 'household',
    columns: ['risk1', 'laborSkill'],
    optional: RISKS,
    params: { laborShortageMaxShare: 0.5, fullLabourSkills: FULL_LABOUR },
    condition:
      'h.riskOpen && ("缺劳动力" in h.risks || "因缺劳动力" in h.risks) && size(members) > 0 && double(size(members.filter(m, m["laborSkill"] in s.fullLabourSkills))) > double(s.laborShortageMaxShare) * double(size(members))',
    cell: riskCell(['缺劳动力', '因缺劳动力']),
    message:
      '风险类型为缺劳动力，但{size(members)}口人中有{size(members.filter(m, m["laborSkill"] in s.fullLabourSkills))}人为普通或技能劳动力，请核实风险类型或成员劳动技能。',
    why: '劳动力多少的界限各省不同（laborShortageMaxShare，贵州为0.25）。',
    evidence: 'fp:4_11_009, 5_11_029, 5_18_008 (R#42)',
  },
  {
    id: 'risk.employment-no-labour',
    title: '务工就业不稳但无劳动力',
    severity: 'error',
    scope: 'household',
    columns: ['risk1', 'laborSkill'],
    optional: RISKS,
    params: { noLabourSkills: NO_LABOUR },
    condition:
      'h.monitored && "因务工就业不稳" in h.risks && size(members) > 0 && members.all(m, m["laborSkill"] in s.noLabourSkills)',
    cell: riskCell(['因务工就业不稳', '务工就业不稳']),
    message: '风险类型为因务工就业不稳，但家庭成员均无劳动能力，两者矛盾，请核实风险类型或劳动技能。',
    evidence: 'fp:2_11_006, 5_15_013 (风险1 and one spelling only) (R#43)',
  },
  {
    id: 'risk.employment-no-work-record',
    title: '务工就业不稳但无务工记录',
    severity: 'warning',
    scope: 'household',
    columns: ['risk1'],
    optional: [...RISKS, 'workPlace'],
    needs: ['work'],
    condition:
      'h.riskOpen && "因务工就业不稳" in h.risks && members.all(m, m.nWork == 0 && m["workPlace"] == "")',
    cell: riskCell(['因务工就业不稳', '务工就业不稳']),
    message:
      '风险类型为因务工就业不稳，但务工监测中没有家庭成员的务工记录（务工所在地也为空），请补录务工信息或核实风险类型。',
    evidence: 'fp:5_15_014 (tested each member’s risk column instead of work records — corrected) (R#43)',
  },
  {
    id: 'risk.education-no-student',
    title: '因学但家中无在校生',
    severity: 'warning',
    scope: 'household',
    columns: ['risk1', 'schoolStatus'],
    optional: [...RISKS, 'dropout'],
    condition: `h.riskOpen && "因学" in h.risks && !members.exists(m, !(m["schoolStatus"] in ${NOT_STUDENT})) && p["dropout"] != "是"`,
    cell: riskCell(['因学']),
    message: '风险类型为因学，但家庭成员中无在校生，请核实风险类型或在校生状况。',
    why: '学生可能刚毕业或已自然减少。',
    evidence: 'inference (symmetry with the 因残 / 因病 checks)',
  },
  // ---- §12 开发式帮扶 ----
  {
    id: 'measure.developmental-status-mismatch',
    title: '开发式帮扶实施情况与措施不符',
    severity: 'error',
    scope: 'household',
    columns: ['developmentalStatus'],
    optional: D,
    condition: `h.riskOpen && ((${D_FILLED} && p["developmentalStatus"] in ["", "尚未实施"]) || (p["developmentalStatus"] == "是" && !${D_FILLED}))`,
    message: `{${D_FILLED} ? "本户已登记" + ${D_NAMES} + "，“实施开发式帮扶措施情况”却为“" + (p["developmentalStatus"] == "" ? "空" : p["developmentalStatus"]) + "”，请更正。" : "“实施开发式帮扶措施情况”为“是”，但未登记任何开发式帮扶措施（产业、就业、金融、公益岗位），请补录或更正。"}`,
    evidence: '(a) fp:5_11_030; (b) inference (R#55)',
  },
  {
    id: 'measure.developmental-weak',
    title: '开发式帮扶措施不具体',
    severity: 'warning',
    scope: 'household',
    columns: ['developmentalStatus'],
    optional: D,
    // "列名:取值" pairs: an item of that D column that is no concrete measure (any 公益岗位 counts).
    params: {
      weakDevelopmentalValues: ['产业帮扶:其他', '金融帮扶:其他', '就业帮扶:技能培训', '就业帮扶:其他'],
    },
    condition: `h.monitored && p["developmentalStatus"] == "是" && ${D_FILLED} && members.all(m, ${D.map((k) => `items(m["${k}"]).all(i, (${D_LABEL(`"${k}"`)} + ":" + i) in s.weakDevelopmentalValues)`).join(' && ')})`,
    message: `本户开发式帮扶仅登记了“{${JSON.stringify(D)}.filter(k, p[k] != "").map(k, ${D_LABEL('k')} + "：" + p[k]).join("；")}”，措施不具体，请登记实际落实的产业、就业或金融帮扶项目。`,
    evidence: 'fp:5_12_011 (demanded all three columns weak at once) (R#57)',
  },
  // ---- §13 measures ↔ status ----
  {
    id: 'measure.disability-subsidy-missing',
    title: '重度残疾未登记残疾人补贴',
    severity: 'warning',
    scope: 'household',
    columns: ['idNumber', 'measureSocialSecurity'],
    optional: [...RISKS, 'risk1', 'name'],
    cell: 'measureSocialSecurity',
    params: { disabilitySubsidyRequiresRisk: true },
    condition: `h.riskOpen && members.exists(m, ${SEVERE}) && !members.exists(m, anyOf(m["measureSocialSecurity"], ["残疾人补贴"])) && (!s.disabilitySubsidyRequiresRisk || "因残" in h.risks)`,
    message: `{members.filter(m, ${SEVERE})[0]["name"]}为{members.filter(m, ${SEVERE})[0]["idNumber"].substring(19, 20) == "1" ? "一" : "二"}级残疾，综合保障未登记残疾人补贴，请核实是否享受残疾人两项补贴并登记。`,
    why: '残疾人两项补贴可能已由残联发放而未列为帮扶措施，需核实。',
    evidence: 'fp:5_16_008 (风险1–3 only; 20-character numbers only) (R#2)',
  },
  {
    id: 'support.no-labour-flag-mismatch',
    title: '整户无劳动能力标识不符',
    severity: 'warning',
    scope: 'household',
    columns: ['noLabourSupportHousehold', 'laborSkill'],
    optional: ['lowIncomeAllowance', 'extremePovertySupported', 'name'],
    params: { noLabourSkills: NO_LABOUR, anyLabourSkills: ANY_LABOUR },
    condition: `(h.riskOpen && size(members) > 0 && members.all(m, m["laborSkill"] in s.noLabourSkills) && members.exists(m, m["lowIncomeAllowance"] in ${DIBAO} || m["extremePovertySupported"] in ${TEKUN}) && p["noLabourSupportHousehold"] == "否") || (p["noLabourSupportHousehold"] == "是" && members.exists(m, m["laborSkill"] in s.anyLabourSkills))`,
    message: `{p["noLabourSupportHousehold"] == "否" ? "本户整户无劳动能力且享受" + (members.exists(m, m["lowIncomeAllowance"] in ${DIBAO}) ? "低保" : "特困供养") + "，“整户无劳动能力兜底保障户”却为“否”，请核实。" : "本户标为整户无劳动能力兜底保障户，但" + members.filter(m, m["laborSkill"] in s.anyLabourSkills)[0]["name"] + "为" + members.filter(m, m["laborSkill"] in s.anyLabourSkills)[0]["laborSkill"] + "，请核实。"}`,
    evidence: '(a) fp:5_11_033 (accepted any status value, even 未享受); (b) inference (R#59)',
  },
  {
    id: 'support.extreme-poverty-able-bodied',
    title: '健康劳动年龄人员享受特困',
    severity: 'warning',
    scope: 'person',
    columns: ['extremePovertySupported', 'health'],
    optional: ['schoolStatus', 'name'],
    condition: `p["extremePovertySupported"] in ${TEKUN} && p["health"] == "健康" && age >= 18 && age < 60 && p["schoolStatus"] in ${NOT_STUDENT}`,
    message:
      '{p["name"]}{age}岁、健康、非在校生，却享受{p["extremePovertySupported"] == "是" ? "特困供养" : p["extremePovertySupported"]}。特困人员应无劳动能力，请核实。',
    why: '特困供养可能按未满16岁或重病等特殊情形认定，需核实。',
    evidence: 'fp:5_15_018/019 (reference date hard-coded 2024-09-01) (R#22)',
  },
];
