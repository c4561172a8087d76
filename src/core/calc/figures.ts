// Household and village figures of the report (DESIGN.md contract): recomputed incomes per household, counts per
// village, and 贫困发生率 = incidence persons ÷ population × 100 (formulas.md §5), computed from unrounded counts.
import type { CellValue, HouseholdFigure, ParsedSheet, VillageBaseChoice, VillageFigure } from '../types';
import type { RuleContext } from '../rules/context';
import { cellText, isEmpty, normText, parseFlag } from '../grid/normalise';
import { cell, fieldText, HouseholdFields, hRef, type HouseholdRec, type PersonRow } from '../model/ledger';
import { trimIdText } from '../id/gb11643';
import { HEAD_RELATION, SCHOOL_GRADE_LEVELS, UNSAFE_HOUSING_GRADES } from '../profiles/personTables';
import { ALL_COMPONENTS } from '../profiles/incomeItems';
import { housingGradeKey, schoolLevel } from '../rules/security';
import { EMPLOYEE_MEDICAL_YES, memberColumns, memberValue, RESIDENT_MEDICAL_YES } from '../model/members';
import { amountOf, divRoundHalfAway, householdIncome, yuan } from './income';

/** Incidence numerator labels (report.incidenceBasis). */
export const INCIDENCE_BASIS_MONITORED = '监测对象（风险未消除）人数';
export const INCIDENCE_BASIS_LEGACY = '未脱贫及返贫人口';
/** Label of the whole-workbook row. */
export const TOTAL_LABEL = '合计';

/** Village join key: normText without a trailing 村 / 村委会 / 村民委员会 (so 甲村 = 甲村委会 = 甲). */
export function villageKey(name: unknown): string {
  // Called per household with a handful of distinct names: memoised by the string (bounded).
  if (typeof name === 'string') {
    const hit = VILLAGE_KEYS.get(name);
    if (hit !== undefined) return hit;
    const key = villageKeyUncached(name);
    if (VILLAGE_KEYS.size > 10_000) VILLAGE_KEYS.clear();
    VILLAGE_KEYS.set(name, key);
    return key;
  }
  return villageKeyUncached(name);
}

const VILLAGE_KEYS = new Map<string, string>();

function villageKeyUncached(name: unknown): string {
  const t = normText(typeof name === 'string' || typeof name === 'number' ? name : '');
  const stripped = t.replace(/(村民委员会|村委会|村)$/, '');
  return stripped || t;
}

/** 致贫原因 cells hold one value, or several joined by 、 , ; / */
const CAUSE_SPLIT = /[、,，;；/]+/;
const CAUSE_KEYS_FIRST = ['mainCause', 'risk1'];
const CAUSE_KEYS_OTHER = ['otherCause', 'risk2', 'risk3', 'risk4', 'risk5'];

const CAUSE_KEYS = [...CAUSE_KEYS_FIRST, ...CAUSE_KEYS_OTHER];

/** The normalised, non-empty parts of a cause cell's text; memoised (few distinct texts), never mutated. */
const CAUSE_PARTS = new Map<string, readonly string[]>();

function causeParts(text: string): readonly string[] {
  let parts = CAUSE_PARTS.get(text);
  if (parts === undefined) {
    parts = text
      .split(CAUSE_SPLIT)
      .map((p) => normText(p))
      .filter((c) => c !== '');
    if (CAUSE_PARTS.size > 10_000) CAUSE_PARTS.clear();
    CAUSE_PARTS.set(text, parts);
  }
  return parts;
}

function headOf(h: HouseholdRec): PersonRow | undefined {
  for (const m of h.members)
    if (normText(memberValue(m, memberColumns(m.sheet).relationToHead)) === HEAD_RELATION) return m;
  return undefined;
}

const opt = (s: string): string | undefined => (s === '' ? undefined : s);

