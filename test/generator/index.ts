// Deterministic synthetic ledger generator: workbook spec + expected findings + truth figures.
// Test-only code. See README section in examples/README.md and the comments in inject.ts per rule.
import {
  amountText,
  finalize,
  type ExpRef,
  type Expectation,
  type Layout,
  type SheetDoc,
  type WorkbookSpec,
} from './doc';
import { INJECTORS, SPECIAL_RULES, STRUCTURE_RULES, VILLAGE_RULES, type InjectCtx } from './inject';
import {
  buildModel,
  grossIncome,
  isCovered,
  isRiskOpen,
  makeHousehold,
  netIncome,
  newHelper,
  perCapita,
  roundDiv,
  setVillagePopulations,
  transferSum,
  type Household,
  type ModelOptions,
  type Village,
  type YMD,
} from './model';
import { columnsFor, incomeCells, personSheet, render, villageSheet, type RenderOptions } from './render';

export type { Expectation, Layout, WorkbookSpec } from './doc';
export type { SheetSpec } from './doc';

export interface GenerateOptions {
  seed: number;
  /** Approximate number of persons (households are added until reached). Default 200. */
  persons?: number;
  /** a: 名单 person export; b: 户信息 + 人员信息; c: hand-kept ledger with a two-row header. Default a. */
  layout?: Layout;
  /** Rule id → number of injections, or 'all' (every applicable rule, `injectCount` times). */
  inject?: Record<string, number> | 'all';
  injectCount?: number;
  /** Income year; default 2024. */
  year?: number;
  /** Default: 12-31 of `year`. */
  referenceDate?: YMD;
  /** Chooses among header synonyms (ledgers.md §3). Default: seed % 2. */
  headerVariant?: number;
  /** Share of untouched households with clerk-typed values (text amounts, apostrophe ids). Default 0.15. */
  clerkStyle?: number;
  /** Add the village base sheet (layout d). Default true. */
  villageSheet?: boolean;
  /** 转移性收入 sub-item columns; default true for layouts a and b (layout c has none). */
  transferSubItems?: boolean;
  /** Share of households that are 监测对象. Default 0.15. */
  monitoredShare?: number;
}

export interface HouseholdTruth {
  sheet: string;
  /** 1-based row of the household's first row (household sheet in layout b). */
  row: number;
  householdId: string;
  village: string;
  township: string;
  /** The 人数 column value, the divisor of 人均纯收入. */
  size: number;
  /** Member rows in the ledger. */
  members: number;
  householdType: string;
  monitorCategory: string;
  riskEliminated: boolean | null;
  covered: boolean;
  monitored: boolean;
  /** 元, 2 decimals, recomputed from the components. */
  grossIncome: number;
  netIncome: number;
  perCapitaNetIncome: number;
  components: {
    wageIncome: number;
    businessIncome: number;
    propertyIncome: number;
    transferIncome: number;
    businessExpense: number;
  };
}

export interface VillageTruth {
  village: string;
  township?: string;
  households: number;
  persons: number;
  coveredHouseholds: number;
  coveredPersons: number;
  exitedHouseholds: number;
  exitedPersons: number;
  /** 监测对象 by 类别 ('' = not given). */
  monitored: Record<string, { households: number; persons: number }>;
  monitoredHouseholds: number;
  monitoredPersons: number;
  riskOpenHouseholds: number;
  riskOpenPersons: number;
  /** 农业户籍人口; null when the village sheet leaves it empty (or there is no village sheet). */
  population: number | null;
  /** riskOpenPersons ÷ population × 100, half away from zero to 2 decimals. */
  incidencePercent: number | null;
}

export interface Truth {
  year: number;
  referenceDate: YMD;
  povertyLine: number;
  monitoringLine: number;
  households: HouseholdTruth[];
  villages: VillageTruth[];
  /** Whole workbook; population and incidence null unless every village has a population. */
  total: VillageTruth;
}

export interface GeneratedLedger {
  spec: WorkbookSpec;
  expected: Expectation[];
  truth: Truth;
  /** Requested injections that could not be placed (rule → count short), or that do not apply to the layout. */
  skipped: Record<string, number>;
  options: Required<Omit<GenerateOptions, 'inject' | 'referenceDate'>> & { referenceDate: YMD };
}

/** Every rule id the generator can inject, with the layouts it applies to. */
export function injectableRules(layout: Layout, withVillageSheet = true): string[] {
  const rules = Object.entries(INJECTORS)
    .filter(
      ([rule, d]) =>
        (!d.layouts || d.layouts.includes(layout)) && (withVillageSheet || !VILLAGE_RULES.includes(rule)),
    )
    .map(([rule]) => rule);
  if (layout !== 'b') rules.push(...SPECIAL_RULES);
  return rules;
}

const COLUMN_MISSING_CYCLE = ['safeWater', 'unsafeHousing', 'helperName'];

