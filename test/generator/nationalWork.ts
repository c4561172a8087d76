// Injections of the work rules (rules-v2 §16) into the national-export generator's 务工 exports (national.ts renders
// them from nationalFacts.ts, whose clean spells obey every work rule: a spell starts after the 16th birthday, spells
// of a person follow each other, an open spell is 是否已务工 = 是 with its details, 年度交通费补助 only outside the
// county). Each injection edits the rendered cells of one household no other injection uses. Test-only code.
import type { Rng } from './prng';
import type { Household, Person, YMD } from './model';

/** A spell as rendered (nationalFacts Spell, by its person). */
export interface Spell {
  p: Person;
  start: YMD;
  end?: YMD;
  /** 务工所在县 */
  county: string;
  /** 就业渠道 */
  channel: string;
}

/** The person's facts the injections read (nationalFacts NatPerson). */
export interface WorkPersonFacts {
  labour: string;
  school: string;
  phone: string;
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

const pad2 = (n: number): string => String(n).padStart(2, '0');
const ymCn = (d: YMD): string => `${d.y}年${pad2(d.m)}月`;
const mi = (d: YMD): number => d.y * 12 + d.m - 1;
const ofMi = (n: number): YMD => ({ y: Math.floor(n / 12), m: (n % 12) + 1, d: 1 });
const NO_LABOUR = new Set(['无劳动力', '丧失劳动力']);

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
  facts: (p: Person) => WorkPersonFacts;
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
      // 公益性岗位 spells back the employment.* rules: left alone.
      if (seen.has(s.p) || used.has(s.p.hh) || spellsOf(s.p).some((k) => spells[k].channel !== '外出务工'))
        continue;
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
  const twoSpells = (own: Spell[]) => (own.length === 2 && own[0].end ? 1 : undefined);

  switch (rule) {
    case 'work.start-missing':
      hit(work, spellRow(pickSpell(single(true))), '开始时间', '');
      return;
    case 'work.end-before-start': {
      // The earlier of two spells ends a year before it starts.
      const k = pickSpell((own) => (own.length === 2 && own[0].end ? 0 : undefined));
      hit(work, spellRow(k), '结束时间', `${spells[k].start.y - 1}年12月`);
      return;
    }
    case 'work.spells-overlap': {
      // The first spell now ends a month after the second starts.
      const k = pickSpell(twoSpells);
      const [first] = spellsOf(spells[k].p);
      set(work, spellRow(first), '结束时间', ymCn(ofMi(mi(spells[k].start) + 1)));
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
        own.length === 2 && own[0].end && mi({ y: p.birth.y + 15, m: p.birth.m, d: 1 }) < mi(own[0].end)
          ? 0
          : undefined,
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
      const phone = (p: Person): string => x.facts(p).phone;
      for (const p of x.persons) phones.set(phone(p), (phones.get(phone(p)) ?? 0) + 1);
      const k = pickSpell((_, p) => (phones.get(phone(p)) === 1 ? 0 : undefined));
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
          ? (p: Person) => x.facts(p).school !== '' && p.age >= 16
          : (p: Person) => x.facts(p).school === '' && p.age >= 16 && NO_LABOUR.has(x.facts(p).labour);
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
