// The v2 tables (summaries.md §6.2–6.5) on a generated national export set: 务工情况统计表, 监测对象年龄结构表,
// 本期新识别和风险消除情况表, 村出列指标核对表 — each figure recomputed here from the export's own rows (an oracle
// independent of the engine), and the 合计 rows equal to their lines.
import { analyze } from '../../src/core/engine';
import { buildAllSummaries, buildSummaryBook, narrativeOf, makeContext } from '../../src/core/summaries';
import type { SheetSpec } from '../../src/core/summaries';
import { ageBandOf, AGE_BANDS } from '../../src/core/summaries/people';
import { workPlaceOf } from '../../src/core/calc/summaryFigures';
import type { Report } from '../../src/core/types';
import {
  generateNationalExport,
  toSheetInput,
  type ExportFile,
  type NationalExport,
} from '../generator/national';
import { allText, headerPaths } from './fixtures';

let exp: NationalExport;
let report: Report;
let specs: SheetSpec[];
const config = { reportingUnit: '某某乡人民政府' };

beforeAll(() => {
  exp = generateNationalExport({ seed: 7301, persons: 400 });
  report = analyze(exp.files.map(toSheetInput), config).report;
  specs = buildAllSummaries(report, config as never, { linkToLedger: false });
});

/** The export's data rows as header → value maps. */
function rowsOf(kind: ExportFile['export']): Array<Record<string, string>> {
  const f = exp.files.find((x) => x.export === kind)!;
  const hi = f.rows.findIndex((r) => r.includes('证件号码') || r.includes('村'));
  const header = f.rows[hi];
  return f.rows.slice(hi + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const spec = (name: string) => {
  const s = specs.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}: ${specs.map((x) => x.name).join()}`);
  return s;
};
const colOf = (s: SheetSpec, path: string[]) => {
  const c = headerPaths(s).findIndex((p) => p.join('/') === path.join('/'));
  if (c < 0) throw new Error(`no column ${path.join('/')} in ${s.name}: ${JSON.stringify(headerPaths(s))}`);
  return c;
};
/** label (column 1) → value of column c, over data rows between the caption `from` and the next caption. */
function column(s: SheetSpec, path: string[], block = 0): Map<string, number | string> {
  const c = colOf(s, path);
  const out = new Map<string, number | string>();
  let b = -1;
  for (let r = s.dataRowRange![0]; r <= s.dataRowRange![1]; r++) {
    const row = s.rows[r];
    const first = row[0]?.v;
    if (typeof first === 'string' && /^[一二三四五六七八九十]、/.test(first)) {
      b++;
      continue;
    }
    if (b === -1) b = 0;
    if (b !== block) continue;
    const label = row[1]?.v;
    const v = row[c]?.v;
    if (typeof label === 'string' && (typeof v === 'number' || typeof v === 'string')) out.set(label, v);
  }
  return out;
}

/** Every numeric data column's 合计 equals the sum of its lines (the SUM formulas' cached values). */
function checkTotals(s: SheetSpec): number {
  let n = 0;
  for (const row of s.rows)
    for (const cell of row) {
      const m = cell?.f ? /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(cell.f) : null;
      if (!m) continue;
      const c = headerPaths(s).length > 0 ? letterIndex(m[1]) : 0;
      let sum = 0;
      for (let r = Number(m[2]) - 1; r <= Number(m[4]) - 1; r++) {
        const v = s.rows[r][c]?.v;
        if (typeof v === 'number') sum += v;
      }
      expect(cell!.v).toBeCloseTo(sum, 6);
      n++;
    }
  return n;
}
const letterIndex = (l: string) => [...l].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;

describe('务工情况统计表', () => {
  test('务工人数 and places per village, recomputed from the work export', () => {
    const persons = rowsOf('person');
    const county = persons[0]['县'];
    const villageOf = new Map(persons.map((p) => [p['人编号'], p['村']]));
    const ym = (t: string) => {
      const m = /^(\d{4})年(\d{1,2})月$/.exec(t);
      return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
    };
    const y = exp.exportDate.y;
    const asOf = y * 12 + exp.exportDate.m - 1;
    const latest = new Map<string, { start: number; place: string }>();
    for (const w of rowsOf('work')) {
      const start = ym(w['开始时间'])!;
      const end = w['结束时间'] ? ym(w['结束时间'])! : asOf;
      if (end < y * 12 || start > asOf) continue;
      const cur = latest.get(w['人编号']);
      if (!cur || start >= cur.start) latest.set(w['人编号'], { start, place: w['务工所在县'] });
    }
    const expected = new Map<string, { workers: number; inCounty: number; out: number }>();
    for (const [pid, s] of latest) {
      const v = villageOf.get(pid)!;
      const e = expected.get(v) ?? { workers: 0, inCounty: 0, out: 0 };
      e.workers++;
      if (s.place === county) e.inCounty++;
      else e.out++;
      expected.set(v, e);
    }
    const s = spec('务工情况统计表');
    const workers = column(s, ['务工人数']);
    const inCounty = column(s, ['按务工地点', '县内', '人数']);
    const outside = column(s, ['按务工地点', '省外', '人数']);
    const inProvince = column(s, ['按务工地点', '县外省内', '人数']);
    expect(expected.size).toBeGreaterThan(1);
    for (const [v, e] of expected) {
      expect({ v, workers: workers.get(v) }).toEqual({ v, workers: e.workers });
      expect(inCounty.get(v)).toBe(e.inCounty);
      // The generator's other places are in other provinces.
      expect(Number(outside.get(v)) + Number(inProvince.get(v))).toBe(e.out);
    }
    expect(workers.get('合计')).toBe([...expected.values()].reduce((a, e) => a + e.workers, 0));
    expect(checkTotals(s)).toBeGreaterThan(5);
    expect(allText(s).join()).toContain(`本县${county}`);
  });
  test('places: 县内 by the end of the name, 县外省内 and 省外 by the province', () => {
    expect(workPlaceOf('贵州省黔南州长顺县', ['长顺县'], '贵州省')).toBe('inCounty');
    expect(workPlaceOf('贵州省贵阳市花溪区', ['长顺县'], '贵州省')).toBe('inProvince');
    expect(workPlaceOf('贵阳市花溪区', ['长顺县'], '贵州省')).toBe('outOfCountyUnknownProvince');
    expect(workPlaceOf('广东省东莞市', ['长顺县'], '贵州省')).toBe('outOfProvince');
    expect(workPlaceOf('广西南宁', ['长顺县'], '贵州省')).toBe('outOfProvince');
    expect(workPlaceOf('', ['长顺县'], '贵州省')).toBe('placeUnknown');
  });
  test('no 务工 export: no table, and a Chinese reason when asked for', () => {
    const r = analyze(exp.files.filter((f) => f.export !== 'work').map(toSheetInput), config).report;
    expect(r.work).toBeUndefined();
    const book = buildSummaryBook(r, config as never, { tables: ['务工情况统计表', 'basic'] });
    expect(book.specs.map((x) => x.name)).toEqual(['基本情况汇总表', '汇总表说明']);
    expect(book.skipped[0].reason).toContain('已外出务工信息');
  });
});

describe('监测对象年龄结构表', () => {
  test('persons of 监测对象 by band at the data date, recomputed from 出生日期', () => {
    const at = exp.exportDate;
    const age = (b: string) => {
      const y = Number(b.slice(0, 4));
      const m = Number(b.slice(4, 6));
      const d = Number(b.slice(6, 8));
      return at.y - y - (at.m < m || (at.m === m && at.d < d) ? 1 : 0);
    };
    const expected = new Map<string, number[]>();
    for (const p of rowsOf('person')) {
      if (!p['监测对象类别']) continue;
      const bands = expected.get(p['村']) ?? AGE_BANDS.map(() => 0);
      bands[ageBandOf(age(p['出生日期']))]++;
      expected.set(p['村'], bands);
    }
    const s = spec('监测对象年龄结构表');
    expect(expected.size).toBeGreaterThan(0);
    AGE_BANDS.forEach((b, i) => {
      const got = column(s, [b.label, '人数'], 0);
      for (const [v, bands] of expected)
        expect({ v, band: b.label, n: got.get(v) }).toEqual({ v, band: b.label, n: bands[i] });
    });
    const pct = column(s, ['65岁及以上', '占比（%）'], 0);
    const total = column(s, ['合计人数'], 0);
    const old = column(s, ['65岁及以上', '人数'], 0);
    const t = Number(total.get('合计'));
    expect(pct.get('合计')).toBeCloseTo((Number(old.get('合计')) / t) * 100, 2);
    expect(checkTotals(s)).toBeGreaterThan(10);
  });
});

describe('本期新识别和风险消除情况表', () => {
  test('识别/消除监测时间 in the data date’s year, by village and by category', () => {
    const y = String(exp.exportDate.y);
    const seen = new Set<string>();
    const newH = new Map<string, number>();
    const elimP = new Map<string, number>();
    const persons = rowsOf('person');
    const size = new Map<string, number>();
    for (const p of persons) size.set(p['户编号'], (size.get(p['户编号']) ?? 0) + 1);
    for (const p of persons) {
      if (seen.has(p['户编号'])) continue;
      seen.add(p['户编号']);
      if (p['识别监测时间'].startsWith(y)) newH.set(p['村'], (newH.get(p['村']) ?? 0) + 1);
      if (p['消除监测时间'].startsWith(y) && p['风险是否已消除'] !== '否')
        elimP.set(p['村'], (elimP.get(p['村']) ?? 0) + size.get(p['户编号'])!);
    }
    const s = spec('本期新识别和风险消除情况表');
    expect(s.title).toContain(`${y}年新识别和风险消除`);
    const gotNew = column(s, ['本期新识别', '户数'], 0);
    const gotElim = column(s, ['本期风险消除', '小计', '人数'], 0);
    expect(newH.size).toBeGreaterThan(0);
    expect(elimP.size).toBeGreaterThan(0);
    for (const [v, n] of newH) expect(gotNew.get(v)).toBe(n);
    for (const [v, n] of elimP) expect(gotElim.get(v)).toBe(n);
    // The category block adds up to the same 合计.
    expect(column(s, ['本期新识别', '户数'], 1).get('合计')).toBe(gotNew.get('合计'));
    const helped = column(s, ['本期风险消除', '帮扶消除', '人数'], 0);
    const natural = column(s, ['本期风险消除', '自然消除', '人数'], 0);
    expect(Number(helped.get('合计')) + Number(natural.get('合计'))).toBe(gotElim.get('合计'));
    expect(checkTotals(s)).toBeGreaterThan(10);
  });
  test('a quarter: only months of the data date’s quarter', () => {
    const q = buildAllSummaries(report, config as never, { tables: ['本期新识别'], period: 'quarter' })[0];
    expect(q.title).toContain(`${exp.exportDate.y}年第4季度`);
    const year = column(spec('本期新识别和风险消除情况表'), ['本期新识别', '户数'], 0).get('合计');
    expect(Number(column(q, ['本期新识别', '户数'], 0).get('合计'))).toBeLessThanOrEqual(Number(year));
  });
});

describe('村出列指标核对表', () => {
  test('one block per village: indicator, standard, the village sheet’s value, 达标/未达标', () => {
    const villages = rowsOf('village');
    const s = spec('村出列指标核对表');
    const text = allText(s).join('|');
    for (const v of villages) expect(text).toContain(`、${v['村']}（未达标`);
    const c = colOf(s, ['本村现状']);
    const verdict = colOf(s, ['是否达标']);
    const lines = s.rows.filter((r) => r[1]?.v === '村级集体经济收入（万元）');
    expect(lines).toHaveLength(villages.length);
    for (const l of lines) {
      expect(l[c]?.v).toBe('12.5万元');
      expect(l[verdict]?.v).toBe('达标');
    }
    // The export's 卫生室 count (nationalVillage.ts writes 1 for every village) is the village's value.
    const clinic = s.rows.find((r) => r[1]?.v === '行政村卫生室个数')!;
    expect(clinic[c]?.v).toBe(villages[0]['行政村卫生室个数']);
    expect(clinic[verdict]?.v).toBe('达标');
  });
  test('a stricter standard turns a line into 未达标', () => {
    const strict = buildAllSummaries(report, config as never, {
      tables: ['村出列'],
      exitStandards: { collectiveIncomeMin: 20 },
    })[0];
    const line = strict.rows.find((r) => r[1]?.v === '村级集体经济收入（万元）')!;
    expect(line[colOf(strict, ['是否达标'])]?.v).toBe('未达标');
    expect(line[colOf(strict, ['标准'])]?.v).toBe('不低于20万元');
  });
});

describe('narrative', () => {
  test('sentences for the new tables, every number a table cell', () => {
    const text = narrativeOf(makeContext(report, config as never, {})).join('');
    const work = spec('务工情况统计表');
    const workers = column(work, ['务工人数']).get('合计');
    expect(text).toContain(`务工${workers}人`);
    const period = spec('本期新识别和风险消除情况表');
    const nh = column(period, ['本期新识别', '户数'], 0).get('合计');
    const np = column(period, ['本期新识别', '人数'], 0).get('合计');
    expect(text).toContain(`新识别监测对象${nh}户${np}人`);
    const ages = spec('监测对象年龄结构表');
    expect(text).toContain(`65岁及以上${column(ages, ['65岁及以上', '人数'], 0).get('合计')}人`);
    expect(text).toMatch(/个村出列指标/);
  });
});
