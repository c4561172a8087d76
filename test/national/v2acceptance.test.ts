// Acceptance of the v2 catalogue on the national exports (issue #13): a clean export set gives no v2 finding (the
// one format note sheet.numbers-as-text aside) and no error or warning at all; with three injected errors of every
// v2 rule the layout carries (§1–§15, §17, §18), every one is found on its cell together with the secondaries it
// makes inevitable, and nothing else is an error or warning. One seed goes through the CLI on real .xlsx files, the
// others through analyze(). Injections of rules not in the catalogue yet are left out (PENDING in
// test/catalogue/agreement.test.ts); they join as the rules land.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { analyze } from '../../src/core/engine';
import { RULES } from '../../src/core/rules/catalogue';
import { NATIONAL_PACK } from '../../src/core/rulebook/national';
import type { Finding, Report } from '../../src/core/types';
import {
  generateNationalExport,
  toSheetInput,
  writeExportSet,
  type NationalExport,
  type NationalExpectation,
} from '../generator/national';
import { V2_INJECTIONS, V2_REQUIRES, v2InjectionList } from '../generator/nationalV2';
import { V2_IDS } from '../catalogue/domainIds';

const TODAY = { y: 2026, m: 5, d: 20 };
const CONFIG = { incidenceDenominator: 'totalPopulation' };
const PERSONS = 4000;
/** More monitored households than the default: the monitoring rules need many risk-open ones to inject into. */
const MONITORED = 0.4;

const IMPLEMENTED: ReadonlySet<string> = new Set([
  ...Object.keys(RULES),
  ...NATIONAL_PACK.rules.map((r) => r.id),
]);
const ready = (rule: string): boolean =>
  IMPLEMENTED.has(rule) && (V2_REQUIRES[rule] ?? []).every((r) => IMPLEMENTED.has(r));
/** v2 ids of the first national round, injected by national.ts's cell edits. */
const ROUND1 = ['id.disability-suffix-invalid', 'income.subitem-exceeds-component'];
const injectable = [...V2_INJECTIONS.filter(ready), ...ROUND1];
const injections = [...v2InjectionList(3, ready), ...ROUND1.flatMap((r) => [r, r, r])];
/** The format note every national export gets (its numbers are text): expected, not a data finding. */
const FORMAT_NOTES = new Set(['sheet.numbers-as-text']);

const key = (x: { rule: string; sheet: string; cell: string }): string => `${x.rule}@${x.sheet}!${x.cell}`;
const show = (f: Finding): string => `${key(f)} ${f.message}`;

function generate(seed: number, inject: readonly string[]): NationalExport {
  return generateNationalExport({ seed, persons: PERSONS, monitoredShare: MONITORED, inject });
}

const check = (exp: NationalExport): Report =>
  analyze(exp.files.map(toSheetInput), CONFIG, { today: TODAY }).report;

/** Expectations of implemented rules (a secondary of a rule not landed yet cannot be reported). */
const expectations = (exp: NationalExport): NationalExpectation[] =>
  exp.expected.filter((e) => IMPLEMENTED.has(e.rule));

function cleanChecks(label: string, get: () => Report): void {
  describe(`clean export set (${label})`, () => {
    it('gives no v2 finding but the format note', () => {
      const v2 = get().findings.filter((f) => V2_IDS.has(f.rule) && !FORMAT_NOTES.has(f.rule));
      expect(v2.map(show)).toEqual([]);
    });
    it('gives no error and no warning', () => {
      expect(
        get()
          .findings.filter((f) => f.severity !== 'info')
          .map(show),
      ).toEqual([]);
    });
  });
}

function injectedChecks(label: string, get: () => { exp: NationalExport; report: Report }): void {
  describe(`every v2 rule injected three times (${label})`, () => {
    it('injects at least three errors of every implemented v2 rule the layout carries', () => {
      const { exp } = get();
      const primaries = new Map<string, number>();
      for (const e of exp.expected) if (!e.secondary) primaries.set(e.rule, (primaries.get(e.rule) ?? 0) + 1);
      expect(injectable.filter((r) => (primaries.get(r) ?? 0) < 3)).toEqual([]);
    });

    it('finds every injected error, and its secondaries, where it was put', () => {
      const { exp, report } = get();
      const got = new Set(report.findings.map(key));
      const missing = expectations(exp)
        .filter((e) => !e.optional && !got.has(key(e)))
        .map((e) => `${key(e)}${e.secondary ? ' (secondary)' : ''}`);
      expect(missing).toEqual([]);
    });

    it('reports no other error or warning', () => {
      const { exp, report } = get();
      const want = new Set(expectations(exp).map(key));
      const stray = report.findings.filter((f) => f.severity !== 'info' && !want.has(key(f)));
      expect(stray.map(show)).toEqual([]);
    });
  });
}

