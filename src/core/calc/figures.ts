// STUB — household and village figures (being written). Signatures are stable.
import type { HouseholdFigure, VillageFigure } from '../types';
import type { RuleContext } from '../rules/context';

export function buildHouseholdFigures(_ctx: RuleContext): HouseholdFigure[] {
  return [];
}

export function buildVillageFigures(
  _ctx: RuleContext,
  _households: HouseholdFigure[],
): { villages: VillageFigure[]; total: VillageFigure | null; incidenceBasis: string } {
  return { villages: [], total: null, incidenceBasis: '' };
}
