// National v2 rules as records (rules-v2.md) — section file "monitor": §8 living conditions, §9 income, §14 time
// rules and 风险消除 legality; see ../types.ts for the format. The rest of these sections is hand-written:
// rules/monitor.ts (应纳未纳, 三保障 at elimination, 失学辍学 flag, elimination record, 公示), rules/statusFields.ts (§15),
// rules/incomeV2.ts (income arithmetic), rules/assistance.ts (measures-overdue, eliminated-without-measures).
import type { RuleRecord } from '../types';

/** "2023年3月" of a month index (year × 12 + month − 1), as CEL. */
const ym = (index: string): string => `string((${index}) / 12) + "年" + string((${index}) % 12 + 1) + "月"`;

const START = 'month(p["monitorStart"])';
const END = 'month(p["riskEliminatedDate"])';

export const RULES: RuleRecord[] = [
  {
    id: 'living.no-electricity',
    title: '未通生活用电',
    severity: 'warning',
    scope: 'household',
    columns: ['livingPower'],
    condition: 'h.covered && p["livingPower"] == "否"',
    message: '本户未通生活用电，请核实；属实的请协调解决并纳入帮扶措施。',
    why: '可能是录入错误，也可能确未通电，需村里核实。',
    evidence: 'fp:2_02_002 (R#32); gx item 7',
  },
  {
    id: 'living.no-sanitary-toilet',
    title: '无卫生厕所',
    severity: 'info',
    scope: 'household',
    columns: ['toilet'],
    condition: '(h.exited || h.monitored) && p["toilet"] == "否"',
    message: '本户无卫生厕所，可纳入农村改厕计划。',
    why: '卫生厕所是乡村建设指标，不是脱贫标准，仅提示改厕跟进。',
    evidence: 'fp:3_02_003 (R#33)',
  },
  {
    id: 'income.illness-no-expense',
    title: '因病风险无合规自付支出',
    severity: 'warning',
    scope: 'household',
    columns: ['compliantSelfPaid'],
    condition:
      'h.riskOpen && "因病" in h.risks && (p["compliantSelfPaid"] == "" || num(p["compliantSelfPaid"]) == 0.0)',
    message:
      '本户风险类型为因病，合规自付支出为{p["compliantSelfPaid"] == "" ? "空" : p["compliantSelfPaid"]}。请核实医疗自付支出是否漏录，或风险类型是否准确。',
    why: '因病也可能指因病误工减收，不一定有医疗自付支出。',
    evidence: 'fp:5_15_020 (R#38)',
  },
  {
    id: 'income.eco-no-land',
    title: '生态补偿金无对应面积',
    severity: 'warning',
    scope: 'household',
    // 退耕还林面积 required: without any area column every household with 生态补偿金 would look landless.
    columns: ['ecoCompensation', 'returnedFarmland'],
    optional: ['forestLand', 'pastureLand'],
    condition:
      'num(p["ecoCompensation"]) > 0.0 && !(num(p["returnedFarmland"]) > 0.0) && !(num(p["forestLand"]) > 0.0) && !(num(p["pastureLand"]) > 0.0)',
    message:
      '本户有生态补偿金{p["ecoCompensation"]}元，但退耕还林、林地、牧草地面积均为0，请核对面积或补偿金来源。',
    why: '补偿金也可能来自其他生态补偿项目，需核实来源。',
    evidence: 's7:23 (退耕还林 only; 公益林补贴, 草原生态奖补 count too: dvs d5a–d5c); F§2.4',
  },
  {
    id: 'monitor.eliminated-no-labour',
    title: '无劳动能力户已消除风险',
    severity: 'error',
    scope: 'household',
    columns: ['riskEliminated', 'laborSkill'],
    condition: 'h.riskEliminated && members.all(m, m["laborSkill"] in s.noneLabour)',
    message:
      '本户家庭成员均无劳动能力，已被标注风险消除。无劳动能力的监测对象落实社会保障后暂不标注风险消除、应持续跟踪，请核实。',
    params: { noneLabour: ['无劳动力', '丧失劳动力'] },
    evidence: 'fp:4_11_011 (R#61); proc (海南: 暂不标注风险消除)',
  },
  {
    id: 'monitor.eliminated-too-soon',
    title: '识别后过早消除风险',
    severity: 'warning',
    scope: 'household',
    columns: ['riskEliminationMethod', 'monitorStart', 'riskEliminatedDate'],
    cell: 'riskEliminatedDate',
    condition: [
      'h.riskEliminated',
      '(p["riskEliminationMethod"] == "帮扶消除" || (s.eliminationRulesIncludeNatural && p["riskEliminationMethod"] == "自然消除"))',
      `${START} >= 0 && ${END} >= 0`,
      `${END} - ${START} < int(s.minMonthsBeforeElimination)`,
      // eliminationTimeRuleFrom (YYYY-MM-DD, "" = unset): only eliminations from that month.
      `(s.eliminationTimeRuleFrom == "" || month(s.eliminationTimeRuleFrom) <= ${END})`,
    ].join(' && '),
    message: `本户{${ym(START)}}识别、{${ym(END)}}即消除风险，间隔不足{string(int(s.minMonthsBeforeElimination))}个月。风险消除须收入持续稳定（原则上不少于半年），请核实。`,
    params: {
      minMonthsBeforeElimination: 6,
      eliminationTimeRuleFrom: '',
      eliminationRulesIncludeNatural: false,
    },
    why: '风险消除标准为“原则上”不少于半年，个别情况可能合规。',
    evidence: 'fp:5_18_009 (≤ 2 months); fp:2_11_002 (< 6 months, dates compared the wrong way); proc (R#63)',
  },
  {
    id: 'monitor.open-with-elimination-data',
    title: '风险未消除却有消除信息',
    severity: 'warning',
    scope: 'household',
    columns: ['riskEliminated'],
    optional: ['riskEliminationMethod', 'riskEliminatedDate'],
    cell: '=p["riskEliminationMethod"] != "" ? "riskEliminationMethod" : "riskEliminatedDate"',
    condition:
      'h.monitored && p["riskEliminated"] == "否" && (p["riskEliminationMethod"] != "" || p["riskEliminatedDate"] != "")',
    message:
      '本户风险未消除，却填写了{p["riskEliminationMethod"] != "" ? "风险消除方式“" + p["riskEliminationMethod"] + "”" : "消除监测时间“" + p["riskEliminatedDate"] + "”"}，请核实风险状态或清除该项。',
    why: '再次纳入监测的户可能保留了上次消除的信息。',
    evidence: 'inference',
  },
  {
    id: 'monitor.date-future',
    title: '监测时间晚于数据日期',
    severity: 'error',
    scope: 'household',
    columns: ['monitorStart'],
    optional: ['riskEliminatedDate'],
    cell: `=${START} > asOf ? "monitorStart" : "riskEliminatedDate"`,
    condition: `h.monitored && (${START} > asOf || ${END} > asOf)`,
    message: `{${START} > asOf ? "识别监测时间为" + ${ym(START)} : "消除监测时间为" + ${ym(END)}}，晚于数据日期{${ym('asOf')}}，请核对。`,
    evidence: 'inference',
  },
  {
    id: 'monitor.identification-slow',
    title: '识别认定超过时限',
    severity: 'warning',
    scope: 'household',
    // Hand-kept procedure ledgers only: both dates optional, so an export without them is not asked for them.
    columns: [],
    optional: ['clueDate', 'decisionDate'],
    cell: 'decisionDate',
    condition:
      'h.monitored && day(p["clueDate"]) >= 0 && day(p["decisionDate"]) >= 0 && day(p["decisionDate"]) - day(p["clueDate"]) > int(s.identificationMaxDays)',
    message:
      '本户从线索发现（申请）到认定用了{string(day(p["decisionDate"]) - day(p["clueDate"]))}天，超过{string(int(s.identificationMaxDays))}天的时限要求，请核实或说明原因。',
    params: { identificationMaxDays: 15 },
    why: '时限可能因补充材料等原因顺延，需说明。',
    evidence: 'proc (识别时限) (R§4.1)',
  },
];
