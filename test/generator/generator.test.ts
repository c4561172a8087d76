import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { analyseIdNumber } from '../../src/core/id/gb11643';
import { generateLedger, injectableRules, toSheetInputs, writeWorkbook, type GeneratedLedger } from './index';
import { num, oracle, rowsOf } from './oracle';

const REF = { y: 2024, m: 12, d: 31 };
const key = (x: { rule: string; sheet: string; row: number }) => `${x.rule}|${x.sheet}|${x.row}`;

/** Oracle findings vs expectations: every required expectation is found, every finding is expected. */
function compare(g: GeneratedLedger): { missing: string[]; unexpected: string[] } {
  const found = oracle(g.spec, g.options.referenceDate);
  const foundKeys = new Set(found.map(key));
  const allowed = new Set<string>();
  for (const e of g.expected) {
    allowed.add(key(e));
    for (const r of e.alsoRows ?? []) allowed.add(key({ ...e, row: r }));
  }
  return {
    missing: [...new Set(g.expected.filter((e) => !e.maybe && !foundKeys.has(key(e))).map(key))],
    unexpected: [...new Set(found.map(key).filter((k) => !allowed.has(k)))],
  };
}

describe('generateLedger: clean data', () => {
  const layouts = ['a', 'b', 'c'] as const;
  const clean = Object.fromEntries(
    layouts.map((l) => [l, generateLedger({ seed: 11, persons: 1500, layout: l })]),
  );

  it.each(layouts)('layout %s: is deterministic per seed and differs between seeds', (l) => {
    const again = generateLedger({ seed: 11, persons: 1500, layout: l });
    expect(JSON.stringify(again)).toBe(JSON.stringify(clean[l]));
    const other = generateLedger({ seed: 12, persons: 1500, layout: l });
    expect(JSON.stringify(other.spec)).not.toBe(JSON.stringify(clean[l].spec));
  });

  it.each(layouts)('layout %s: the independent checker finds only the expected clerk-style infos', (l) => {
    const g = clean[l];
    expect(compare(g)).toEqual({ missing: [], unexpected: [] });
    const rules = new Set(g.expected.map((e) => e.rule));
    for (const r of rules)
      expect(['field.text-number', 'sheet.totals-row', 'id.stray-characters']).toContain(r);
    expect(g.expected.filter((e) => e.rule === 'field.text-number').length).toBeGreaterThan(0);
    expect(g.skipped).toEqual({});
  });

  it.each(layouts)('layout %s: every id is a valid 18-digit id; sex and birth date agree with it', (l) => {
    const g = clean[l];
    const people = g.spec.sheets.filter((s) => s.kind === 'person' || s.kind === 'member').flatMap(rowsOf);
    let apostrophes = 0;
    for (const r of people) {
      if (r.c.seq === '合计') continue;
      const a = analyseIdNumber(r.c.idNumber, REF);
      // An apostrophe or full-width digits are read through, and reported (id.stray-characters) — nothing else.
      const clerkTyped = /^'|[\uff10-\uff19]/.test(String(r.c.idNumber));
      expect(a.issues.map((i) => i.rule)).toEqual(clerkTyped ? ['id.stray-characters'] : []);
      expect(a.key18).toMatch(/^\d{17}[\dX]$/);
      expect(r.c.gender).toBe(a.gender);
      if (String(r.c.idNumber).startsWith("'")) apostrophes++;
    }
    expect(apostrophes).toBeGreaterThan(0);
    expect(
      new Set(people.filter((r) => r.c.seq !== '合计').map((r) => analyseIdNumber(r.c.idNumber, REF).key18))
        .size,
    ).toBe(people.filter((r) => r.c.seq !== '合计').length);
  });

  it('households have 1–8 members, 人数 = member rows, one 户主, and consistent incomes', () => {
    const g = clean.a;
    const sizes = new Set<number>();
    for (const h of g.truth.households) {
      expect(h.members).toBe(h.size);
      expect(h.size).toBeGreaterThanOrEqual(1);
      expect(h.size).toBeLessThanOrEqual(8);
      sizes.add(h.size);
      const c = h.components;
      const net = Math.round(
        (c.wageIncome + c.businessIncome + c.propertyIncome + c.transferIncome - c.businessExpense) * 100,
      );
      expect(Math.round(h.netIncome * 100)).toBe(net);
      // half away from zero on 分
      expect(Math.round(h.perCapitaNetIncome * 100)).toBe(
        Math.sign(net) * Math.floor((2 * Math.abs(net) + h.size) / (2 * h.size)),
      );
      if (h.householdType === '脱贫户' || h.riskEliminated)
        expect(h.perCapitaNetIncome).toBeGreaterThanOrEqual(6000);
      else expect(h.perCapitaNetIncome).toBeGreaterThanOrEqual(4000);
      expect(h.perCapitaNetIncome).toBeLessThanOrEqual(100_000);
      if (c.businessIncome > 0) expect(c.businessExpense).toBeGreaterThan(0);
    }
    expect(sizes.size).toBe(8);
    // The person sheet agrees with the truth: rows per 户编号 and the stored 人均纯收入.
    const rows = rowsOf(g.spec.sheets[0]);
    for (const h of g.truth.households.filter((x) => x.sheet === g.spec.sheets[0].name)) {
      const mine = rows.filter((r) => r.c.householdId === h.householdId);
      expect(mine).toHaveLength(h.members);
      expect(mine.filter((r) => r.c.relationToHead === '户主')).toHaveLength(1);
      for (const r of mine) expect(num(r.c.perCapitaNetIncome)).toBeCloseTo(h.perCapitaNetIncome, 2);
      expect(mine[0].row).toBe(h.row);
    }
  });

  it('has monitored households of all three categories, some risk-open, and a village sheet matching the ledger', () => {
    const g = clean.a;
    const t = g.truth.total;
    expect(Object.keys(t.monitored).sort()).toEqual(
      ['突发严重困难户', '脱贫不稳定户', '边缘易致贫户'].sort(),
    );
    expect(t.riskOpenPersons).toBeGreaterThan(0);
    expect(t.persons).toBe(g.truth.villages.reduce((s, v) => s + v.persons, 0));
    for (const v of g.truth.villages) {
      expect(v.population).not.toBeNull();
      expect(v.coveredPersons / v.population!).toBeLessThanOrEqual(0.1);
      expect(v.incidencePercent).toBe(Math.round((v.riskOpenPersons / v.population!) * 10000) / 100);
    }
    const vs = g.spec.sheets.find((s) => s.kind === 'village')!;
    for (const r of rowsOf(vs)) {
      const v = g.truth.villages.find((x) => x.village === r.c.village)!;
      expect(r.c.exitedPersons).toBe(v.exitedPersons);
      expect(r.c.monitoredHouseholds).toBe(v.monitoredHouseholds);
      expect(r.c.agriPopulation).toBe(v.population);
    }
  });

  it('education, insurance and labour fit the ages', () => {
    const rows = rowsOf(clean.b.spec.sheets.find((s) => s.kind === 'member')!);
    const seen = new Set<string>();
    for (const r of rows) {
      const a = analyseIdNumber(r.c.idNumber, REF);
      const age =
        REF.y - a.birth!.y - (REF.m < a.birth!.m || (REF.m === a.birth!.m && REF.d < a.birth!.d) ? 1 : 0);
      expect((r.c.education === '') !== (r.c.schoolStatus === '')).toBe(true);
      expect([r.c.residentMedical, r.c.employeeMedical].sort()).toEqual(['否', '是']);
      if (age >= 6 && age < 15) expect(String(r.c.schoolStatus)).toMatch(/^(小学|七年级|八年级|九年级)$/);
      if (age < 6) expect(['学龄前儿童', '学前教育']).toContain(r.c.schoolStatus);
      if (age < 16) {
        expect(r.c.laborSkill).toBe('无劳动力');
        expect(r.c.workMonths).toBe(0);
      }
      if (age >= 60) expect(['弱劳动力或半劳动力', '丧失劳动力']).toContain(r.c.laborSkill);
      if (age >= 60) expect(r.c.workMonths).toBe(0);
      seen.add(String(r.c.relationToHead));
    }
    for (const rel of ['户主', '配偶', '之子', '之女', '之儿媳', '之孙子', '之孙女', '之父', '之母'])
      expect(seen).toContain(rel);
  });

  it('uses several header spellings, dates as serials and text, and the two-row header of layout c', () => {
    const a0 = generateLedger({ seed: 2, persons: 100, headerVariant: 0 }).spec.sheets[0];
    const a1 = generateLedger({ seed: 2, persons: 100, headerVariant: 1 }).spec.sheets[0];
    expect(a0.values[2]).toContain('证件号码');
    expect(a1.values[2]).toContain('公民身份号码');
    expect(a1.values[2]).toContain('家庭人口数');
    expect(a1.values[2]).toContain('识别监测时间');
    const births = rowsOf(clean.a.spec.sheets[0]).map((r) => r.c.birthDate);
    expect(births.some((b) => typeof b === 'number')).toBe(true);
    expect(births.some((b) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(String(b)))).toBe(true);
    expect(births.some((b) => /^\d{4}\.\d{2}\.\d{2}$/.test(String(b)))).toBe(true);
    const c = clean.c.spec.sheets[0];
    expect(c.headerRows).toEqual([3, 4]);
    expect(c.values[2]).toContain('年收入情况（元）');
    expect(c.values[3]).toContain('人均纯收入');
    expect(c.merges.some((m) => m.r1 === 2 && m.r2 === 2 && m.c2 > m.c1)).toBe(true); // group header
    expect(c.merges.some((m) => m.r1 === 2 && m.r2 === 3 && m.c1 === m.c2)).toBe(true); // vertical merge
    expect(c.values[c.values.length - 1][0]).toBe('合计');
    expect(String(c.values[1][0])).toMatch(/^填报单位/);
  });
});