/** Persons a household contributes to counts: member rows, or its stated size in a household-only ledger. */
export function personsOf(ctx: RuleContext, members: number, size: number | null): number {
  return ctx.ledger.personSheets.length > 0 ? members : (size ?? 0);
}

// The village rules and the report both need the household figures: build them once per analysis.
const FIGURES = new WeakMap<RuleContext, HouseholdFigure[]>();

export function buildHouseholdFigures(ctx: RuleContext): HouseholdFigure[] {
  let figures = FIGURES.get(ctx);
  if (!figures) FIGURES.set(ctx, (figures = computeHouseholdFigures(ctx)));
  return figures;
}

/** Compulsory-education-age members and those out of school; undefined when no member row has 在校生状况.
 * Loops instead of filter(): this runs for every household. */
function schoolCounts(
  ctx: RuleContext,
  h: HouseholdRec,
  eduFrom: number,
  eduTo: number,
): { inAge: number; out: number } | undefined {
  let seen = false;
  let inAge = 0;
  let out = 0;
  for (const m of h.members) {
    const mc = memberColumns(m.sheet);
    if (mc.schoolStatus < 0) continue;
    seen = true;
    const age = ctx.ageAt(m.sheet, m.r);
    if (age === undefined || age < eduFrom || age >= eduTo) continue;
    inAge++;
    const level = schoolLevel(normText(memberValue(m, mc.schoolStatus)) || '非在校生');
    const reason = memberValue(m, mc.notInSchoolReason);
    if (level !== undefined && !SCHOOL_GRADE_LEVELS.has(level) && (reason === undefined || isEmpty(reason)))
      out++;
  }
  return seen ? { inAge, out } : undefined;
}

/** Members with neither medical insurance; undefined when no member row has the 城乡居民医保 column (most
 * members are insured there: without it, an 职工医保 column alone would count nearly everyone as uninsured). */
function uninsuredCount(h: HouseholdRec): number | undefined {
  let seen = false;
  let n = 0;
  for (const m of h.members) {
    const mc = memberColumns(m.sheet);
    if (mc.residentMedical < 0) continue;
    seen = true;
    if (RESIDENT_MEDICAL_YES.yes(memberValue(m, mc.residentMedical))) continue;
    if (!EMPLOYEE_MEDICAL_YES.yes(memberValue(m, mc.employeeMedical))) n++;
  }
  return seen ? n : undefined;
}

// The household fields the figures read, through one HouseholdFields (indexes below).
const FIELD_KEYS = [
  'village',
  'township',
  'group',
  'headName',
  'headIdNumber',
  'riskEliminated',
  'exitStatus',
  'helperName',
  'helperAffiliation',
  'mainCause',
  'unsafeHousing',
  'housingGrade',
  'safeWater',
  'waterDifficulty',
  'householdPhone',
  ...CAUSE_KEYS,
] as const;
const F = Object.fromEntries(FIELD_KEYS.map((k, i) => [k, i])) as Record<(typeof FIELD_KEYS)[number], number>;
const CAUSE_AT = FIELD_KEYS.length - CAUSE_KEYS.length;
const FIGURE_FIELDS = new HouseholdFields(FIELD_KEYS);

/** causesOf from the values already read. */
function causesFrom(v: ReadonlyArray<CellValue | undefined>): string[] {
  const out: string[] = [];
  for (let i = CAUSE_AT; i < FIELD_KEYS.length; i++) {
    const text = fieldText(v[i]);
    if (text === '') continue; // most risk columns are blank
    for (const c of causeParts(text)) if (!out.includes(c)) out.push(c);
  }
  return out;
}

function computeHouseholdFigures(ctx: RuleContext): HouseholdFigure[] {
  return ctx.ledger.households.map((h) => householdFigure(ctx, h));
}

/** The figures of the households, in ledger.households order, computed by the household pass (rules/households). */
export function setHouseholdFigures(ctx: RuleContext, figures: HouseholdFigure[]): void {
  FIGURES.set(ctx, figures);
}

