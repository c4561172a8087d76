// Fund / project ledgers (rules.md "Fund / project ledgers", formulas.md §1 and §7): order of the amounts
// (已支出 ≤ 已拨付 ≤ 下达 ≤ 计划投资, 补助 ≤ 总投资), source splits, 支出进度, 合计/小计 rows, dates and 公示, 带贫户数,
// unit plausibility, duplicates and the 产业发展 share. Also the numeric and date cells of fund sheets (field.number,
// field.text-number, field.date — fields.ts covers household and person sheets only), continuation rows and
// unlabelled 小计 rows. Amounts are compared in integer 分 with config.incomeTolerance (元).
import type { RuleContext } from './context';
import { quote } from '../grid/quote';
import type { ParsedSheet } from '../types';
import { cellText, daysBetween, formatYMD, normText } from '../grid/normalise';
import { columnLabel } from '../profiles/synonyms';
import {
  AMOUNT_KEYS,
  COUNT_KEYS,
  SOURCE_KEYS,
  compareDateCells,
  fromFen,
  fundModel,
  industryShare,
  progressOf,
  toFenIn,
  type DateCell,
  type FundSheetModel,
  type NumKey,
} from '../model/funds';
import { isAssetRegister } from '../model/fundLists';
import { runExecution } from './fundExecution';
import { isPublicitySheet, runAssets, runProject } from './fundProject';
import { runLists } from './fundLists';
import { runPerf } from './fundPerf';
import {
  BENEFICIARY_TYPE_RE,
  INDUSTRY_TYPE_RE,
  PROGRESS_TOLERANCE,
  WAN_SUSPECT_ABOVE,
  YUAN_PER_WAN,
  YUAN_SUSPECT_DECIMALS,
} from '../profiles/fundTypes';

/** Amount as shown in a message: up to 6 decimals (万元 to the 分), no trailing zeros. */
export function fmtAmount(v: number): string {
  return String(Number(v.toFixed(6)));
}

function fmtPct(v: number): string {
  return String(Number(v.toFixed(2)));
}

