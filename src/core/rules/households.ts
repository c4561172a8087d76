// The household checks in one pass over the households: 两不愁三保障 (security), household structure and
// income, and each household's figures. Each family used to walk all households on its own, loading every
// household's rows and fields again; here they run one after another on a household while its rows are in cache.
// Findings and sheet.column-missing notes come out in the same order as when the families ran separately.
import { FAMILY, type RuleContext } from './context';
import type { HouseholdFigure, ParsedSheet } from '../types';
import { securityHousehold } from './security';
import { householdChecks, householdFinish } from './household';
import { incomeHousehold } from './income';
import { householdFigure, setHouseholdFigures } from '../calc/figures';

export function run(ctx: RuleContext): void {
  const households = ctx.ledger.households;
  const inferred = new Set<ParsedSheet>();
  const figures: HouseholdFigure[] = new Array<HouseholdFigure>(households.length);
  for (let i = 0; i < households.length; i++) {
    const h = households[i];
    ctx.family = FAMILY.security;
    securityHousehold(ctx, h);
    ctx.family = FAMILY.household;
    householdChecks(ctx, h, inferred);
    ctx.family = FAMILY.income;
    incomeHousehold(ctx, h);
    figures[i] = householdFigure(ctx, h);
  }
  ctx.family = FAMILY.household;
  householdFinish(ctx, inferred);
  setHouseholdFigures(ctx, figures);
}
