// Figures the v2 summary tables need beyond the household counts (summaries.md §6.2–6.5): members' ages at the
// data date and labour, 识别/消除监测 months, 务工 per village from the 已外出务工 export, and 村出列指标 from the
// 行政村信息 sheet. Computed once per analysis after the household figures; pure like the rest of the engine.
import type { CellValue, HouseholdFigure, VillageFigure, VillageIndicators, WorkFigures } from '../types';
import type { WorkVillageFigure } from '../types';
import type { RuleContext } from '../rules/context';
import { ageAt, cellText, normText, parseDate, parseFlag, unitlessNumber, type YMD } from '../grid/normalise';
import { cell, fieldText, HouseholdFields, type PersonRow } from '../model/ledger';
import { trimIdText } from '../id/gb11643';
import { PROVINCE_NAMES } from '../id/regions';
import { findVillageRow, villageKey, villageRows } from './figures';

/** 劳动技能 values that make a person a labour force (rules-v2 §0.3 ANY). */
export function isLabour(text: string): boolean {
  return text === '普通劳动力' || text === '技能劳动力' || /弱劳动力|半劳动力/.test(text);
}

const MONTH_FIELDS = new HouseholdFields(['monitorStart', 'riskEliminatedDate', 'riskEliminationMethod']);

/** 'YYYY-MM' of a date or month cell, else undefined. */
function monthText(v: CellValue | undefined): string | undefined {
  if (v === undefined || v === '') return undefined;
  const d = parseDate(v).date;
  return d ? `${d.y}-${String(d.m).padStart(2, '0')}` : undefined;
}

/** The person's birth date: from a clean ID's packed facts (cheap), else the full analysis / 出生日期. */
function birthOf(ctx: RuleContext, m: PersonRow): YMD | undefined {
  const packed = ctx.cleanIdAt(m.sheet, m.r);
  if (packed >= 0) {
    const day = Math.floor(packed / 2);
    return { y: Math.floor(day / 10000), m: Math.floor(day / 100) % 100, d: day % 100 };
  }
  return ctx.personAt(m.sheet, m.r).birth;
}

/**
 * Adds ages (at `asOf`), labour and the 监测 months to each household figure (same order as ledger.households).
 * Fields stay absent when the ledger has no such column, so a table can say 未统计 instead of 0.
 */
export function addPersonFigures(ctx: RuleContext, figures: HouseholdFigure[], asOf: YMD): void {
  const hs = ctx.ledger.households;
  for (let i = 0; i < hs.length && i < figures.length; i++) {
    const h = hs[i];
    const f = figures[i];
    const members = h.members;
    if (members.length > 0) {
      const sheet0 = members[0].sheet;
      if (sheet0.byKey.idNumber || sheet0.byKey.birthDate) {
        const ages: Array<number | null> = new Array(members.length);
        for (let k = 0; k < members.length; k++) {
          const b = birthOf(ctx, members[k]);
          const a = b ? ageAt(b, asOf) : null;
          ages[k] = a !== null && a >= 0 && a < 130 ? a : null;
        }
        f.ages = ages;
      }
      const labourCol = sheet0.byKey.laborSkill;
      if (labourCol) {
        let n = 0;
        for (const m of members) if (isLabour(normText(cell(m, 'laborSkill')))) n++;
        f.labourMembers = n;
      }
    }
    const v = MONTH_FIELDS.read(h);
    const start = monthText(v[0]);
    if (start) f.monitorStartMonth = start;
    const end = monthText(v[1]);
    if (end) f.eliminatedMonth = end;
    const how = fieldText(v[2]);
    if (how) f.eliminationMethod = how;
  }
}

// ---------- 务工 (§6.2) ----------

const PROVINCE_SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|省|市)$/;
const PROVINCES = Object.values(PROVINCE_NAMES).map((full) => ({
  full,
  short: full.replace(PROVINCE_SUFFIX, ''),
}));

/** The province a place text starts with (full or short name), else null. */
export function provinceOf(text: string): string | null {
  for (const p of PROVINCES) if (text.startsWith(p.full) || text.startsWith(p.short)) return p.full;
  return null;
}

export type WorkPlace =
  'inCounty' | 'inProvince' | 'outOfProvince' | 'outOfCountyUnknownProvince' | 'placeUnknown';

/** Where a 务工所在县 lies from home: ends with the home county = 县内 (ledgers-national §7.4); else by province. */
export function workPlaceOf(raw: string, counties: string[], province: string | null): WorkPlace {
  const t = normText(raw);
  if (t === '') return 'placeUnknown';
  if (counties.some((c) => t === c || t.endsWith(c))) return 'inCounty';
  const p = provinceOf(t);
  if (p === null || province === null) return 'outOfCountyUnknownProvince';
  return p === province ? 'inProvince' : 'outOfProvince';
}