describe('v2 acceptance through the CLI on .xlsx files (seed 31)', () => {
  let dir: string;
  let clean: Report;
  let injected: { exp: NationalExport; report: Report };
  const run = async (exp: NationalExport, name: string): Promise<Report> => {
    await writeExportSet(exp, path.join(dir, name));
    const cfg = path.join(dir, 'config.json');
    await fs.writeFile(cfg, JSON.stringify(CONFIG));
    const json = path.join(dir, `${name}.json`);
    const io = { out: { write: () => true }, err: { write: () => true } };
    const code = await main(['check', path.join(dir, name), '--config', cfg, '--json', json], io);
    expect(code).toBeLessThan(2);
    return JSON.parse(await fs.readFile(json, 'utf8')) as Report;
  };
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-v2-'));
    clean = await run(generate(31, []), 'clean');
    const exp = generate(31, injections);
    injected = { exp, report: await run(exp, 'injected') };
  }, 120_000);
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  cleanChecks('CLI', () => clean);
  injectedChecks('CLI', () => injected);
});

describe.each([[32], [33]])('v2 acceptance through analyze() (seed %i)', (seed) => {
  const clean = check(generate(seed, []));
  const exp = generate(seed, injections);
  const injected = { exp, report: check(exp) };
  cleanChecks(`seed ${seed}`, () => clean);
  injectedChecks(`seed ${seed}`, () => injected);
});

describe('the injection plan (all v2 rules, implemented or not)', () => {
  const exp = generate(34, v2InjectionList(3));
  it('finds candidates for three errors of every v2 rule and puts each in a different household', () => {
    const primaries = exp.expected.filter((e) => !e.secondary);
    for (const r of V2_INJECTIONS)
      expect(primaries.filter((e) => e.rule === r).length).toBeGreaterThanOrEqual(3);
  });
  it('names only v2 rules or the existing rules a v2 injection makes fire', () => {
    const other = exp.expected.filter((e) => !V2_IDS.has(e.rule)).map((e) => e.rule);
    expect([...new Set(other)].sort()).toEqual(['housing.unsafe', 'water.unsafe']);
  });
});

describe('a 自定义 export without some fields (the clerk did not tick them)', () => {
  /** Absent column → a rule that needs it. */
  const NEEDS: Record<string, string> = {
    其他风险备注: 'risk.other-without-note',
    因自然灾害子项: 'risk.disaster-without-subtype',
    是否通生活用电: 'living.no-electricity',
    合规自付支出: 'income.illness-no-expense',
    信息采集人联系电话: 'monitor.elimination-record-incomplete',
  };
  const ABSENT = Object.keys(NEEDS);
  const exp = generate(35, []);
  const main = exp.files[0];
  const keep = main.rows[2].map((h, i) => (ABSENT.includes(h) ? -1 : i)).filter((i) => i >= 0);
  main.rows = main.rows.map((r) => keep.map((i) => r[i]));
  const report = check(exp);
  const missing = report.findings.filter((f) => f.rule === 'sheet.column-missing');

  it('gives one sheet.column-missing per absent column a rule needs, on the person sheet, and no row finding', () => {
    expect(missing.every((f) => f.sheet === main.sheetName && f.cell === 'A3')).toBe(true);
    const named = missing.map((f) => ABSENT.find((h) => f.message.includes(`“${h}”`)) ?? f.message);
    // Exactly the columns of implemented rules, each once.
    expect(named.sort()).toEqual(ABSENT.filter((h) => IMPLEMENTED.has(NEEDS[h])).sort());
    expect(
      report.findings.filter((f) => f.severity !== 'info' && f.rule !== 'sheet.column-missing').map(show),
    ).toEqual([]);
  });
});

describe('the person export alone (no companion exports)', () => {
  const exp = generate(36, []);
  // The default 贫困发生率 basis: the village export that would give total populations is absent too.
  const report = analyze([toSheetInput(exp.files[0])], {}, { today: TODAY }).report;
  const notes = report.findings.filter((f) => f.rule === 'sheet.companion-missing');

  it('says once per missing companion which checks did not run, at A1 of the person sheet', () => {
    expect(notes.length).toBeGreaterThanOrEqual(1);
    expect(notes.length).toBeLessThanOrEqual(3);
    expect(notes.every((f) => f.sheet === exp.files[0].sheetName && f.cell === 'A1')).toBe(true);
    expect(notes.some((f) => f.message.includes('已外出务工'))).toBe(true);
  });

  it('raises no error or warning for the checks it could not run', () => {
    // village.population-missing (rules.md) asks for the village figures the 行政村信息 export would give.
    const other = report.findings.filter(
      (f) => f.severity !== 'info' && f.rule !== 'village.population-missing',
    );
    expect(other.map(show)).toEqual([]);
  });
});
