// 务工 exports joined to the main person export (ledgers-national §2.4): each row of 已外出务工 / 计划外出务工 is a
// spell or plan of a person of the ledger — by 人编号 when both sides have it, else by the first 18 characters of
// 证件号码 (a 残疾人证号 meets the ID). A row whose person is not found, or whose 户编号 differs from that person's,
// is work.person-not-in-ledger (one finding per row). Spells are not duplicates and form no households. The other
// work rules (rules-v2 §16) run on the joined rows: workRows.ts per row, workPersons.ts per person and household.
import type { RuleContext } from './context';
import type { ParsedSheet } from '../types';
import { cellText } from '../grid/normalise';
import { quote } from '../grid/quote';
import { trimIdText } from '../id/gb11643';
import { cell, type PersonRow } from '../model/ledger';
import { RULES } from './catalogue';
import { NATIONAL_PACK } from '../rulebook/national';
import { checkPlan, checkSpell, registerMissing, type WorkEnv } from './workRows';
import { checkPersons, type PersonWork } from './workPersons';
import { asOfMonth, workSettings, type WorkRow } from './workSpells';

/** The join key of an ID cell: trimmed, half-width, upper-case, first 18 characters; '' when empty. */
export function personKey18(raw: unknown): string {
  if (raw === undefined || raw === null || raw === '') return '';
  return trimIdText(raw as string | number | boolean)
    .toUpperCase()
    .slice(0, 18);
}

interface PersonIndex {
  byPersonId: Map<string, PersonRow>;
  byId: Map<string, PersonRow>;
  hasPersonId: boolean;
  /** No person rows: a 务工 export checked on its own (its rows are still checked, not joined). */
  empty: boolean;
}

function indexPersons(ctx: RuleContext): PersonIndex {
  const byPersonId = new Map<string, PersonRow>();
  const byId = new Map<string, PersonRow>();
  let hasPersonId = false;
  for (const p of ctx.ledger.persons) {
    if (p.sheet.byKey.personId) {
      hasPersonId = true;
      const k = cellText(cell(p, 'personId'));
      if (k !== '' && !byPersonId.has(k)) byPersonId.set(k, p);
    }
    const id = personKey18(cell(p, 'idNumber'));
    if (id !== '' && !byId.has(id)) byId.set(id, p);
  }
  return { byPersonId, byId, hasPersonId, empty: ctx.ledger.persons.length === 0 };
}

/** Joins the sheet's rows to the main export (work.person-not-in-ledger); returns the non-empty rows. */
function joinSheet(ctx: RuleContext, sheet: ParsedSheet, index: PersonIndex): WorkRow[] {
  const out: WorkRow[] = [];
  const usePersonId = index.hasPersonId && sheet.byKey.personId !== undefined;
  const canJoin = usePersonId || sheet.byKey.idNumber !== undefined;
  if (!canJoin && !index.empty) ctx.missingColumn(sheet, 'idNumber', ['work.person-not-in-ledger']);
  const what = sheet.kind === 'work' ? '务工记录' : '计划务工记录';
  for (const r of sheet.dataRows) {
    const ref = { sheet, r };
    const pid = cellText(cell(ref, 'personId'));
    const id = personKey18(cell(ref, 'idNumber'));
    const joinPid = usePersonId ? pid : '';
    const person =
      (joinPid !== '' ? index.byPersonId.get(joinPid) : undefined) ?? (id ? index.byId.get(id) : undefined);
    const name = cellText(cell(ref, 'name')) || (person ? cellText(cell(person, 'name')) : '');
    const who = name ? `“${quote(name)}”` : `第${r + 1}行人员`;
    if (pid === '' && id === '') {
      // Nothing to join on: an empty row of the export, or a spell without its person.
      if (sheet.columns.some((c) => cellText(sheet.grid[r]?.[c.index]) !== ''))
        out.push({
          sheet,
          r,
          plan: sheet.kind === 'workPlan',
          person: undefined,
          key: `${sheet.name}\u0000${r}`,
          who,
        });
      continue;
    }
    out.push({ sheet, r, plan: sheet.kind === 'workPlan', person, key: person ?? (pid || id), who });
    if (!canJoin || index.empty) continue;
    const col = sheet.byKey.idNumber ? 'idNumber' : 'personId';
    if (!person) {
      ctx.emit({
        rule: 'work.person-not-in-ledger',
        sheet,
        r,
        col,
        value: cell(ref, col),
        householdId: cellText(cell(ref, 'householdId')),
        message: `${what}中的${who}在监测对象信息表中找不到（${usePersonId ? '人编号和' : ''}证件号码均无对应人员），请核对证件号码和户编号。`,
      });
      continue;
    }
    const hid = cellText(cell(ref, 'householdId'));
    const mainHid = person.household.id;
    if (hid !== '' && mainHid !== '' && hid !== mainHid) {
      ctx.emit({
        rule: 'work.person-not-in-ledger',
        sheet,
        r,
        col: 'householdId',
        value: cell(ref, 'householdId'),
        householdId: hid,
        message: `${what}中的${who}在监测对象信息表中户编号不同（此处为${quote(hid)}，监测对象信息表为${quote(mainHid)}），请核对证件号码和户编号。`,
      });
    }
  }
  return out;
}

