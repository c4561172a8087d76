// Fund figures (formulas.md §7, summaries.md §4.7): per project 支出进度 = 已支出 ÷ 下达 × 100 (÷ 计划投资 when
// there is no 下达), and roll-ups by 资金来源, by 项目类型 and in total, plus the 产业发展 share. Per-project amounts
// stay in the sheet's unit; the roll-up is in that unit too, or in 万元 (with a note) when sheets differ. Sums are
// taken in integer 分; percentages are computed from the unrounded sums and rounded to 2 decimals at the end.
import type { FundFigure, FundRollup, FundRollupLine, ParsedSheet } from '../types';
import type { RuleContext } from '../rules/context';
import { normText, roundHalfAway } from '../grid/normalise';
import {
  fiscalAmount,
  fromFen,
  fundModel,
  progressOf,
  toFenIn,
  type FundProject,
  type FundSheetModel,
  type FundUnit,
} from '../model/funds';
import { FUND_SOURCES, FUND_TYPE_GROUPS, INDUSTRY_TYPE_RE, MULTI_SOURCE_LABEL } from '../profiles/fundTypes';

/** Label of projects whose 项目类型 is empty. */
const NO_TYPE_LABEL = '（未填项目类型）';
/** Label of projects on a sheet with source columns but no source amount filled. */
const NO_SOURCE_LABEL = '（未填资金来源）';

/** Running sums of one roll-up line, in 分. */
interface Acc {
  label: string;
  projects: number;
  planned: number;
  released: number;
  disbursed: number;
  spent: number;
  /** Base of this line's 支出进度 (下达 or 计划 of the projects whose execution the line carries). */
  base: number;
  /** 已支出 of the same projects. */
  baseSpent: number;
  beneficiaryHouseholds: number;
}

const acc = (label: string): Acc => ({
  label,
  projects: 0,
  planned: 0,
  released: 0,
  disbursed: 0,
  spent: 0,
  base: 0,
  baseSpent: 0,
  beneficiaryHouseholds: 0,
});

/** Adds a project's execution figures (下达, 已拨付, 已支出, 带贫户数) to a line. */
function addExecution(a: Acc, p: FundProject, unit: FundUnit, useReleased: boolean): void {
  const f = (v: number | undefined) => (v === undefined ? 0 : toFenIn(v, unit));
  a.released += f(p.nums.released);
  a.disbursed += f(p.nums.disbursed);
  a.spent += f(p.nums.spent);
  a.base += f(useReleased ? p.nums.released : p.nums.planned);
  a.baseSpent += f(p.nums.spent);
  a.beneficiaryHouseholds += p.nums.beneficiaryHouseholds ?? 0;
}

function line(a: Acc, unit: FundUnit): FundRollupLine {
  return {
    label: a.label,
    projects: a.projects,
    planned: fromFen(a.planned, unit),
    released: fromFen(a.released, unit),
    disbursed: fromFen(a.disbursed, unit),
    spent: fromFen(a.spent, unit),
    progressPercent: a.base > 0 ? roundHalfAway((a.baseSpent / a.base) * 100, 2) : null,
    beneficiaryHouseholds: a.beneficiaryHouseholds,
  };
}

function projectFigure(m: FundSheetModel, p: FundProject): FundFigure {
  const n = p.nums;
  const { percent, base } = progressOf(m.sheet, n);
  const sources: FundFigure['sources'] = {};
  for (const s of FUND_SOURCES) if (n[s.key] !== undefined) sources[s.id] = n[s.key];
  const has = (k: string) => m.sheet.byKey[k] !== undefined;
  return {
    sheet: m.sheet.name,
    row: p.r + 1,
    project: p.name,
    ...(has('projectType') ? { projectType: p.type } : {}),
    ...(has('location') ? { location: p.location } : {}),
    unit: m.unit,
    planned: n.planned ?? null,
    released: n.released ?? null,
    disbursed: n.disbursed ?? null,
    spent: n.spent ?? null,
    ...(Object.keys(sources).length ? { sources } : {}),
    ...(has('beneficiaryHouseholds') ? { beneficiaryHouseholds: n.beneficiaryHouseholds ?? null } : {}),
    progressPercent: percent === null ? null : roundHalfAway(percent, 2),
    progressBase: base,
  };
}

function typeGroup(label: string): number {
  const i = FUND_TYPE_GROUPS.findIndex((g) => g.re.test(label));
  return i < 0 ? FUND_TYPE_GROUPS.length : i;
}

