// v2 fund rules (rules-v2 §20) through analyze(): per rule a case that fires and a near case that must not.
// Ledgers are hand-built (万元, data date 2024-12-31 stated above the header); forms come from the generator.
import type { CellValue, SheetInput } from '../../src/core/types';
import { fundSheetInputs } from '../generator/fundLedger';
import { selfEvalSheet, targetSheet, type SelfEvalFault } from '../generator/fundForms';
import { hits, report } from './helpers';

const V2 = [
  'fund.idle',
  'fund.idle-over-two-years',
  'fund.progress-behind-schedule',
  'fund.start-late',
  'fund.publicity-missing',
  'fund.publicity-fields-missing',
  'fund.no-benefit-link',
  'fund.equal-split',
  'fund.itemised-cost-mismatch',
  'fund.asset-unregistered',
  'fund.asset-idle',
  'fund.perf-funding-mismatch',
  'fund.perf-execution-rate',
  'fund.perf-score-total',
  'fund.perf-weights',
  'fund.perf-score-invalid',
  'fund.perf-score-band',
  'fund.perf-actual-below-target',
];

const HEAD = ['序号', '项目名称', '项目类型', '下达', '已支出', '下达时间', '公示开始时间', '公示结束时间'];

function project(over: Record<string, CellValue> = {}): Record<string, CellValue> {
  return {
    序号: 1,
    项目名称: '桥头村肉牛养殖到户补助项目',
    项目类型: '产业发展',
    下达: 90,
    已支出: 50,
    下达时间: '2024-03-01',
    公示开始时间: '2024-02-01',
    公示结束时间: '2024-02-12',
    ...over,
  };
}

/** A fund sheet whose title rows state the data date (截至2024年12月31日). */
function sheet(
  rows: Array<Record<string, CellValue>>,
  header: string[] = HEAD,
  opts: { name?: string; title?: string; unit?: string } = {},
): SheetInput {
  const pad = (first: CellValue): CellValue[] => [first, ...Array<CellValue>(header.length - 1).fill('')];
  return {
    name: opts.name ?? '项目台账',
    values: [
      pad(opts.title ?? '示例县2024年衔接资金项目台账'),
      pad(`单位：${opts.unit ?? '万元'}  数据截至2024年12月31日`),
      [...header],
      ...rows.map((r) => header.map((h) => r[h] ?? '')),
    ],
  };
}

function v2(sheets: SheetInput[], extra: Record<string, unknown> = {}): string[] {
  return hits(report(sheets, extra).findings, ...V2);
}

function messages(sheets: SheetInput[], rule: string): string[] {
  return report(sheets)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.message);
}

describe('fund.idle / fund.idle-over-two-years', () => {
  test('released 14 months before the data date, 40 of 90 unspent: fund.idle at 已支出', () => {
    const s = [sheet([project({ 下达时间: '2023-10-08' })])];
    expect(v2(s)).toEqual(['fund.idle@E4']);
    expect(messages(s, 'fund.idle')[0]).toContain('已14个月');
    expect(messages(s, 'fund.idle')[0]).toContain('仍有40万元未支出（支出进度55.6%）');
  });
  test('11 months, or only the 5 % retention unspent: nothing', () => {
    expect(v2([sheet([project({ 下达时间: '2024-01-20' })])])).toEqual([]);
    expect(v2([sheet([project({ 下达时间: '2023-01-20', 已支出: 85.5 })])])).toEqual([]);
    expect(v2([sheet([project({ 下达时间: '2023-01-20', 已支出: 85.4 })])])).toEqual(['fund.idle@E4']);
  });
  test('26 months: only fund.idle-over-two-years; 23 months: only fund.idle', () => {
    expect(v2([sheet([project({ 下达时间: '2022-10-01' })])])).toEqual(['fund.idle-over-two-years@E4']);
    expect(v2([sheet([project({ 下达时间: '2023-01-31' })])])).toEqual(['fund.idle@E4']);
  });
  test('no 下达时间: the 文号 year, then 资金年度, counted from 31 December', () => {
    const header = ['序号', '项目名称', '下达', '已支出', '文号', '资金年度', '公示时间'];
    const row = (doc: string, year: CellValue) =>
      sheet([{ ...project(), 文号: doc, 资金年度: year, 公示时间: '2024年2月1日—2月12日' }], header);
    expect(v2([row('黔财农〔2022〕15号', '')])).toEqual(['fund.idle-over-two-years@D4']);
    expect(v2([row('', '2023年')])).toEqual(['fund.idle@D4']);
    expect(v2([row('', 2024)])).toEqual([]);
    expect(messages([row('', '2023')], 'fund.idle')[0]).toContain('按当年12月31日计');
  });
  test('without any release date the rule has nothing to count from', () => {
    const header = HEAD.filter((h) => h !== '下达时间');
    expect(v2([sheet([project()], header)])).toEqual([]);
  });
});