/** One household's figures. */
export function householdFigure(ctx: RuleContext, h: HouseholdRec): HouseholdFigure {
  {
    const [eduFrom, eduTo] = ctx.config.compulsoryEducationAges;
    const s = ctx.status(h);
    const inc = householdIncome(h, ctx.config.householdSizeBasis);
    const v = FIGURE_FIELDS.read(h);
    const ref = hRef(h);
    const head = headOf(h);
    const f: HouseholdFigure = {
      sheet: ref.sheet.name,
      row: ref.r + 1,
      householdId: h.id || h.key,
      village: fieldText(v[F.village]),
      size: inc.size,
      members: h.members.length,
      persons: personsOf(ctx, h.members.length, inc.size),
      covered: s.covered,
      netIncome: inc.netFen === null ? null : yuan(inc.netFen),
      perCapitaNetIncome: inc.perCapitaFen === null ? null : yuan(inc.perCapitaFen),
      exited: s.exited,
      monitored: s.monitored,
    };
    const township = opt(fieldText(v[F.township]));
    if (township) f.township = township;
    const group = opt(fieldText(v[F.group]));
    if (group) f.group = group;
    const headName = opt((head && cellText(cell(head, 'name'))) || fieldText(v[F.headName]));
    if (headName) f.headName = headName;
    const headIdRaw = head ? cell(head, 'idNumber') : undefined;
    const headId = opt(
      headIdRaw !== undefined && !isEmpty(headIdRaw)
        ? trimIdText(headIdRaw)
        : trimIdText(fieldText(v[F.headIdNumber])),
    );
    if (headId) f.headIdNumber = headId;
    if (s.type) f.householdType = s.type;
    if (s.category) f.monitorCategory = s.category;
    // A value is undefined exactly when the household has no such column (householdHasColumn).
    if (v[F.riskEliminated] !== undefined) f.riskEliminated = s.riskEliminated;
    if (v[F.exitStatus] !== undefined) f.stillPoor = s.stillPoor;
    if (inc.grossFen !== null) f.grossIncome = yuan(inc.grossFen);
    else if (inc.storedGrossFen !== null) f.grossIncome = yuan(inc.storedGrossFen);
    const components: NonNullable<HouseholdFigure['components']> = {};
    let nComponents = 0;
    for (let i = 0; i < ALL_COMPONENTS.length; i++) {
      const k = ALL_COMPONENTS[i];
      const fen = inc.componentsFen[k];
      if (fen !== undefined) {
        components[k] = yuan(fen);
        nComponents++;
      }
    }
    if (nComponents > 0) f.components = components;
    const helper = opt(fieldText(v[F.helperName]));
    if (helper) f.helperName = helper;
    const affiliation = opt(fieldText(v[F.helperAffiliation]));
    if (affiliation) f.helperAffiliation = affiliation;
    const causes = causesFrom(v);
    if (causes.length) f.causes = causes;
    const mainCause = opt(normText(v[F.mainCause]));
    if (mainCause) f.mainCause = mainCause;

    // 三保障 and water flags, only when the ledger carries the columns.
    const hasFlag = v[F.unsafeHousing] !== undefined;
    const hasGrade = v[F.housingGrade] !== undefined;
    if (hasFlag || hasGrade) {
      const grade = housingGradeKey(v[F.housingGrade]);
      f.unsafeHousing = parseFlag(v[F.unsafeHousing]) === true || UNSAFE_HOUSING_GRADES.has(grade);
    }
    if (v[F.safeWater] !== undefined) f.unsafeWater = parseFlag(v[F.safeWater]) === false;
    if (v[F.waterDifficulty] !== undefined) f.waterDifficulty = parseFlag(v[F.waterDifficulty]) === true;

    const school = schoolCounts(ctx, h, eduFrom, eduTo);
    if (school) {
      f.compulsoryAgeMembers = school.inAge;
      f.outOfSchoolMembers = school.out;
    }
    const uninsured = uninsuredCount(h);
    if (uninsured !== undefined) f.uninsuredMembers = uninsured;
    const phone = opt(fieldText(v[F.householdPhone]));
    if (phone) f.phone = phone;
    return f;
  }
}

