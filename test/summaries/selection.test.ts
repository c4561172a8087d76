// Choosing tables and places (CLI --summary-tables / --summary-villages, the pane), and the 汇总表说明 sheet.
import { configSchema } from '../../src/core/config/schema';
import {
  buildAllSummaries,
  buildSummaryBook,
  explanationLines,
  makeContext,
  resolveTables,
  SummarySelectionError,
  SUMMARY_TABLES,
} from '../../src/core/summaries';
import { isOwnSheet } from '../../src/taskpane/model';
import { allText, col, emptyReport, headerPaths, rowWhere, sampleReport } from './fixtures';
import type { SheetSpec } from '../../src/core/summaries';

/** The column whose whole header path is exactly `path`. */
const exact = (s: SheetSpec, ...path: string[]) =>
  headerPaths(s).findIndex((p) => p.join('/') === path.join('/'));

const config = configSchema.parse({ reportingUnit: '测试镇人民政府' });

describe('resolveTables', () => {
  test('ids, Chinese names, aliases and a unique part of a name', () => {
    expect(resolveTables(['basic', '收入情况汇总表', '三保障', '公示'])).toEqual([
      'basic',
      'income',
      'guarantees',
      'publicity',
    ]);
    expect(resolveTables(['（务工情况统计表）', '年龄结构'])).toEqual(['work', 'ages']);
    expect(resolveTables(['Basic', 'basic'])).toEqual(['basic']);
  });
  test('an unknown name: Chinese message listing the tables', () => {
    expect(() => resolveTables(['基本情况表格X'])).toThrow(SummarySelectionError);
    try {
      resolveTables(['人口表']);
      throw new Error('not thrown');
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain('未知的汇总表：“人口表”');
      for (const t of SUMMARY_TABLES) expect(msg).toContain(t.name);
    }
  });
  test('a name matching several tables asks for the full name', () => {
    expect(() => resolveTables(['情况'])).toThrow(/对应多张汇总表.*请写全表名或编号/);
  });
});

describe('buildSummaryBook with a table choice', () => {
  test('only the chosen tables, then 汇总表说明', () => {
    const book = buildSummaryBook(sampleReport(), config, {
      date: '2024-12-31',
      tables: ['收入情况汇总表', 'funds'],
    });
    expect(book.specs.map((s) => s.name)).toEqual(['收入情况汇总表', '资金使用情况汇总表', '汇总表说明']);
    expect(book.skipped).toEqual([]);
  });
  test('a chosen table the ledger cannot give is skipped with its reason, also in 说明', () => {
    const r = { ...sampleReport(), fundRollup: null };
    const book = buildSummaryBook(r, config, { tables: ['资金使用情况汇总表', 'basic'] });
    expect(book.specs.map((s) => s.name)).toEqual(['基本情况汇总表', '汇总表说明']);
    expect(book.skipped).toEqual([
      { id: 'funds', name: '资金使用情况汇总表', reason: '工作簿中没有项目资金台账' },
    ]);
    expect(allText(book.specs[1]).join()).toContain('资金使用情况汇总表（未生成）');
  });
  test('every table by default, 汇总表说明 last; 说明 alone is not written without data', () => {
    const names = buildAllSummaries(sampleReport(), config).map((s) => s.name);
    expect(names[names.length - 1]).toBe('汇总表说明');
    expect(buildAllSummaries(emptyReport(), config, { tables: ['notes'] })).toEqual([]);
    // Written with any choice of tables, asked for or not.
    expect(buildAllSummaries(sampleReport(), config, { tables: ['basic'] }).map((s) => s.name)).toEqual([
      '基本情况汇总表',
      '汇总表说明',
    ]);
  });
  test('our sheets, new ones included, are never read back as ledgers', () => {
    for (const t of SUMMARY_TABLES) expect(isOwnSheet(t.name)).toBe(true);
    expect(isOwnSheet('汇总表说明(2)')).toBe(true);
    expect(isOwnSheet('说明')).toBe(false);
  });
});