describe('fund.progress-behind-schedule (spendTargets)', () => {
  const targets = {
    spendTargets: [
      { date: '03-31', percent: 30 },
      { date: '09-30', percent: 80 },
    ],
  };
  const row = (spent: number) => project({ 下达时间: '2024-03-01', 已支出: spent });
  test('off without targets (the default)', () => {
    expect(v2([sheet([row(10)])])).toEqual([]);
  });
  test('72 of 90 (80 %) meets the 09-30 target; 63 of 90 (70 %) does not — row and sheet findings', () => {
    expect(v2([sheet([row(72)])], targets)).toEqual([]);
    const s = [sheet([row(63), project({ 序号: 2, 项目名称: 'b', 已支出: 90 })])];
    expect(v2(s, targets)).toEqual(['fund.progress-behind-schedule@E4']);
    const both = [sheet([row(63), project({ 序号: 2, 项目名称: 'b', 已支出: 54 })])];
    const f = report(both, targets).findings.filter((x) => x.rule === 'fund.progress-behind-schedule');
    expect(f.map((x) => `${x.cell} ${x.message}`)).toEqual([
      'E3 全表2个项目合计截至9月30日支出进度65%，低于80%的进度要求，请加快支出。',
      'E4 本项目截至9月30日支出进度70%，低于80%的进度要求，请加快支出。',
      'E5 本项目截至9月30日支出进度60%，低于80%的进度要求，请加快支出。',
    ]);
  });
  test('at the 支出进度 column when the sheet has one; before the first target date nothing', () => {
    const header = [...HEAD, '支出进度（%）'];
    const s = [sheet([project({ 下达时间: '2024-03-01', 已支出: 45, '支出进度（%）': 50 })], header)];
    expect(v2(s, targets)).toEqual(['fund.progress-behind-schedule@I4']);
    expect(v2([sheet([row(63)])], { ...targets, asOfDate: '2024-03-30' })).toEqual([]);
  });
});

describe('fund.start-late (startDeadline)', () => {
  const header = [...HEAD, '开工时间', '项目状态'];
  const cfg = { startDeadline: '2024-04-01' };
  test('started 4月15日, after the 4月1日 deadline; 3月28日 is on time; off without a deadline', () => {
    expect(v2([sheet([project({ 开工时间: '2024-04-15' })], header)], cfg)).toEqual(['fund.start-late@I4']);
    expect(v2([sheet([project({ 开工时间: '2024-03-28' })], header)], cfg)).toEqual([]);
    expect(v2([sheet([project({ 开工时间: '2024-04-15' })], header)])).toEqual([]);
  });
  test('no 开工时间 after the deadline: reported unless the project is 已完成 / 已终止', () => {
    expect(v2([sheet([project({ 开工时间: '', 项目状态: '实施中' })], header)], cfg)).toEqual([
      'fund.start-late@I4',
    ]);
    expect(v2([sheet([project({ 开工时间: '', 项目状态: '已终止' })], header)], cfg)).toEqual([]);
    expect(v2([sheet([project({ 开工时间: '' })], header)], { ...cfg, asOfDate: '2024-03-15' })).toEqual([]);
  });
});