/** One row of a village base sheet. */
interface VillageRow {
  sheet: ParsedSheet;
  r: number;
  name: string;
  key: string;
  townshipKey: string;
}

/** Village base sheet rows, in sheet order, and grouped by village key for the lookups per village. */
export interface VillageRows {
  list: VillageRow[];
  byKey: Map<string, VillageRow[]>;
}

/** Population-type columns of a village base sheet. */
const BASE_COLUMNS = [
  'totalHouseholds',
  'totalPopulation',
  'agriPopulation',
  'ruralPopulation',
  'residentPopulation',
];

const CHOICES = new WeakMap<RuleContext, { sheets: ParsedSheet[]; choice: VillageBaseChoice }>();

/**
 * The village base sheets to read, best first: the one covering most of the ledger's villages, then the one with
 * the incidence denominator and the most population columns. Another sheet is used only for villages the chosen
 * ones lack, and only if it has population columns — a small chart-data sheet (村/户数) never replaces the real
 * 行政村基本情况 sheet, hidden or not.
 */
export function chooseVillageSheets(ctx: RuleContext): { sheets: ParsedSheet[]; choice: VillageBaseChoice } {
  const hit = CHOICES.get(ctx);
  if (hit) return hit;
  const ledgerKeys = new Set<string>();
  for (const h of buildHouseholdFigures(ctx)) if (h.village) ledgerKeys.add(villageKey(h.village));
  const denominator = ctx.config.incidenceDenominator;
  const scored = ctx.ledger.villageSheets
    .filter((s) => s.byKey.village)
    .map((sheet, order) => {
      const keys = new Set<string>();
      for (const r of sheet.dataRows) {
        const name = cellText(cell({ sheet, r }, 'village'));
        if (name !== '') keys.add(villageKey(name));
      }
      const covered = [...keys].filter((k) => ledgerKeys.has(k));
      const columns = BASE_COLUMNS.filter((k) => sheet.byKey[k]).length;
      return { sheet, order, keys, covered, columns, denominator: sheet.byKey[denominator] ? 1 : 0 };
    })
    .sort(
      (a, b) =>
        b.covered.length - a.covered.length ||
        b.denominator - a.denominator ||
        b.columns - a.columns ||
        b.keys.size - a.keys.size ||
        a.order - b.order,
    );
  const used: typeof scored = [];
  const ignored: VillageBaseChoice['ignored'] = [];
  const have = new Set<string>();
  for (const c of scored) {
    const adds = c.covered.filter((k) => !have.has(k));
    const populated = c.denominator === 1 || c.columns >= 2;
    if (used.length === 0 || (adds.length > 0 && populated)) {
      used.push(c);
      for (const k of c.covered) have.add(k);
      continue;
    }
    const cols = BASE_COLUMNS.filter((k) => c.sheet.byKey[k])
      .map((k) => `“${c.sheet.byKey[k].header}”`)
      .join('、');
    const chart = populated ? '' : `，只有${cols}列、没有人口数（可能是图表数据）`;
    ignored.push({
      sheet: c.sheet.name,
      reason:
        adds.length > 0
          ? `只有${cols}列、没有人口数（可能是图表数据），未作为行政村基本情况表使用`
          : c.covered.length > 0
            ? `所列村已由“${used[0].sheet.name}”覆盖${chart}，未使用`
            : `所列村不是台账中的村${chart}，未使用`,
    });
  }
  const out = {
    sheets: used.map((c) => c.sheet),
    choice: { sheets: used.map((c) => c.sheet.name), ignored },
  };
  CHOICES.set(ctx, out);
  return out;
}

