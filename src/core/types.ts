// Shared data types of the pure engine (src/core). No DOM, no Office, no Node APIs anywhere under src/core.

/** A cell value as Office.js `Range.values` returns it: '' for empty. Error values arrive as text ('#N/A'). */
export type CellValue = string | number | boolean;
/** Rows × columns, 0-based. */
export type Grid = CellValue[][];

/** A merged range, 0-based inclusive indexes into the sheet's grid. */
export interface MergeRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** One sheet as a host reads it. `values[0][0]` is cell A1 (hosts read from A1, not from the used-range start). */
export interface SheetInput {
  name: string;
  values: Grid;
  /** Optional number formats, same shape as values (used to tell dates from numbers). */
  numberFormats?: string[][];
  merges?: MergeRange[];
  /** Cells that held a formula (0-based [row, col]); values carry the cached result. */
  formulaCells?: Array<[number, number]>;
  /** The workbook file the sheet came from, when several files are checked as one ledger (file name only). */
  file?: string;
}

export type Severity = 'error' | 'warning' | 'info';
/**
 * person: one row per person (the 监测对象信息 export, hand-kept ledgers); household: one row per household (two-sheet
 * layout); fund; village (行政村信息 too); and the national system's companion exports (ledgers-national §1), never
 * read as person ledgers: work = （务工月监测）已外出务工信息 (one row per work spell), workPlan = 计划外出务工信息,
 * householdBuild = （乡村建设）户信息.
 */
export type SheetKind =
  'person' | 'household' | 'fund' | 'village' | 'work' | 'workPlan' | 'householdBuild' | 'unknown';

/** A proposed safe edit of one cell; the host keeps `from` so the edit can be reverted. */
export interface CellFix {
  sheet: string;
  cell: string;
  from: CellValue;
  to: CellValue;
  /** Chinese label shown in the preview, e.g. "小写x改为大写X". */
  label: string;
}

/** contract — finding (DESIGN.md). */
export interface Finding {
  /** The input file, when several workbooks were checked as one ledger (`bangfu check a.xlsx b.xlsx`, a folder). */
  file?: string;
  sheet: string;
  /** A1 address on `sheet`. */
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /** Column letter(s) of `cell`. */
  column: string;
  /** A rule id from domain/rules.md. */
  rule: string;
  severity: Severity;
  /** Chinese: what is wrong, value found, expected, how to fix. */
  message: string;
  householdId?: string;
  value?: CellValue;
  fix?: CellFix;
}

/** A ledger column resolved from the header block. */
export interface ColumnInfo {
  /** 0-based column index in the grid. */
  index: number;
  /** Column letter(s), e.g. "AB". */
  letter: string;
  /** Logical key from ledgers.md §3/§5 (e.g. idNumber, wageIncome), or '' when unmapped. */
  key: string;
  /** Header path top-down (group / sub / leaf), merged cells propagated. */
  path: string[];
  /** The header text that matched (or the leaf). */
  header: string;
}

/** A sheet after header detection and column mapping. Values stay raw; normalise on access. */
export interface ParsedSheet {
  name: string;
  kind: SheetKind;
  /** 1-based sheet rows of the header block. */
  headerRows: number[];
  /** Every non-empty header column, mapped or not. */
  columns: ColumnInfo[];
  /** key → column for mapped columns (first match wins). */
  byKey: Record<string, ColumnInfo>;
  /** 0-based grid row indexes of data rows (totals and blank rows excluded). */
  dataRows: number[];
  /** 0-based grid row indexes recognised as 合计/小计/总计 rows. */
  totalRows: number[];
  /** 0-based grid row indexes of empty rows inside the data. */
  blankRows: number[];
  /** Merged ranges found inside the data (values were filled down into `grid`). */
  dataMerges: MergeRange[];
  /** Set when a long run of empty rows ended the table before content further down (0-based rows). */
  ignoredAfter?: { blankFrom: number; contentRow: number };
  /** Unit stated above the header ("单位：万元"), for fund sheets; undefined when not stated. */
  unit?: '元' | '万元';
  /** Title text (first non-empty row above the header), if any. */
  title?: string;
  grid: Grid;
  input: SheetInput;
}

export interface SheetSummary {
  name: string;
  /** The input file, when several workbooks were checked together. */
  file?: string;
  kind: SheetKind;
  headerRows: number[];
  dataRows: number;
  /** Unit of amounts, for fund sheets. */
  unit?: string;
  /** Logical keys found, for the report reader. */
  columnsFound?: string[];
}

