// No silent zeros: a figure whose ledger column is missing prints 未统计 with a note saying why, never 0.
// The engine lists such figures in report.unavailableFigures; for a report without the list (older JSON, tests)
// they are derived from the households, whose optional fields are undefined exactly when the column is absent.
import type { HouseholdFigure, UnavailableFigure } from '../types';
import { FIGURES, type FigureKey } from '../calc/availability';
import type { SummaryContext } from './context';

/** What a table prints for a figure it cannot compute. */
export const UNSTATED = '未统计';
/** What a table prints for a column the ledger does not have at all (fund amounts: 下达 …). */
export const NO_COLUMN = '—';

/** A household gives the figure (its sheet has the column). */
export const HAS_FIGURE: Partial<Record<FigureKey, (h: HouseholdFigure) => boolean>> = {
  school: (h) => h.compulsoryAgeMembers !== undefined,
  medical: (h) => h.uninsuredMembers !== undefined,
  housing: (h) => h.unsafeHousing !== undefined,
  water: (h) => h.unsafeWater !== undefined,
  waterDifficulty: (h) => h.waterDifficulty !== undefined,
  helper: (h) => h.helperName !== undefined,
  helperLevel: (h) => h.helperAffiliation !== undefined,
  cause: (h) => h.causes !== undefined || h.mainCause !== undefined,
  income: (h) => h.netIncome !== null,
};

/** The figure's gap, or null when the ledger gives it. */
export function gapOf(ctx: SummaryContext, key: FigureKey): UnavailableFigure | null {
  const list = ctx.report.unavailableFigures;
  if (list) return list.find((g) => g.figure === key) ?? null;
  const has = HAS_FIGURE[key];
  const hs = ctx.report.households;
  if (!has || hs.length === 0 || hs.some(has)) return null;
  const def = FIGURES.find((d) => d.key === key)!;
  return { figure: key, label: def.label, tables: def.tables, reason: '台账中没有此项数据' };
}

/** The note line of a table's missing figures, or null. */
export function gapNote(gaps: Array<UnavailableFigure | null>): string | null {
  const list = gaps.filter((g): g is UnavailableFigure => g !== null);
  if (list.length === 0) return null;
  return `注：${list.map((g) => `${g.label}${UNSTATED}：${g.reason}`).join('；')}。这些栏目不是0，而是无法统计。`;
}

/** Households of the table whose sheet lacks the figure's column although others have it (a partial count). */
export function partialNote(
  ctx: SummaryContext,
  key: FigureKey,
  households: HouseholdFigure[],
): string | null {
  const has = HAS_FIGURE[key];
  if (!has || gapOf(ctx, key)) return null;
  let n = 0;
  for (const h of households) if (!has(h)) n++;
  if (n === 0) return null;
  const def = FIGURES.find((d) => d.key === key)!;
  return `另有${n}户所在工作表没有${def.label}所需的列，未计入该项。`;
}
