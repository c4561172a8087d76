// Person and household tables the identity, fields, security (两不愁三保障) and labour rules read (rules.md,
// ledgers.md §3–§4, formulas.md §8). Data, not code: a clerk's config can extend these later.
import type { SheetKind } from '../types';

export type Sex = '男' | '女';

/** 与户主关系 value for the head of household. */
export const HEAD_RELATION = '户主';
/** 配偶 — sex implied as the opposite of the 户主's. */
export const SPOUSE_RELATION = '配偶';

/** 与户主关系 → the sex it implies (person.relation-gender). Relations without a sex (其他, 之兄弟姐妹 …) are absent. */
export const RELATION_SEX: Record<string, Sex> = {
  之子: '男',
  之女婿: '男',
  之孙子: '男',
  之外孙子: '男',
  之父: '男',
  之岳父: '男',
  之公公: '男',
  之祖父: '男',
  之外祖父: '男',
  之侄儿: '男',
  之曾孙子: '男',
  之女: '女',
  之儿媳: '女',
  之孙女: '女',
  之外孙女: '女',
  之母: '女',
  之岳母: '女',
  之婆婆: '女',
  之祖母: '女',
  之外祖母: '女',
  之侄女: '女',
  之曾孙女: '女',
  之兄弟媳妇: '女',
};

/**
 * Spellings of 与户主关系 seen in ledgers that are not code-list values, with the value they mean (field.code's
 * one-click fix) and, where the value itself leaves the sex open (配偶), the sex the spelling states.
 */
export const RELATION_SPELLINGS: Record<string, { code: string; sex?: Sex }> = {
  本人: { code: '户主' },
  妻子: { code: '配偶', sex: '女' },
  妻: { code: '配偶', sex: '女' },
  老婆: { code: '配偶', sex: '女' },
  丈夫: { code: '配偶', sex: '男' },
  夫: { code: '配偶', sex: '男' },
  老公: { code: '配偶', sex: '男' },
  儿子: { code: '之子' },
  长子: { code: '之子' },
  次子: { code: '之子' },
  三子: { code: '之子' },
  子: { code: '之子' },
  女儿: { code: '之女' },
  长女: { code: '之女' },
  次女: { code: '之女' },
  三女: { code: '之女' },
  女: { code: '之女' },
  儿媳: { code: '之儿媳' },
  儿媳妇: { code: '之儿媳' },
  媳妇: { code: '之儿媳' },
  女婿: { code: '之女婿' },
  孙子: { code: '之孙子' },
  孙女: { code: '之孙女' },
  外孙: { code: '之外孙子' },
  外孙子: { code: '之外孙子' },
  外孙女: { code: '之外孙女' },
  父亲: { code: '之父' },
  父: { code: '之父' },
  母亲: { code: '之母' },
  母: { code: '之母' },
  岳父: { code: '之岳父' },
  岳母: { code: '之岳母' },
  公公: { code: '之公公' },
  婆婆: { code: '之婆婆' },
  祖父: { code: '之祖父' },
  爷爷: { code: '之祖父' },
  祖母: { code: '之祖母' },
  奶奶: { code: '之祖母' },
  外祖父: { code: '之外祖父' },
  外公: { code: '之外祖父' },
  外祖母: { code: '之外祖母' },
  外婆: { code: '之外祖母' },
  侄子: { code: '之侄儿' },
  侄儿: { code: '之侄儿' },
  侄女: { code: '之侄女' },
  曾孙: { code: '之曾孙子' },
  曾孙子: { code: '之曾孙子' },
  曾孙女: { code: '之曾孙女' },
};

/** 性别 after code normalisation (1/2 → 男/女) → sex; 未说明的性别 is absent (no sex to compare). */
export const GENDER_VALUES: Record<string, Sex> = { 男: '男', 男性: '男', 女: '女', 女性: '女' };

/**
 * 在校生状况 level by value prefix (2016 and 2021+ lists). 'preschool' and 'none' are not school grades
 * (edu.out-of-school); 'senior' = 高中及以上 (edu.grade-age). Longest prefix wins.
 */
