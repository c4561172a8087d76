// The acceptance test of the engine issue: generated workbooks with ≥ 3 injected errors of every rule, written
// to real .xlsx files and checked by the CLI. Every injected error is found, no error-severity finding appears
// elsewhere, and the recomputed incomes and 贫困发生率 match the generator's own figures.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import type { Finding, Report } from '../../src/core/types';
import { generateLedger, injectableRules, writeWorkbook, type Expectation } from '../generator';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-gen-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function matches(f: Finding, e: Expectation): boolean {
  if (f.rule !== e.rule || f.sheet !== e.sheet) return false;
  if (e.cell) {
    if (f.cell === e.cell) return true;
    const col = e.cell.replace(/\d+$/, '');
    return (e.alsoRows ?? []).some((r) => f.cell === `${col}${r}`);
  }
  if (e.householdId && f.householdId === e.householdId) return true;
  return f.row === e.row || (e.alsoRows ?? []).includes(f.row);
}

async function check(layout: 'a' | 'b' | 'c', persons: number, seed: number): Promise<void> {
  const gen = generateLedger({ seed, persons, layout, inject: 'all', injectCount: 3 });
  expect(gen.skipped).toEqual({});
  const file = path.join(dir, `gen-${layout}.xlsx`);
  const json = path.join(dir, `gen-${layout}.json`);
  await writeWorkbook(gen.spec, file);
  const config = path.join(dir, `gen-${layout}.config.json`);
  const ref = gen.options.referenceDate;
  await fs.writeFile(
    config,
    JSON.stringify({
      year: gen.truth.year,
      referenceDate: `${ref.y}-${String(ref.m).padStart(2, '0')}-${String(ref.d).padStart(2, '0')}`,
    }),
  );
  let err = '';
  const code = await main(['check', file, '--config', config, '--json', json, '--quiet'], {
    out: { write: () => true },
    err: { write: (s: string) => (err += s) },
  });
  expect(err).toBe('');
  expect(code).toBe(1);
  const report = JSON.parse(await fs.readFile(json, 'utf8')) as Report;

  // Every rule applicable to the layout was injected at least 3 times …
  const required = gen.expected.filter((e) => !e.maybe);
  const short = injectableRules(layout).filter((rule) => required.filter((e) => e.rule === rule).length < 3);
  expect(short).toEqual([]);
  // … and each injected error is found where it was put.
  const missed = required.filter((e) => !report.findings.some((f) => matches(f, e)));
  expect(missed).toEqual([]);
  // No error-severity finding anywhere else.
  const stray = report.findings.filter(
    (f) => f.severity === 'error' && !gen.expected.some((e) => matches(f, e)),
  );
  expect(stray.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);

  // Recomputed incomes equal the generator's (households in the engine are keyed by 户编号).
  const byId = new Map(report.households.map((h) => [h.householdId, h]));
  let compared = 0;
  for (const t of gen.truth.households) {
    const h = byId.get(t.householdId);
    if (!h || t.size <= 0) continue;
    compared++;
    expect([t.householdId, h.netIncome]).toEqual([t.householdId, t.netIncome]);
    expect([t.householdId, h.perCapitaNetIncome]).toEqual([t.householdId, t.perCapitaNetIncome]);
  }
  expect(compared).toBeGreaterThan(gen.truth.households.length * 0.9);

  // Village figures and 贫困发生率.
  for (const t of gen.truth.villages) {
    const v = report.villages.find((x) => x.village === t.village);
    expect(v).toBeDefined();
    expect({
      village: v!.village,
      households: v!.households,
      persons: v!.persons,
      monitoredPersons: v!.monitoredPersons,
      riskOpenPersons: v!.riskOpenPersons,
      population: v!.population,
      incidencePercent: v!.incidencePercent,
    }).toEqual({
      village: t.village,
      households: t.households,
      persons: t.persons,
      monitoredPersons: t.monitoredPersons,
      riskOpenPersons: t.riskOpenPersons,
      population: t.population,
      incidencePercent: t.incidencePercent,
    });
  }
}

test('layout a (名单 export), ≥ 5,000 persons, every rule injected 3×', async () => {
  await check('a', 5200, 11);
});

test('layout b (户信息 + 人员信息), every rule injected 3×', async () => {
  await check('b', 1500, 12);
});

test('layout c (hand-kept, merged two-row header), every rule injected 3×', async () => {
  await check('c', 1500, 13);
});