export function villageRows(ctx: RuleContext): VillageRows {
  const list: VillageRow[] = [];
  const byKey = new Map<string, VillageRow[]>();
  for (const sheet of chooseVillageSheets(ctx).sheets) {
    for (const r of sheet.dataRows) {
      const name = cellText(cell({ sheet, r }, 'village'));
      if (name === '') continue;
      const row: VillageRow = {
        sheet,
        r,
        name,
        key: villageKey(name),
        townshipKey: normText(cell({ sheet, r }, 'township')),
      };
      list.push(row);
      const same = byKey.get(row.key);
      if (same) same.push(row);
      else byKey.set(row.key, [row]);
    }
  }
  return { list, byKey };
}

/** The village sheet row for a ledger village: same township and name, else same name. */
export function findVillageRow(rows: VillageRows, name: string, township = ''): VillageRow | undefined {
  // Only rows with the same village key can match (a Map lookup, not a scan: a county has hundreds of villages).
  const same = rows.byKey.get(villageKey(name));
  if (!same) return undefined;
  const t = normText(township);
  return (
    same.find((v) => t !== '' && v.townshipKey === t) ??
    same.find((v) => v.townshipKey === '' || t === '' || v.townshipKey === t) ??
    same[0]
  );
}

/** Population from config.villagePopulation, by exact name or village key. */
export function configPopulation(ctx: RuleContext, name: string): number | null {
  const table = ctx.config.villagePopulation;
  if (table[name] !== undefined) return table[name];
  const key = villageKey(name);
  for (const [k, v] of Object.entries(table)) if (villageKey(k) === key) return v;
  return null;
}

/** A count cell of a village sheet row, or null. */
function rowNumber(row: VillageRow | undefined, key: string): number | null {
  if (!row || !row.sheet.byKey[key]) return null;
  return amountOf(cell(row, key));
}

/** Which numerator the ledger supports: 2021+ status columns, else 2014–2020 脱贫标志, else none. */
export function incidenceEra(ctx: RuleContext): 'monitored' | 'legacy' | null {
  const sheets = [...ctx.ledger.personSheets, ...ctx.ledger.householdSheets];
  if (sheets.some((s) => s.byKey.householdType || s.byKey.monitorCategory || s.byKey.riskEliminated))
    return 'monitored';
  if (sheets.some((s) => s.byKey.exitStatus)) return 'legacy';
  return null;
}

function emptyVillage(village: string, township?: string): VillageFigure {
  return {
    village,
    ...(township ? { township } : {}),
    households: 0,
    persons: 0,
    coveredHouseholds: 0,
    coveredPersons: 0,
    exitedHouseholds: 0,
    exitedPersons: 0,
    monitored: {},
    monitoredHouseholds: 0,
    monitoredPersons: 0,
    riskEliminatedHouseholds: 0,
    riskEliminatedPersons: 0,
    riskOpenHouseholds: 0,
    riskOpenPersons: 0,
    stillPoorHouseholds: 0,
    stillPoorPersons: 0,
    incidencePersons: 0,
    population: null,
    totalHouseholds: null,
    totalPopulation: null,
    agriPopulation: null,
    incidencePercent: null,
  };
}

/** Adds one household to a village's counts. */
function addHousehold(
  v: VillageFigure,
  h: HouseholdFigure,
  persons: number,
  era: 'monitored' | 'legacy' | null,
): void {
  v.households++;
  v.persons += persons;
  if (h.covered) {
    v.coveredHouseholds++;
    v.coveredPersons += persons;
  }
  if (h.exited) {
    v.exitedHouseholds++;
    v.exitedPersons += persons;
  }
  if (h.monitored) {
    const c = (v.monitored[h.monitorCategory ?? ''] ??= { households: 0, persons: 0 });
    c.households++;
    c.persons += persons;
    v.monitoredHouseholds++;
    v.monitoredPersons += persons;
    if (h.riskEliminated === true) {
      v.riskEliminatedHouseholds++;
      v.riskEliminatedPersons += persons;
    } else {
      v.riskOpenHouseholds++;
      v.riskOpenPersons += persons;
    }
  }
  if (h.stillPoor) {
    v.stillPoorHouseholds++;
    v.stillPoorPersons += persons;
  }
  if (era === 'monitored' && h.monitored && h.riskEliminated !== true) v.incidencePersons += persons;
  if (era === 'legacy' && h.stillPoor) v.incidencePersons += persons;
}

