// National v2 rules as records (rules-v2.md) — section file "people"; see ../types.ts for the format.
import type { RuleRecord } from '../types';

export const RULES: RuleRecord[] = [];