export function buildFundFigures(ctx: RuleContext): { funds: FundFigure[]; rollup: FundRollup | null } {
  const tolFen = Math.round(ctx.config.incomeTolerance * 100);
  const sheets: ParsedSheet[] = ctx.ledger.fundSheets;
  if (sheets.length === 0) return { funds: [], rollup: null };
  const models = sheets.map((s) => fundModel(s, tolFen));
  const funds = models.flatMap((m) => m.projects.map((p) => projectFigure(m, p)));

  // Units: the ledger's own, or 万元 when sheets differ (amounts are summed in 分, so converting is exact).
  const units = new Set(models.map((m) => m.unit));
  const unit: FundUnit = units.size === 1 ? models[0].unit : '万元';
  const converted = models.filter((m) => m.unit !== unit).map((m) => `“${m.sheet.name}”`);
  const convertedNote = converted.length
    ? `工作表${converted.join('、')}的金额单位为元，汇总时已换算为万元（÷10000）；逐项目数据仍为各表原单位。`
    : undefined;
  const useReleased = models.every((m) => m.sheet.byKey.released !== undefined);

  const total = acc('合计');
  const bySource = new Map<string, Acc>();
  for (const s of FUND_SOURCES)
    if (models.some((m) => m.sheet.byKey[s.key])) bySource.set(s.key, acc(s.label));
  let multi: Acc | null = null;
  let noSource: Acc | null = null;
  const byType = new Map<string, Acc & { order: number; group: number }>();
  let shareNum = 0;
  let shareDen = 0;
  const shareCentral = models.every((m) => !m.sheet.byKey.projectType || m.sheet.byKey.sourceCentral);
  const anyType = models.some((m) => m.sheet.byKey.projectType);

  for (const m of models) {
    const fen = (v: number | undefined) => (v === undefined ? 0 : toFenIn(v, m.unit));
    const sheetSources = FUND_SOURCES.filter((s) => m.sheet.byKey[s.key]);
    for (const p of m.projects) {
      total.projects++;
      total.planned += fen(p.nums.planned);
      addExecution(total, p, m.unit, useReleased);

      // 按资金来源: 项目个数 and 计划 from the source columns (a project counts under each source it draws on).
      // 下达/拨付/支出/带贫户数 are not split by source in these ledgers and are NOT pro-rated: a single-source
      // project's execution goes to its source; multi-source projects go to one separate line, so the block
      // still adds up to the whole ledger and no figure is invented. 支出进度 of a line is over the projects
      // whose execution it carries.
      if (sheetSources.length > 0) {
        const used = sheetSources.filter((s) => (p.nums[s.key] ?? 0) !== 0);
        for (const s of used) {
          const a = bySource.get(s.key)!;
          a.projects++;
          a.planned += fen(p.nums[s.key]);
        }
        if (used.length === 1) addExecution(bySource.get(used[0].key)!, p, m.unit, useReleased);
        else if (used.length > 1) {
          multi ??= acc(MULTI_SOURCE_LABEL);
          multi.projects++;
          addExecution(multi, p, m.unit, useReleased);
        } else {
          noSource ??= acc(NO_SOURCE_LABEL);
          noSource.projects++;
          noSource.planned += fen(p.nums.planned);
          addExecution(noSource, p, m.unit, useReleased);
        }
      }

      // 按项目类型: the ledger's own values, ordered by the default groups (产业发展, 就业, 乡村建设, 项目管理费, 其他).
      if (m.sheet.byKey.projectType) {
        const label = p.type.trim() || NO_TYPE_LABEL;
        const key = normText(label);
        let a = byType.get(key);
        if (!a) byType.set(key, (a = { ...acc(label), order: byType.size, group: typeGroup(key) }));
        a.projects++;
        a.planned += fen(p.nums.planned);
        addExecution(a, p, m.unit, useReleased);
        const v = shareCentral ? fen(p.nums.sourceCentral) : fen(fiscalAmount(m.sheet, p));
        shareDen += v;
        if (INDUSTRY_TYPE_RE.test(key)) shareNum += v;
      }
    }
  }

  const sourceLines = [...bySource.values()].map((a) => line(a, unit));
  if (multi) sourceLines.push(line(multi, unit));
  if (noSource) sourceLines.push(line(noSource, unit));
  const typeLines = [...byType.values()]
    .sort((x, y) => x.group - y.group || x.order - y.order)
    .map((a) => line(a, unit));
  const rollup: FundRollup = {
    unit,
    progressBase: useReleased ? 'released' : 'planned',
    bySource: sourceLines,
    byType: typeLines,
    total: line(total, unit),
    industrySharePercent: anyType && shareDen > 0 ? roundHalfAway((shareNum / shareDen) * 100, 2) : null,
    industryShareBase: shareCentral ? 'central' : 'all',
    ...(convertedNote ? { convertedNote } : {}),
  };
  return { funds, rollup };
}
