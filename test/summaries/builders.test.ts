import { configSchema } from '../../src/core/config/schema';
import {
  addDays,
  bandOf,
  buildAllSummaries,
  buildBasicSummary,
  buildCauseSummary,
  buildFindingsSummary,
  buildFundSummary,
  buildGuaranteeSummary,
  buildHelperSummary,
  buildIncomeBandSummary,
  buildIncomeSummary,
  buildPublicityLists,
  buildRectificationList,
  pageSizes,
  printPlan,
  colLetter,
  formatAmount,
  formatPercent,
  headerTreeToPaths,
  helperLevel,
  incomeBands,
  layoutHeader,
  makeContext,
  maskIdNumber,
  problemType,
  roundHalfAway,
  sanitizeSheetName,
  uniqueSheetNames,
} from '../../src/core/summaries';
import { allText, cell, col, config, EVIL_VILLAGE, emptyReport, rowWhere, sampleReport } from './fixtures';
import { base, fundSheet, H, report } from '../funds/helpers';

const ctx = (opts = {}) => makeContext(sampleReport(), config, { date: '2024-12-31', ...opts });

describe('format helpers', () => {
  test('四舍五入 half away from zero, as Excel ROUND', () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(2.675, 2)).toBe(2.68);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(33.0188, 2)).toBe(33.02);
  });
  test('万元 up to 4 decimals without trailing zeros; percentages with two significant digits below 0.1', () => {
    expect(formatAmount(39.192)).toBe('39.192');
    expect(formatAmount(200.8028)).toBe('200.8028');
    expect(formatAmount(15.08)).toBe('15.08');
    expect(formatAmount(146)).toBe('146');
    expect(formatPercent(94.8)).toBe('94.8');
    expect(formatPercent((1050 / 3180) * 100)).toBe('33.02');
    expect(formatPercent((3 / 12220) * 100)).toBe('0.025');
    expect(formatPercent(0)).toBe('0');
    expect(formatPercent(0.1)).toBe('0.1');
  });
  test('names, letters, dates, masking', () => {
    expect(sanitizeSheetName('a[b]:c*d?e/f\\g')).toBe('abcdefg');
    expect(sanitizeSheetName('很'.repeat(40))).toHaveLength(31);
    expect(uniqueSheetNames(['表', '表', 'x'.repeat(40), 'X'.repeat(40)])).toEqual([
      '表',
      '表(2)',
      'x'.repeat(31),
      'X'.repeat(28) + '(2)',
    ]);
    expect(colLetter(0)).toBe('A');
    expect(colLetter(27)).toBe('AB');
    expect(addDays('2024-12-31', 30)).toBe('2025-01-30');
    expect(maskIdNumber('110101199001011234')).toBe('110101********1234');
    expect(maskIdNumber('110101900101123')).toBe('110101*****1123');
  });
});

describe('layout', () => {
  test('groups merge across, singles merge down', () => {
    const paths = headerTreeToPaths([
      { label: '序号' },
      { label: '脱贫户', children: [{ label: '户数' }, { label: '人数' }] },
      { label: '监测对象', children: [{ label: '小计', children: [{ label: '户数' }, { label: '人数' }] }] },
    ]);
    const { rows, merges, depth } = layoutHeader(paths, 5);
    expect(depth).toBe(3);
    expect(rows[0].map((c) => c.v)).toEqual(['序号', '脱贫户', undefined, '监测对象', undefined]);
    expect(merges).toEqual(
      expect.arrayContaining([
        { r1: 5, c1: 0, r2: 7, c2: 0 }, // 序号 down
        { r1: 5, c1: 1, r2: 5, c2: 2 }, // 脱贫户 across
        { r1: 6, c1: 1, r2: 7, c2: 1 }, // 脱贫户/户数 down
        { r1: 5, c1: 3, r2: 5, c2: 4 }, // 监测对象 across
        { r1: 6, c1: 3, r2: 6, c2: 4 }, // 小计 across
      ]),
    );
    expect(merges).toHaveLength(6); // + 脱贫户/人数 down
  });
});

