// Work rules over a person's spells and plans, and over a household's members (rules-v2 §16): overlapping spells,
// 务工所在地 of the main export, students and persons without labour registered as working, and the 就业帮扶 items
// (外出务工补贴, 劳务输出) that need spells to back them. Person findings point at the work row that shows the
// conflict; household findings at 就业帮扶 on the household's first member row (§0.5).
import type { ParsedSheet } from '../types';
import { normText, parseDate } from '../grid/normalise';
import { quote } from '../grid/quote';
import { hcell, type HouseholdRec, type PersonRow } from '../model/ledger';
import { splitItems } from '../model/measures';
import { OUT_OF_SCHOOL_RE } from '../profiles/personTables';
import type { RuleContext } from './context';
import type { SpellMonths } from './workRows';
import {
  at,
  countySide,
  flagAt,
  homeCounties,
  monthOf,
  monthText,
  planned,
  type WorkRow,
  type WorkSettings,
} from './workSpells';

/** A spell row with its months (read by checkSpell). */
export interface Spell extends SpellMonths {
  w: WorkRow;
}

/** 劳动技能 NONE (rules-v2 §0.4), with the spellings clerks type. */
const NO_LABOUR = new Set(['无劳动力', '丧失劳动力', '无劳动能力', '丧失劳动能力']);
/** 在校生状况 values that are not a school grade (§0.4 "Student"). */
const NOT_STUDENT = new Set(['非在校生', '学龄前儿童', '学龄前', '否', '无']);

/** Province-level names, short form: a 务工所在地 equal to one (with or without its suffix) names only a province. */
const PROVINCES = new Set(
  (
    '北京,天津,上海,重庆,河北,山西,辽宁,吉林,黑龙江,江苏,浙江,安徽,福建,江西,山东,河南,湖北,湖南,广东,海南,' +
    '四川,贵州,云南,陕西,甘肃,青海,台湾,内蒙古,广西,西藏,宁夏,新疆,香港,澳门'
  ).split(','),
);
const PROVINCE_SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;

/** Why a 务工所在地 is not at county level, or null when it is. */
export function placeNotCounty(value: string): string | null {
  const v = normText(value);
  if (v === '') return '为空';
  if (/(省|自治区|特别行政区)$/.test(v) || PROVINCES.has(v) || PROVINCES.has(v.replace(PROVINCE_SUFFIX, '')))
    return `“${quote(v)}”只填到省级`;
  if (!/[县区旗市]/.test(v)) return `“${quote(v)}”未填到县（区）级`;
  return null;
}

/** A school grade in 在校生状况 (empty, 学龄前儿童, 非在校生 and dropouts are not students). */
function isStudent(status: string): boolean {
  return status !== '' && !NOT_STUDENT.has(status) && !OUT_OF_SCHOOL_RE.test(status);
}

/** Rows of one person: their spells (with months) and plan rows, in sheet order. */
export interface PersonWork {
  spells: Spell[];
  plans: WorkRow[];
}

/** work.spells-overlap: spells by start month; a start before the latest end so far (an open spell never ends). */
function spellsOverlap(ctx: RuleContext, p: PersonWork): void {
  const dated = p.spells
    .filter((s) => s.start.kind === 'month' && s.end.kind !== 'invalid')
    .filter((s) => !(s.end.kind === 'month' && s.start.kind === 'month' && s.end.month < s.start.month))
    .map((s) => ({
      s,
      start: (s.start as { month: number }).month,
      end: s.end.kind === 'month' ? s.end.month : Infinity,
    }))
    .sort((a, b) => a.start - b.start || a.s.w.r - b.s.w.r);
  let latest = dated[0];
  let first: { at: (typeof dated)[number]; prev: (typeof dated)[number] } | undefined;
  let count = 0;
  for (const d of dated.slice(1)) {
    if (d.start < latest.end) {
      count++;
      first ??= { at: d, prev: latest };
    }
    if (d.end > latest.end) latest = d;
  }
  if (!first) return;
  const { at: later, prev } = first;
  const w = later.s.w;
  const what =
    prev.end === Infinity
      ? `${monthText(later.start)}开始的记录之前，${monthText(prev.start)}开始的务工记录未填结束时间（仍在务工）`
      : `${monthText(later.start)}开始的记录早于上一段务工结束时间${monthText(prev.end)}`;
  ctx.emit({
    rule: 'work.spells-overlap',
    sheet: w.sheet,
    r: w.r,
    col: 'workStart',
    value: at(w, 'workStart')?.raw,
    message: `${w.who}的务工记录时间重叠：${what}${count > 1 ? `（共${count}处）` : ''}，请核对。`,
  });
}