describe('fund.publicity-missing', () => {
  test('both 公示 dates empty: at the first 公示 column; one filled: nothing', () => {
    expect(v2([sheet([project({ 公示开始时间: '', 公示结束时间: '' })])])).toEqual([
      'fund.publicity-missing@G4',
    ]);
    expect(v2([sheet([project({ 公示结束时间: '' })])])).toEqual([]);
  });
  test('a sheet without 公示 columns: one sheet.column-missing, no row finding', () => {
    const header = HEAD.filter((h) => !h.startsWith('公示'));
    const f = report([sheet([project(), project({ 序号: 2, 项目名称: 'b' })], header)]).findings;
    expect(hits(f, ...V2)).toEqual([]);
    expect(
      f.filter((x) => x.rule === 'sheet.column-missing' && x.message.includes('公示开始时间')),
    ).toHaveLength(1);
  });
});

describe('fund.publicity-fields-missing', () => {
  const FULL = [
    '序号',
    '项目名称',
    '项目类型',
    '实施地点',
    '建设内容',
    '实施期限',
    '实施单位及责任人',
    '资金来源',
    '资金规模（万元）',
    '绩效目标',
    '监督电话',
    '公示时间',
  ];
  const row = {
    序号: 1,
    项目名称: '桥头村产业路项目',
    项目类型: '乡村建设',
    实施地点: '桥头村',
    建设内容: '硬化3公里',
    实施期限: '2024年4月—10月',
    实施单位及责任人: '城关镇 王某',
    资金来源: '中央衔接资金',
    '资金规模（万元）': 90,
    绩效目标: '受益200人',
    监督电话: '12317',
    公示时间: '2024年3月1日—3月12日',
  };
  const notice = (header: string[], over: Record<string, CellValue> = {}) =>
    sheet([{ ...row, ...over }], header, { name: '项目公示', title: '示例县2024年衔接资金项目公示' });
  test('a 公示 sheet without 监督电话 and 绩效目标: one finding at A1 naming both', () => {
    const s = [notice(FULL.filter((h) => h !== '监督电话' && h !== '绩效目标'))];
    expect(v2(s)).toEqual(['fund.publicity-fields-missing@A1']);
    expect(messages(s, 'fund.publicity-fields-missing')[0]).toContain('缺少绩效目标、监督电话内容');
    expect(messages(s, 'fund.publicity-fields-missing')[0]).not.toContain('受益农户名单');
  });
  test('a 到户 project adds the 受益农户名单 reminder', () => {
    const s = [
      notice(
        FULL.filter((h) => h !== '监督电话'),
        { 项目类型: '产业发展（到户）' },
      ),
    ];
    expect(messages(s, 'fund.publicity-fields-missing')[0]).toContain('受益农户名单');
  });
  test('all fields present (实施单位及责任人 names both): nothing; a project ledger is no 公示', () => {
    expect(v2([notice(FULL)])).toEqual([]);
    expect(v2([sheet([project()])])).toEqual([]);
  });
});

describe('fund.no-benefit-link', () => {
  const header = [...HEAD, '联农带农机制'];
  test('产业 project with the mechanism empty fires; filled, or a 乡村建设 project, does not', () => {
    expect(v2([sheet([project({ 联农带农机制: '' })], header)])).toEqual(['fund.no-benefit-link@I4']);
    expect(v2([sheet([project({ 联农带农机制: '务工带动' })], header)])).toEqual([]);
    expect(v2([sheet([project({ 项目类型: '乡村建设', 联农带农机制: '' })], header)])).toEqual([]);
  });
  test('就业 projects too; without the column nothing', () => {
    expect(v2([sheet([project({ 项目类型: '就业项目', 联农带农机制: '' })], header)])).toEqual([
      'fund.no-benefit-link@I4',
    ]);
    expect(v2([sheet([project()])])).toEqual([]);
  });
});

