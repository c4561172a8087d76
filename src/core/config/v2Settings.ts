// The settings of the v2 rules (rules-v2 §25): every key optional; the defaults live with the rules that read them
// (a record's params, or the hand-written rule's constant), so a province that differs changes settings, not code.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const int = z.number().int();
const loose = z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]);

export const v2SettingsShape = {
  /** County rule packs kept with the settings (the pane's 设置 → 县规则包); each validated when a check runs. */
  rulePacks: z
    .array(
      z.looseObject({
        name: z.string().min(1),
        enabled: z.boolean().optional(),
        rules: z.array(z.unknown()),
      }),
    )
    .optional(),
  asOfDate: isoDate.optional(),
  allEmptyMinRows: int.min(1).optional(),
  laborAgeMin: int.min(0).optional(),
  laborAgeMax: int.min(0).optional(),
  gradeAgeBands: z.array(z.record(z.string(), z.unknown())).optional(),
  higherEducationMinAge: int.min(0).optional(),
  lowAttainmentAges: z.tuple([int, int]).optional(),
  compulsoryEducationAgeDate: z.enum(['referenceDate', 'schoolYearStart']).optional(),
  yuluEligibleGrades: z.array(z.string()).optional(),
  yuluIdentifiedBefore: isoDate.optional(),
  severeDisabilityNoLabourCategories: z.array(int).optional(),
  publicJobAgeMax: int.min(0).optional(),
  publicJobMaxPosts: int.min(1).optional(),
  premiumSubsidyWindows: z.array(z.record(z.string(), z.unknown())).optional(),
  identificationIncomeMax: z.number().min(0).optional(),
  overIncomeCheckFrom: isoDate.optional(),
  incomeComponentBounds: loose.optional(),
  laborShortageMaxShare: z.number().min(0).max(1).optional(),
  problemFlagRiskMap: z.record(z.string(), z.array(z.string())).optional(),
  riskMeasureMap: z.record(z.string(), z.array(z.string())).optional(),
  problemMeasureMap: z.record(z.string(), z.array(z.string())).optional(),
  developmentalLabourSkills: z.array(z.string()).optional(),
  developmentalGraceMonths: int.min(0).optional(),
  weakDevelopmentalValues: z.array(z.string()).optional(),
  disabilitySubsidyRequiresRisk: z.boolean().optional(),
  measureGraceMonths: int.min(0).optional(),
  minMonthsBeforeElimination: int.min(0).optional(),
  eliminationTimeRuleFrom: isoDate.optional(),
  eliminationRulesIncludeNatural: z.boolean().optional(),
  eliminationIncomeBasis: z.enum(['perCapita', 'reference']).optional(),
  identificationMaxDays: int.min(0).optional(),
  identificationPublicityMinDays: int.min(0).optional(),
  eliminationPublicityMinDays: int.min(0).optional(),
  statusRequiredFields: loose.optional(),
  statusExpectedFields: loose.optional(),
  homeCounty: z.string().optional(),
  openSpellMaxMonths: int.min(1).optional(),
  workMonthlyIncomeMin: z.number().min(0).optional(),
  workMonthlyIncomeMax: z.number().min(0).optional(),
  sharedPhoneIgnore: z.array(z.string()).optional(),
  landAreaMax: z.union([z.number().min(0), z.record(z.string(), z.number().min(0))]).optional(),
  roadDistanceMaxKm: z.number().min(0).optional(),
  villageCollectiveIncomeMin: z.number().min(0).optional(),
  fundIdleMonths: int.min(1).optional(),
  fundIdleLongMonths: int.min(1).optional(),
  fundRetentionShare: z.number().min(0).max(100).optional(),
  spendTargets: z.array(z.record(z.string(), z.unknown())).optional(),
  startDeadline: isoDate.optional(),
  equalSplitMinHouseholds: int.min(1).optional(),
  perfWeights: loose.optional(),
  perfScoreBands: loose.optional(),
};