/** The first row that registers the person as working: a spell with 是否已务工 = 是, else a plan. */
function workingRow(p: PersonWork): { w: WorkRow; col: string; what: string } | undefined {
  const spell = p.spells.find((s) => flagAt(s.w, 'isWorking') === true);
  const plan = p.plans.find(planned);
  if (spell) return { w: spell.w, col: 'isWorking', what: plan ? '外出务工和计划外出务工' : '外出务工' };
  if (plan)
    return { w: plan, col: plan.sheet.byKey.planWork ? 'planWork' : 'planOutWork', what: '计划外出务工' };
  return undefined;
}

/** The checks that read the person's row in the main export. */
function personChecks(ctx: RuleContext, person: PersonRow, p: PersonWork, missing: Set<string>): void {
  const main = person.sheet;
  const need = (key: string, rule: string): boolean => {
    if (main.byKey[key]) return true;
    if (!missing.has(`${main.name}\u0000${key}\u0000${rule}`)) {
      missing.add(`${main.name}\u0000${key}\u0000${rule}`);
      ctx.missingColumn(main, key, [rule]);
    }
    return false;
  };
  const working = workingRow(p);
  if (working) {
    const { w, col, what } = working;
    const emit = (rule: string, message: string): void =>
      ctx.emit({ rule, sheet: w.sheet, r: w.r, col, value: at(w, col)?.raw, message });
    let student = false;
    if (need('schoolStatus', 'work.student-working')) {
      const status = at(person, 'schoolStatus')!.norm;
      student = isStudent(status);
      if (student)
        emit(
          'work.student-working',
          `${w.who}为在校生（${quote(status)}），却登记了${what}，请核实在校生状况或务工信息。`,
        );
    }
    // 劳动技能 of the main export; a sheet without it falls back on the row's own (the plan export has one).
    let labour = '';
    if (main.byKey.laborSkill) labour = at(person, 'laborSkill')!.norm;
    else if (w.sheet.byKey.laborSkill) labour = at(w, 'laborSkill')!.norm;
    else need('laborSkill', 'work.no-labour-working');
    // A student's 无劳动力 is expected (labor.student-labour): the student finding says it all.
    if (NO_LABOUR.has(labour) && !(student && ctx.enabled('work.student-working')))
      emit('work.no-labour-working', `${w.who}劳动技能为“${labour}”，却登记了${what}，请核实。`);
  }
  if (p.spells.length > 0 && need('workPlace', 'work.place-not-county')) {
    const why = placeNotCounty(at(person, 'workPlace')!.text);
    if (why !== null)
      ctx.emit({
        rule: 'work.place-not-county',
        sheet: main,
        r: person.r,
        col: 'workPlace',
        value: at(person, 'workPlace')!.raw,
        householdId: person.household.id,
        message: `${p.spells[0].w.who}有务工记录，基础信息中的务工所在地${why}，请补全到县（区）级。`,
      });
  }
}

/** The household's 就业帮扶 items (union over its member rows); null when no row's sheet has the column. */
function employmentItems(h: HouseholdRec): string[] | null {
  let seen = false;
  const items: string[] = [];
  for (const m of h.members) {
    const i = at(m, 'measureEmployment');
    if (i === undefined) continue;
    seen = true;
    if (!i.empty) items.push(...splitItems(i.norm));
  }
  return seen ? items : null;
}