describe('fund.equal-split', () => {
  const header = ['序号', '项目名称', '户主姓名', '补助金额', '数量'];
  const list = (n: number, name: string, amount: (i: number) => number, qty: CellValue = '') =>
    sheet(
      Array.from({ length: n }, (_, i) => ({
        序号: i + 1,
        项目名称: name,
        户主姓名: `户主${i + 1}`,
        补助金额: amount(i),
        数量: qty,
      })),
      header,
      { name: '受益农户名单', title: '示例县受益农户名单', unit: '元' },
    );
  test('10 households of a 养殖 project, all 2000 元, no 数量: one finding at the first 补助金额', () => {
    const s = [list(10, '桥头村生猪养殖到户项目', () => 2000)];
    expect(v2(s)).toEqual(['fund.equal-split@D4']);
    expect(messages(s, 'fund.equal-split')[0]).toContain('10户补助金额均为2000元');
  });
  test('9 households, different amounts, a 数量, or not 产业: nothing', () => {
    expect(v2([list(9, '桥头村生猪养殖到户项目', () => 2000)])).toEqual([]);
    expect(v2([list(10, '桥头村生猪养殖到户项目', (i) => 2000 + (i === 3 ? 500 : 0))])).toEqual([]);
    expect(v2([list(10, '桥头村生猪养殖到户项目', () => 2000, 2)])).toEqual([]);
    expect(v2([list(10, '桥头村危房改造到户项目', () => 2000)])).toEqual([]);
  });
  test('the list is not a project ledger: no project findings, not in the fund figures', () => {
    const r = report([list(12, '桥头村生猪养殖到户项目', () => 2000)]);
    expect(r.findings.map((f) => f.rule)).toEqual(['fund.equal-split']);
    expect(r.funds).toEqual([]);
  });
});

describe('fund.itemised-cost-mismatch', () => {
  test('(a) 数量 20 × 补助标准 5000 元 = 10 万元, written 15: at 金额; written 10: nothing', () => {
    const header = [...HEAD, '数量', '补助标准（元）', '金额（万元）'];
    const s = (amount: number) => [
      sheet([project({ 数量: 20, '补助标准（元）': 5000, '金额（万元）': amount })], header),
    ];
    expect(v2(s(15))).toEqual(['fund.itemised-cost-mismatch@K4']);
    expect(messages(s(15), 'fund.itemised-cost-mismatch')[0]).toContain('=10万元');
    expect(v2(s(10))).toEqual([]);
  });
  test('(b) "20头×5000元=15万元" in 建设内容 fires; "=10万元" does not', () => {
    const header = [...HEAD, '建设内容'];
    const s = (text: string) => [sheet([project({ 建设内容: text })], header)];
    expect(v2(s('购置能繁母牛20头×5000元=15万元'))).toEqual(['fund.itemised-cost-mismatch@I4']);
    expect(messages(s('购置能繁母牛20头×5000元=15万元'), 'fund.itemised-cost-mismatch')[0]).toContain(
      '应为10万元',
    );
    expect(v2(s('购置能繁母牛20头×5000元=10万元'))).toEqual([]);
  });
  test('(b) the 小计 add up to the row’s 补助资金 within the precision written', () => {
    const header = ['序号', '项目名称', '补助资金', '建设内容', '公示时间'];
    const s = (subsidy: number) => [
      sheet(
        [
          {
            序号: 1,
            项目名称: 'x',
            补助资金: subsidy,
            建设内容: '牛犊20头×5000元=10万元，饲料50吨×2000元=10万元',
            公示时间: '2024年2月1日—2月12日',
          },
        ],
        header,
      ),
    ];
    expect(v2(s(25))).toEqual(['fund.itemised-cost-mismatch@D4']);
    expect(v2(s(20))).toEqual([]);
  });
});

