// The settings' defaults (设置默认值) as a plain object. A check without settings (the CLI without --config, a pane
// that has none stored) takes these and never loads zod, ≈1 MB of JavaScript and ≈45 ms of a ≈0.2 s start-up.
// test/config/defaults.test.ts holds them equal to configSchema.parse({}); the schema stays the one definition.
import type { Config } from './schema';

/** A fresh object each call: a caller may keep or extend the arrays and maps. */
export function defaultSettings(): Config {
  return {
    region: '',
    edgeFactor: 1.5,
    helperMaxHouseholds: 5,
    compulsoryEducationAges: [6, 15],
    incomeTolerance: 1,
    publicityMinDays: 10,
    industryShareMin: 60,
    incidenceDenominator: 'agriPopulation',
    villagePopulation: {},
    householdSizeBasis: 'auto',
    lines: [],
    severity: {},
    disabledRules: [],
    columnSynonyms: {},
    codeLists: {},
    totalsPosition: 'last',
    reportingUnit: '',
    rectificationDays: 30,
  };
}