describe('generateLedger: injection', () => {
  it.each(['a', 'b', 'c'] as const)(
    'layout %s: every applicable rule is injected 3 times and really holds the error',
    (l) => {
      const g = generateLedger({ seed: 5, persons: 3000, layout: l, inject: 'all', injectCount: 3 });
      expect(g.skipped).toEqual({});
      const rules = injectableRules(l);
      for (const rule of rules) {
        const n = g.expected.filter((e) => e.rule === rule && !e.maybe).length;
        expect([rule, n >= 3]).toEqual([rule, true]);
      }
      // The independent checker sees exactly the expected findings (maybe ones allowed, never required).
      expect(compare(g)).toEqual({ missing: [], unexpected: [] });
    },
  );

  it('covers every rule of the person/household/field/income/assistance/village/structure sections across layouts', () => {
    const all = new Set([...injectableRules('a'), ...injectableRules('b'), ...injectableRules('c')]);
    const catalogue = [
      'sheet.header-not-found',
      'sheet.column-missing',
      'sheet.totals-row',
      'sheet.blank-row',
      'id.missing',
      'id.length',
      'id.numeric-precision',
      'id.checksum',
      'id.birthdate',
      'id.region',
      'id.lowercase-x',
      'id.old-15-digit',
      'id.duplicate',
      'person.gender-mismatch',
      'person.birthdate-mismatch',
      'person.relation-gender',
      'household.no-head',
      'household.multiple-heads',
      'household.multiple-spouses',
      'household.size-mismatch',
      'household.inconsistent',
      'household.head-mismatch',
      'household.no-members',
      'household.orphan-member',
      'field.required',
      'field.code',
      'field.number',
      'field.date',
      'field.text-number',
      'field.phone',
      'edu.out-of-school',
      'edu.grade-age',
      'edu.status-conflict',
      'medical.uninsured',
      'medical.double-insured',
      'housing.unsafe',
      'water.unsafe',
      'labor.work-months',
      'labor.child-worker',
      'income.negative',
      'income.net-mismatch',
      'income.per-capita-mismatch',
      'income.subtotal-mismatch',
      'income.implausible',
      'income.below-poverty-line',
      'income.below-monitoring-line',
      'income.business-no-expense',
      'income.wage-no-worker',
      'helper.missing',
      'helper.overload',
      'monitor.category-missing',
      'monitor.date-order',
      'monitor.no-measures',
      'village.population-missing',
      'village.count-mismatch',
    ];
    expect([...all].sort()).toEqual([...catalogue].sort());
  });

  it('injects into distinct households and keeps the truth in step (below-line household, missing population)', () => {
    const g = generateLedger({
      seed: 9,
      persons: 800,
      inject: {
        'income.below-poverty-line': 2,
        'village.population-missing': 1,
        'monitor.category-missing': 1,
        'household.size-mismatch': 1,
      },
    });
    const low = g.expected.filter((e) => e.rule === 'income.below-poverty-line');
    expect(new Set(low.map((e) => e.householdId)).size).toBe(2);
    for (const e of low) {
      const h = g.truth.households.find((x) => x.householdId === e.householdId)!;
      expect(h.perCapitaNetIncome).toBeLessThan(4000);
      expect(
        g.expected.some((x) => x.rule === 'income.below-monitoring-line' && x.householdId === h.householdId),
      ).toBe(true);
    }
    const pm = g.expected.find((e) => e.rule === 'village.population-missing')!;
    const vs = g.spec.sheets.find((s) => s.name === pm.sheet)!;
    const village = String(vs.values[pm.row - 1][vs.columnKeys.indexOf('village')]);
    const vt = g.truth.villages.find((v) => v.village === village)!;
    expect(vt.population).toBeNull();
    expect(vt.incidencePercent).toBeNull();
    expect(g.truth.total.population).toBeNull();
    const cm = g.expected.find((e) => e.rule === 'monitor.category-missing')!;
    const ht = g.truth.households.find((h) => h.householdId === cm.householdId)!;
    expect(ht.monitorCategory).toBe('');
    const sm = g.expected.find((e) => e.rule === 'household.size-mismatch')!;
    const hs = g.truth.households.find((h) => h.householdId === sm.householdId)!;
    expect(hs.size).toBe(hs.members - 1);
  });
});

