// rules-v2 §25 settings read by the hand-written v2 rules: the config keys are in config/v2Settings.ts (all
// optional); their defaults live here, with the rules that read them, and every rule reads them through setting().
import type { RuleContext } from './context';

/** §25 defaults of the settings these rules read (config keys of the same name override). */
export const V2_DEFAULTS = {
  compulsoryEducationAgeDate: 'referenceDate' as 'referenceDate' | 'schoolYearStart',
  measureGraceMonths: 1,
  minMonthsBeforeElimination: 6,
  eliminationRulesIncludeNatural: false,
  eliminationIncomeBasis: 'perCapita' as 'perCapita' | 'reference',
  identificationIncomeMax: 20_000,
  /** YYYY-MM-DD; '' = unset (every household). */
  overIncomeCheckFrom: '',
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