/** contract — households[] of the JSON report. Amounts in 元, 2 decimals. */
export interface HouseholdFigure {
  sheet: string;
  row: number;
  householdId: string;
  village: string;
  township?: string;
  group?: string;
  headName?: string;
  size: number | null;
  members: number;
  /** Persons the household adds to every count (member rows, or 人数 in a household-only ledger): the same number
   * in every table. */
  persons?: number;
  householdType?: string;
  monitorCategory?: string;
  riskEliminated?: boolean | null;
  /** 2014–2020 ledgers: still poor (未脱贫/返贫). */
  stillPoor?: boolean;
  covered: boolean;
  netIncome: number | null;
  perCapitaNetIncome: number | null;
  grossIncome?: number | null;
  components?: Partial<
    Record<'wageIncome' | 'businessIncome' | 'propertyIncome' | 'transferIncome' | 'businessExpense', number>
  >;
  helperName?: string;
  /** 帮扶责任人隶属关系 (中央/省/市/县/乡镇 …) when known. */
  helperAffiliation?: string;
  /** 主要致贫原因 / 致贫返贫风险1 first, then the others (其他致贫原因, 风险2–5). */
  causes?: string[];
  /** 2014–2020 主要致贫原因 only (one per household). */
  mainCause?: string;
  /** 是否危房户 = 是, or 危房级别 C/D. */
  unsafeHousing?: boolean;
  /** 是否解决安全饮用水 = 否. */
  unsafeWater?: boolean;
  /** 饮水困难 = 是. */
  waterDifficulty?: boolean;
  /** Members of compulsory-education age at the reference date. */
  compulsoryAgeMembers?: number;
  /** Of those, out of school without a recorded reason (edu.out-of-school). */
  outOfSchoolMembers?: number;
  /** Members with neither basic medical insurance. */
  uninsuredMembers?: number;
  /** 户类型 says 脱贫户. */
  exited?: boolean;
  /** A 监测对象 (类别 filled or 户类型 monitored). */
  monitored?: boolean;
  /** Per-person details for 公示 lists and person tables (no ID numbers here). */
  headIdNumber?: string;
  phone?: string;
  /** Members' full years of age at the data date (null: unknown), for 年龄结构表 (summaries.md §6.3). Absent in
   * older reports. */
  ages?: Array<number | null>;
  /** Members whose 劳动技能 is a labour force (普通/技能/弱劳动力或半劳动力); absent without a 劳动技能 column. */
  labourMembers?: number;
  /** 识别监测时间 and 消除监测时间 as YYYY-MM (本期新识别/风险消除, §6.4); absent when empty or unreadable. */
  monitorStartMonth?: string;
  eliminatedMonth?: string;
  /** 风险消除方式 as written (帮扶消除 / 自然消除). */
  eliminationMethod?: string;
}

/** 村出列指标 of a village from its 行政村信息 row (§6.5); a key is absent when the sheet lacks the column. */
export interface VillageIndicators {
  sheet: string;
  /** 村级集体经济收入（万元）. */
  collectiveIncome?: number | null;
  /** 到乡镇是否通沥青（水泥）路: true / false / null (unreadable). */
  pavedRoad?: boolean | null;
  clinics?: number | null;
  culturalRooms?: number | null;
  unsafeWaterHouseholds?: number | null;
  unsafeHousingHouseholds?: number | null;
  /** 是否出列 as written. */
  exited?: string;
}

/** 务工 of one village from the （务工月监测）已外出务工信息 export, persons of the ledger only (§6.2). */
export interface WorkVillageFigure {
  village: string;
  township?: string;
  /** Persons with labour (labourMembers summed); null when no 劳动技能 column. */
  labour: number | null;
  /** Persons with a work spell in the year. */
  workers: number;
  /** By the place of the person's latest spell in the year. */
  inCounty: number;
  inProvince: number;
  outOfProvince: number;
  /** 县外, province not written (no province prefix and not the home county). */
  outOfCountyUnknownProvince: number;
  /** 务工所在县 empty. */
  placeUnknown: number;
  /** By the channel of the latest spell: 公益性岗位, 帮扶车间, 其他. */
  publicJob: number;
  workshop: number;
  otherChannel: number;
  /** Months worked in the year, summed over the workers (each person at most 12). */
  months: number;
  /** Σ 务工月收入 × months in the year (元); null when the export has no 务工月收入 column. */
  income: number | null;
}

export interface WorkFigures {
  /** The year counted (the data date's year). */
  year: number;
  sheets: string[];
  /** Home county and province names and where they came from (Chinese). */
  homeCounty: string | null;
  homeProvince: string | null;
  homeSource: string;
  villages: WorkVillageFigure[];
  /** Work rows whose person is not in the ledger (not counted). */
  unmatchedRows: number;
}

/** contract — villages[] of the JSON report. */
export interface VillageFigure {
  village: string;
  township?: string;
  households: number;
  persons: number;
  coveredHouseholds: number;
  coveredPersons: number;
  /** 脱贫户 */
  exitedHouseholds: number;
  exitedPersons: number;
  /** 监测对象 by 类别; key '' = category not given. */
  monitored: Record<string, { households: number; persons: number }>;
  monitoredHouseholds: number;
  monitoredPersons: number;
  riskEliminatedHouseholds: number;
  riskEliminatedPersons: number;
  riskOpenHouseholds: number;
  riskOpenPersons: number;
  /** 2014–2020: 未脱贫/返贫 */
  stillPoorHouseholds: number;
  stillPoorPersons: number;
  /** Incidence numerator (persons). */
  incidencePersons: number;
  /** Denominator; null when unknown. */
  population: number | null;
  totalHouseholds?: number | null;
  totalPopulation?: number | null;
  agriPopulation?: number | null;
  incidencePercent: number | null;
  /** 村出列指标 from the village's 行政村信息 row, when such a sheet exists. */
  indicators?: VillageIndicators;
}

