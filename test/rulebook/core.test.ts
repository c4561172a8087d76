// The rule-record engine (rulebook): records compile once, run per person row or household, honour guards,
// params, yieldsTo and config; county packs are validated with Chinese messages naming line and position.
import { promises as fs } from 'fs';
import path from 'path';
import { analyze } from '../../src/core/engine';
import { compileRule, RuleCompileError } from '../../src/core/rulebook/compile';
import { loadRulePack } from '../../src/core/rulebook/packs';
import type { RulePack, RuleRecord } from '../../src/core/rulebook/types';
import { CONFIG, makeId, sheet, TODAY } from '../rules/helpers';
import { generateNationalExport, toSheetInput } from '../generator/national';
import { NATIONAL_PACK } from '../../src/core/rulebook/national';

const HEADER = [
  '户编号',
  '姓名',
  '证件号码',
  '与户主关系',
  '户类型',
  '家庭人口数',
  '在校生状况',
  '劳动技能',
  '帮扶责任人',
  '教育帮扶',
];
const people: Array<Record<string, string | number>> = [
  {
    户编号: 'H1',
    姓名: '甲一',
    证件号码: makeId('19400105', 1, true),
    与户主关系: '户主',
    户类型: '脱贫户',
    家庭人口数: 1,
    劳动技能: '无劳动力',
    帮扶责任人: '王五',
  },
  {
    户编号: 'H2',
    姓名: '乙一',
    证件号码: makeId('19800203', 2, true),
    与户主关系: '户主',
    户类型: '脱贫户',
    家庭人口数: 2,
    劳动技能: '普通劳动力',
    帮扶责任人: '王五',
  },
  {
    户编号: 'H2',
    姓名: '乙二',
    证件号码: makeId('20080304', 3, false),
    与户主关系: '之女',
    户类型: '脱贫户',
    家庭人口数: 2,
    在校生状况: '中职一年级',
    劳动技能: '无劳动力',
  },
  {
    户编号: 'H3',
    姓名: '丙一',
    证件号码: makeId('19700101', 4, false),
    与户主关系: '户主',
    户类型: '普通农户',
    家庭人口数: 1,
    在校生状况: '中职二年级',
    劳动技能: '普通劳动力',
  },
];
const ledger = () => [sheet('台账', HEADER, people)];

const rec = (r: Partial<RuleRecord>): RuleRecord => ({
  id: 'county.test',
  title: '测试规则',
  severity: 'warning',
  scope: 'person',
  columns: ['在校生状况'],
  condition: 'true',
  message: '提示',
  ...r,
});
const pack = (...rules: RuleRecord[]): RulePack => ({ name: '测试包', rules });
const run = (packs: RulePack[], extra: Record<string, unknown> = {}) =>
  analyze(ledger(), { ...CONFIG, ...extra }, { ...TODAY, rulePacks: packs }).report;

/** Each condition as a record county.gN and its twin county.uN, `(C) || false`: an alternative without a guard,
 * so CEL judges the twin on every row. */
const twins = (conditions: string[], r: Partial<RuleRecord>): RuleRecord[] =>
  conditions.flatMap((condition, i) => [
    rec({ ...r, id: `county.g${i}`, condition }),
    rec({ ...r, id: `county.u${i}`, condition: `(${condition}) || false` }),
  ]);

/** One-person households H0, H1 … holding `values` in `column`, checked with `records`. */
const runOn = (column: string, values: Array<string | number>, records: RuleRecord[]) =>
  analyze(
    [
      sheet(
        '台账',
        [...HEADER.slice(0, 6), column],
        values.map((v, i) => ({
          户编号: `H${i}`,
          姓名: `人${i}`,
          证件号码: makeId('19800101', i + 1, i % 2 === 0),
          与户主关系: '户主',
          户类型: '脱贫户',
          家庭人口数: 1,
          [column]: v,
        })),
      ),
    ],
    CONFIG,
    { ...TODAY, rulePacks: [pack(...records)] },
  ).report;