export type SchoolLevel = 'none' | 'preschool' | 'primary' | 'junior' | 'senior';
export const SCHOOL_STATUS_LEVELS: Array<[prefix: string, level: SchoolLevel]> = [
  ['非在校生', 'none'],
  ['学龄前儿童', 'preschool'],
  ['学前教育', 'preschool'],
  ['小学', 'primary'],
  ['七年级', 'junior'],
  ['八年级', 'junior'],
  ['九年级', 'junior'],
  ['普通高中', 'senior'],
  ['高中', 'senior'],
  ['中职', 'senior'],
  ['高职', 'senior'],
  ['技师学院', 'senior'],
  ['本科', 'senior'],
  ['硕士', 'senior'],
  ['大专', 'senior'],
];

/**
 * Short forms clerks write for 在校生状况 (accepted by field.code), each with the code-list value it stands for.
 * The level follows from that value (SCHOOL_STATUS_LEVELS); 初中 names no single grade, so it maps to 九年级's level.
 */
export const SCHOOL_STATUS_SHORT_FORMS: Record<string, string> = {
  学前: '学前教育',
  幼儿园: '学前教育',
  学龄前: '学龄前儿童',
  一年级: '小学',
  二年级: '小学',
  三年级: '小学',
  四年级: '小学',
  五年级: '小学',
  六年级: '小学',
  小学在读: '小学',
  初中: '九年级',
  初中在读: '九年级',
  初一: '七年级',
  初二: '八年级',
  初三: '九年级',
  高中: '普通高中一年级',
  高中在读: '普通高中一年级',
  高一: '普通高中一年级',
  高二: '普通高中二年级',
  高三: '普通高中三年级',
  中职: '中职一年级',
  中专: '中职一年级',
  职高: '中职一年级',
  技校: '技师学院一年级',
  高职: '高职高专一年级',
  大专: '高职高专一年级',
  专科: '高职高专一年级',
  本科: '本科一年级',
  大学: '本科一年级',
  大学本科: '本科一年级',
  研究生: '硕士研究生及以上',
  硕士: '硕士研究生及以上',
  博士: '硕士研究生及以上',
  辍学: '非在校生',
  失学: '非在校生',
  已辍学: '非在校生',
  已失学: '非在校生',
  辍学在家: '非在校生',
  失学辍学: '非在校生',
  失学儿童: '非在校生',
  辍学儿童: '非在校生',
  未入学: '非在校生',
  未上学: '非在校生',
  退学: '非在校生',
  已退学: '非在校生',
};

/** Short forms clerks write for 文化程度 (accepted by field.code), each with the code-list value it stands for. */
export const EDUCATION_SHORT_FORMS: Record<string, string> = {
  文盲: '文盲或半文盲',
  半文盲: '文盲或半文盲',
  中专: '高中',
  中职: '高中',
  职高: '高中',
  技校: '高中',
  专科: '大专',
  大学: '本科及以上',
  本科: '本科及以上',
  研究生: '本科及以上',
  硕士: '本科及以上',
  博士: '本科及以上',
  学前: '学龄前儿童',
  学龄前: '学龄前儿童',
};

/** 在校生状况 text that says the child left or never entered school (辍学, 失学, 退学 …), wherever it stands in the
 * value ("初中辍学", "小学三年级辍学"): out of school, whatever grade it names. */
export const OUT_OF_SCHOOL_RE = /辍学|失学|退学|未入学|未上学/;

/** Levels that count as "in school" for edu.out-of-school. */
export const SCHOOL_GRADE_LEVELS: ReadonlySet<SchoolLevel> = new Set(['primary', 'junior', 'senior']);

/**
 * Plausible ages per 在校生状况 level (edu.grade-age), inclusive bounds: 小学 6–14 (formulas.md §8); 高中及以上 not
 * at 14 or younger; 小学及以下 (学前) not at 20 or older (小学 at 20+ is already outside 6–14).
 */
export const GRADE_AGE_BOUNDS: Partial<Record<SchoolLevel, { min?: number; max?: number; label: string }>> = {
  primary: { min: 6, max: 14, label: '小学一般为6–14岁' },
  senior: { min: 15, label: '高中及以上一般在15岁及以上' },
  preschool: { max: 19, label: '学前阶段不应在20岁及以上' },
};

/** 在校生状况 values that mean "not a student" (2016 lists): treated as empty by edu.status-conflict. */
export const NOT_STUDENT_STATUS: ReadonlySet<string> = new Set(['非在校生']);
/** 文化程度 values that belong to the student side (2016 lists put 学龄前儿童 there). */
export const STUDENT_SIDE_EDUCATION: ReadonlySet<string> = new Set(['学龄前儿童']);

