// Household status from 户类型, 监测对象类别, 风险是否消除 and (2014–2020) 脱贫标志 — who is "covered".
import { normText, parseFlag } from '../grid/normalise';
import { CATEGORY_ALIASES } from '../profiles/codeLists';
import { fieldText, HouseholdFields, type HouseholdRec } from './ledger';

export interface HouseholdStatus {
  /** 户类型 as written. */
  type: string;
  /** 脱贫户 */
  exited: boolean;
  /** 监测对象 (类别 filled, or 户类型 names monitoring). */
  monitored: boolean;
  /** 监测对象类别, 2020 names mapped to 2021 names; '' when not given. */
  category: string;
  /** 风险是否消除: true/false, null when not stated. */
  riskEliminated: boolean | null;
  /** Monitored and risk not eliminated. */
  riskOpen: boolean;
  /** 2014–2020: 未脱贫 / 返贫 (脱贫标志 0 or 3). */
  stillPoor: boolean;
  /** rules.md "covered household". */
  covered: boolean;
}

const STILL_POOR = new Set(['未脱贫', '返贫', '0', '3']);

// The four household fields the status reads, in one HouseholdFields read.
const FIELDS = new HouseholdFields(['householdType', 'monitorCategory', 'riskEliminated', 'exitStatus']);

export function householdStatus(h: HouseholdRec): HouseholdStatus {
  const [typeRaw, categoryRaw, riskRaw, exitRaw] = FIELDS.read(h);
  const type = fieldText(typeRaw);
  const t = normText(type);
  const rawCategory = normText(categoryRaw);
  const category = CATEGORY_ALIASES[rawCategory] ?? rawCategory;
  const exited = t.includes('脱贫户') && !t.includes('监测');
  const monitored = category !== '' || t.includes('监测') || t.includes('边缘') || t.includes('突发');
  const riskEliminated = parseFlag(riskRaw);
  const riskOpen = monitored && riskEliminated !== true;
  const exitStatus = normText(exitRaw);
  const stillPoor = STILL_POOR.has(exitStatus);
  // rules.md: a ledger without 户类型 covers every household (undefined exactly when no row has the column).
  const typeKnown = typeRaw !== undefined;
  const covered = !typeKnown || exited || riskOpen || stillPoor;
  return { type, exited, monitored, category, riskEliminated, riskOpen, stillPoor, covered };
}
