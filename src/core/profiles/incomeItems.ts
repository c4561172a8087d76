// Household income structure (formulas.md §2): the components of 纯收入 and the sub-items of each component.
// Data, not code: sub-item lists differ between forms and years, so rules read them from here.

/** 工资性 / 生产经营性 / 财产性 / 转移性 收入 — summed into 年收入 (grossIncome). */
export const INCOME_COMPONENTS = [
  'wageIncome',
  'businessIncome',
  'propertyIncome',
  'transferIncome',
] as const;
export type IncomeComponent = (typeof INCOME_COMPONENTS)[number];

/** 生产经营性支出 — subtracted from 年收入 to give 纯收入. */
export const EXPENSE_COMPONENT = 'businessExpense';
export type ComponentKey = IncomeComponent | typeof EXPENSE_COMPONENT;
export const ALL_COMPONENTS: readonly ComponentKey[] = [...INCOME_COMPONENTS, EXPENSE_COMPONENT];

/** A component and the sub-items that add up to it (income.subtotal-mismatch). */
export interface Subtotal {
  component: IncomeComponent;
  parts: string[];
}

export const SUBTOTALS: Subtotal[] = [
  // 工资性收入 = 公益性岗位收入 + 其他工资性收入
  { component: 'wageIncome', parts: ['publicWelfareJobIncome', 'otherWageIncome'] },
  // 财产性收入 = 资产收益扶贫分红收入 + 其他财产性收入
  { component: 'propertyIncome', parts: ['dividendIncome', 'otherPropertyIncome'] },
  // 转移性收入 = 计划生育金 + 低保金 + 特困供养金 + 养老金 + 生态补偿金 + 其他转移性收入
  {
    component: 'transferIncome',
    parts: [
      'familyPlanning',
      'minimumLiving',
      'extremePovertySupport',
      'pension',
      'ecoCompensation',
      'otherTransfer',
    ],
  },
];

/** income.implausible: 人均纯收入 above this (元 per year) is a likely typing or unit error (formulas.md §2.4). */
export const PER_CAPITA_PLAUSIBLE_MAX = 100_000;
/** income.implausible: 人均纯收入 at or below this is implausible for a household that lives on its income. */
export const PER_CAPITA_PLAUSIBLE_MIN = 0;
