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
  readAmount,
  toFenIn,
  type FundProject,
  type FundSheetModel,
  type FundUnit,
} from '../model/funds';
import { FUND_SOURCES, FUND_TYPE_GROUPS, INDUSTRY_TYPE_RE } from '../profiles/fundTypes';

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

/** Execution measures a ledger may split by source itself (e.g. 已支出 › 中央 / 省级 columns). */
const EXEC_KEYS = ['released', 'disbursed', 'spent'] as const;
type ExecKey = (typeof EXEC_KEYS)[number];
const EXEC_RE: Record<ExecKey, RegExp> = { released: /下达/, disbursed: /拨付|到位/, spent: /支出|报账/ };
const SOURCE_RE: Record<(typeof FUND_SOURCES)[number]['key'], RegExp> = {
  sourceCentral: /^中央/,
  sourceProvince: /^省/,
  sourceCity: /^市/,
  sourceCounty: /^县/,
  sourceOther: /^(其他|自筹|整合|结余|其它)/,
};

/** Columns holding one source's share of one execution measure: header path with a measure and a source word. */
function executionSplit(sheet: ParsedSheet): Map<ExecKey, Map<string, number>> {
  const out = new Map<ExecKey, Map<string, number>>();
  for (const c of sheet.columns) {
    const path = c.path.map((x) => normText(x)).filter((x) => x !== '' && !/进度|比例|%/.test(x));
    if (path.length < 2) continue;
    const measure = EXEC_KEYS.find((k) => path.some((x) => EXEC_RE[k].test(x)));
    const source = FUND_SOURCES.find((f) => path.some((x) => SOURCE_RE[f.key].test(x)));
    if (!measure || !source) continue;
    // The measure and the source are different header cells (not one "中央支出" word read twice).
    const mi = path.findIndex((x) => EXEC_RE[measure].test(x));
    const si = path.findIndex((x) => SOURCE_RE[source.key].test(x));
    if (mi === si) continue;
    let m = out.get(measure);
    if (!m) out.set(measure, (m = new Map()));
    if (!m.has(source.key)) m.set(source.key, c.index);
  }
  return out;
}