describe('4.1 基本情况汇总表', () => {
  const spec = buildBasicSummary(ctx());
  const total = rowWhere(spec, 1, '合计');
  const [d1] = spec.dataRowRange!;

  test('title, info line, unit line, footer', () => {
    expect(spec.title).toBe('测试镇2024年脱贫人口和监测对象基本情况汇总表');
    expect(spec.rows[0][0]).toMatchObject({ v: spec.title, style: 'title' });
    const text = allText(spec);
    expect(text).toContain('填报单位：测试镇人民政府（盖章）');
    expect(text).toContain('截至：2024年12月31日');
    expect(text).toContain('单位：户、人');
    expect(text.some((t) => /^单位负责人：\s+审核人：\s+填表人：\s+联系电话：\s+填报日期：/.test(t))).toBe(
      true,
    );
    // Too wide for one page at ≥ 9 pt: printed at 95 % over pages with 序号/行政村 repeated; the title spans only
    // what the first page prints, so it is never cut.
    expect(spec.print).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: false,
      scale: 95,
      repeatColumns: 2,
    });
    const plan = printPlan(spec.columnWidths);
    expect(plan.fit).toBe(false);
    expect(plan.firstPageLast).toBeLessThan(spec.columnWidths.length - 1);
    expect(spec.merges).toContainEqual({ r1: 0, c1: 0, r2: 0, c2: plan.firstPageLast });
    // A narrow table fits one page wide (LibreOffice shrinks it by at most 10 %).
    expect(printPlan([6, 14, 8, 8, 8, 8]).fit).toBe(true);
    expect(spec.freeze).toEqual({ row: d1, col: 2 });
  });

  test('合计 = SUM over the data rows; 占比 from the totals, not the mean of village 占比', () => {
    const eH = col(spec, '脱贫户', '户数');
    const eP = col(spec, '脱贫户', '人数');
    expect(cell(spec, total, eH)).toMatchObject({
      v: 5,
      f: `SUM(${colLetter(eH)}${d1 + 1}:${colLetter(eH)}${total})`,
    });
    expect(cell(spec, total, eP).v).toBe(12);
    expect(cell(spec, total, col(spec, '监测对象', '小计', '户数')).v).toBe(3);
    expect(cell(spec, total, col(spec, '其中：边缘易致贫户', '人数')).v).toBe(3);
    // 脱贫监测户 (2020 name) counted as 脱贫不稳定户.
    expect(cell(spec, total, col(spec, '其中：脱贫不稳定户', '人数')).v).toBe(5);
    expect(cell(spec, total, col(spec, '风险未消除', '人数')).v).toBe(5);
    const inc = col(spec, '监测对象（风险未消除）人口占比（%）');
    const pop = col(spec, '农业户籍人口');
    const open = col(spec, '风险未消除', '人数');
    expect(cell(spec, total, pop).v).toBe(1500);
    expect(cell(spec, total, inc)).toMatchObject({
      v: 0.33, // 5 ÷ 1500; the mean of 0.3 and 0.4 would be 0.35
      f: `IF(${colLetter(pop)}${total + 1}=0,"",ROUND(${colLetter(open)}${total + 1}/${colLetter(pop)}${total + 1}*100,2))`,
      numFmt: '0.00',
    });
    expect(cell(spec, rowWhere(spec, 1, '东山村'), inc).v).toBe(0.3);
    expect(cell(spec, rowWhere(spec, 1, '西岭村'), inc).v).toBe(0.4);
    // No population: 未统计 (not 0, not a silent blank) and a note.
    const evil = rowWhere(spec, 1, EVIL_VILLAGE);
    expect(cell(spec, evil, inc).v).toBe('未统计');
    expect(cell(spec, evil, col(spec, '农业户籍人口')).v).toBe('未统计');
    expect(allText(spec).some((t) => t.includes(`${EVIL_VILLAGE}缺少农业户籍人口`))).toBe(true);
  });

  test('ledger text stays a value, never a formula', () => {
    const r = rowWhere(spec, 1, EVIL_VILLAGE);
    expect(cell(spec, r, 1)).toEqual({ v: EVIL_VILLAGE, style: 'body', align: 'left' });
  });

  test('合计 first when configured', () => {
    const first = buildBasicSummary(ctx({ totalsPosition: 'first' }));
    const [f1] = first.dataRowRange!;
    expect(cell(first, f1, 1).v).toBe('合计');
    const eH = col(first, '脱贫户', '户数');
    expect(cell(first, f1, eH)).toMatchObject({
      v: 5,
      f: `SUM(${colLetter(eH)}${f1 + 2}:${colLetter(eH)}${f1 + 4})`,
    });
    expect(cell(first, f1 + 1, 0).v).toBe(1);
  });

  test('表号 block when asked', () => {
    const s = buildBasicSummary(
      ctx({ codeBlock: { tableNo: 'T001表', authority: '测试县乡村振兴局', docNo: '测〔2024〕1号' } }),
    );
    expect(s.rows[0].find((c) => c)?.v).toBe('表号：T001表');
    expect(s.rows[3][0]).toMatchObject({ style: 'title' });
  });

  test('open findings note on every summary', () => {
    for (const s of buildAllSummaries(sampleReport(), config, { date: '2024-12-31' }))
      expect(allText(s)).toContain('本表依据的台账仍有2条错误、2条警告未整改，数据仅供参考');
  });
});