describe('writers', () => {
  it('toSheetInputs gives the grids without sharing arrays', () => {
    const g = generateLedger({ seed: 3, persons: 80 });
    const inputs = toSheetInputs(g.spec);
    expect(inputs.map((s) => s.name)).toEqual(g.spec.sheets.map((s) => s.name));
    expect(inputs[0].values).toEqual(g.spec.sheets[0].values);
    inputs[0].values[3][0] = 'changed';
    expect(g.spec.sheets[0].values[3][0]).not.toBe('changed');
  });

  it('writeWorkbook keeps ids as text, writes merges and date formats', async () => {
    const g = generateLedger({ seed: 4, persons: 120, layout: 'c', inject: { 'id.numeric-precision': 1 } });
    const dir = mkdtempSync(join(tmpdir(), 'bangfu-gen-'));
    try {
      const path = join(dir, 'x.xlsx');
      await writeWorkbook(g.spec, path);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const s = g.spec.sheets[0];
      const ws = wb.getWorksheet(s.name)!;
      const idCol = s.columnKeys.indexOf('idNumber') + 1;
      const numeric = g.expected.find((e) => e.rule === 'id.numeric-precision')!;
      let text = 0;
      for (let r = 5; r < s.values.length; r++) {
        const v = ws.getCell(r + 1, idCol).value;
        if (r + 1 === numeric.row) expect(typeof v).toBe('number');
        else if (s.values[r][idCol - 1] !== '') {
          expect(typeof v).toBe('string');
          text++;
        }
      }
      expect(text).toBeGreaterThan(20);
      expect(ws.getCell('A1').isMerged).toBe(true);
      const birthCol = s.columnKeys.indexOf('birthDate');
      const serialRow = s.values.findIndex((row, i) => i >= 4 && typeof row[birthCol] === 'number');
      expect(serialRow).toBeGreaterThan(0);
      const cell = ws.getCell(serialRow + 1, birthCol + 1);
      expect(cell.numFmt).toBe('yyyy-mm-dd');
      expect(cell.value).toBeInstanceOf(Date);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scale', () => {
  it('generates ≥ 5 000 persons with injections', () => {
    const g = generateLedger({ seed: 21, persons: 5000, inject: 'all', injectCount: 3 });
    expect(g.truth.total.persons).toBeGreaterThanOrEqual(5000);
    expect(g.spec.sheets[0].values.length).toBeGreaterThan(5000);
  });
});

describe('bundled sample', () => {
  it('examples/sample-ledger.xlsx matches SAMPLE_OPTIONS and contains only expected findings', async () => {
    const { SAMPLE_OPTIONS } = await import('./make-sample');
    const g = generateLedger(SAMPLE_OPTIONS);
    expect(g.skipped).toEqual({});
    expect(compare(g)).toEqual({ missing: [], unexpected: [] });
    expect(g.truth.households.length).toBeGreaterThanOrEqual(50);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(__dirname, '../../examples/sample-ledger.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(g.spec.sheets.map((s) => s.name));
    const s = g.spec.sheets[0];
    const ws = wb.getWorksheet(s.name)!;
    const idCol = s.columnKeys.indexOf('idNumber');
    for (let r = 3; r < s.values.length; r++)
      expect(ws.getCell(r + 1, idCol + 1).value ?? '').toEqual(s.values[r][idCol]);
  });
});
