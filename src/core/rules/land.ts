// Land areas (亩) of a household (rules-v2 §18): negative areas, and areas above the plausible maximum per kind
// (landAreaMax; pastoral and forest provinces raise them). One finding per household and rule, naming every area
// concerned (up to five), at the first. 0 is an answer; empty and unreadable cells are not judged here.
import type { RuleContext } from './context';
import type { ParsedSheet } from '../types';
import { unitlessNumber } from '../grid/normalise';
import { cell, hcell, hRef, householdHasColumn, type HouseholdRec } from '../model/ledger';

/** The six land columns with their default maxima (亩, rules-v2 §18). */
export const LAND_AREAS: Array<{ key: string; label: string; max: number }> = [
  { key: 'cultivatedLand', label: '耕地面积', max: 100 },
  { key: 'forestLand', label: '林地面积', max: 200 },
  { key: 'returnedFarmland', label: '退耕还林面积', max: 200 },
  { key: 'orchardLand', label: '林果面积', max: 200 },
  { key: 'pastureLand', label: '牧草地面积', max: 100 },
  { key: 'waterSurface', label: '水面面积', max: 100 },
];

/** landAreaMax: one number for every kind, or per kind by logical key or Chinese label. */
function maxOf(ctx: RuleContext, key: string, label: string, fallback: number): number {
  const v = (ctx.config as unknown as Record<string, unknown>).landAreaMax;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object') {
    const m = v as Record<string, unknown>;
    const x = m[key] ?? m[label];
    if (typeof x === 'number') return x;
  }
  return fallback;
}

/** "A、B等N项" of up to five items. */
const listed = (items: string[]): string =>
  items.slice(0, 5).join('、') + (items.length > 5 ? `等${items.length}项` : '');

export function checkLand(ctx: RuleContext, h: HouseholdRec): void {
  const present = LAND_AREAS.filter((a) => householdHasColumn(h, a.key));
  if (present.length === 0) return; // registered per sheet (landMissing)
  const negative: Array<{ key: string; text: string }> = [];
  const large: Array<{ key: string; text: string }> = [];
  for (const a of present) {
    const v = unitlessNumber(hcell(h, a.key));
    if (v === null) continue;
    if (v < 0) negative.push({ key: a.key, text: `${a.label}为负数${v}` });
    const max = maxOf(ctx, a.key, a.label, a.max);
    if (v > max) large.push({ key: a.key, text: `${a.label}为${v}亩，超过${max}亩` });
  }
  const emit = (rule: string, found: Array<{ key: string; text: string }>, hint: string): void => {
    if (found.length === 0) return;
    const at = hRef(h, found[0].key);
    ctx.emit({
      rule,
      sheet: at.sheet,
      r: at.r,
      col: found[0].key,
      value: cell(at, found[0].key),
      householdId: h.id || h.key,
      message: `${listed(found.map((x) => x.text))}，${hint}`,
    });
  };
  emit('living.area-negative', negative, '请更正。');
  emit('living.area-implausible', large, '请核对数值和单位（亩）。');
}

/** One sheet.column-missing for a person sheet without any land column. */
export function landMissing(ctx: RuleContext, sheet: ParsedSheet): void {
  if (LAND_AREAS.some((a) => sheet.byKey[a.key] !== undefined)) return;
  ctx.missingColumn(sheet, 'cultivatedLand', ['living.area-negative', 'living.area-implausible']);
}