describe('fund.asset-unregistered / fund.asset-idle', () => {
  const header = [...HEAD, '验收时间', '项目状态', '产权归属', '管护主体', '资产状态'];
  const done = {
    验收时间: '2024-09-01',
    项目状态: '已完成',
    产权归属: '桥头村集体',
    管护主体: '桥头村委会',
    资产状态: '正常运营',
  };
  test('accepted, 管护主体 empty: at 管护主体; not accepted and 实施中: nothing', () => {
    expect(v2([sheet([project({ ...done, 管护主体: '' })], header)])).toEqual(['fund.asset-unregistered@L4']);
    expect(
      v2([sheet([project({ ...done, 验收时间: '', 项目状态: '实施中', 管护主体: '' })], header)]),
    ).toEqual([]);
    expect(v2([sheet([project(done)], header)])).toEqual([]);
  });
  test('项目状态 已完成 alone counts as accepted; both empty are named in one finding', () => {
    const s = [sheet([project({ ...done, 验收时间: '', 产权归属: '', 管护主体: '' })], header)];
    expect(v2(s)).toEqual(['fund.asset-unregistered@K4']);
    expect(messages(s, 'fund.asset-unregistered')[0]).toContain('产权归属、管护主体');
  });
  test('资产状态 闲置 fires at 资产状态; 正常运营 does not', () => {
    expect(v2([sheet([project({ ...done, 资产状态: '闲置' })], header)])).toEqual(['fund.asset-idle@M4']);
  });
  test('an asset register (no amounts) is read by the asset rules only', () => {
    const reg = ['序号', '资产名称', '项目名称', '验收时间', '产权归属', '管护主体', '资产状态'];
    const rows = [
      {
        序号: 1,
        资产名称: '冷库',
        项目名称: 'a',
        验收时间: '2024-05-01',
        产权归属: '村集体',
        管护主体: '',
        资产状态: '废弃',
      },
      {
        序号: 2,
        资产名称: '大棚',
        项目名称: 'b',
        验收时间: '2024-05-01',
        产权归属: '村集体',
        管护主体: '村委会',
        资产状态: '正常',
      },
    ];
    const r = report([sheet(rows, reg, { name: '资产台账', title: '示例县扶贫项目资产台账' })]);
    expect(hits(r.findings, ...V2)).toEqual(['fund.asset-idle@G4', 'fund.asset-unregistered@F4']);
    expect(r.findings.filter((f) => !f.rule.startsWith('fund.asset'))).toEqual([]);
    expect(r.funds).toEqual([]);
  });
});

describe('fund.perf-target-missing', () => {
  const header = [...HEAD, '绩效目标'];
  test('empty 绩效目标 fires; filled, or no column, does not', () => {
    expect(
      hits(report([sheet([project({ 绩效目标: '' })], header)]).findings, 'fund.perf-target-missing'),
    ).toEqual(['fund.perf-target-missing@I4']);
    expect(v2([sheet([project({ 绩效目标: '带动20户增收' })], header)])).toEqual([]);
    expect(v2([sheet([project()])])).toEqual([]);
  });
});

