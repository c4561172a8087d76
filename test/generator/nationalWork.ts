// The two 务工 exports of the national-export generator (national.ts): （务工月监测）已外出务工信息, one row per work
// spell, and 计划外出务工信息, one row per plan; and the injections of the work rules (rules-v2 §16). Clean rows obey
// every work rule: a spell starts after the person's 16th birthday, spells of a person follow each other, an open
// spell is 是否已务工 = 是 with its details, 年度交通费补助 only outside the county, and a household whose 就业帮扶
// lists 外出务工补贴 has a subsidised spell. Test-only code, synthetic data.
import type { Rng } from './prng';
import type { Household, Person, YMD } from './model';

/** One export column: header and the value of a row source (as national.ts). */
export interface WorkColumn<T> {
  header: string;
  value: (x: T) => string;
}

export interface Spell {
  p: Person;
  start: YMD;
  end?: YMD;
  /** 务工所在县 */
  county: string;
}

/** The work rules injected by injectWork (each call one error, on a household no other injection used). */
export type WorkInjection =
  | 'work.start-missing'
  | 'work.end-before-start'
  | 'work.spells-overlap'
  | 'work.status-end-mismatch'
  | 'work.long-open-spell'
  | 'work.minor-at-start'
  | 'work.county-missing'
  | 'work.place-not-county'
  | 'work.public-job-outside-county'
  | 'work.details-missing'
  | 'work.monthly-income-implausible'
  | 'work.student-working'
  | 'work.no-labour-working'
  | 'work.plan-no-service-need'
  | 'work.travel-subsidy-missing'
  | 'work.travel-subsidy-in-county'
  | 'work.labour-export-unsupported';

export const WORK_INJECTIONS: readonly WorkInjection[] = [
  'work.start-missing',
  'work.end-before-start',
  'work.spells-overlap',
  'work.status-end-mismatch',
  'work.long-open-spell',
  'work.minor-at-start',
  'work.county-missing',
  'work.place-not-county',
  'work.public-job-outside-county',
  'work.details-missing',
  'work.monthly-income-implausible',
  'work.student-working',
  'work.no-labour-working',
  'work.plan-no-service-need',
  'work.travel-subsidy-missing',
  'work.travel-subsidy-in-county',
  'work.labour-export-unsupported',
];

const OUT_PLACES = ['浙江省宁波市鄞州区', '广东省东莞市', '江苏省苏州市吴中区'];
const pad2 = (n: number): string => String(n).padStart(2, '0');
const ymCn = (d: YMD, short = false): string => `${d.y}年${short ? d.m : pad2(d.m)}月`;
const flag = (b: boolean): string => (b ? '是' : '否');
const mi = (d: YMD): number => d.y * 12 + d.m - 1;
const ofMi = (n: number): YMD => ({ y: Math.floor(n / 12), m: (n % 12) + 1, d: 1 });

/** The first month on whose first day the person is 16 (work.minor-at-start). */
const month16 = (p: Person): number =>
  mi({ y: p.birth.y + 16, m: p.birth.m, d: 1 }) + (p.birth.d > 1 ? 1 : 0);

export interface WorkInput {
  persons: Person[];
  county: string;
  year: number;
  /** The data date (export date): no clean spell starts after it. */
  asOf: YMD;
  rng: Rng;
  personId: (p: Person) => string;
  idText: (p: Person) => string;
  typeLabel: (h: Household) => string;
  /** Measure cells per household (national.ts): 外出务工补贴 is dropped where no spell can back it. */
  measures: Map<Household, Record<string, string>>;
}

export interface WorkExports {
  spells: Spell[];
  workCols: Array<WorkColumn<Spell>>;
  planners: Person[];
  planCols: Array<WorkColumn<Person>>;
  /** A plan row for any person (injections append some). */
  planRow: (p: Person) => string[];
}