export function generateLedger(opts: GenerateOptions): GeneratedLedger {
  const layout = opts.layout ?? 'a';
  const year = opts.year ?? 2024;
  const ref = opts.referenceDate ?? { y: year, m: 12, d: 31 };
  const withVillage = opts.villageSheet ?? true;
  const options: GeneratedLedger['options'] = {
    seed: opts.seed,
    persons: opts.persons ?? 200,
    layout,
    injectCount: opts.injectCount ?? 3,
    year,
    referenceDate: ref,
    headerVariant: opts.headerVariant ?? opts.seed % 2,
    clerkStyle: opts.clerkStyle ?? 0.15,
    villageSheet: withVillage,
    transferSubItems: opts.transferSubItems ?? layout !== 'c',
    monitoredShare: opts.monitoredShare ?? 0.15,
  };
  const mo: ModelOptions = {
    seed: opts.seed,
    persons: options.persons,
    year,
    referenceDate: ref,
    monitoredShare: options.monitoredShare,
  };
  const m = buildModel(mo);
  const ro: RenderOptions = {
    layout,
    headerVariant: options.headerVariant,
    year,
    transferSubItems: layout !== 'c' && options.transferSubItems,
  };

  const applicable = injectableRules(layout, withVillage);
  const requested: Record<string, number> =
    opts.inject === 'all'
      ? Object.fromEntries(applicable.map((r) => [r, options.injectCount]))
      : { ...(opts.inject ?? {}) };
  const skipped: Record<string, number> = {};
  for (const [rule, n] of Object.entries(requested)) {
    if (!applicable.includes(rule)) {
      if (!(rule in INJECTORS) && !SPECIAL_RULES.includes(rule))
        throw new Error(`unknown or non-injectable rule ${rule}`);
      skipped[rule] = n;
      delete requested[rule];
    }
  }

  // sheet.column-missing: extra sheets ("补录N") of two clean 脱贫户 each, one column left out. They are part
  // of the truth; their households get their own helper and are never picked by other injectors.
  const extra: Array<{ name: string; households: Household[]; omit: string }> = [];
  for (let k = 0; k < (requested['sheet.column-missing'] ?? 0); k++) {
    const name = `补录${k + 1}`;
    const helper = newHelper(m);
    const hs = [0, 1].map((i) => {
      const h = makeHousehold(m, mo, m.rng.pick(m.villages), 700 + k * 10 + i, name, '脱贫户');
      h.helper = helper;
      return h;
    });
    m.households.push(...hs);
    extra.push({ name, households: hs, omit: COLUMN_MISSING_CYCLE[k % COLUMN_MISSING_CYCLE.length] });
  }
  setVillagePopulations(m);

  const main = m.households.filter((h) => h.sheetGroup === 'main');
  const r = render(m, ro, main);
  const refs: ExpRef[] = [];
  const extraPersonDocs: SheetDoc[] = [];
  for (const e of extra) {
    const cols = columnsFor(layout, options.headerVariant, ro.transferSubItems).person!.filter(
      (c) => c.key !== e.omit,
    );
    const doc = personSheet(e.name, e.households, m, ro, cols, r);
    extraPersonDocs.push(doc);
    refs.push({
      rule: 'sheet.column-missing',
      sheet: doc,
      fixedRow: layout === 'c' ? 4 : 3,
      note: `缺少列 ${e.omit}`,
    });
  }
  // Layout c always ends with a 合计 row (sheet.totals-row, info).
  for (const doc of [...r.docs, ...extraPersonDocs])
    for (const row of doc.rows)
      if (row.kind === 'total') refs.push({ rule: 'sheet.totals-row', sheet: doc, row });

  // Totals rows go into the first sheet (the person sheet, or 户信息 in layout b).
  const dataSheet = r.docs[0];
  const ctx: InjectCtx = {
    m,
    mo,
    r,
    ro,
    layout,
    rng: m.rng.fork(0x1e),
    used: new Set(),
    usedVillages: new Map(),
    refs,
    extraDocs: [],
    dataSheet,
  };
  const run = (rule: string) => {
    const n = requested[rule] ?? 0;
    for (let i = 0; i < n; i++) if (!INJECTORS[rule].run(ctx)) skipped[rule] = (skipped[rule] ?? 0) + 1;
  };
  // helper.overload first: it needs helpers whose households are all untouched.
  const householdRules = Object.keys(INJECTORS).filter(
    (x) => !VILLAGE_RULES.includes(x) && !STRUCTURE_RULES.includes(x),
  );
  run('helper.overload');
  for (const rule of householdRules) if (rule !== 'helper.overload') run(rule);
  if (withVillage) {
    ctx.village = villageSheet(m, year);
    for (const rule of VILLAGE_RULES) run(rule);
  }
  for (const rule of STRUCTURE_RULES) run(rule);

  clerkStyle(ctx, options.clerkStyle);

  const docs = [...r.docs, ...extraPersonDocs, ...(ctx.village ? [ctx.village.doc] : []), ...ctx.extraDocs];
  const fin = finalize(docs, refs);
  const truth = computeTruth(ctx, fin.rowNumber, year, ref);
  return { spec: fin.spec, expected: fin.expected, truth, skipped, options };
}