describe('4.2 收入情况汇总表', () => {
  const spec = buildIncomeSummary(ctx());
  const total = rowWhere(spec, 1, '合计');
  test('人均纯收入 is population-weighted, with a note', () => {
    const pc = col(spec, '人均纯收入（元）');
    const net = col(spec, '纯收入', '合计（元）');
    const r = rowWhere(spec, 1, '东山村');
    expect(cell(spec, r, net).v).toBe(105000);
    // (16000 + 30000 + 9000 + 50000) ÷ (4 + 2 + 3 + 5) = 7500; the mean of per-capita figures would be 6875.
    expect(cell(spec, r, pc).v).toBe(7500);
    expect(cell(spec, total, net)).toMatchObject({ v: 204500, numFmt: '0.00' });
    expect(cell(spec, total, pc).v).toBe(roundHalfAway(204500 / 22, 2));
    expect(cell(spec, total, col(spec, '工资性收入', '户均（元）')).v).toBe(roundHalfAway(169000 / 8, 2));
    expect(allText(spec).some((t) => t.includes('按人口加权'))).toBe(true);
  });
  test('below the lines', () => {
    expect(cell(spec, total, col(spec, '低于贫困线', '户数')).v).toBe(2); // 3000, 3500
    expect(cell(spec, total, col(spec, '低于监测线', '户数')).v).toBe(4); // + 4000 (at the poverty line), 5500
    expect(cell(spec, total, col(spec, '低于监测线', '人数')).v).toBe(10);
  });
});

describe('4.3 人均纯收入分组表', () => {
  const c = ctx();
  const bands = incomeBands(c);
  test('default bands from the lines, labels generated, left-closed', () => {
    expect(bands.map((b) => b.label)).toEqual([
      '4000元（不含）以下',
      '4000-6000元',
      '6000-10000元',
      '10000-15000元',
      '15000-20000元',
      '20000元及以上',
    ]);
    expect(bandOf(bands, 3999.99)).toBe(0);
    expect(bandOf(bands, 4000)).toBe(1);
    expect(bandOf(bands, 6000)).toBe(2);
    expect(bandOf(bands, 25000)).toBe(5);
  });
  test('every household in exactly one band; 占比 sum to 100', () => {
    const spec = buildIncomeBandSummary(c);
    const total = rowWhere(spec, 1, '合计');
    const counts = bands.map((b) => cell(spec, total, col(spec, b.label, '户数（户）')).v as number);
    expect(counts).toEqual([2, 2, 1, 1, 1, 1]);
    expect(cell(spec, total, col(spec, '总户数')).v).toBe(8);
    const pcts = bands.map((b) => cell(spec, total, col(spec, b.label, '占比（%）')).v as number);
    expect(pcts).toEqual([25, 25, 12.5, 12.5, 12.5, 12.5]);
    for (const v of ['东山村', '西岭村', EVIL_VILLAGE]) {
      const r = rowWhere(spec, 1, v);
      const sum = bands.reduce(
        (s, b) => s + (cell(spec, r, col(spec, b.label, '户数（户）')).v as number),
        0,
      );
      expect(sum).toBe(cell(spec, r, col(spec, '总户数')).v);
    }
  });
  test('bands are a setting', () => {
    const custom = makeContext(sampleReport(), configSchema.parse({ ...config, incomeBands: [10000, 5000] }));
    expect(incomeBands(custom).map((b) => b.label)).toEqual([
      '5000元（不含）以下',
      '5000-10000元',
      '10000元及以上',
    ]);
  });
});

