// fund.equal-split (rules-v2 §20.2): a 产业 project's 受益农户名单 where every household gets the same 补助金额
// and nothing (数量) says what it was paid for — the audit's 平均分配 / 直接发放到户 pattern.
import type { RuleContext } from './context';
import type { ParsedSheet } from '../types';
import { cellText, isEmpty, normText } from '../grid/normalise';
import { quote } from '../grid/quote';
import { readAmount, toFenIn } from '../model/funds';
import { isBeneficiaryList } from '../model/fundLists';
import { fundSettings } from './fundSettings';
import { fmtNum } from './fundExecution';

const INDUSTRY_NAME = /产业|种植|养殖/;

export function runLists(ctx: RuleContext): void {
  if (!ctx.enabled('fund.equal-split')) return;
  for (const sheet of ctx.ledger.sheets) if (isBeneficiaryList(sheet)) equalSplit(ctx, sheet);
}

function equalSplit(ctx: RuleContext, sheet: ParsedSheet): void {
  const min = fundSettings(ctx).equalSplitMinHouseholds;
  const amountKey = sheet.byKey.subsidy ? 'subsidy' : 'itemAmount';
  const at = (r: number, key: string) => {
    const c = sheet.byKey[key];
    return c === undefined ? '' : (sheet.grid[r]?.[c.index] ?? '');
  };
  const unit = sheet.unit ?? '元';
  const fallbackName = sheet.title ?? sheet.name;
  // Rows per project: the 项目名称 column, else the whole sheet (the title names it).
  const groups = new Map<string, number[]>();
  for (const r of sheet.dataRows) {
    const name = cellText(at(r, 'project')) || fallbackName;
    const g = groups.get(name);
    if (g) g.push(r);
    else groups.set(name, [r]);
  }
  for (const [name, rows] of groups) {
    if (rows.length < min) continue;
    const type = sheet.byKey.projectType ? normText(at(rows[0], 'projectType')) : '';
    if (!(sheet.byKey.projectType ? /产业/.test(type) : INDUSTRY_NAME.test(name))) continue;
    if (sheet.byKey.quantity && rows.some((r) => !isEmpty(at(r, 'quantity')))) continue;
    const amounts = rows.map((r) => readAmount(at(r, amountKey), unit)?.value ?? null);
    if (amounts.some((a) => a === null)) continue;
    const first = toFenIn(amounts[0]!, unit);
    if (first <= 0 || amounts.some((a) => toFenIn(a!, unit) !== first)) continue;
    ctx.emit({
      rule: 'fund.equal-split',
      sheet,
      r: rows[0],
      col: amountKey,
      value: amounts[0]!,
      message: `产业项目“${quote(name)}”${rows.length}户补助金额均为${fmtNum(amounts[0]!)}${unit}，且无数量依据，存在平均分配或直接发放资金的风险，请说明分配依据（如按养殖头数、种植亩数补助的应填写数量）。`,
    });
  }
}
