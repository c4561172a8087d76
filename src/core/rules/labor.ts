// Labour: 务工时间（月） within 0–12, and children under 16 recorded as workers. All person rows (not only covered
// households). A 务工时间 that is not a number is field.number's, not reported here. Runs in the row pass.
import type { RuleContext } from './context';
import { quote } from '../grid/quote';
import type { ParsedSheet } from '../types';
import type { RowCheck } from './context';
import { cellText, isEmpty, normText, unitlessNumber } from '../grid/normalise';
import { cell, householdIdAt } from '../model/ledger';
import { personKey18 } from './work';
import { LABOR_MIN_AGE, NO_POST_VALUES, WORK_MONTHS_MAX, WORKING_SKILLS } from '../profiles/personTables';

/** Keys (人编号, and the first 18 characters of 证件号码) of persons with a 务工 spell whose 就业渠道 is a 公益岗位
 * (rules-v2 §21: "a 公益性岗位" includes such a spell). Built once per analysis. */
const SPELLS = new WeakMap<RuleContext['ledger'], Set<string>>();
function publicJobSpells(ctx: RuleContext): Set<string> {
  let set = SPELLS.get(ctx.ledger);
  if (set === undefined) {
    set = new Set();
    for (const sheet of ctx.ledger.workSheets) {
      if (!sheet.byKey.workChannel) continue;
      for (const r of sheet.dataRows) {
        const ref = { sheet, r };
        if (!/公益(性)?岗位/.test(normText(cell(ref, 'workChannel')))) continue;
        const pid = cellText(cell(ref, 'personId'));
        if (pid) set.add(`p:${pid}`);
        const id = personKey18(cell(ref, 'idNumber'));
        if (id) set.add(`i:${id}`);
      }
    }
    SPELLS.set(ctx.ledger, set);
  }
  return set;
}

function hasSpell(spells: Set<string>, ref: { sheet: ParsedSheet; r: number }): boolean {
  const pid = cellText(cell(ref, 'personId'));
  if (pid && spells.has(`p:${pid}`)) return true;
  const id = personKey18(cell(ref, 'idNumber'));
  return id !== '' && spells.has(`i:${id}`);
}

/**
 * Labour checks of one person sheet's row, for the one pass over the rows (rules/cells.ts). Registers the
 * sheet's missing columns when created.
 */
export function laborRowCheck(ctx: RuleContext, sheet: ParsedSheet): RowCheck {
  const spells = publicJobSpells(ctx);
  const hasMonths = !!sheet.byKey.workMonths;
  if (!hasMonths) ctx.missingColumn(sheet, 'workMonths', ['labor.work-months']);
  const childCols = ['laborSkill', 'workMonths', 'publicWelfareJob', 'publicWelfareJobMonths'];
  const canCheckChild = childCols.some((k) => sheet.byKey[k]);
  if (!canCheckChild) ctx.missingColumn(sheet, 'laborSkill', ['labor.child-worker']);

  const monthsIndex = sheet.byKey.workMonths?.index ?? -1;
  return (r, row) => {
    // A readable number, or null (empty, text, error: other rules' concern).
    const months = hasMonths ? unitlessNumber(row[monthsIndex] ?? '') : null;
    if (months !== null && (months < 0 || months > WORK_MONTHS_MAX)) {
      const ref = { sheet, r };
      ctx.emit({
        rule: 'labor.work-months',
        sheet,
        r,
        col: 'workMonths',
        value: cell(ref, 'workMonths'),
        householdId: householdIdAt(sheet, r), // read only for a finding
        message: `务工时间填写为${months}个月，应在0–${WORK_MONTHS_MAX}个月之间（一年内的务工月数）。请核对后更正。`,
      });
    }

    if (!canCheckChild) return;
    const age = ctx.ageAt(sheet, r);
    if (age === undefined || age >= LABOR_MIN_AGE || age < 0) return;
    const ref = { sheet, r };
    const reasons: Array<[key: string, text: string]> = [];
    const skill = normText(cell(ref, 'laborSkill'));
    if (WORKING_SKILLS.has(skill)) reasons.push(['laborSkill', `劳动技能为“${quote(skill)}”`]);
    if (months !== null && months > 0) reasons.push(['workMonths', `务工时间为${months}个月`]);
    const post = cell(ref, 'publicWelfareJob');
    if (post !== undefined && !isEmpty(post) && !NO_POST_VALUES.has(normText(post))) {
      reasons.push(['publicWelfareJob', `公益性岗位为“${quote(post)}”`]);
    }
    const postMonths = unitlessNumber(cell(ref, 'publicWelfareJobMonths'));
    if (postMonths !== null && postMonths > 0)
      reasons.push(['publicWelfareJobMonths', `公益性岗位${postMonths}个月`]);
    if (spells.size > 0 && hasSpell(spells, ref))
      reasons.push(['idNumber', '已外出务工信息中有就业渠道为公益岗位的务工记录']);
    if (reasons.length === 0) return;
    const name = cellText(cell(ref, 'name')) || '该成员';
    ctx.emit({
      rule: 'labor.child-worker',
      sheet,
      r,
      col: reasons[0][0],
      value: cell(ref, reasons[0][0]),
      householdId: householdIdAt(sheet, r), // read only for a finding
      message: `${name}${age}岁，未满${LABOR_MIN_AGE}周岁，但${reasons.map((x) => x[1]).join('、')}。未成年人不应登记为劳动力或务工、公益性岗位人员。请核对年龄（证件号码）或改为“无劳动力”并清空务工信息。`,
    });
  };
}