describe('performance forms', () => {
  const noop = () => undefined;
  const form = (fault: SelfEvalFault, edit?: (g: CellValue[][]) => void) => {
    const s = selfEvalSheet('绩效自评表', fault, noop);
    edit?.(s.values);
    return fundSheetInputs([s]);
  };
  test('a clean 自评表 and 申报表 give nothing, and no "header not found" note', () => {
    const r = report(
      fundSheetInputs([selfEvalSheet('自评', 'none', noop), targetSheet('申报', false, noop)]),
    );
    expect(r.findings).toEqual([]);
  });
  test('fund.perf-funding-mismatch: 其他资金 1 not in the 年度资金总额, in A and B; 申报表 too', () => {
    expect(v2(form('funding'))).toEqual(['fund.perf-funding-mismatch@C6', 'fund.perf-funding-mismatch@D6']);
    expect(v2(fundSheetInputs([targetSheet('申报', true, noop)]))).toEqual(['fund.perf-funding-mismatch@C4']);
    // Near: 0.00005 万元 (0.5 元) off is within the tolerance.
    expect(v2(form('none', (g) => (g[7][2] = 0.00005)))).toEqual([]);
  });
  test('fund.perf-execution-rate: 100 % stated for 95 ÷ 100; 95.05 % is within 0.1 point; B > A', () => {
    expect(v2(form('rate'))).toEqual(['fund.perf-execution-rate@F7']);
    expect(v2(form('none', (g) => (g[6][5] = '95.05%')))).toEqual([]);
    expect(
      v2(
        form('none', (g) => {
          g[6][3] = 120;
          g[5][3] = 120;
          g[6][5] = '120%';
          g[5][5] = '120%';
        }),
      ),
    ).toEqual(['fund.perf-execution-rate@D6', 'fund.perf-execution-rate@D7']);
  });
  test('fund.perf-score-total: 总分 not the sum of 得分; 分值 adding to 110', () => {
    expect(v2(form('total'))).toEqual(['fund.perf-score-total@H18']);
    const s = form('none', (g) => {
      g[11][4] = 30; // 分值 20 → 30: 110 in all (and 产出 60 ≠ 50)
    });
    expect(v2(s)).toEqual(['fund.perf-score-total@E18', 'fund.perf-weights@E12']);
    expect(messages(s, 'fund.perf-score-total')[0]).toContain('合计为110分');
  });
  test('fund.perf-weights: 产出 60 / 效益 20 differ from 50 / 30; perfWeights from the config apply', () => {
    expect(v2(form('weights'))).toEqual(['fund.perf-weights@E12', 'fund.perf-weights@E15']);
    expect(messages(form('weights'), 'fund.perf-weights')[0]).toContain(
      '产出指标分值为60分，与规定的50分不符',
    );
  });
  test('fund.perf-score-invalid: 得分 above 分值 or negative; equal is fine', () => {
    expect(v2(form('invalid'))).toEqual([
      'fund.perf-score-invalid@H12',
      'fund.perf-score-invalid@H15',
      'fund.perf-score-invalid@H17',
    ]);
    const neg = form('none', (g) => {
      g[12][7] = -1;
      g[17][7] = (g[17][7] as number) - 16;
    });
    expect(v2(neg)).toEqual(['fund.perf-score-invalid@H13']);
  });
  test('fund.perf-score-band: 执行率 95 % scored 5 of 10 (band 80–100 %); 8 of 10 is inside', () => {
    expect(v2(form('band'))).toEqual(['fund.perf-score-band@G6']);
    expect(messages(form('band'), 'fund.perf-score-band')[0]).toContain('80%–100%');
    const inside = form('none', (g) => {
      g[5][6] = 8;
      g[17][7] = (g[17][7] as number) - 1.5;
    });
    expect(v2(inside)).toEqual([]);
  });
  test('fund.perf-actual-below-target: missed without a reason, or missed with full score', () => {
    expect(v2(form('below'))).toEqual([
      'fund.perf-actual-below-target@G14',
      'fund.perf-actual-below-target@G16',
      'fund.perf-actual-below-target@G17',
    ]);
    // A reason and a reduced score: fine. A reason but full score: still reported.
    const reasoned = form('below', (g) => {
      for (const r of [13, 15, 16]) g[r][8] = '受天气影响，已督促整改';
    });
    expect(v2(reasoned)).toEqual([]);
    const full = form('none', (g) => {
      g[13][6] = '80%';
      g[13][8] = '工期延误';
    });
    expect(v2(full)).toEqual(['fund.perf-actual-below-target@G14']);
    // A different unit is not compared.
    expect(v2(form('none', (g) => (g[15][6] = '80户')))).toEqual([]);
  });
});