export type WorkChannel = 'publicJob' | 'workshop' | 'otherChannel';

export function workChannelOf(raw: string): WorkChannel {
  const t = normText(raw);
  if (t.includes('公益')) return 'publicJob';
  if (t.includes('车间')) return 'workshop';
  return 'otherChannel';
}

/** The most common non-empty value, or null. */
function mostCommon(values: Iterable<string>): string | null {
  const n = new Map<string, number>();
  for (const v of values) if (v) n.set(v, (n.get(v) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [v, c] of n)
    if (c > most) {
      best = v;
      most = c;
    }
  return best;
}

/** Home county names and province, and where they came from (config homeCounty, the 县 column, the IDs). */
function homeOf(ctx: RuleContext): { counties: string[]; province: string | null; source: string } {
  const raw = (ctx.config as { homeCounty?: unknown }).homeCounty;
  const set = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[,，、]/) : [];
  const configured = set.map((x) => normText(String(x))).filter(Boolean);
  const persons = ctx.ledger.persons;
  const column = (key: string) => {
    const out: string[] = [];
    for (const p of persons) if (p.sheet.byKey[key]) out.push(normText(cell(p, key)));
    return out;
  };
  const county = configured.length > 0 ? null : mostCommon(column('county'));
  const workCounty =
    configured.length > 0 || county
      ? null
      : mostCommon(
          ctx.ledger.workSheets.flatMap((s) =>
            s.dataRows.map((r) => normText(cell({ sheet: s, r }, 'county'))),
          ),
        );
  const counties =
    configured.length > 0 ? configured : [county ?? workCounty].filter((x): x is string => !!x);
  let province = mostCommon(column('province'));
  province = province ? (provinceOf(province) ?? province) : null;
  let provinceSource = '省列';
  if (!province) {
    const codes: string[] = [];
    for (const p of persons) {
      const id = cell(p, 'idNumber');
      if (id !== undefined && id !== '') codes.push(trimIdText(id).slice(0, 2));
    }
    const code = mostCommon(codes);
    province = code ? (PROVINCE_NAMES[code] ?? null) : null;
    provinceSource = '多数成员证件号码的地区码';
  }
  const countySource =
    configured.length > 0 ? '设置“本县”' : county ? '监测对象信息表的县列' : workCounty ? '务工表的县列' : '';
  const source = [
    counties.length ? `本县${counties.join('、')}取自${countySource}` : '未能确定本县',
    province ? `本省${province}取自${provinceSource}` : '未能确定本省',
  ].join('；');
  return { counties, province, source };
}

/** Month index (y·12 + m − 1). */
const monthIndex = (d: YMD) => d.y * 12 + d.m - 1;

interface PersonWork {
  village: string;
  township?: string;
  months: number;
  income: number;
  latestStart: number;
  place: WorkPlace;
  channel: WorkChannel;
}