/** Clerk-typed values on untouched households: text amounts (field.text-number, recorded) and ids with an
 *  apostrophe or full-width digits (read as the same id; id.stray-characters, recorded). */
function clerkStyle(c: InjectCtx, share: number): void {
  const amountKeys = ['wageIncome', 'businessIncome', 'transferIncome', 'netIncome', 'perCapitaNetIncome'];
  for (const h of c.m.households) {
    if (h.sheetGroup !== 'main' || c.used.has(h) || h.noMembers) continue;
    if (c.rng.chance(share)) {
      const cells = incomeCells(h, c.ro);
      const keys = c.rng.shuffle([...amountKeys]).slice(0, c.rng.int(1, 2));
      const fullWidth = c.rng.chance(0.25);
      const rows = c.r.hhRows.get(h)!;
      for (const k of keys) {
        const text = amountText(Math.round(Number(cells[k]) * 100), fullWidth);
        for (const row of rows) row.cells[k] = text;
        c.refs.push({
          rule: 'field.text-number',
          sheet: c.r.hhSheet.get(h)!,
          row: rows[0],
          key: k,
          also: rows.slice(1),
        });
      }
    }
    for (const p of h.persons) {
      const row = c.r.personRow.get(p)!;
      const x = c.rng.next();
      if (x < share / 3) row.cells.idNumber = `'${p.id}`;
      else if (x < share / 2)
        row.cells.idNumber = p.id.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      if (x < share / 2)
        c.refs.push({ rule: 'id.stray-characters', sheet: c.r.personSheet.get(p)!, row, key: 'idNumber' });
    }
  }
}

const yuanOf = (fen: number): number => fen / 100;

function computeTruth(
  c: InjectCtx,
  rowNumber: Map<import('./doc').RowDoc, number>,
  year: number,
  ref: YMD,
): Truth {
  const households: HouseholdTruth[] = c.m.households.map((h) => {
    const first = c.r.hhRows.get(h)![0];
    return {
      sheet: c.r.hhSheet.get(h)!.name,
      row: rowNumber.get(first)!,
      householdId: h.id,
      village: h.village.name,
      township: h.village.township,
      size: h.sizeStored,
      members: h.noMembers ? 0 : h.persons.length,
      householdType: h.type,
      monitorCategory: h.category,
      riskEliminated: h.riskEliminated,
      covered: isCovered(h),
      monitored: h.type !== '脱贫户',
      grossIncome: yuanOf(grossIncome(h)),
      netIncome: yuanOf(netIncome(h)),
      perCapitaNetIncome: yuanOf(perCapita(h)),
      components: {
        wageIncome: yuanOf(h.wage),
        businessIncome: yuanOf(h.business),
        propertyIncome: yuanOf(h.property),
        transferIncome: yuanOf(transferSum(h)),
        businessExpense: yuanOf(h.expense),
      },
    };
  });
  const withPopulation = c.village !== undefined;
  const villages = c.m.villages.map((v) =>
    aggregate(
      v.name,
      v.township,
      c.m.households.filter((h) => h.village === v),
      population(v, withPopulation),
    ),
  );
  const pops = villages.map((v) => v.population);
  const total = aggregate(
    '合计',
    undefined,
    c.m.households,
    pops.every((p) => p !== null) ? pops.reduce((s, p) => s + (p ?? 0), 0) : null,
  );
  return { year, referenceDate: ref, povertyLine: 4000, monitoringLine: 6000, households, villages, total };
}

function population(v: Village, withSheet: boolean): number | null {
  if (!withSheet || (v as Village & { populationMissing?: boolean }).populationMissing) return null;
  return v.agriPopulation;
}

function aggregate(
  name: string,
  township: string | undefined,
  hs: Household[],
  pop: number | null,
): VillageTruth {
  const size = (h: Household) => (h.noMembers ? 0 : h.persons.length);
  const sum = (xs: Household[]) => xs.reduce((s, h) => s + size(h), 0);
  const covered = hs.filter(isCovered);
  const exited = hs.filter((h) => h.type === '脱贫户');
  const mon = hs.filter((h) => h.type !== '脱贫户');
  const open = hs.filter(isRiskOpen);
  const monitored: VillageTruth['monitored'] = {};
  for (const h of mon) {
    const e = (monitored[h.category] ??= { households: 0, persons: 0 });
    e.households++;
    e.persons += size(h);
  }
  const riskOpenPersons = sum(open);
  return {
    village: name,
    ...(township ? { township } : {}),
    households: hs.length,
    persons: sum(hs),
    coveredHouseholds: covered.length,
    coveredPersons: sum(covered),
    exitedHouseholds: exited.length,
    exitedPersons: sum(exited),
    monitored,
    monitoredHouseholds: mon.length,
    monitoredPersons: sum(mon),
    riskOpenHouseholds: open.length,
    riskOpenPersons,
    population: pop,
    incidencePercent: pop ? roundDiv(riskOpenPersons * 10_000, pop) / 100 : null,
  };
}

export { writeWorkbook, toSheetInputs } from './writer';