describe('4.4 致贫原因/风险类型统计表', () => {
  test('main risk: one per household, 占比 sums to 100', () => {
    const spec = buildCauseSummary(ctx());
    const total = rowWhere(spec, 1, '合计');
    expect(cell(spec, total, col(spec, '因病', '户数（户）')).v).toBe(3);
    expect(cell(spec, total, col(spec, '因病', '占比（%）')).v).toBe(37.5);
    expect(cell(spec, total, col(spec, '未注明', '户数（户）')).v).toBe(1);
    const causes = spec.rows[spec.headerRowRange[0]]
      .map((c) => c?.v)
      .filter((v): v is string => typeof v === 'string' && !['序号', '行政村', '总户数'].includes(v));
    expect(causes).toEqual(['因病', '因残', '因学', '因灾', '缺劳动力', '未注明']);
    let sum = 0;
    for (const label of causes) sum += cell(spec, total, col(spec, label, '户数（户）')).v as number;
    expect(sum).toBe(8);
    expect(allText(spec).some((t) => t.includes('占比合计为100%'))).toBe(true);
  });
  test('any risk: multi-counted', () => {
    const spec = buildCauseSummary(ctx({ causeMode: 'any' }));
    const total = rowWhere(spec, 1, '合计');
    expect(cell(spec, total, col(spec, '缺技术', '户数（户）')).v).toBe(1);
    expect(allText(spec).some((t) => t.includes('可能超过100%'))).toBe(true);
  });
});

describe('4.5 两不愁三保障 / 4.6 帮扶责任人', () => {
  test('三保障 counts over covered households', () => {
    const spec = buildGuaranteeSummary(ctx(), '问题整改清单');
    const total = rowWhere(spec, 1, '合计');
    expect(cell(spec, total, col(spec, '覆盖户数')).v).toBe(7); // 李丁 (risk eliminated) not covered
    expect(cell(spec, total, col(spec, '覆盖人数')).v).toBe(17);
    expect(cell(spec, total, col(spec, '失学辍学人数')).v).toBe(1);
    expect(cell(spec, total, col(spec, '义务教育', '占比（%）')).v).toBe(50);
    expect(cell(spec, total, col(spec, '未参加基本医疗保险人数')).v).toBe(1);
    expect(cell(spec, total, col(spec, '危房户数')).v).toBe(1);
    expect(cell(spec, total, col(spec, '未解决安全饮用水户数')).v).toBe(1);
    expect(cell(spec, total, col(spec, '饮水困难户数')).v).toBe(1);
    expect(spec.rows.flat().some((c) => c?.link === "'问题整改清单'!A1")).toBe(true);
  });
  test('helpers by level; a helper across villages counts once in 合计', () => {
    const spec = buildHelperSummary(ctx());
    const total = rowWhere(spec, 1, '合计');
    expect(cell(spec, total, col(spec, '落实帮扶责任人户数')).v).toBe(6);
    expect(cell(spec, total, col(spec, '占比（%）')).v).toBe(roundHalfAway((6 / 7) * 100, 2));
    const helpers = col(spec, '帮扶责任人人数', '小计');
    expect(cell(spec, total, helpers)).toMatchObject({ v: 3 }); // 张三, 李四, 王五 — per-village sum would be 4
    expect(cell(spec, total, helpers).f).toBeUndefined();
    expect(cell(spec, rowWhere(spec, 1, '东山村'), helpers).v).toBe(2);
    expect(cell(spec, rowWhere(spec, 1, '西岭村'), helpers).v).toBe(2);
    expect(cell(spec, total, col(spec, '县级')).v).toBe(1);
    expect(cell(spec, total, col(spec, '最多联系户数')).v).toBe(3);
    expect(cell(spec, total, col(spec, '人均联系户数')).v).toBe(2);
    expect(helperLevel('县乡村振兴局')).toBe('县级');
    expect(helperLevel('乡镇')).toBe('乡镇');
    expect(helperLevel('市直单位')).toBe('市级');
  });
});