describe('rule records', () => {
  it('runs a person-scope record on the rows its condition holds for, at the named cell, with its message', () => {
    const r = run([
      pack(
        rec({
          condition: 'h.exited && p["在校生状况"].startsWith("中职") && age < 18',
          message: '{p["姓名"]}（{age}岁）在读{p["在校生状况"]}',
          optional: ['姓名'],
        }),
      ),
    ]);
    const f = r.findings.filter((x) => x.rule === 'county.test');
    expect(f.map((x) => [x.cell, x.message, x.severity, x.householdId])).toEqual([
      ['G6', '乙二（16岁）在读中职一年级', 'warning', 'H2'],
    ]);
    expect(r.rulePacks?.map((p) => [p.name, p.builtin, p.rules])).toEqual(
      expect.arrayContaining([['测试包', false, 1]]),
    );
  });

  it('runs a household-scope record once per household at its first member row, with members and params', () => {
    const r = run([
      pack(
        rec({
          scope: 'household',
          columns: ['劳动技能'],
          condition: 'members.all(m, m["劳动技能"] in s.none) && h.size >= 1',
          params: { none: ['无劳动力', '丧失劳动力'] },
          message: '整户{h.size}人无劳动力',
        }),
      ),
    ]);
    expect(r.findings.filter((x) => x.rule === 'county.test').map((x) => [x.cell, x.message])).toEqual([
      ['H4', '整户1人无劳动力'],
    ]);
  });

  it("reads a member on another sheet through that sheet's own columns (a household split over two sheets)", () => {
    // The second sheet has its columns in another order: a member there must not be read by the first's indexes.
    const other = [...HEADER].reverse();
    const sheets = [sheet('台账', HEADER, people.slice(0, 2)), sheet('台账二', other, people.slice(2))];
    const record = rec({
      scope: 'household',
      columns: ['在校生状况'],
      optional: ['姓名'],
      condition: 'members.exists(m, m["在校生状况"] == "中职一年级")',
      message: '有中职学生：{members.filter(m, m["在校生状况"] != "").map(m, m["姓名"]).join("、")}',
    });
    const r = analyze(sheets, CONFIG, { ...TODAY, rulePacks: [pack(record)] }).report;
    const f = r.findings.filter((x) => x.rule === 'county.test');
    expect(f.map((x) => [x.sheet, x.householdId, x.message])).toEqual([['台账', 'H2', '有中职学生：乙二']]);
  });

  it('compiles every built-in record with the full column and type checks a county pack gets', () => {
    // At run time the built-in records skip these checks (start-up); this is where they are held to them.
    expect(NATIONAL_PACK.rules.length).toBeGreaterThan(40);
    for (const r of NATIONAL_PACK.rules) expect(() => compileRule(r, NATIONAL_PACK.name)).not.toThrow();
    const trusted = NATIONAL_PACK.rules.map((r) => compileRule(r, NATIONAL_PACK.name, {}, true));
    const full = NATIONAL_PACK.rules.map((r) => compileRule(r, NATIONAL_PACK.name));
    expect(trusted.map((c) => [c.guards, c.usesAge, c.params, c.message.length])).toEqual(
      full.map((c) => [c.guards, c.usesAge, c.params, c.message.length]),
    );
    // The trusted path really skips the checks: an undeclared column passes there and fails in full.
    const bad = rec({ condition: 'p["未列出的列"] == "x"' });
    expect(() => compileRule(bad, 'x')).toThrow(RuleCompileError);
    expect(() => compileRule(bad, 'x', {}, true)).not.toThrow();
  });

  it('turns lengths, filled numbers, list settings and disjunctions into guards, and negates only exact ones', () => {
    const guards = (condition: string, params?: RuleRecord['params']) =>
      compileRule(rec({ columns: ['证件号码', '劳动技能', '面积'], condition, params }), 'x').guards;
    expect(guards('p["证件号码"].size() in [20, 22]')).toEqual([
      { kind: 'size', column: '证件号码', sizes: new Set([20, 22]), negate: false },
    ]);
    expect(guards('!(size(p["证件号码"]) == 18)')).toEqual([
      { kind: 'size', column: '证件号码', sizes: new Set([18]), negate: true },
    ]);
    expect(guards('p["劳动技能"] in s.full', { full: ['普通劳动力'] })).toEqual([
      { kind: 'cell', column: '劳动技能', values: new Set(['普通劳动力']), negate: false },
    ]);
    // num(x) compared with a number (literal or setting) and isNum(x) are judged per value with CEL's own num():
    // exact, so their negations are guards too. == and != take no int literal (CEL has no double == int).
    const filledArea = { kind: 'cell', column: '面积', values: new Set(['']), negate: true };
    const num = (op: string, value: number | string, negate = false, fn = 'num') => ({
      kind: 'num',
      fn,
      column: '面积',
      op,
      value,
      negate,
    });
    expect(guards('num(p["面积"]) > 0.0')).toEqual([num('>', 0)]);
    expect(guards('num(p["面积"]) >= s.min', { min: 2.5 })).toEqual([num('>=', 2.5)]);
    expect(guards('3 < num(p["面积"])')).toEqual([num('>', 3)]);
    expect(guards('isNum(p["面积"])')).toEqual([num('isNum', 0)]);
    expect(guards('!(num(p["面积"]) > 0.0)')).toEqual([num('>', 0, true)]);
    expect(guards('num(p["面积"]) != 0.0')).toEqual([num('!=', 0)]);
    // month() and day() are ints, compared with ints, asOf, refMonth (CEL's checker refuses int == double).
    expect(guards('month(p["面积"]) > asOf')).toEqual([num('>', 'asOf', false, 'month')]);
    expect(guards('refMonth <= month(p["面积"])')).toEqual([num('>=', 'refMonth', false, 'month')]);
    expect(guards('!(day(p["面积"]) < 0)')).toEqual([num('<', 0, true, 'day')]);
    // A built-in record compiles without the checker: an == of mixed types (a run-time failure) gets no guard.
    const trusted = (condition: string) =>
      compileRule(rec({ columns: ['面积'], condition }), 'x', {}, true).guards;
    expect(trusted('month(p["面积"]) == 2.5')).toEqual([]);
    expect(trusted('num(p["面积"]) == asOf')).toEqual([filledArea]);
    // A literal in the household's risk or measure list (h.risks holds the normalised risk types).
    expect(
      guards('"因病" in h.risks && !("雨露计划" in h.measures) && h.measures.exists(x, x.contains("公益"))'),
    ).toEqual([
      { kind: 'hlist', list: 'risks', match: 'in', value: '因病', negate: false },
      { kind: 'hlist', list: 'measures', match: 'in', value: '雨露计划', negate: true },
      { kind: 'hlist', list: 'measures', match: 'contains', value: '公益', negate: false },
    ]);
    // Some other test inside exists is no guard.
    expect(guards('h.measures.exists(x, x.startsWith("公益"))')).toEqual([]);
    // Compared with something that is not a fixed number: only a filled cell is implied, never negated.
    const filled = { kind: 'cell', column: '面积', values: new Set(['']), negate: true };
    expect(guards('num(p["面积"]) > num(p["劳动技能"])')).toEqual([filled]);
    expect(guards('!(num(p["面积"]) > num(p["劳动技能"]))')).toEqual([]);
    expect(guards('p["劳动技能"] == "无劳动力" || num(p["面积"]) > 1.0')).toEqual([
      {
        kind: 'any',
        alts: [
          [{ kind: 'cell', column: '劳动技能', values: new Set(['无劳动力']), negate: false }],
          [num('>', 1)],
        ],
      },
    ]);
    // An alternative without a guard of its own: the disjunction guards nothing.
    expect(guards('p["劳动技能"] == "无劳动力" || age > 60')).toHaveLength(1);
    expect(guards('p["劳动技能"] == "无劳动力" || p["证件号码"].startsWith("52")')).toEqual([]);
  });

  it('guards only skip rows a record cannot fire on: the same findings with every guard removed', () => {
    // A national export with every v2 error injected, checked twice: as compiled, and with each record's guards
    // stripped so CEL judges every row. Any guard that rejects a row the condition holds for shows up here.
    const { v2InjectionList } = jest.requireActual('../generator/nationalV2') as {
      v2InjectionList: (n: number, ok: (id: string) => boolean) => string[];
    };
    const exp = generateNationalExport({
      seed: 5,
      persons: 4000,
      monitoredShare: 0.4,
      inject: v2InjectionList(1, () => true),
    });
    const sheets = exp.files.map(toSheetInput);
    const config = { incidenceDenominator: 'totalPopulation' };
    const when = { today: { y: 2026, m: 5, d: 20 } };
    let guarded: string[] = [];
    let unguarded: string[] = [];
    let guardCount = 0;
    const show = (r: { findings: Array<{ rule: string; sheet: string; cell: string; message: string }> }) =>
      r.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell} ${f.message}`);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const engine = require('../../src/core/engine') as typeof import('../../src/core/engine');
      guarded = show(engine.analyze(sheets, config, when).report);
    });
    jest.isolateModules(() => {
      const compile =
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('../../src/core/rulebook/compile') as typeof import('../../src/core/rulebook/compile');
      const real = compile.compileRule;
      jest.spyOn(compile, 'compileRule').mockImplementation((...a) => {
        const c = real(...a);
        guardCount += c.guards.length;
        return { ...c, guards: [] };
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const engine = require('../../src/core/engine') as typeof import('../../src/core/engine');
      unguarded = show(engine.analyze(sheets, config, when).report);
    });
    expect(guardCount).toBeGreaterThan(40);
    expect(guarded.length).toBeGreaterThan(50);
    expect(unguarded).toEqual(guarded);
  });

  it('compiles a built-in record only when a ledger has its columns (start-up of a small check)', () => {
    jest.isolateModules(() => {
      const compile =
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('../../src/core/rulebook/compile') as typeof import('../../src/core/rulebook/compile');
      const spy = jest.spyOn(compile, 'compileRule');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const engine = require('../../src/core/engine') as typeof import('../../src/core/engine');
      const report = engine.analyze(ledger(), CONFIG, TODAY).report;
      const compiled = spy.mock.calls.map((c) => c[0].id);
      // 在校生状况 is on the ledger, 公益性岗位 and 证件类型 are not.
      expect(compiled).toContain('edu.grade-age-band');
      expect(compiled).not.toContain('employment.public-job-months');
      expect(compiled).not.toContain('id.disability-cert-type-mismatch');
      expect(compiled.length).toBeLessThan(report.rulePacks!.find((p) => p.builtin)!.rules);
      // The same settings again: nothing is compiled twice.
      const before = spy.mock.calls.length;
      engine.analyze(ledger(), CONFIG, TODAY);
      expect(spy.mock.calls.length).toBe(before);
    });
  });

  it('lets a config key of the same name override a param', () => {
    const record = rec({ condition: 'age >= s.minAge', params: { minAge: 80 }, columns: ['姓名'] });
    expect(run([pack(record)]).findings.filter((x) => x.rule === 'county.test')).toHaveLength(1);
    expect(
      run([pack(record)], { laborAgeMax: 60 }).findings.filter((x) => x.rule === 'county.test'),
    ).toHaveLength(1);
    const byConfig = compileRule(record, 'x', { minAge: 50 });
    expect(byConfig.params.minAge).toBe(50);
  });

  it('skips a record whose column the sheet lacks with one sheet.column-missing naming it', () => {
    const r = run([
      pack(rec({ columns: ['雨露计划补助'] }), rec({ id: 'county.test2', columns: ['雨露计划补助'] })),
    ]);
    const missing = r.findings.filter(
      (x) => x.rule === 'sheet.column-missing' && x.message.includes('雨露计划补助'),
    );
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain('测试规则');
    expect(r.findings.some((x) => x.rule === 'county.test')).toBe(false);
  });

  it('does not emit a record on a row where a rule it yields to fired', () => {
    const base = rec({ id: 'county.first', condition: 'p["在校生状况"] != ""', message: 'a' });
    const second = rec({
      id: 'county.second',
      condition: 'p["在校生状况"] != ""',
      message: 'b',
      yieldsTo: ['county.first'],
    });
    const r = run([pack(base, second)]);
    expect(r.findings.filter((x) => x.rule === 'county.first')).toHaveLength(2);
    expect(r.findings.filter((x) => x.rule === 'county.second')).toHaveLength(0);
  });

  it('a guard that fails skips CEL, and the result equals evaluating the whole condition', () => {
    const c = compileRule(
      rec({ condition: 'p["在校生状况"] in ["七年级", "八年级"] && h.riskOpen && age >= 12' }),
      'x',
    );
    expect(c.guards.map((g) => g.kind)).toEqual(['cell', 'flag', 'age']);
  });

  it('numeric guards pass exactly the rows CEL’s num() comparison holds for, odd cells included', () => {
    const cells: Array<string | number> = [
      '2',
      '1.5',
      '',
      'abc',
      '1,600',
      '1e1',
      ' 3 ',
      '-0',
      '0',
      '２',
      1.7,
      '.5',
      '#N/A',
      '202403',
      '2026-01-15',
      '20251231',
      45000,
      '2024年3月',
    ];
    const conditions = [
      'num(p["面积"]) > 1.5',
      '!(num(p["面积"]) >= 2.0)',
      'isNum(p["面积"])',
      '!isNum(p["面积"])',
      'num(p["面积"]) != s.k',
      '0 < num(p["面积"])',
      'month(p["面积"]) > asOf',
      'month(p["面积"]) >= 0 && month(p["面积"]) <= refMonth',
      '!(day(p["面积"]) < 0)',
      'day(p["面积"]) < 0',
    ];
    const records = twins(conditions, { columns: ['面积'], params: { k: 2 } });
    const compiled = records.map((r) => compileRule(r, 'x'));
    expect(compiled.filter((c, i) => i % 2 === 0).every((c) => c.guards[0]?.kind === 'num')).toBe(true);
    expect(compiled.filter((c, i) => i % 2 === 1).every((c) => c.guards.length === 0)).toBe(true);
    const r = runOn('面积', cells, records);
    const rowsOf = (id: string) => r.findings.filter((f) => f.rule === id).map((f) => f.row);
    conditions.forEach((_, i) => {
      expect(rowsOf(`county.g${i}`)).toEqual(rowsOf(`county.u${i}`));
      expect(rowsOf(`county.u${i}`).length).toBeGreaterThan(0);
    });
    expect(r.rulePacks?.find((p) => p.name === '测试包')?.errors).toEqual([]);
  });

  it('household-list guards pass exactly the households CEL’s in / exists-contains holds for', () => {
    const conditions = ['h.measures.exists(x, x.contains("雨露"))', '!("雨露计划" in h.measures)'];
    const records = twins(conditions, { scope: 'household', columns: ['教育帮扶'] });
    expect(records.map((r) => compileRule(r, 'x').guards.length)).toEqual([1, 0, 1, 0]);
    const measures = ['雨露计划（中职）', '雨露计划', '助学贷款', '', '教育资助、雨露计划补助'];
    const r = runOn('教育帮扶', measures, records);
    const ids = (id: string) => r.findings.filter((f) => f.rule === id).map((f) => f.householdId);
    expect(ids('county.g0')).toEqual(['H0', 'H1', 'H4']);
    expect(ids('county.u0')).toEqual(ids('county.g0'));
    expect(ids('county.g1')).toEqual(ids('county.u1'));
    expect(ids('county.g1').length).toBeGreaterThan(0);
  });

  it('reports a record that fails at run time once, with the rows, instead of crashing', () => {
    const r = run([pack(rec({ condition: 'p["在校生状况"] + 1 > 2' }))]);
    const p = r.rulePacks?.find((x) => x.name === '测试包');
    expect(p?.errors).toHaveLength(1);
    expect(p?.errors[0].rows).toBe(4);
  });
});

describe('compile errors are Chinese, with line and position', () => {
  const err = (r: Partial<RuleRecord>): RuleCompileError => {
    try {
      compileRule(rec(r), 'x');
    } catch (e) {
      if (e instanceof RuleCompileError) return e;
      throw e;
    }
    throw new Error('compiled');
  };
  it('syntax error', () => {
    const e = err({ condition: 'p["在校生状况"] == \n "七年级" &&' });
    expect(e.message).toMatch(/条件.*第2行第\d+列.*语法错误/);
  });
  it('unknown function', () => {
    expect(err({ condition: 'lookup(p["在校生状况"])' }).message).toContain('未知的函数“lookup”');
  });
  it('undeclared column', () => {
    expect(err({ condition: 'p["健康状况"] == "健康"' }).message).toContain(
      '未在 columns 或 optional 中列出的列“健康状况”',
    );
  });
  it('regular expressions are refused (unbounded time)', () => {
    expect(err({ condition: 'p["在校生状况"].matches("(a+)+$")' }).message).toContain('不支持正则表达式');
  });
  it('unknown variable', () => {
    expect(err({ condition: 'process.exit == 1' }).message).toMatch(/未知|无法/);
  });
});

describe('county packs', () => {
  it('the example pack in examples/ loads and its rules run', async () => {
    const text = await fs.readFile(path.join(__dirname, '../../examples/县规则示例.json'), 'utf8');
    const loaded = loadRulePack(text, '县规则示例.json');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.pack.rules).toHaveLength(3);
    const r = analyze(ledger(), CONFIG, { ...TODAY, rulePacks: [loaded.pack] }).report;
    expect(
      r.findings
        .filter((f) => f.rule.startsWith('county.'))
        .map((f) => [f.rule, f.cell])
        .sort(),
    ).toEqual([
      ['county.elderly-living-alone', 'B4'],
      ['county.student-no-subsidy', 'G6'],
    ]);
  });

  it('a malformed pack gives Chinese messages with the line of the rule, never a crash', () => {
    const text = JSON.stringify(
      {
        name: '坏包',
        rules: [
          {
            id: 'county.a',
            title: 'A',
            severity: 'fatal',
            scope: 'person',
            columns: ['姓名'],
            condition: 'true',
            message: 'x',
          },
          {
            id: 'county.b',
            title: 'B',
            severity: 'info',
            scope: 'person',
            columns: ['姓名'],
            condition: 'p["姓名"] ==',
            message: 'x',
          },
          {
            id: 'id.checksum',
            title: 'C',
            severity: 'info',
            scope: 'person',
            columns: ['姓名'],
            condition: 'true',
            message: 'x',
          },
        ],
      },
      null,
      2,
    );
    const loaded = loadRulePack(text, '坏包.json');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const msgs = loaded.problems.map((p) => `${p.line}:${p.message}`);
    expect(msgs).toHaveLength(3);
    expect(msgs[0]).toMatch(/^5:.*严重程度/);
    expect(msgs[1]).toMatch(/^\d+:.*语法错误/);
    expect(Number(msgs[1].split(':')[0])).toBeGreaterThan(12);
    expect(msgs[2]).toContain('内置规则重复');
    expect(loadRulePack('{ "name": "x", rules: [] }', 'y.json')).toMatchObject({ ok: false });
  });
});

describe('packs kept in the settings (config.rulePacks, the pane’s 县规则包)', () => {
  const stored = {
    name: '设置中的包',
    rules: [rec({ id: 'county.kept', condition: 'p["在校生状况"] != ""', message: '在校' })],
  };
  it('runs enabled packs and skips disabled ones', () => {
    const on = analyze(ledger(), { ...CONFIG, rulePacks: [stored] }, TODAY).report;
    expect(on.findings.filter((f) => f.rule === 'county.kept')).toHaveLength(2);
    const off = analyze(ledger(), { ...CONFIG, rulePacks: [{ ...stored, enabled: false }] }, TODAY).report;
    expect(off.findings.filter((f) => f.rule === 'county.kept')).toHaveLength(0);
  });
  it('an invalid stored pack is a config error in Chinese naming the pack', () => {
    const bad = { name: '坏包', rules: [rec({ id: 'county.bad', condition: 'p["在校生状况"] ==' })] };
    expect(() => analyze(ledger(), { ...CONFIG, rulePacks: [bad] }, TODAY)).toThrow(/规则包“坏包”.*语法错误/);
  });
});

describe('the built-in national pack', () => {
  it('runs on a generated national export without a run-time error in any record (NaN, overflow, types)', () => {
    const exp = generateNationalExport({ seed: 21, persons: 600 });
    const r = analyze(exp.files.map(toSheetInput), {}, TODAY).report;
    const builtin = r.rulePacks?.find((p) => p.builtin);
    expect(builtin?.rules).toBeGreaterThan(30);
    expect(builtin?.errors).toEqual([]);
  });
});

describe('county columns', () => {
  it('a pack may read a header the product does not know; the report’s columnsFound lists only mapped keys', () => {
    const header = [...HEADER, '村自定备注'];
    const rows = people.map((p, i) => ({ ...p, 村自定备注: i === 1 ? '重点关注' : '' }));
    const r = analyze([sheet('台账', header, rows)], CONFIG, {
      ...TODAY,
      rulePacks: [
        pack(
          rec({
            columns: ['村自定备注'],
            condition: 'p["村自定备注"] == "重点关注"',
            message: '重点关注户',
          }),
        ),
      ],
    }).report;
    expect(r.findings.filter((f) => f.rule === 'county.test').map((f) => f.cell)).toEqual(['K5']);
    expect(r.sheets[0].columnsFound?.some((k) => k.startsWith('#'))).toBe(false);
  });
});