function decimals(v: number): number {
  const s = String(Number(v.toPrecision(15)));
  if (/e/i.test(s)) return 0;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Header text of a column as the clerk wrote it (falls back to the logical label). */
function headerOf(sheet: ParsedSheet, key: string): string {
  const c = sheet.byKey[key];
  return c ? c.path[c.path.length - 1] || columnLabel(key) : columnLabel(key);
}

export function run(ctx: RuleContext): void {
  const tolFen = Math.round(ctx.config.incomeTolerance * 100);
  for (const sheet of ctx.ledger.fundSheets) {
    const m = fundModel(sheet, tolFen);
    cellsAndRows(ctx, m);
    rowRules(ctx, m);
    totalRules(ctx, m);
    duplicates(ctx, m);
    share(ctx, m);
    runExecution(ctx, m);
    runProject(ctx, m);
  }
  // v2: 资产台账, 受益农户名单 and the performance forms.
  for (const sheet of ctx.ledger.sheets) if (isAssetRegister(sheet)) runAssets(ctx, fundModel(sheet, tolFen));
  runLists(ctx);
  runPerf(ctx);
}

/** field.number / field.text-number / field.date / field.required, continuation rows, unlabelled 小计. */
function cellsAndRows(ctx: RuleContext, m: FundSheetModel): void {
  const { sheet, unit } = m;
  for (const c of m.cells) {
    const label = headerOf(sheet, c.key);
    const isAmount = (AMOUNT_KEYS as readonly string[]).includes(c.key);
    const raw = cellText(c.raw);
    if (c.kind === 'invalid') {
      const what = isAmount
        ? `准确的金额（单位：${unit}），不能写“约”“左右”等字样`
        : c.key === 'progress'
          ? '百分数（如94.8或94.8%）'
          : '准确的整数';
      ctx.emit({
        rule: 'field.number',
        sheet,
        r: c.r,
        col: c.key,
        value: c.raw,
        message: `“${label}”填写为“${quote(raw)}”，不是有效数字，本行与之相关的核对已跳过。应填写${what}。请改为准确数字。`,
      });
    } else if (c.kind === 'converted' || (c.kind === 'text' && c.cellUnit !== '%')) {
      // Readable, but as text (or with its own unit): read correctly, offered as a one-click fix.
      const converted = c.kind === 'converted';
      ctx.emit({
        rule: 'field.text-number',
        sheet,
        r: c.r,
        col: c.key,
        value: c.raw,
        fixTo: c.value!,
        fixLabel: converted ? `换算为${unit}` : '文本转为数字',
        message: converted
          ? `“${label}”填写为“${quote(raw)}”，自带单位${c.cellUnit}，本表单位为${unit}，已换算为${fmtAmount(c.value!)}${unit}读取。建议只填数字，单位统一按表头上方的“单位：${unit}”。`
          : `“${label}”的“${quote(raw)}”是以文本存储的数字，已按${fmtAmount(c.value!)}读取。建议转为数字格式，以免求和出错。`,
      });
    }
  }
  for (const d of m.badDates) {
    const label = headerOf(sheet, d.col);
    ctx.emit({
      rule: 'field.date',
      sheet,
      r: d.r,
      col: d.col,
      value: d.raw,
      message:
        d.reason === 'period'
          ? `“${label}”填写为“${quote(d.raw)}”，无法识别为起止日期，公示期检查已跳过。请按“2023年6月9日—6月19日”或“2023-06-09至2023-06-19”填写。`
          : `“${label}”填写为“${quote(d.raw)}”，无法识别为日期。请按“2024-03-05”或“2024年3月5日”填写。`,
    });
  }
  for (const r of m.unnamed) {
    ctx.emit({
      rule: 'field.required',
      sheet,
      r,
      col: 'project',
      message: `第${r + 1}行有序号“${quote(sheet.grid[r]?.[sheet.byKey.seq?.index ?? -1])}”但“项目名称”为空。请补录项目名称；如该行是上一项目的续行，请删除序号。`,
    });
  }
  const byRow = new Map(m.projects.map((p) => [p.r, p]));
  for (const c of m.continuations) {
    const p = byRow.get(c.into);
    ctx.emit({
      rule: 'fund.continuation-row',
      sheet,
      r: c.r,
      col: 'project',
      message: c.merged
        ? `第${c.r + 1}行的项目名称与第${c.into + 1}行合并，已作为同一项目“${quote(p?.name ?? '')}”读取（金额相加）。建议取消合并，一个项目只占一行。`
        : `第${c.r + 1}行没有项目名称和序号，已作为第${c.into + 1}行项目“${quote(p?.name ?? '')}”的续行合并读取（金额相加，其余内容补入空项）。建议把该行内容并入项目所在行，一个项目只占一行。`,
    });
  }
  for (const t of m.totals) {
    if (t.labelled) continue;
    const first = t.members[0]?.r ?? t.r;
    const last = t.members[t.members.length - 1]?.r ?? t.r;
    ctx.emit({
      rule: 'sheet.totals-row',
      sheet,
      r: t.r,
      message: `第${t.r + 1}行没有“小计/合计”字样，但各金额等于第${first + 1}—${last + 1}行${t.members.length}个项目之和，已识别为${t.kind === 'grand' ? '合计' : '小计'}行，不作为项目统计。建议在该行注明“${t.kind === 'grand' ? '合计' : '小计'}”。`,
    });
  }
}

function rowRules(ctx: RuleContext, m: FundSheetModel): void {
  const { sheet, unit: u } = m;
  const has = (k: string) => sheet.byKey[k] !== undefined;
  const tol = m.tolFen;
  const fen = (v: number) => toFenIn(v, u);
  const a = (v: number) => `${fmtAmount(v)}${u}`;
  const L = (k: string) => headerOf(sheet, k);
  // A 项目公示 is published before any spending: no 已支出 column expected there.
  if (!has('spent')) {
    if (!isPublicitySheet(m))
      ctx.missingColumn(sheet, 'spent', [
        'fund.spent-exceeds-allocated',
        'fund.progress-mismatch',
        'fund.paid-not-accepted',
      ]);
  } else if (!has('disbursed') && !has('released'))
    ctx.missingColumn(sheet, 'disbursed', ['fund.spent-exceeds-allocated']);
  if (!has('planned') && (has('released') || has('subsidy')))
    ctx.missingColumn(
      sheet,
      'planned',
      [
        has('released') ? 'fund.allocated-exceeds-planned' : '',
        has('subsidy') ? 'fund.subsidy-exceeds-investment' : '',
      ].filter(Boolean),
    );
  if (!has('projectType'))
    ctx.missingColumn(sheet, 'projectType', ['fund.no-beneficiaries', 'fund.industry-share']);
  else if (!has('beneficiaryHouseholds') && !has('beneficiaryPersons'))
    ctx.missingColumn(sheet, 'beneficiaryHouseholds', ['fund.no-beneficiaries']);

  const invalid = new Set(m.cells.filter((c) => c.kind === 'invalid').map((c) => `${c.r}:${c.key}`));
  const projectRows = new Set(m.projects.flatMap((p) => p.rows));
  const sourceKeys = SOURCE_KEYS.filter(has);
  const minDays = ctx.config.publicityMinDays;

  // fund.unit-suspect, cell by cell on project rows.
  for (const c of m.cells) {
    if (!projectRows.has(c.r) || c.value === null || !(AMOUNT_KEYS as readonly string[]).includes(c.key))
      continue;
    if (u === '万元' && c.value > WAN_SUSPECT_ABOVE) {
      ctx.emit({
        rule: 'fund.unit-suspect',
        sheet,
        r: c.r,
        col: c.key,
        value: c.raw,
        message: `“${L(c.key)}”为${fmtAmount(c.value)}，本表单位为万元，即${fmtAmount(c.value / YUAN_PER_WAN)}亿元，明显偏大，疑似按元填写（按元应为${fmtAmount(c.value / YUAN_PER_WAN)}万元）。请核对金额及单位。`,
      });
    } else if (u === '元' && decimals(c.value) >= YUAN_SUSPECT_DECIMALS) {
      ctx.emit({
        rule: 'fund.unit-suspect',
        sheet,
        r: c.r,
        col: c.key,
        value: c.raw,
        message: `“${L(c.key)}”为${fmtAmount(c.value)}元，有${decimals(c.value)}位小数（以元为单位最多到分，2位小数），疑似按万元填写。请核对表头上方的单位（“单位：元/万元”）和本金额。`,
      });
    }
  }

  for (const p of m.projects) {
    const n = p.nums;
    const bad = (k: NumKey) => invalid.has(`${p.r}:${k}`);
    // 已支出 ≤ 已拨付 (到位); without an 已拨付 column, ≤ 下达.
    const allocKey = has('disbursed') ? 'disbursed' : has('released') ? 'released' : null;
    if (
      allocKey &&
      n.spent !== undefined &&
      n[allocKey] !== undefined &&
      fen(n.spent) - fen(n[allocKey]!) > tol
    ) {
      ctx.emit({
        rule: 'fund.spent-exceeds-allocated',
        sheet,
        r: p.r,
        col: 'spent',
        value: n.spent,
        message: `${L('spent')}${a(n.spent)}超过${L(allocKey)}${a(n[allocKey]!)}（多${a(fromFen(fen(n.spent) - fen(n[allocKey]!), u))}）。已支出不能大于已拨付（到位）资金，请核对两项金额。`,
      });
    }
    // 已拨付 ≤ 下达 ≤ 计划投资: one finding per row, the first link of the chain that breaks.
    let allocMsg: { col: NumKey; text: string } | null = null;
    if (
      has('released') &&
      has('planned') &&
      n.released !== undefined &&
      n.planned !== undefined &&
      fen(n.released) - fen(n.planned) > tol
    )
      allocMsg = {
        col: 'released',
        text: `${L('released')}${a(n.released)}超过${L('planned')}${a(n.planned)}`,
      };
    else if (has('disbursed') && n.disbursed !== undefined) {
      const capKey =
        has('released') && n.released !== undefined
          ? 'released'
          : has('planned') && n.planned !== undefined
            ? 'planned'
            : null;
      if (capKey && fen(n.disbursed) - fen(n[capKey]!) > tol)
        allocMsg = {
          col: 'disbursed',
          text: `${L('disbursed')}${a(n.disbursed)}超过${L(capKey)}${a(n[capKey]!)}`,
        };
    }
    if (allocMsg)
      ctx.emit({
        rule: 'fund.allocated-exceeds-planned',
        sheet,
        r: p.r,
        col: allocMsg.col,
        value: n[allocMsg.col],
        message: `${allocMsg.text}。应满足 已拨付 ≤ 下达 ≤ 计划投资，请核对各项金额，计划调整的应先调整计划投资。`,
      });
    // 补助（财政）资金 ≤ 总投资.
    if (
      has('subsidy') &&
      has('planned') &&
      n.subsidy !== undefined &&
      n.planned !== undefined &&
      fen(n.subsidy) - fen(n.planned) > tol
    )
      ctx.emit({
        rule: 'fund.subsidy-exceeds-investment',
        sheet,
        r: p.r,
        col: 'subsidy',
        value: n.subsidy,
        message: `${L('subsidy')}${a(n.subsidy)}超过${L('planned')}${a(n.planned)}。补助（财政）资金不能大于项目总投资，请核对补助金额或总投资。`,
      });
    // 中央 + 省 + 市 + 县 (+ 其他) = the row's total (计划投资, else 下达, else 补助).
    if (sourceKeys.length >= 2 && sourceKeys.some((k) => n[k] !== undefined) && !sourceKeys.some(bad)) {
      const targetKey = (['planned', 'released', 'subsidy'] as const).find(
        (k) => has(k) && n[k] !== undefined,
      );
      if (targetKey) {
        const sum = sourceKeys.reduce((s, k) => s + fen(n[k] ?? 0), 0);
        const diff = sum - fen(n[targetKey]!);
        // Without an 其他/自筹 column the government sources may add up to the 补助 rather than the total.
        const altOk = !has('sourceOther') && n.subsidy !== undefined && Math.abs(sum - fen(n.subsidy)) <= tol;
        if (Math.abs(diff) > tol && !altOk) {
          const parts = sourceKeys.map((k) => `${L(k)}${fmtAmount(n[k] ?? 0)}`).join('+');
          ctx.emit({
            rule: 'fund.sources-mismatch',
            sheet,
            r: p.r,
            col: targetKey,
            value: n[targetKey],
            message: `资金来源合计${a(fromFen(sum, u))}（${parts}）与${L(targetKey)}${a(n[targetKey]!)}不符，${diff > 0 ? '多' : '少'}${a(fromFen(Math.abs(diff), u))}。请核对各资金来源金额或${L(targetKey)}。`,
          });
        }
      }
    }
    progressRule(ctx, m, p.r, n, p.progress);
    // Dates: 开工 ≤ 完工 ≤ 验收; 公示 end ≥ start and long enough.
    const d = p.dates;
    const order = (x: DateCell | undefined, y: DateCell | undefined, xl: string, yl: string) => {
      if (!x?.date || !y?.date || compareDateCells(x, y) <= 0) return;
      ctx.emit({
        rule: 'fund.date-order',
        sheet,
        r: y.r,
        col: y.col,
        message: `${yl}${formatYMD(y.date)}早于${xl}${formatYMD(x.date)}。应为 开工 ≤ 完工 ≤ 验收，请核对两个日期。`,
      });
    };
    order(d.startDate, d.completionDate, L('startDate'), L('completionDate'));
    order(d.completionDate, d.acceptanceDate, L('completionDate'), L('acceptanceDate'));
    const ps = d.publicityStart;
    const pe = d.publicityEnd;
    if (ps?.date && pe?.date) {
      const days = daysBetween(ps.date, pe.date);
      const where = pe.col === 'publicityPeriod' ? L('publicityPeriod') : '';
      if (days < 0)
        ctx.emit({
          rule: 'fund.date-order',
          sheet,
          r: pe.r,
          col: pe.col,
          message: `${where}公示结束日期${formatYMD(pe.date)}早于开始日期${formatYMD(ps.date)}。请核对公示起止日期。`,
        });
      else if (days < minDays)
        ctx.emit({
          rule: 'fund.publicity-short',
          sheet,
          r: pe.r,
          col: pe.col,
          message: `${where}公示期${formatYMD(ps.date)}至${formatYMD(pe.date)}共${days}天（按日历日之差计算），少于规定的${minDays}天。请核对公示日期，公示期不足的应补足公示。`,
        });
    }
    // 产业 / 就业 projects must name the households they lift.
    if (has('projectType') && BENEFICIARY_TYPE_RE.test(normText(p.type))) {
      const bk = has('beneficiaryHouseholds')
        ? 'beneficiaryHouseholds'
        : has('beneficiaryPersons')
          ? 'beneficiaryPersons'
          : null;
      if (bk && !bad(bk) && !n[bk])
        ctx.emit({
          rule: 'fund.no-beneficiaries',
          sheet,
          r: p.r,
          col: bk,
          message: `${p.type}项目“${quote(p.name)}”的${L(bk)}${n[bk] === 0 ? '为0' : '为空'}。产业、就业项目应填写带动（受益）的脱贫户、监测户数量，请补录；确无带贫的请在备注中说明。`,
        });
    }
    // Fully paid (已支出 ≥ 下达 or 计划) but no 验收 date.
    if (
      has('acceptanceDate') &&
      !d.acceptanceDate &&
      !m.badDates.some((b) => p.rows.includes(b.r) && b.col === 'acceptanceDate')
    ) {
      const { baseValue, base } = progressOf(sheet, n);
      if (
        base &&
        baseValue !== null &&
        baseValue > 0 &&
        n.spent !== undefined &&
        fen(baseValue) - fen(n.spent) <= tol
      )
        ctx.emit({
          rule: 'fund.paid-not-accepted',
          sheet,
          r: p.r,
          col: 'acceptanceDate',
          message: `项目“${quote(p.name)}”已支出${a(n.spent)}，已达${L(base)}${a(baseValue)}（资金已全部支付），但${L('acceptanceDate')}为空。项目应验收后再全额支付，请补录验收时间或核实支付情况。`,
        });
    }
  }
}

function progressRule(
  ctx: RuleContext,
  m: FundSheetModel,
  r: number,
  nums: Partial<Record<NumKey, number>>,
  stored: { value: number; r: number } | null,
): void {
  if (!stored) return;
  const { sheet } = m;
  const { percent, base, baseValue } = progressOf(sheet, nums);
  if (percent === null || !base || baseValue === null) return;
  const diff = stored.value - percent;
  if (Math.abs(diff) <= PROGRESS_TOLERANCE + 1e-9) return;
  const L = (k: string) => headerOf(sheet, k);
  const hints: string[] = [];
  if (!m.fractionProgress && Math.abs(stored.value * 100 - percent) <= PROGRESS_TOLERANCE)
    hints.push('该值像是以小数填写的比例，而本列其他行是百分数');
  if (base === 'released' && nums.planned) {
    const alt = ((nums.spent ?? 0) / nums.planned) * 100;
    if (Math.abs(stored.value - alt) <= PROGRESS_TOLERANCE)
      hints.push(`它等于按${L('planned')}计算的进度，请统一按${L('released')}计算`);
  }
  const raw = sheet.grid[stored.r]?.[sheet.byKey.progress.index];
  const rounded = Number(percent.toFixed(2));
  const fixTo =
    typeof raw === 'string' && raw.includes('%')
      ? `${rounded}%`
      : m.fractionProgress
        ? Number((percent / 100).toFixed(4))
        : rounded;
  ctx.emit({
    rule: 'fund.progress-mismatch',
    sheet,
    r: stored.r,
    col: 'progress',
    value: raw,
    fixTo,
    fixLabel: '按已支出重算支出进度',
    message: `${L('progress')}填写为${fmtPct(stored.value)}%，按${L('spent')}${fmtAmount(nums.spent ?? 0)} ÷ ${L(base)}${fmtAmount(baseValue)} × 100 计算应为${fmtPct(percent)}%（相差${fmtPct(Math.abs(diff))}个百分点）${hints.length ? `；${hints.join('；')}` : ''}。请更正支出进度。`,
  });
}

/** 小计 = Σ its rows; 合计 = Σ all projects; each total row's own 支出进度. */
function totalRules(ctx: RuleContext, m: FundSheetModel): void {
  const { sheet, unit: u } = m;
  for (const t of m.totals) {
    if (t.members.length > 0) {
      const first = t.members[0].r + 1;
      const last = t.members[t.members.length - 1].r + 1;
      const scope =
        t.kind === 'grand'
          ? `全部${t.members.length}个项目`
          : `第${first}—${last}行${t.members.length}个项目`;
      const subtotals = m.totals.filter((x) => x.kind === 'subtotal');
      for (const key of [...AMOUNT_KEYS, ...COUNT_KEYS]) {
        const v = t.nums[key];
        if (v === undefined) continue;
        const isAmount = (AMOUNT_KEYS as readonly string[]).includes(key);
        const tol = isAmount ? m.tolFen : 0;
        const sum = t.members.reduce((s, p) => s + toFenIn(p.nums[key] ?? 0, u), 0);
        const diff = toFenIn(v, u) - sum;
        if (Math.abs(diff) <= tol) continue;
        const unitText = isAmount ? u : '';
        let hint = '';
        if (t.kind === 'grand' && subtotals.length > 0) {
          const subSum = subtotals.reduce((s, x) => s + toFenIn(x.nums[key] ?? 0, u), 0);
          if (Math.abs(toFenIn(v, u) - subSum) <= tol) hint = '（它等于各小计之和，说明有小计行求和有误）';
        }
        ctx.emit({
          rule: 'fund.total-mismatch',
          sheet,
          r: t.r,
          col: key,
          value: v,
          message: `“${t.label || '小计'}”行的${headerOf(sheet, key)}为${fmtAmount(v)}${unitText}，但${scope}之和为${fmtAmount(fromFen(sum, u))}${unitText}，${diff > 0 ? '多' : '少'}${fmtAmount(fromFen(Math.abs(diff), u))}${unitText}${hint}。请按所属各行重新求和。`,
        });
      }
    }
    progressRule(ctx, m, t.r, t.nums, t.progress);
  }
}

function duplicates(ctx: RuleContext, m: FundSheetModel): void {
  const { sheet } = m;
  const seen = new Map<string, number>();
  const hasLoc = sheet.byKey.location !== undefined;
  for (const p of m.projects) {
    const name = normText(p.name);
    if (!name) continue;
    const key = `${name}\u0000${hasLoc ? normText(p.location) : ''}`;
    const firstRow = seen.get(key);
    if (firstRow === undefined) {
      seen.set(key, p.r);
      continue;
    }
    ctx.emit({
      rule: 'fund.duplicate-project',
      sheet,
      r: p.r,
      col: 'project',
      value: p.name,
      message: `项目“${quote(p.name)}”${hasLoc ? `（${headerOf(sheet, 'location')}：${p.location || '空'}）` : ''}与第${firstRow + 1}行重复。同一项目不应重复列示，请删除重复行或在项目名称中区分（如分期、分批）。`,
    });
  }
}

function share(ctx: RuleContext, m: FundSheetModel): void {
  const { sheet, unit: u } = m;
  const s = industryShare(m, INDUSTRY_TYPE_RE);
  if (!s) return;
  const percent = (s.numerator / s.denominator) * 100;
  const min = ctx.config.industryShareMin;
  if (percent >= min) return;
  const baseLabel = s.base === 'central' ? '中央衔接资金' : '衔接资金（资金来源未分列，按全部项目资金计）';
  const grand = m.totals.find((t) => t.kind === 'grand');
  const col = s.base === 'central' ? 'sourceCentral' : 'projectType';
  ctx.emit({
    rule: 'fund.industry-share',
    sheet,
    r: grand ? grand.r : (sheet.headerRows[sheet.headerRows.length - 1] ?? 1) - 1,
    col,
    message: `产业发展项目使用${s.base === 'central' ? '中央衔接资金' : '资金'}${fmtAmount(s.numerator)}${u}，占${baseLabel}${fmtAmount(s.denominator)}${u}的${fmtPct(percent)}%，低于要求的${min}%。请核对项目类型是否填写准确，或按要求调整资金安排。`,
  });
}