/** 贫困发生率 in percent, 2 decimals, half away from zero, from unrounded counts; null without a population. */
export function incidencePercent(persons: number, population: number | null): number | null {
  if (population === null || population <= 0) return null;
  if (Number.isInteger(population) && Number.isInteger(persons))
    return divRoundHalfAway(persons * 10_000, population) / 100;
  return Math.round((persons / population) * 10_000) / 100;
}

export function buildVillageFigures(
  ctx: RuleContext,
  households: HouseholdFigure[],
): { villages: VillageFigure[]; total: VillageFigure | null; incidenceBasis: string } {
  const era = incidenceEra(ctx);
  const incidenceBasis =
    era === 'monitored' ? INCIDENCE_BASIS_MONITORED : era === 'legacy' ? INCIDENCE_BASIS_LEGACY : '';
  const rows = villageRows(ctx);
  const byKey = new Map<string, VillageFigure>();
  const villages: VillageFigure[] = [];
  for (const h of households) {
    const k = `${normText(h.township)}|${villageKey(h.village)}`;
    let v = byKey.get(k);
    if (!v) {
      v = emptyVillage(h.village, h.township);
      byKey.set(k, v);
      villages.push(v);
    }
    addHousehold(v, h, personsOf(ctx, h.members, h.size), era);
  }
  const denominator = ctx.config.incidenceDenominator;
  for (const v of villages) {
    const row = findVillageRow(rows, v.village, v.township);
    v.totalHouseholds = rowNumber(row, 'totalHouseholds');
    v.totalPopulation = rowNumber(row, 'totalPopulation');
    v.agriPopulation = rowNumber(row, 'agriPopulation');
    v.population = rowNumber(row, denominator) ?? configPopulation(ctx, v.village);
    v.incidencePercent = era ? incidencePercent(v.incidencePersons, v.population) : null;
  }
  if (villages.length === 0) return { villages, total: null, incidenceBasis };

  const total = emptyVillage(TOTAL_LABEL);
  const sumOrNull = (pick: (v: VillageFigure) => number | null | undefined): number | null =>
    villages.every((v) => typeof pick(v) === 'number')
      ? villages.reduce((s, v) => s + (pick(v) as number), 0)
      : null;
  for (const v of villages) {
    for (const k of [
      'households',
      'persons',
      'coveredHouseholds',
      'coveredPersons',
      'exitedHouseholds',
      'exitedPersons',
      'monitoredHouseholds',
      'monitoredPersons',
      'riskEliminatedHouseholds',
      'riskEliminatedPersons',
      'riskOpenHouseholds',
      'riskOpenPersons',
      'stillPoorHouseholds',
      'stillPoorPersons',
      'incidencePersons',
    ] as const) {
      total[k] += v[k];
    }
    for (const [cat, c] of Object.entries(v.monitored)) {
      const t = (total.monitored[cat] ??= { households: 0, persons: 0 });
      t.households += c.households;
      t.persons += c.persons;
    }
  }
  total.population = sumOrNull((v) => v.population);
  total.totalHouseholds = sumOrNull((v) => v.totalHouseholds);
  total.totalPopulation = sumOrNull((v) => v.totalPopulation);
  total.agriPopulation = sumOrNull((v) => v.agriPopulation);
  // From the summed numerator and denominator, never from the villages' rounded percents.
  total.incidencePercent = era ? incidencePercent(total.incidencePersons, total.population) : null;
  return { villages, total, incidenceBasis };
}