/** Required columns per sheet kind (field.required). `ifPresent`: only checked when the sheet has the column. */
export interface RequiredColumn {
  key: string;
  ifPresent?: boolean;
}
export const REQUIRED_COLUMNS: Partial<Record<SheetKind, RequiredColumn[]>> = {
  person: [
    { key: 'name' },
    { key: 'relationToHead' },
    { key: 'householdId', ifPresent: true },
    { key: 'village' },
  ],
  household: [{ key: 'householdId' }, { key: 'headName' }],
  village: [{ key: 'village' }],
};

/** Columns checked against their code list (field.code); the list is ctx.codes[key]. */
export const CODE_COLUMNS: string[] = [
  'relationToHead',
  'gender',
  'ethnicity',
  'education',
  'schoolStatus',
  'health',
  'laborSkill',
  'workStatus',
  'politicalStatus',
  'monitorCategory',
  'riskEliminated',
  'povertyAttribute',
  'mainCause',
  'housingGrade',
];

/** Code columns whose cells may combine several values ("残疾,长期慢性病"). */
export const MULTI_VALUE_SEPARATOR: Record<string, RegExp> = { health: /[,，、;；]/ };

/**
 * Numeric codes in addition to codeLists.NUMERIC_CODES: the later 贫困户属性 export (`aac006`) writes two-digit
 * codes, which do not clash with the single-digit codes of the older forms.
 */
export const EXTRA_NUMERIC_CODES: Record<string, Record<string, string>> = {
  povertyAttribute: {
    '01': '一般贫困户',
    '02': '低保脱贫户',
    '03': '特困供养脱贫户',
    '04': '低保贫困户',
    '05': '一般脱贫户',
    '06': '特困供养贫困户',
    '07': '低保特困供养贫困户',
    '08': '低保特困供养户',
  },
};

/** Amount columns in 元 (field.number, field.text-number): "1.2万" is read as 12000. */
export const AMOUNT_COLUMNS: string[] = [
  'wageIncome',
  'publicWelfareJobIncome',
  'otherWageIncome',
  'businessIncome',
  'propertyIncome',
  'dividendIncome',
  'otherPropertyIncome',
  'transferIncome',
  'familyPlanning',
  'minimumLiving',
  'extremePovertySupport',
  'pension',
  'ecoCompensation',
  'otherTransfer',
  'industryReward',
  'employmentReward',
  'businessExpense',
  'businessExpenseGross',
  'expenseReductionSubsidy',
  'grossIncome',
  'netIncome',
  'perCapitaNetIncome',
  'claimIncome',
  'compliantSelfPaid',
];

/** Other numeric columns (counts, months, land areas in 亩 — the land keys apply once synonyms map them). */
export const COUNT_COLUMNS: string[] = [
  'householdSize',
  'householdSizeYear',
  'workMonths',
  'publicWelfareJobMonths',
  'cultivatedLand',
  'forestLand',
  'returnedFarmland',
  'orchardLand',
  'pastureLand',
  'waterSurface',
  // 公里: an unreadable distance is field.number's, living.road-distance judges the readable ones
  'roadDistance',
];

/** Date columns (field.date). */
export const DATE_COLUMNS: string[] = [
  'birthDate',
  'firstIdentifiedDate',
  'monitorStart',
  'riskEliminatedDate',
  'personIdentifiedDate',
  'dataDate',
];

/** Phone columns (field.phone). */
export const PHONE_COLUMNS: string[] = ['personPhone', 'householdPhone', 'helperPhone'];
/** Phone cell values that mean "no phone" (treated as empty). */
export const NO_PHONE_VALUES: ReadonlySet<string> = new Set(['无', '/', '-', '—', '暂无']);

/** Labour age: under 16 is a child (formulas.md §8: labour age 16–60, 16 inclusive). */
export const LABOR_MIN_AGE = 16;
/** 劳动技能 values that mean the person works (labor.child-worker). */
export const WORKING_SKILLS: ReadonlySet<string> = new Set(['普通劳动力', '技能劳动力']);
/** 务工时间（月） range. */
export const WORK_MONTHS_MAX = 12;
/** 公益性岗位 values that mean "no post". */
export const NO_POST_VALUES: ReadonlySet<string> = new Set(['否', '无']);

/** 危房级别 values that mean unsafe housing (C级、D级). */
export const UNSAFE_HOUSING_GRADES: ReadonlySet<string> = new Set(['C', 'D']);
