// rules-v2 §25 settings read by the hand-written v2 rules. The config schema gets the §25 keys with the rulebook
// core; until a key is there, its default is here, so every rule reads its settings through one accessor.
import type { RuleContext } from './context';

/** §25 defaults of the settings these rules read (config keys of the same name override). */
export const V2_DEFAULTS = {
  compulsoryEducationAgeDate: 'referenceDate' as 'referenceDate' | 'schoolYearStart',
  measureGraceMonths: 1,
  minMonthsBeforeElimination: 6,
  /** YYYYMM; 0 = unset. */
  eliminationTimeRuleFrom: 0,
  eliminationRulesIncludeNatural: false,
  eliminationIncomeBasis: 'perCapita' as 'perCapita' | 'reference',
  identificationIncomeMax: 20_000,
  /** YYYYMM; 0 = unset (every household). */
  overIncomeCheckFrom: 0,
  identificationMaxDays: 15,
  identificationPublicityMinDays: 5,
  eliminationPublicityMinDays: 7,
};

export type V2Setting = keyof typeof V2_DEFAULTS;

/** A §25 setting: the config's value when set, else the default above. */
export function setting<K extends V2Setting>(ctx: RuleContext, key: K): (typeof V2_DEFAULTS)[K] {
  const v = (ctx.config as unknown as Record<string, unknown>)[key];
  return (v === undefined || v === null ? V2_DEFAULTS[key] : v) as (typeof V2_DEFAULTS)[K];
}