describe('4.7 资金使用情况汇总表', () => {
  const r = sampleReport();
  const spec = buildFundSummary(ctx(), r.fundRollup!);
  test('two blocks, each with 合计; 支出进度 from released', () => {
    const text = allText(spec);
    expect(text).toContain('一、按资金来源');
    expect(text).toContain('二、按项目类型');
    expect(text).toContain('单位：个、万元、户');
    const totals = spec.rows.map((row, i) => (row[1]?.v === '合计' ? i : -1)).filter((i) => i >= 0);
    expect(totals).toHaveLength(2);
    const spent = col(spec, '已支出（万元）');
    const prog = col(spec, '支出进度（%）');
    const projects = col(spec, '项目个数');
    expect(cell(spec, totals[0], spent)).toMatchObject({ v: 99.9234, numFmt: '0.0000' });
    expect(cell(spec, totals[0], spent).f).toMatch(/^SUM\(/);
    expect(cell(spec, totals[0], prog).v).toBe(76.86); // 99.9234 ÷ 130
    expect(cell(spec, totals[0], projects)).toMatchObject({ v: 4 }); // a project with two sources counts once
    expect(cell(spec, totals[0], projects).f).toBeUndefined();
    expect(cell(spec, totals[1], projects)).toMatchObject({ v: 4, f: expect.stringMatching(/^SUM\(/) });
    expect(cell(spec, totals[1], spent).v).toBe(99.9234);
    expect(text).toContain('产业发展资金占中央衔接资金比重60%（要求≥60%）。');
    expect(text.some((t) => t.startsWith('支出进度 = 已支出 ÷ 下达 × 100'))).toBe(true);
  });
});

describe('4.7 with 计划投资 as the progress base (no 下达 column)', () => {
  // 中央-only project (计划100, 支出60), a two-source project (中央80 + 其他20, 支出50), a 省级-only one (计划50,
  // 支出25). The 中央 line's 计划 (180) includes the two-source project; its execution only the 中央-only one.
  const header = H.filter((h) => h !== '下达');
  const one = (over: Record<string, string | number>) =>
    base({ 补助资金: '', 已拨付: '', '支出进度（%）': '', 验收时间: '', ...over });
  const rows = [
    one({ 计划投资: 100, 中央: 100, 省级: '', 其他: '', 已支出: 60 }),
    one({
      序号: 2,
      项目名称: '新民村蔬菜大棚建设项目',
      计划投资: 100,
      中央: 80,
      省级: '',
      其他: 20,
      已支出: 50,
    }),
    one({
      序号: 3,
      项目名称: '团结村通组硬化路建设项目',
      计划投资: 50,
      中央: '',
      省级: 50,
      其他: '',
      已支出: 25,
    }),
  ];
  const r = report([fundSheet(rows, { header })]);
  const spec = buildFundSummary(makeContext(r, config, { date: '2024-12-31' }), r.fundRollup!);
  test("a source line's 支出进度 = its allocated 已支出 ÷ its 计划 (中央 60 + 50×80% = 100 ÷ 180), a live formula", () => {
    expect(r.fundRollup!.progressBase).toBe('planned');
    const prog = col(spec, '支出进度（%）');
    const central = rowWhere(spec, 1, '中央衔接资金');
    expect(cell(spec, central, col(spec, '计划投资（万元）')).v).toBe(180);
    expect(cell(spec, central, col(spec, '已支出（万元）')).v).toBe(100);
    expect(cell(spec, central, prog)).toMatchObject({ v: 55.56, f: expect.stringMatching(/^IF\(/) });
    expect(allText(spec).some((t) => t.includes('按各来源计划金额的比例分摊'))).toBe(true);
    // No 下达 column in the ledger: no 下达 column in the table (not 0.00), and a note says so.
    expect(() => col(spec, '下达（万元）')).toThrow();
    expect(allText(spec).some((t) => t.includes('台账没有下达'))).toBe(true);
    // Every 合计 equals the sum of its lines, in both blocks, for every amount column.
    const totals = spec.rows.flatMap((row, i) => (row[1]?.v === '合计' ? [i] : []));
    expect(totals).toHaveLength(2);
    for (const key of ['项目个数', '计划投资（万元）', '已支出（万元）']) {
      const c = col(spec, key);
      let start = spec.dataRowRange![0] + 1;
      for (const t of totals) {
        let sum = 0;
        for (let i = start; i < t; i++) sum += Number(cell(spec, i, c).v ?? 0);
        expect(cell(spec, t, c).v).toBeCloseTo(sum, 6);
        start = t + 2; // the next caption
      }
    }
    // The type block has no such mix: its rows keep the formula over their own columns.
    const typeRow = rowWhere(spec, 1, '产业发展');
    expect(cell(spec, typeRow, prog).f).toMatch(/^IF\(/);
  });
});

describe('4.8 问题整改清单 / 4.10 问题汇总', () => {
  const spec = buildRectificationList(ctx());
  test('errors and warnings, types from the rule family, links, deadline', () => {
    expect(allText(spec)).toContain('共发现问题4条，已整改0条，整改中0条，整改率0%');
    const [d1, d2] = spec.dataRowRange!;
    expect(d2 - d1 + 1).toBe(4);
    const type = col(spec, '问题类型');
    const where = col(spec, '位置');
    expect(cell(spec, d1, type).v).toBe('身份信息');
    expect(cell(spec, d1, where)).toMatchObject({ v: '户信息!D5', link: "'户信息'!D5" });
    expect(cell(spec, d1, col(spec, '责任单位')).v).toBe('东山村');
    expect(cell(spec, d1, col(spec, '整改时限')).v).toBe('2025年1月30日');
    expect(cell(spec, d1, col(spec, '整改状态')).v).toBe('未整改');
    expect(cell(spec, d1, col(spec, '问题来源')).v).toBe('自查');
    expect(cell(spec, d1 + 2, type).v).toBe('项目资金');
    expect(cell(spec, d1 + 2, col(spec, '责任单位')).v).toBeUndefined();
    expect(problemType('water.unsafe')).toBe('两不愁三保障');
    expect(problemType('monitor.no-measures')).toBe('帮扶与监测');
    expect(problemType('sheet.totals-row')).toBe('表格结构');
  });
  test('in a workbook of its own (CLI --summary) 位置 is plain text, not a link that would point nowhere', () => {
    const own = buildRectificationList(ctx({ linkToLedger: false }));
    const [d1, d2] = own.dataRowRange!;
    const where = col(own, '位置');
    expect(cell(own, d1, where)).toEqual(expect.objectContaining({ v: '户信息!D5' }));
    for (let r = d1; r <= d2; r++) expect(cell(own, r, where).link).toBeUndefined();
  });
  test('问题汇总: per rule with households, 合计 counts a household once', () => {
    const s = buildFindingsSummary(ctx());
    const total = rowWhere(s, 1, '合计');
    expect(cell(s, total, col(s, '错误条数'))).toMatchObject({ v: 5, f: expect.stringMatching(/^SUM\(/) });
    expect(cell(s, total, col(s, '涉及户数')).v).toBe(2); // H1 twice, H3
    expect(cell(s, s.dataRowRange![0], col(s, '严重程度')).v).toBe('错误');
  });
});

describe('no silent zeros: a figure without its column prints 未统计 with the reason', () => {
  // Households of a ledger without cause, helper or 三保障 columns (their fields are absent).
  const bare = () => {
    const r = sampleReport();
    r.households = r.households.map((h) => ({
      sheet: h.sheet,
      row: h.row,
      householdId: h.householdId,
      village: h.village,
      size: h.size,
      members: h.members,
      covered: h.covered,
      exited: h.exited,
      monitored: h.monitored,
      netIncome: h.netIncome,
      perCapitaNetIncome: h.perCapitaNetIncome,
    }));
    return r;
  };
  const columnValues = (s: ReturnType<typeof buildCauseSummary>, c: number) => {
    const [d1, d2] = s.dataRowRange!;
    const out: unknown[] = [];
    for (let r = d1; r <= d2; r++) out.push(cell(s, r, c).v);
    return out;
  };
  test('致贫原因: one 未统计 column and the reason, not 100 % 未注明', () => {
    const s = buildCauseSummary(makeContext(bare(), config, { date: '2024-12-31' }));
    expect(allText(s)).not.toContain('未注明');
    const c = col(s, '致贫返贫风险类型');
    expect(new Set(columnValues(s, c))).toEqual(new Set(['未统计']));
    expect(allText(s).some((t) => t.includes('致贫原因/风险类型户数未统计'))).toBe(true);
  });
  test('帮扶责任人: 落实户数 and 人数 未统计, 占比 too; 总户数 still counts', () => {
    const s = buildHelperSummary(makeContext(bare(), config, { date: '2024-12-31' }));
    for (const h of [['落实帮扶责任人户数'], ['占比（%）'], ['帮扶责任人人数', '小计'], ['最多联系户数']])
      expect(new Set(columnValues(s, col(s, ...h)))).toEqual(new Set(['未统计']));
    const total = rowWhere(s, 1, '合计');
    expect(cell(s, total, col(s, '总户数')).v).toBe(7); // covered households
  });
  test('三保障: every figure without its column is 未统计, never 0', () => {
    const s = buildGuaranteeSummary(makeContext(bare(), config, { date: '2024-12-31' }));
    for (const h of [['失学辍学人数'], ['未参加基本医疗保险人数'], ['危房户数'], ['饮水困难户数']])
      for (const v of columnValues(s, col(s, ...h))) expect(v).toBe('未统计');
    expect(allText(s).some((t) => t.includes('这些栏目不是0'))).toBe(true);
  });
  test('收入: a component no household carries is 未统计; the report’s own list wins over the derivation', () => {
    const r = sampleReport();
    for (const h of r.households) delete h.components?.propertyIncome;
    const s = buildIncomeSummary(makeContext(r, config, { date: '2024-12-31' }));
    expect(new Set(columnValues(s, col(s, '财产性收入', '合计（元）')))).toEqual(new Set(['未统计']));
    expect(typeof cell(s, rowWhere(s, 1, '合计'), col(s, '工资性收入', '合计（元）')).v).toBe('number');
    r.unavailableFigures = [{ figure: 'income', label: '收入', tables: [], reason: '测试原因' }];
    const none = buildIncomeSummary(makeContext(r, config, { date: '2024-12-31' }));
    expect(new Set(columnValues(none, col(none, '纯收入', '合计（元）')))).toEqual(new Set(['未统计']));
    expect(new Set(columnValues(none, col(none, '人均纯收入（元）')))).toEqual(new Set(['未统计']));
    expect(allText(none).some((t) => t.includes('测试原因'))).toBe(true);
  });
});

describe('Chinese on paper: rule ids only in a hidden column', () => {
  const ruleId = /\b[a-z]+\.[a-z-]+\b/;
  /** Text of the columns a printout shows. */
  const visibleText = (s: ReturnType<typeof buildFindingsSummary>) => {
    const hidden = new Set(s.hiddenColumns ?? []);
    return s.rows.flatMap((r) =>
      r.flatMap((c, i) => (!hidden.has(i) && typeof c?.v === 'string' ? [c.v] : [])),
    );
  };
  test.each([
    ['问题汇总', () => buildFindingsSummary(ctx())],
    ['问题整改清单', () => buildRectificationList(ctx())],
  ])('%s prints rule titles; the ids stay for machines in a hidden 规则编号 column', (_, build) => {
    const s = build();
    for (const t of visibleText(s)) expect(t).not.toMatch(ruleId);
    const idCol = col(s, '规则编号');
    expect(s.hiddenColumns).toEqual([idCol]);
    const ids = new Set<unknown>();
    for (let r = s.dataRowRange![0]; r <= s.dataRowRange![1]; r++) ids.add(cell(s, r, idCol).v);
    expect(ids).toContain('id.checksum');
  });
  test('问题汇总 names the rule in Chinese (its catalogue title)', () => {
    const s = buildFindingsSummary(ctx());
    const r = rowWhere(s, 1, '证件号码校验码错误');
    expect(cell(s, r, col(s, '规则编号')).v).toBe('id.checksum');
  });
});

describe('4.9 公示名单', () => {
  test('one list per village; two identical column blocks; no ID numbers unless asked, then masked', () => {
    const lists = buildPublicityLists(ctx());
    expect(lists.map((s) => s.name)).toEqual([
      '公示名单（东山村）',
      '公示名单（西岭村）',
      '公示名单（=HYPERLINK("httpx")）', // sanitised: no : or / in a sheet name
    ]);
    const spec = lists[0];
    expect(spec.title).toBe('测试镇东山村2024年脱贫户和监测对象公示名单');
    expect(allText(spec).some((t) => t.includes('东山村') && t.includes('共4户'))).toBe(true);
    const paths = spec.rows[spec.headerRowRange[0]].map((c) => c?.v);
    const half = paths.length / 2;
    expect(paths.slice(0, half)).toEqual(paths.slice(half));
    expect(paths.slice(0, half)).toEqual([
      '序号',
      '村民小组',
      '户主姓名',
      '家庭人口数',
      '户类型/监测对象类别',
    ]);
    // Only 东山村's households: 赵甲, 钱乙 | 孙丙, 李丁.
    const [d1, d2] = spec.dataRowRange!;
    expect(d2 - d1 + 1).toBe(2);
    expect(cell(spec, d1, 0).v).toBe(1);
    expect(cell(spec, d1, half).v).toBe(3);
    expect(allText(spec)).not.toContain('周戊');
    for (const s of lists) for (const t of allText(s)) expect(t).not.toMatch(/健康|残疾|疾病|电话/);
    expect(lists.flatMap(allText).join()).not.toContain('110101199001011234');
    const withId = buildPublicityLists(ctx({ publicityIdNumbers: true }))[0];
    expect(allText(withId)).toContain('110101********1234');
    expect(allText(withId).join()).not.toContain('199001011234');
    const evil = lists[2];
    expect(allText(evil)).toContain('+1组');
    expect(allText(evil)).toContain('@王辛');
  });
  test('pages: each holds its own left and right halves; the last keeps room for the notes', () => {
    expect(pageSizes(10)).toEqual([10]);
    expect(pageSizes(40)).toEqual([32, 8]);
    expect(pageSizes(100)).toEqual([40, 48, 12]);
    expect(pageSizes(0)).toEqual([0]);
    for (const n of [1, 33, 87, 1000]) expect(pageSizes(n).reduce((a, b) => a + b, 0)).toBe(n);
  });
});

describe('buildAllSummaries', () => {
  test('all tables, unique legal names', () => {
    const specs = buildAllSummaries(sampleReport(), config, { date: '2024-12-31' });
    expect(specs.map((s) => s.name)).toEqual([
      '基本情况汇总表',
      '收入情况汇总表',
      '人均纯收入分组表',
      '致贫原因风险类型统计表',
      '两不愁三保障及饮水安全情况表',
      '帮扶责任人落实情况表',
      '资金使用情况汇总表',
      '问题整改清单',
      '问题汇总',
      '公示名单（东山村）',
      '公示名单（西岭村）',
      '公示名单（=HYPERLINK("httpx")）',
      '汇总表说明',
    ]);
    for (const s of specs) expect(s.name.length).toBeLessThanOrEqual(31);
    expect(specs[0].narrative?.length).toBeGreaterThan(0);
  });
  test('skips the fund table without funds and the household tables without households', () => {
    const r = { ...sampleReport(), fundRollup: null };
    expect(buildAllSummaries(r, config).map((s) => s.name)).not.toContain('资金使用情况汇总表');
    const e = emptyReport();
    expect(buildAllSummaries(e, config).map((s) => s.name)).toEqual([
      '问题整改清单',
      '问题汇总',
      '汇总表说明',
    ]);
    const clean = buildAllSummaries(e, config);
    expect(allText(clean[0]).some((t) => t.includes('未整改，数据仅供参考'))).toBe(false);
  });
  test('accepts a raw config (defaults fill the gaps)', () => {
    const specs = buildAllSummaries(sampleReport(), { reportingUnit: '某乡人民政府' } as never);
    expect(specs[0].title).toBe('某乡脱贫人口和监测对象基本情况汇总表');
  });
});

describe('2014–2020 ledgers', () => {
  test('未脱贫/返贫 columns and 贫困发生率 from them', () => {
    const r = sampleReport();
    r.villages = r.villages.map((v, i) =>
      i === 0 ? { ...v, stillPoorHouseholds: 2, stillPoorPersons: 6, incidencePersons: 6 } : v,
    );
    r.incidenceBasis = '未脱贫及返贫户人数';
    const c = makeContext(r, config, { date: '2019-12-31' });
    const spec = buildBasicSummary(c);
    const total = rowWhere(spec, 1, '合计');
    expect(spec.title).toBe('测试镇2019年建档立卡贫困人口基本情况汇总表');
    expect(cell(spec, total, col(spec, '未脱贫/返贫', '人数')).v).toBe(6);
    expect(cell(spec, total, col(spec, '贫困发生率（%）')).v).toBe(0.4); // 6 ÷ 1500
  });
});