/** contract — funds[] of the JSON report (amounts in the ledger's own unit). */
export interface FundFigure {
  sheet: string;
  row: number;
  project: string;
  projectType?: string;
  location?: string;
  unit: '元' | '万元';
  planned: number | null;
  released: number | null;
  disbursed: number | null;
  spent: number | null;
  sources?: Partial<Record<'central' | 'province' | 'city' | 'county' | 'other', number>>;
  beneficiaryHouseholds?: number | null;
  /** 已支出 ÷ base × 100, 2 decimals. */
  progressPercent: number | null;
  progressBase: 'released' | 'planned' | null;
}

export interface FundRollupLine {
  label: string;
  projects: number;
  planned: number;
  released: number;
  disbursed: number;
  spent: number;
  progressPercent: number | null;
  beneficiaryHouseholds: number;
}

export interface FundRollup {
  unit: '元' | '万元';
  /** Which base 支出进度 used. */
  progressBase: 'released' | 'planned';
  bySource: FundRollupLine[];
  byType: FundRollupLine[];
  total: FundRollupLine;
  /** 产业发展 share of 中央衔接资金 (or all funds), percent, and which base was used. */
  industrySharePercent: number | null;
  industryShareBase: 'central' | 'all';
  /** Set when sheets in 元 were converted to 万元 for the roll-up. */
  convertedNote?: string;
  /** How the 按资金来源 lines were split (ledger's own per-source columns, or allocation by planned shares). */
  sourceNote?: string;
  /** Which execution columns the ledger has: a column it lacks is printed as —, never 0.00. */
  columns?: { released: boolean; disbursed: boolean; spent: boolean; beneficiaryHouseholds: boolean };
}

/** A summary figure the ledger cannot give: its column is missing or not recognised. Tables print 未统计. */
export interface UnavailableFigure {
  /** Stable key: school, medical, housing, water, waterDifficulty, helper, helperLevel, cause, income, villageBase. */
  figure: string;
  /** The figure as the tables name it (Chinese). */
  label: string;
  /** Sheet names of the summary tables that print it. */
  tables: string[];
  /** Why, in Chinese (which column was not found). */
  reason: string;
}

/** Which village base sheet (行政村基本情况) the populations came from, and the candidates passed over. */
export interface VillageBaseChoice {
  /** Sheets used, best first (usually one). */
  sheets: string[];
  /** Village-like sheets not used, with the reason in Chinese (e.g. a small chart-data sheet 村/户数). */
  ignored: Array<{ sheet: string; reason: string }>;
}

/** contract — the JSON report. */
export interface Report {
  tool: { name: string; version: string };
  generatedAt?: string;
  config: Record<string, unknown>;
  findings: Finding[];
  sheets: SheetSummary[];
  households: HouseholdFigure[];
  villages: VillageFigure[];
  /** Whole-workbook totals with the same fields as a village (village = '合计'). */
  total: VillageFigure | null;
  /** What the incidence numerator counted, in Chinese. */
  incidenceBasis: string;
  funds: FundFigure[];
  fundRollup: FundRollup | null;
  counts: { error: number; warning: number; info: number };
  /** Summary figures that could not be computed and why (absent when every figure could be). */
  unavailableFigures?: UnavailableFigure[];
  /** 务工 figures from the 已外出务工 export (absent without one). */
  work?: WorkFigures;
  /** The village base sheet chosen (absent when the workbook has none). */
  villageBase?: VillageBaseChoice;
  /** 数据依据: year, lines, dates and 填报单位 used, each with its source (src/core/basis.ts). */
  basis?: import('./basis').DataBasis;
  /** The data date of the ledger (导出时间 / 数据日期 / 截至 / the file name's _YYYYMMDD, ledgers-national §2.3):
   * `date` null when none was found, and `source` says where it came from in Chinese. */
  dataDate?: DataDate;
  /** With exemptions (--exemptions, the pane's 已核实): findings verified earlier, not in `findings` or `counts`. */
  exempted?: Array<{ finding: Finding; exemption: ExemptionRecord }>;
  /** Exemptions that matched no finding (the verified value changed, or the problem is gone). */
  staleExemptions?: ExemptionRecord[];
  /** The rule packs that ran: the built-in national pack and the county packs given (--rules, the pane's 规则包),
   * with records that failed at run time on some rows (never a crash). */
  rulePacks?: import('./rulebook').PackSummary[];
}

export interface DataDate {
  /** YYYY-MM-DD, or null when the ledger states none (the income year then falls back to the PC clock). */
  date: string | null;
  /** Where it was read, e.g. "“（自定义）监测对象信息”表头上方的导出时间". */
  source: string;
}

/** An exemption (已核实) as the report lists it; see src/core/compare/exemptions. */
export interface ExemptionRecord {
  key: string;
  rule: string;
  subject: string;
  value?: string;
  reason: string;
  by?: string;
  at?: string;
}