/** 务工 per village for the year of `asOf` (spells overlapping it), persons of the ledger only. */
export function buildWorkFigures(
  ctx: RuleContext,
  figures: HouseholdFigure[],
  asOf: YMD,
): WorkFigures | undefined {
  const sheets = ctx.ledger.workSheets;
  if (sheets.length === 0) return undefined;
  const byPersonId = new Map<string, PersonRow>();
  const byId = new Map<string, PersonRow>();
  for (const p of ctx.ledger.persons) {
    const pid = p.sheet.byKey.personId ? cellText(cell(p, 'personId')) : '';
    if (pid && !byPersonId.has(pid)) byPersonId.set(pid, p);
    const raw = cell(p, 'idNumber');
    const id = raw === undefined || raw === '' ? '' : trimIdText(raw).toUpperCase().slice(0, 18);
    if (id && !byId.has(id)) byId.set(id, p);
  }
  const home = homeOf(ctx);
  const year = asOf.y;
  const first = year * 12;
  const last = Math.min(year * 12 + 11, monthIndex(asOf));
  const people = new Map<PersonRow, PersonWork>();
  let unmatched = 0;
  let hasIncome = false;
  for (const sheet of sheets) {
    if (sheet.byKey.workMonthlyIncome) hasIncome = true;
    for (const r of sheet.dataRows) {
      const ref = { sheet, r };
      const pid = sheet.byKey.personId ? cellText(cell(ref, 'personId')) : '';
      const raw = cell(ref, 'idNumber');
      const id = raw === undefined || raw === '' ? '' : trimIdText(raw).toUpperCase().slice(0, 18);
      if (!pid && !id) continue;
      const person = (pid ? byPersonId.get(pid) : undefined) ?? (id ? byId.get(id) : undefined);
      const hf = person && person.household.index >= 0 ? figures[person.household.index] : undefined;
      if (!person || !hf) {
        unmatched++;
        continue;
      }
      const start = parseDate(cell(ref, 'workStart')).date;
      if (!start) continue;
      const endDate = parseDate(cell(ref, 'workEnd')).date;
      const from = Math.max(first, monthIndex(start));
      const to = Math.min(last, endDate ? monthIndex(endDate) : last);
      if (to < from) continue;
      const months = to - from + 1;
      const monthly = unitlessNumber(cell(ref, 'workMonthlyIncome')) ?? 0;
      let pw = people.get(person);
      if (!pw) {
        pw = {
          village: hf.village,
          ...(hf.township ? { township: hf.township } : {}),
          months: 0,
          income: 0,
          latestStart: -1,
          place: 'placeUnknown',
          channel: 'otherChannel',
        };
        people.set(person, pw);
      }
      pw.months = Math.min(12, pw.months + months);
      pw.income += monthly * months;
      if (monthIndex(start) >= pw.latestStart) {
        pw.latestStart = monthIndex(start);
        pw.place = workPlaceOf(cellText(cell(ref, 'workCounty')), home.counties, home.province);
        pw.channel = workChannelOf(cellText(cell(ref, 'workChannel')));
      }
    }
  }
  // Every village of the ledger gets a line (劳动力 with no worker is a figure too), in the report's order.
  const villages = new Map<string, WorkVillageFigure>();
  const keyOf = (village: string, township?: string) => `${normText(township)}|${villageKey(village)}`;
  const lineOf = (village: string, township?: string) => {
    const k = keyOf(village, township);
    let v = villages.get(k);
    if (!v) {
      v = {
        village,
        ...(township ? { township } : {}),
        labour: null,
        workers: 0,
        inCounty: 0,
        inProvince: 0,
        outOfProvince: 0,
        outOfCountyUnknownProvince: 0,
        placeUnknown: 0,
        publicJob: 0,
        workshop: 0,
        otherChannel: 0,
        months: 0,
        income: hasIncome ? 0 : null,
      };
      villages.set(k, v);
    }
    return v;
  };
  for (const f of figures) {
    const v = lineOf(f.village, f.township);
    if (f.labourMembers !== undefined) v.labour = (v.labour ?? 0) + f.labourMembers;
  }
  for (const pw of people.values()) {
    const v = lineOf(pw.village, pw.township);
    v.workers++;
    v[pw.place]++;
    v[pw.channel]++;
    v.months += pw.months;
    if (v.income !== null) v.income = Math.round((v.income + pw.income) * 100) / 100;
  }
  return {
    year,
    sheets: sheets.map((s) => s.name),
    homeCounty: home.counties.join('、') || null,
    homeProvince: home.province,
    homeSource: home.source,
    villages: [...villages.values()],
    unmatchedRows: unmatched,
  };
}

// ---------- 村出列指标 (§6.5) ----------

const INDICATOR_KEYS = [
  'collectiveIncome',
  'pavedRoadToTownship',
  'clinics',
  'culturalRooms',
  'unsafeWaterHouseholds',
  'unsafeHousingHouseholds',
] as const;

/** Adds the 行政村信息 indicators to each village that has a row on a village sheet with such columns. */
export function addVillageIndicators(ctx: RuleContext, villages: VillageFigure[]): void {
  if (ctx.ledger.villageSheets.length === 0) return;
  const rows = villageRows(ctx);
  for (const v of villages) {
    const row = findVillageRow(rows, v.village, v.township);
    if (!row || !INDICATOR_KEYS.some((k) => row.sheet.byKey[k])) continue;
    const has = (k: string) => row.sheet.byKey[k] !== undefined;
    const n = (k: string) => unitlessNumber(cell(row, k));
    const ind: VillageIndicators = { sheet: row.sheet.name };
    if (has('collectiveIncome')) ind.collectiveIncome = n('collectiveIncome');
    if (has('pavedRoadToTownship')) ind.pavedRoad = parseFlag(cell(row, 'pavedRoadToTownship'));
    if (has('clinics')) ind.clinics = n('clinics');
    if (has('culturalRooms')) ind.culturalRooms = n('culturalRooms');
    if (has('unsafeWaterHouseholds')) ind.unsafeWaterHouseholds = n('unsafeWaterHouseholds');
    if (has('unsafeHousingHouseholds')) ind.unsafeHousingHouseholds = n('unsafeHousingHouseholds');
    if (has('villageExited')) ind.exited = cellText(cell(row, 'villageExited'));
    v.indicators = ind;
  }
}
