// The built-in national pack (全国防止返贫监测 v2 rules, rules-v2.md) in the county-pack record format: one file per
// part of the catalogue, so a rule is found from its id with one search.
import type { RulePack } from '../types';
import { RULES as people } from './people';
import { RULES as risk } from './risk';
import { RULES as monitor } from './monitor';
import { RULES as work } from './work';

export const NATIONAL_PACK: RulePack = {
  name: '国家防止返贫监测规则（内置）',
  version: '2',
  rules: [...people, ...risk, ...monitor, ...work],
};