/** Work rules that read only 计划外出务工信息 / only 已外出务工信息; the others read either. */
const PLAN_ONLY = new Set(['work.plan-no-service-need']);
const PLAN_RULES = new Set([
  'work.person-not-in-ledger',
  'work.county-missing',
  'work.plan-no-service-need',
  'work.student-working',
  'work.no-labour-working',
]);

/** The companion exports the checks here need, and the rules each one feeds. */
const COMPANIONS: Array<{ kind: 'work' | 'workPlan'; title: string; rules: (id: string) => boolean }> = [
  { kind: 'work', title: '（务工月监测）已外出务工信息', rules: (id) => !PLAN_ONLY.has(id) },
  { kind: 'workPlan', title: '计划外出务工信息', rules: (id) => PLAN_RULES.has(id) },
];

/** A 2021+ national person export (监测对象类别 + 识别监测时间 + 人编号); hand-kept ledgers have no 人编号. */
const isNationalPersonExport = (s: ParsedSheet): boolean =>
  !!(s.byKey.monitorCategory && s.byKey.monitorStart && s.byKey.personId);

/** Titles of up to five rules, then 等N项 (rules-v2 §0.5). */
function ruleList(ids: string[]): string {
  const titles = ids.slice(0, 5).map((id) => RULES[id]?.title ?? id);
  return `${titles.join('、')}${ids.length > 5 ? `等${ids.length}项` : ''}`;
}

/** sheet.companion-missing: once per absent companion, at A1 of the main person export. */
/** Rules outside work.* that read the companion exports: hand-written ones, and records with `needs`. */
const HAND_WRITTEN_NEEDS: Record<'work' | 'workPlan', string[]> = {
  work: ['employment.measure-no-worker', 'support.extreme-poverty-working'],
  workPlan: [],
};
const needing = (kind: 'work' | 'workPlan'): string[] => [
  ...HAND_WRITTEN_NEEDS[kind],
  ...NATIONAL_PACK.rules.filter((r) => r.needs?.includes(kind)).map((r) => r.id),
];

function companionsMissing(ctx: RuleContext): void {
  const main = ctx.ledger.personSheets.find(isNationalPersonExport);
  if (!main) return;
  const work = Object.keys(RULES).filter((id) => id.startsWith('work.') && ctx.enabled(id));
  for (const c of COMPANIONS) {
    const present = c.kind === 'work' ? ctx.ledger.workSheets : ctx.ledger.workPlanSheets;
    const skipped = [...work.filter(c.rules), ...needing(c.kind).filter((id) => ctx.enabled(id))];
    if (present.length > 0 || skipped.length === 0) continue;
    ctx.emit({
      rule: 'sheet.companion-missing',
      sheet: main,
      r: 0,
      col: 0,
      message: `未找到“${c.title}”表，${skipped.length}项相关检查未执行（${ruleList(skipped)}）。需要时请把该导出表放入同一工作簿（或与本表一起检查）后重新检查。`,
    });
  }
}

export function run(ctx: RuleContext): void {
  companionsMissing(ctx);
  const sheets = [...ctx.ledger.workSheets, ...ctx.ledger.workPlanSheets];
  if (sheets.length === 0) return;
  const index = indexPersons(ctx);
  const env: WorkEnv = { settings: workSettings(ctx), asOf: asOfMonth(ctx) };
  const byPerson = new Map<PersonRow | string, PersonWork>();
  const of = (w: WorkRow): PersonWork => {
    let p = byPerson.get(w.key);
    if (!p) byPerson.set(w.key, (p = { spells: [], plans: [] }));
    return p;
  };
  for (const s of sheets) {
    registerMissing(ctx, s);
    for (const w of joinSheet(ctx, s, index)) {
      if (w.plan) {
        checkPlan(ctx, w);
        of(w).plans.push(w);
      } else of(w).spells.push({ w, ...checkSpell(ctx, w, env) });
    }
  }
  checkPersons(ctx, byPerson, env.settings, ctx.ledger.workSheets);
}
