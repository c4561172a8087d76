// STUB — fund figures and roll-ups (being written). Signature is stable.
import type { FundFigure, FundRollup } from '../types';
import type { RuleContext } from '../rules/context';

export function buildFundFigures(_ctx: RuleContext): { funds: FundFigure[]; rollup: FundRollup | null } {
  return { funds: [], rollup: null };
}