/**
 * Splits `total` (分) in proportion to `weights` so the parts add up to `total` exactly (largest remainder, ties to
 * the earlier part): a project's 已支出 over its 中央/省级/… planned amounts.
 */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map((x) => Math.trunc(x));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = raw
    .map((x, i) => ({ i, frac: Math.abs(x - Math.trunc(x)) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  const step = rest > 0 ? 1 : -1;
  for (let k = 0; rest !== 0 && k < order.length * 2; k++) {
    parts[order[k % order.length].i] += step;
    rest -= step;
  }
  return parts;
}

/** Label of the part of a project's 计划投资 that no source column accounts for. */
const UNATTRIBUTED_LABEL = '（来源未注明部分）';

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
  let unattributed: Acc | null = null;
  let noSource: Acc | null = null;
  let allocatedProjects = 0;
  // Projects whose sources add up to more than their 计划投资 (fund.source-sum-mismatch): the source lines keep the
  // ledger's source amounts, so their 计划 exceeds the ledger total by this much (said in the note).
  const overSourced = { projects: 0, fen: 0 };
  let allocatedMeasure = false;
  let ownSplit = false;
  const splits = new Map(models.map((m) => [m, executionSplit(m.sheet)]));
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

      // 按资金来源: every amount of a project is split over its sources, so each source line carries its own
      // 计划/下达/拨付/支出 and the block adds up to the ledger exactly. Where the ledger splits a measure itself
      // (已支出 › 中央 …) its split is used; otherwise the measure is allocated in proportion to the project's planned
      // source amounts (the part of 计划投资 no source names goes to a line of its own). 项目个数 and 带贫户数 go to
      // the project's main source (its largest amount), so they too add up.
      // A project on a sheet without source columns still belongs to the block (as 未填资金来源).
      if (bySource.size > 0) {
        const used = sheetSources.filter((s) => (p.nums[s.key] ?? 0) !== 0);
        if (used.length === 0) {
          noSource ??= acc(NO_SOURCE_LABEL);
          noSource.projects++;
          noSource.planned += fen(p.nums.planned);
          addExecution(noSource, p, m.unit, useReleased);
        } else {
          const weights = used.map((s) => fen(p.nums[s.key]));
          const lines = used.map((s) => bySource.get(s.key)!);
          const rest = fen(p.nums.planned) - weights.reduce((a, b) => a + b, 0);
          if (rest < 0 && p.nums.planned !== undefined) {
            overSourced.projects++;
            overSourced.fen -= rest;
          }
          if (rest > 0) {
            unattributed ??= acc(UNATTRIBUTED_LABEL);
            weights.push(rest);
            lines.push(unattributed);
          }
          if (used.length > 1 || rest > 0) allocatedProjects++;
          lines.forEach((a, i) => (a.planned += weights[i]));
          let main = 0;
          weights.forEach((w, i) => (main = w > weights[main] ? i : main));
          // A project counts under every source it draws on (so a line says how many projects use it); its
          // 带贫户数 cannot be split and goes to the main source.
          for (const a of lines) a.projects++;
          lines[main].beneficiaryHouseholds += p.nums.beneficiaryHouseholds ?? 0;
          const split = splits.get(m)!;
          const part = (key: ExecKey): number[] => {
            const total = fen(p.nums[key]);
            const cols = split.get(key);
            if (cols) {
              const own = lines.map((_, i) => {
                const c = i < used.length ? cols.get(used[i].key) : undefined;
                if (c === undefined) return null;
                const v = readAmount(m.sheet.grid[p.r]?.[c] ?? '', m.unit);
                return v && v.value !== null ? toFenIn(v.value, m.unit) : null;
              });
              if (own.some((x) => x !== null)) {
                ownSplit = true;
                const given = own.map((x) => x ?? 0);
                const diff = total - given.reduce((a, b) => a + b, 0);
                const extra = diff === 0 ? given.map(() => 0) : allocate(diff, weights);
                return given.map((x, i) => x + extra[i]);
              }
            }
            if (lines.length > 1) allocatedMeasure = true;
            return allocate(total, weights);
          };
          const released = part('released');
          const disbursed = part('disbursed');
          const spent = part('spent');
          lines.forEach((a, i) => {
            a.released += released[i];
            a.disbursed += disbursed[i];
            a.spent += spent[i];
            a.base += useReleased ? released[i] : weights[i];
            a.baseSpent += spent[i];
          });
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
  let sourceProjects = (unattributed?.projects ?? 0) + (noSource?.projects ?? 0);
  for (const a of bySource.values()) sourceProjects += a.projects;
  if (unattributed) sourceLines.push(line(unattributed, unit));
  if (noSource) sourceLines.push(line(noSource, unit));
  const methods: string[] = [];
  if (ownSplit) methods.push('台账已按来源分列的执行数按台账填写');
  if (allocatedMeasure || allocatedProjects > 0)
    methods.push(
      `多来源项目（${allocatedProjects}个）未按来源分列的下达、已拨付、已支出按各来源计划金额的比例分摊（精确到分，分摊后各来源之和等于项目数）`,
    );
  if (bySource.size > 0)
    methods.push(
      (sourceProjects > total.projects
        ? `项目个数按来源分别计（一个多来源项目在其每个来源各计一次，故合计${sourceProjects}个多于实际项目${total.projects}个）`
        : '项目个数按来源计') + '；带贫户数计入项目金额最大的来源',
    );
  if (overSourced.projects > 0)
    methods.push(
      `${overSourced.projects}个项目的各来源资金之和大于计划投资（见问题清单），按来源的计划投资照台账各来源金额合计，比项目计划投资合计多${fromFen(overSourced.fen, unit)}${unit}`,
    );
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
    ...(bySource.size > 0 ? { sourceNote: `按资金来源：${methods.join('；')}。` } : {}),
    columns: {
      released: models.some((m) => m.sheet.byKey.released !== undefined),
      disbursed: models.some((m) => m.sheet.byKey.disbursed !== undefined),
      spent: models.some((m) => m.sheet.byKey.spent !== undefined),
      beneficiaryHouseholds: models.some((m) => m.sheet.byKey.beneficiaryHouseholds !== undefined),
    },
  };
  return { funds, rollup };
}
