// 务工 exports joined to the main person export (ledgers-national §2.4): each row of 已外出务工 / 计划外出务工 is a
// spell or plan of a person of the ledger — by 人编号 when both sides have it, else by the first 18 characters of
// 证件号码 (a 残疾人证号 meets the ID). A row whose person is not found, or whose 户编号 differs from that person's,
// is work.person-not-in-ledger (one finding per row). Spells are not duplicates and form no households.
import type { RuleContext } from './context';
import type { ParsedSheet } from '../types';
import { cellText } from '../grid/normalise';
import { quote } from '../grid/quote';
import { trimIdText } from '../id/gb11643';
import { cell, type PersonRow } from '../model/ledger';

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
  return { byPersonId, byId, hasPersonId };
}

function checkSheet(ctx: RuleContext, sheet: ParsedSheet, index: PersonIndex): void {
  const usePersonId = index.hasPersonId && sheet.byKey.personId !== undefined;
  if (!usePersonId && !sheet.byKey.idNumber) {
    ctx.missingColumn(sheet, 'idNumber', ['work.person-not-in-ledger']);
    return;
  }
  const what = sheet.kind === 'work' ? '务工记录' : '计划务工记录';
  for (const r of sheet.dataRows) {
    const ref = { sheet, r };
    const pid = usePersonId ? cellText(cell(ref, 'personId')) : '';
    const id = personKey18(cell(ref, 'idNumber'));
    if (pid === '' && id === '') continue; // nothing to join on: an empty row of the export
    const person =
      (pid !== '' ? index.byPersonId.get(pid) : undefined) ?? (id ? index.byId.get(id) : undefined);
    const name = cellText(cell(ref, 'name'));
    const who = name ? `“${quote(name)}”` : `第${r + 1}行人员`;
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
}

/** The companion exports the checks here need, and the person export they belong to. */
const COMPANIONS: Array<{ kind: 'work' | 'workPlan'; title: string }> = [
  { kind: 'work', title: '（务工月监测）已外出务工信息' },
  { kind: 'workPlan', title: '计划外出务工信息' },
];

/** A 2021+ national person export (监测对象类别 + 识别监测时间 + 人编号); hand-kept ledgers have no 人编号. */
const isNationalPersonExport = (s: ParsedSheet): boolean =>
  !!(s.byKey.monitorCategory && s.byKey.monitorStart && s.byKey.personId);

/** sheet.companion-missing: once per absent companion, at A1 of the main person export. */
function companionsMissing(ctx: RuleContext): void {
  const main = ctx.ledger.personSheets.find(isNationalPersonExport);
  if (!main || !ctx.enabled('work.person-not-in-ledger')) return;
  for (const c of COMPANIONS) {
    const present = c.kind === 'work' ? ctx.ledger.workSheets : ctx.ledger.workPlanSheets;
    if (present.length > 0) continue;
    ctx.emit({
      rule: 'sheet.companion-missing',
      sheet: main,
      r: 0,
      col: 0,
      message: `未找到“${c.title}”表，1项相关检查未执行（务工记录人员不在台账中）。需要时请把该导出表放入同一工作簿（或与本表一起检查）后重新检查。`,
    });
  }
}

export function run(ctx: RuleContext): void {
  companionsMissing(ctx);
  const sheets = [...ctx.ledger.workSheets, ...ctx.ledger.workPlanSheets];
  if (sheets.length === 0 || ctx.ledger.persons.length === 0) return;
  const index = indexPersons(ctx);
  for (const s of sheets) checkSheet(ctx, s, index);
}