/** Spells of every person with 务工时间 > 0, plans of working-age persons who do not work, both consistent. */
export function buildWorkExports(o: WorkInput): WorkExports {
  const { persons, county, year, rng } = o;
  const spells: Spell[] = [];
  const last = mi(o.asOf);
  for (const p of persons) {
    if (p.workMonths === 0) continue;
    const earliest = month16(p);
    if (earliest > last) continue; // 16 only after the data date: no spell yet
    const n = rng.chance(0.3) && earliest <= mi({ y: year - 1, m: 1, d: 1 }) ? 2 : 1;
    for (let i = 0; i < n; i++) {
      const start = { y: year - (n - i) + 1, m: rng.int(1, 6), d: 1 };
      const s = Math.min(Math.max(mi(start), earliest), last);
      spells.push({
        p,
        start: ofMi(s),
        end: i < n - 1 ? ofMi(s + rng.int(1, 5)) : undefined,
        county: rng.chance(0.5) ? county : rng.pick(OUT_PLACES),
      });
    }
  }
  // 外出务工补贴 needs a subsidised (out-of-county) spell in the household (work.travel-subsidy-missing).
  for (const [h, m] of o.measures) {
    if (!m['就业帮扶']?.includes('外出务工补贴')) continue;
    const own = spells.filter((s) => s.p.hh === h);
    if (own.length === 0) {
      const items = new Set(m['就业帮扶'].split(/[,、]/).map((x) => (x === '外出务工补贴' ? '技能培训' : x)));
      m['就业帮扶'] = [...items].join(',');
    } else if (!own.some((s) => s.county !== county)) own[own.length - 1].county = OUT_PLACES[0];
  }
  const workCols: Array<WorkColumn<Spell>> = [
    { header: '县', value: () => county },
    { header: '乡', value: (s) => s.p.hh.village.township },
    { header: '行政村', value: (s) => s.p.hh.village.name },
    { header: '户编号', value: (s) => s.p.hh.id },
    { header: '人编号', value: (s) => o.personId(s.p) },
    { header: '姓名', value: (s) => s.p.name },
    { header: '证件号码', value: (s) => o.idText(s.p) },
    { header: '户类型', value: (s) => o.typeLabel(s.p.hh) },
    { header: '监测对象类别', value: (s) => s.p.hh.category },
    { header: '开始时间', value: (s) => ymCn(s.start, s.start.m % 2 === 0) },
    { header: '结束时间', value: (s) => (s.end ? ymCn(s.end) : '') },
    { header: '是否已务工', value: (s) => flag(s.end === undefined) },
    { header: '务工所在县', value: (s) => s.county },
    { header: '就业渠道', value: (s) => (s.p.publicJob ? '公益性岗位' : '外出务工') },
    { header: '务工月收入', value: (s) => `${3000 + (s.p.age % 7) * 250}.00` },
    { header: '务工企业名称', value: () => '某某制造有限公司' },
    { header: '所属行业', value: () => '制造业' },
    { header: '是否点对点输送', value: () => '否' },
    { header: '年度交通费补助', value: (s) => (s.county === county ? '0.00' : '500.00') },
  ];
  // Persons of working age, not students, with labour, who do not work: 是否计划务工 = 是.
  const planners = persons.filter(
    (p) => p.age >= 16 && p.age < 60 && p.workMonths === 0 && p.school === '' && !NO_LABOUR.has(p.labor),
  );
  const planCols = planColumns(o);
  return { spells, workCols, planners, planCols, planRow: (p) => planCols.map((c) => c.value(p)) };
}

const NO_LABOUR = new Set(['无劳动力', '丧失劳动力']);

function planColumns(o: WorkInput): Array<WorkColumn<Person>> {
  return [
    { header: '县', value: () => o.county },
    { header: '乡', value: (p) => p.hh.village.township },
    { header: '行政村', value: (p) => p.hh.village.name },
    { header: '户编号', value: (p) => p.hh.id },
    { header: '人编号', value: (p) => o.personId(p) },
    { header: '证件号码', value: (p) => o.idText(p) },
    { header: '户类型', value: (p) => o.typeLabel(p.hh) },
    { header: '劳动技能', value: (p) => p.labor },
    { header: '是否计划务工', value: () => '是' },
    { header: '是否计划外出务工', value: (p) => flag(p.age < 45) },
    { header: '就业服务需求', value: () => '岗位信息' },
    { header: '计划务工所在县', value: (p) => (p.age < 45 ? '广东省东莞市' : o.county) },
  ];
}

/** A rendered export (national.ts ExportFile, the fields used here). */
export interface RenderedExport {
  sheetName: string;
  fileName: string;
  rows: string[][];
}