describe('villages and townships', () => {
  test('one village: every table counts its households only; findings of others leave', () => {
    const r = sampleReport();
    const specs = buildAllSummaries(r, config, { date: '2024-12-31', villages: ['西岭'] });
    const basic = specs.find((s) => s.name === '基本情况汇总表')!;
    const v = col(basic, '行政村');
    expect(() => rowWhere(basic, v, '东山村')).toThrow();
    const row = rowWhere(basic, v, '西岭村');
    const total = rowWhere(basic, v, '合计');
    expect(basic.rows[total][col(basic, '脱贫户', '户数')]?.v).toBe(
      basic.rows[row][col(basic, '脱贫户', '户数')]?.v,
    );
    const income = specs.find((s) => s.name === '收入情况汇总表')!;
    const west = r.households.filter((h) => h.village === '西岭村');
    expect(income.rows[rowWhere(income, 1, '合计')][exact(income, '户数')]?.v).toBe(west.length);
    const lists = specs.filter((s) => s.name.startsWith('公示名单'));
    expect(lists).toHaveLength(1);
    expect(allText(lists[0]).join()).toContain('西岭村');
    expect(allText(lists[0]).join()).not.toContain('东山村');
    const notes = specs.find((s) => s.name === '汇总表说明')!;
    expect(allText(notes).join()).toContain('只统计西岭村的户');
    // Titles and sentences name the village, not the whole township.
    expect(basic.title).toBe('测试镇西岭村2024年脱贫人口和监测对象基本情况汇总表');
    expect(basic.narrative![0]).toMatch(/^截至2024年12月31日，西岭村共有脱贫户/);
    // Findings of 东山村's households are not in 西岭村's 问题整改清单.
    const eastIds = new Set(r.households.filter((h) => h.village === '东山村').map((h) => h.householdId));
    const eastFindings = r.findings.filter((f) => f.householdId && eastIds.has(f.householdId));
    expect(eastFindings.length).toBeGreaterThan(0);
    const list = specs.find((s) => s.name === '问题整改清单')!;
    for (const f of eastFindings) expect(allText(list)).not.toContain(f.message);
  });
  test('a township selects its villages', () => {
    const r = sampleReport();
    r.households = r.households.map((h) => ({ ...h, township: h.village === '东山村' ? '花园乡' : '柳镇' }));
    r.villages = r.villages.map((v) => ({ ...v, township: v.village === '东山村' ? '花园乡' : '柳镇' }));
    const specs = buildAllSummaries(r, config, { villages: ['花园乡人民政府'], tables: ['收入情况汇总表'] });
    const income = specs[0];
    expect(income.rows[rowWhere(income, 1, '合计')][exact(income, '户数')]?.v).toBe(
      r.households.filter((h) => h.township === '花园乡').length,
    );
  });
  test('an unknown place: Chinese message naming the ledger villages', () => {
    expect(() => buildAllSummaries(sampleReport(), config, { villages: ['北坡村'] })).toThrow(
      /台账中没有村或乡镇“北坡村”。台账中的村：东山村、西岭村/,
    );
  });
});

describe('汇总表说明', () => {
  test('formulas, lines, data date, denominators, 支出进度 base and the open findings', () => {
    const r = sampleReport();
    r.dataDate = { date: '2024-11-30', source: '“户信息”表头上方的截至日期' };
    const ctx = makeContext(r, config, { date: '2024-11-30' });
    const lines = new Map(
      explanationLines(ctx, {
        written: [{ id: 'basic', names: ['基本情况汇总表'] }],
        skipped: [],
        places: null,
      }),
    );
    expect(lines.get('数据日期')).toContain('2024年11月30日（“户信息”表头上方的截至日期）');
    expect(lines.get('贫困线、监测线')).toContain(`贫困线${ctx.povertyLine}元`);
    expect(lines.get('纯收入')).toContain('− 生产经营性支出');
    expect(lines.get('人均纯收入')).toContain('纯收入合计 ÷ 人数合计');
    expect(lines.get('监测对象（风险未消除）人口占比')).toContain('÷ 农业户籍人口 × 100');
    const base = r.fundRollup!.progressBase === 'released' ? '下达' : '计划投资';
    expect(lines.get('支出进度')).toContain(`已支出 ÷ ${base} × 100`);
    expect(lines.get('尚未整改的问题')).toContain(
      `错误${r.counts.error}条、警告${r.counts.warning}条、提示${r.counts.info}条`,
    );
    expect(lines.get('基本情况汇总表')).toContain('脱贫户');
  });
  test('exempted findings are counted apart', () => {
    const r = sampleReport();
    r.exempted = [
      {
        finding: r.findings[0],
        exemption: { key: 'k', rule: r.findings[0].rule, subject: 's', reason: '已核实' },
      },
    ];
    const notes = buildAllSummaries(r, config, { tables: ['notes', 'basic'] }).find(
      (s) => s.name === '汇总表说明',
    )!;
    expect(allText(notes).join()).toContain('另有1条经核实无误');
  });
});
