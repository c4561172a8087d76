// The household checks, one household at a time: 与户主关系 against sex, 两不愁三保障 (security), household
// structure and income, and the household's figures. The row pass (rules/cells.ts) runs a household's step
// right after its last row, while its rows are still in cache; households it cannot (a household-sheet row, rows
// on several sheets) run in finish(). Each family used to walk all households on its own, loading every
// household's rows and fields again. Findings and sheet.column-missing notes come out in the same order as when
// the families ran separately (see FAMILY in rules/context).
import { FAMILY, type RuleContext } from './context';
import type { HouseholdFigure, ParsedSheet } from '../types';
import type { HouseholdRec } from '../model/ledger';
import { relationGenderCheck } from './identity';
import { securityHousehold } from './security';
import { householdChecks, householdFinish } from './household';
import { incomeHousehold } from './income';
import { householdFigure, setHouseholdFigures } from '../calc/figures';
import { spouseSameSex } from './people';

export interface HouseholdPass {
  /** Runs every household check of ledger.households[h.index]. */
  step(h: HouseholdRec): void;
  /** The households not stepped yet, then the checks over all households; stores the figures. */
  finish(): void;
}

export function householdPass(ctx: RuleContext): HouseholdPass {
  const households = ctx.ledger.households;
  const inferred = new Set<ParsedSheet>();
  const figures: HouseholdFigure[] = new Array<HouseholdFigure>(households.length);
  const done = new Uint8Array(households.length);
  const relationGender = relationGenderCheck(ctx);
  const step = (h: HouseholdRec): void => {
    ctx.family = FAMILY.identity;
    relationGender(h);
    ctx.family = FAMILY.security;
    securityHousehold(ctx, h);
    ctx.family = FAMILY.household;
    householdChecks(ctx, h, inferred);
    spouseSameSex(ctx, h);
    ctx.family = FAMILY.income;
    incomeHousehold(ctx, h);
    figures[h.index] = householdFigure(ctx, h);
    done[h.index] = 1;
  };
  return {
    step,
    finish() {
      for (let i = 0; i < households.length; i++) if (done[i] === 0) step(households[i]);
      ctx.family = FAMILY.household;
      householdFinish(ctx, inferred);
      setHouseholdFigures(ctx, figures);
    },
  };
}