/** What injectWork needs from the generator's injection loop. */
export interface WorkInjectContext {
  main: RenderedExport;
  work: RenderedExport;
  plan: RenderedExport;
  persons: Person[];
  spells: Spell[];
  planners: Person[];
  planRow: (p: Person) => string[];
  county: string;
  used: Set<Household>;
  rng: Rng;
  /** Household → risk open (风险未消除的监测对象). */
  riskOpen: (h: Household) => boolean;
  expect: (rule: string, file: RenderedExport, r: number, c: number) => void;
  /** How many of this rule were injected before (variants alternate). */
  nth: number;
}

/** Injects one error of a work rule; throws when no household fits. */
export function injectWork(rule: WorkInjection, x: WorkInjectContext): void {
  const { main, work, plan, spells, used, rng } = x;
  const col = (f: RenderedExport, h: string): number => {
    const i = f.rows[2].indexOf(h);
    if (i < 0) throw new Error(`no column ${h} in ${f.sheetName}`);
    return i;
  };
  const spellsOf = (p: Person): number[] => spells.flatMap((s, i) => (s.p === p ? [i] : []));
  const spellRow = (i: number): number => 3 + i;
  const personRow = (p: Person): number => 3 + x.persons.indexOf(p);
  /** A spell (index) of an unused household whose person's spells fit `ok`; marks the household used. */
  const pickSpell = (ok: (own: Spell[], p: Person) => number | undefined): number => {
    const candidates: number[] = [];
    const seen = new Set<Person>();
    for (const s of spells) {
      if (seen.has(s.p) || used.has(s.p.hh)) continue;
      seen.add(s.p);
      const i = ok(
        spellsOf(s.p).map((k) => spells[k]),
        s.p,
      );
      if (i !== undefined) candidates.push(spellsOf(s.p)[i]);
    }
    if (candidates.length === 0) throw new Error(`no spell for ${rule}`);
    const k = rng.pick(candidates);
    used.add(spells[k].p.hh);
    return k;
  };
  const set = (f: RenderedExport, r: number, header: string, v: string): number => {
    const c = col(f, header);
    f.rows[r][c] = v;
    return c;
  };
  const hit = (f: RenderedExport, r: number, header: string, v: string): void =>
    x.expect(rule, f, r, set(f, r, header, v));
  /** The only spell of a person (index 0), open or ended as asked. */
  const single = (open: boolean) => (own: Spell[]) =>
    own.length === 1 && (own[0].end === undefined) === open ? 0 : undefined;
  const twoSpells = (own: Spell[]) => (own.length === 2 ? 1 : undefined);

  switch (rule) {
    case 'work.start-missing':
      hit(work, spellRow(pickSpell(single(true))), '开始时间', '');
      return;
    case 'work.end-before-start': {
      // The earlier of two spells ends a year before it starts.
      const k = pickSpell((own) => (own.length === 2 ? 0 : undefined));
      hit(work, spellRow(k), '结束时间', `${spells[k].start.y - 1}年12月`);
      return;
    }
    case 'work.spells-overlap': {
      // The first spell now ends a month after the second starts.
      const k = pickSpell(twoSpells);
      set(work, spellRow(k - 1), '结束时间', ymCn(ofMi(mi(spells[k].start) + 1)));
      x.expect(rule, work, spellRow(k), col(work, '开始时间'));
      return;
    }
    case 'work.status-end-mismatch':
      hit(work, spellRow(pickSpell(single(true))), '是否已务工', '否');
      return;
    case 'work.long-open-spell': {
      // Open since four years before the data year (the person was of age then).
      const k = pickSpell((own, p) => (single(true)(own) === 0 && p.age >= 25 ? 0 : undefined));
      set(work, spellRow(k), '开始时间', `${spells[k].start.y - 4}年03月`);
      x.expect(rule, work, spellRow(k), col(work, '结束时间'));
      return;
    }
    case 'work.minor-at-start': {
      // The earlier, ended spell of a grown worker started in the month of the 15th birthday.
      const k = pickSpell((own, p) =>
        own.length === 2 && mi({ y: p.birth.y + 15, m: p.birth.m, d: 1 }) < mi(own[0].end!) ? 0 : undefined,
      );
      const p = spells[k].p;
      hit(work, spellRow(k), '开始时间', ymCn({ y: p.birth.y + 15, m: p.birth.m, d: 1 }));
      return;
    }
    case 'work.county-missing': {
      if (x.nth % 3 === 2) {
        const r = pickPlanner(x);
        hit(plan, r, '计划务工所在县', '');
        return;
      }
      hit(work, spellRow(pickSpell((own) => (own.length === 1 ? 0 : undefined))), '务工所在县', '');
      return;
    }
    case 'work.place-not-county': {
      // A person with a phone of their own (phone.shared-different-county compares 务工所在地 of shared phones).
      const phones = new Map<string, number>();
      for (const p of x.persons) phones.set(p.phone, (phones.get(p.phone) ?? 0) + 1);
      const k = pickSpell((_, p) => (phones.get(p.phone) === 1 ? 0 : undefined));
      hit(main, personRow(spells[k].p), '务工所在地', x.nth % 2 === 0 ? '广东省' : '外地');
      return;
    }
    case 'work.public-job-outside-county': {
      const k = pickSpell((own) => (own.length === 1 && own[0].county !== x.county ? 0 : undefined));
      hit(work, spellRow(k), '就业渠道', x.nth % 2 === 0 ? '公益性岗位' : '帮扶车间');
      return;
    }
    case 'work.details-missing': {
      const k = pickSpell(single(true));
      set(work, spellRow(k), '所属行业', '');
      hit(work, spellRow(k), '务工企业名称', '');
      return;
    }
    case 'work.monthly-income-implausible':
      hit(work, spellRow(pickSpell(() => 0)), '务工月收入', x.nth % 2 === 0 ? '50.00' : '45000.00');
      return;
    case 'work.student-working':
    case 'work.no-labour-working': {
      // A plan row appended for a student of 16+, or for a non-student without labour.
      const ok =
        rule === 'work.student-working'
          ? (p: Person) => p.school !== '' && p.age >= 16
          : (p: Person) => p.school === '' && p.age >= 16 && NO_LABOUR.has(p.labor);
      const candidates = x.persons.filter((p) => !used.has(p.hh) && ok(p) && !x.planners.includes(p));
      if (candidates.length === 0) throw new Error(`no person for ${rule}`);
      const p = rng.pick(candidates);
      used.add(p.hh);
      plan.rows.push(x.planRow(p));
      x.expect(rule, plan, plan.rows.length - 1, col(plan, '是否计划务工'));
      return;
    }
    case 'work.plan-no-service-need':
      hit(plan, pickPlanner(x), '就业服务需求', '');
      return;
    case 'work.travel-subsidy-in-county': {
      const k = pickSpell((own) => (own.length === 1 && own[0].county === x.county ? 0 : undefined));
      hit(work, spellRow(k), '年度交通费补助', '300.00');
      return;
    }
    case 'work.travel-subsidy-missing':
    case 'work.labour-export-unsupported': {
      // A risk-open household with spells: 就业帮扶 says 外出务工补贴 (no spell subsidised) or 劳务输出 (every
      // spell in the county).
      const withSpells = new Set(spells.map((s) => s.p.hh));
      const fits = (h: Household) => !used.has(h) && x.riskOpen(h) && withSpells.has(h);
      const employed = (h: Household) => main.rows[personRow(h.persons[0])][col(main, '就业帮扶')] !== '';
      const pool = x.persons.map((p) => p.hh).filter((h, i, a) => a.indexOf(h) === i && fits(h));
      const preferred = pool.filter(employed);
      const h = rng.pick(preferred.length > 0 ? preferred : pool.length > 0 ? pool : failNoHousehold(rule));
      used.add(h);
      const travel = rule === 'work.travel-subsidy-missing';
      for (const p of h.persons) {
        set(main, personRow(p), '就业帮扶', travel ? '外出务工补贴' : '劳务输出');
        set(main, personRow(p), '实施开发式帮扶措施情况', '是');
      }
      spells.forEach((s, i) => {
        if (s.p.hh !== h) return;
        set(work, spellRow(i), '年度交通费补助', '0.00');
        if (!travel) set(work, spellRow(i), '务工所在县', x.county);
      });
      x.expect(rule, main, personRow(h.persons[0]), col(main, '就业帮扶'));
      return;
    }
  }
}

function failNoHousehold(rule: string): never {
  throw new Error(`no household for ${rule}`);
}

/** A plan row (grid row) of an unused household. */
function pickPlanner(x: WorkInjectContext): number {
  const candidates = x.planners.filter((p) => !x.used.has(p.hh));
  if (candidates.length === 0) throw new Error('no planner for an injection');
  const p = x.rng.pick(candidates);
  x.used.add(p.hh);
  return 3 + x.planners.indexOf(p);
}
