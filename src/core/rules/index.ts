// Rule modules in the order they run. Each is one family of domain/rules.md.
import type { RuleModule } from './context';
import { run as structure } from './structure';
import { run as cells } from './cells';
import { run as security } from './security';
import { run as labor } from './labor';
import { run as household } from './household';
import { run as income } from './income';
import { run as assistance } from './assistance';
import { run as village } from './village';
import { run as fund } from './fund';

export const RULE_MODULES: Array<[string, RuleModule]> = [
  ['structure', structure],
  ['identity+fields', cells],
  ['security', security],
  ['labor', labor],
  ['household', household],
  ['income', income],
  ['assistance', assistance],
  ['village', village],
  ['fund', fund],
];