/** "contains X" (§0.4): an item equals X or contains it. */
const hasItem = (items: string[], values: string[]): boolean =>
  items.some((i) => values.some((v) => i.includes(v)));

/** work.travel-subsidy-missing and work.labour-export-unsupported, per risk-open household with spells. */
function householdChecks(
  ctx: RuleContext,
  h: HouseholdRec,
  spells: Spell[],
  settings: WorkSettings,
  columns: { travel: boolean; county: boolean },
): void {
  if (!ctx.status(h).riskOpen) return;
  const items = employmentItems(h);
  if (items === null || items.length === 0) return;
  const first = h.members[0];
  const emit = (rule: string, message: string): void =>
    ctx.emit({
      rule,
      sheet: first.sheet,
      r: first.r,
      col: 'measureEmployment',
      value: at(first, 'measureEmployment')?.raw,
      householdId: h.id,
      message,
    });
  if (columns.travel && hasItem(items, ['外出务工补贴'])) {
    const paid = spells.some((s) => (at(s.w, 'travelSubsidy')?.amount ?? 0) > 0);
    if (!paid)
      emit(
        'work.travel-subsidy-missing',
        '本户登记了外出务工补贴，但务工监测中家庭成员均无年度交通费补助记录，请核实补贴发放并补录。',
      );
  }
  if (columns.county && hasItem(items, ['劳务输出', '外出劳务补贴'])) {
    const sides = spells.map((s) =>
      countySide(at(s.w, 'workCounty')?.text ?? '', homeCounties(s.w, settings)),
    );
    // Without a home county the side of a spell is unknown: the household is not judged.
    if (spells.some((s, i) => sides[i] === 'unknown' && at(s.w, 'workCounty')?.empty === false)) return;
    const out = spells.filter((_, i) => sides[i] === 'out');
    if (out.length === 0) {
      emit('work.labour-export-unsupported', '本户登记了劳务输出，但无家庭成员县外务工记录，请核实。');
      return;
    }
    const identified = parseDate(hcell(h, 'monitorStart')).date;
    if (!identified) return;
    const from = monthOf(identified);
    if (out.every((s) => s.start.kind === 'month' && s.start.month < from))
      emit(
        'work.labour-export-unsupported',
        `本户登记了劳务输出，但县外务工均在识别（${monthText(from)}）前开始，识别后无新增输出，请核实措施。`,
      );
  }
}

/** Runs the person and household checks over the joined rows. */
export function checkPersons(
  ctx: RuleContext,
  byPerson: Map<PersonRow | string, PersonWork>,
  settings: WorkSettings,
  workSheets: ParsedSheet[],
): void {
  const missing = new Set<string>();
  const byHousehold = new Map<HouseholdRec, Spell[]>();
  for (const [key, p] of byPerson) {
    spellsOverlap(ctx, p);
    if (typeof key === 'string') continue;
    personChecks(ctx, key, p, missing);
    if (p.spells.length === 0) continue;
    const list = byHousehold.get(key.household);
    if (list) list.push(...p.spells);
    else byHousehold.set(key.household, [...p.spells]);
  }
  if (workSheets.length === 0) return;
  const columns = {
    travel: workSheets.some((s) => s.byKey.travelSubsidy !== undefined),
    county: workSheets.some((s) => s.byKey.workCounty !== undefined),
  };
  for (const s of ctx.ledger.personSheets) {
    if (!s.byKey.measureEmployment)
      ctx.missingColumn(s, 'measureEmployment', [
        'work.travel-subsidy-missing',
        'work.labour-export-unsupported',
      ]);
    else if (!s.byKey.monitorStart) ctx.missingColumn(s, 'monitorStart', ['work.labour-export-unsupported']);
  }
  for (const h of ctx.ledger.households) householdChecks(ctx, h, byHousehold.get(h) ?? [], settings, columns);
}
