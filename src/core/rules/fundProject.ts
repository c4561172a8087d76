// v2 project rules of fund ledgers (rules-v2 §20.2–§20.5, row part): 公示 not filled, 公示表 lacking the fields a
// project notice must carry, 产业 / 就业 projects without a 联农带农 mechanism, itemised costs that do not
// multiply out, assets accepted but not registered or standing idle, and projects without a 绩效目标.
import type { RuleContext } from './context';
import type { CellValue } from '../types';
import { cellText, isEmpty, normText } from '../grid/normalise';
import { quote } from '../grid/quote';
import { readAmount, toFenIn, type FundProject, type FundSheetModel } from '../model/funds';
import { YUAN_PER_WAN } from '../profiles/fundTypes';
import { fmtNum, projectCell } from './fundExecution';

const PUBLICITY_KEYS = ['publicityStart', 'publicityEnd', 'publicityPeriod'] as const;
const BENEFIT_TYPE = /产业|就业/;
const BENEFIT_NAME = /产业|种植|养殖|就业|务工/;
const IDLE_STATES = ['闲置', '废弃', '停用', '未使用', '未运营'];
const DONE_STATUS = /^已完成|^已完工|^已验收/;

/** A 资产台账: the asset rules only. */
export function runAssets(ctx: RuleContext, m: FundSheetModel): void {
  for (const p of m.projects) assets(ctx, m, p);
}

export function runProject(ctx: RuleContext, m: FundSheetModel): void {
  publicity(ctx, m);
  publicityFields(ctx, m);
  for (const p of m.projects) {
    benefitLink(ctx, m, p);
    itemised(ctx, m, p);
    assets(ctx, m, p);
    if (m.sheet.byKey.performanceGoal && isEmpty(projectCell(m, p, 'performanceGoal')))
      ctx.emit({
        rule: 'fund.perf-target-missing',
        sheet: m.sheet,
        r: p.r,
        col: 'performanceGoal',
        message: `项目“${quote(p.name)}”未填写绩效目标，请补充（如产出数量、受益户数、带动增收等可衡量的目标）。`,
      });
  }
}

function publicity(ctx: RuleContext, m: FundSheetModel): void {
  const present = PUBLICITY_KEYS.filter((k) => m.sheet.byKey[k]);
  if (present.length === 0) {
    ctx.missingColumn(m.sheet, 'publicityStart', ['fund.publicity-missing']);
    return;
  }
  for (const p of m.projects) {
    if (present.some((k) => !isEmpty(projectCell(m, p, k)))) continue;
    ctx.emit({
      rule: 'fund.publicity-missing',
      sheet: m.sheet,
      r: p.r,
      col: present[0],
      message: `项目“${quote(p.name)}”未填写公示时间。项目资金应按规定公告公示（不少于10天），请补录公示起止时间或补公示。`,
    });
  }
}

/** What a 项目公示 must show (tpl:D, tpl:E), each satisfied by any of its columns. */
const NOTICE_FIELDS: Array<{ label: string; keys: string[] }> = [
  { label: '实施地点', keys: ['location'] },
  { label: '建设内容', keys: ['content'] },
  { label: '实施期限', keys: ['period'] },
  { label: '实施单位', keys: ['owner'] },
  { label: '责任人', keys: ['responsiblePerson'] },
  {
    label: '资金来源',
    keys: ['fundSource', 'sourceCentral', 'sourceProvince', 'sourceCity', 'sourceCounty', 'sourceOther'],
  },
  { label: '资金规模', keys: ['planned', 'subsidy', 'released', 'fundSource'] },
  { label: '绩效目标', keys: ['performanceGoal'] },
  { label: '监督电话', keys: ['supervisionPhone'] },
];

/** A sheet recognised as a 项目公示: name or title contains 公示 / 公告, with a 项目名称 column. */
export function isPublicitySheet(m: FundSheetModel): boolean {
  return m.sheet.byKey.project !== undefined && /公示|公告/.test(`${m.sheet.name}${m.sheet.title ?? ''}`);
}

function publicityFields(ctx: RuleContext, m: FundSheetModel): void {
  if (!isPublicitySheet(m)) return;
  const has = (k: string) => m.sheet.byKey[k] !== undefined;
  // "实施单位及责任人" names both.
  const rp = m.sheet.byKey.responsiblePerson;
  const ownerInRp = rp !== undefined && /单位/.test(rp.header);
  const missing = NOTICE_FIELDS.filter(
    (f) => !f.keys.some(has) && !(f.label === '实施单位' && ownerInRp),
  ).map((f) => f.label);
  if (missing.length === 0) return;
  const toHouseholds = m.projects.some((p) => /到户/.test(`${p.type}${p.name}`));
  const names =
    missing.length > 5 ? `${missing.slice(0, 5).join('、')}等${missing.length}项` : missing.join('、');
  ctx.emit({
    rule: 'fund.publicity-fields-missing',
    sheet: m.sheet,
    r: 0,
    col: 0,
    message: `公示表缺少${names}内容。项目公示应包括实施地点、建设内容、期限、实施单位及责任人、资金来源和规模、绩效目标、监督电话，请补全。${toHouseholds ? '到户项目还应公示受益农户名单。' : ''}`,
  });
}

function benefitLink(ctx: RuleContext, m: FundSheetModel, p: FundProject): void {
  if (!m.sheet.byKey.benefitMechanism) return;
  const industry = m.sheet.byKey.projectType
    ? BENEFIT_TYPE.test(normText(p.type))
    : BENEFIT_NAME.test(p.name);
  if (!industry || !isEmpty(projectCell(m, p, 'benefitMechanism'))) return;
  const what = /就业|务工/.test(p.type || p.name) ? '就业项目' : '产业项目';
  ctx.emit({
    rule: 'fund.no-benefit-link',
    sheet: m.sheet,
    r: p.r,
    col: 'benefitMechanism',
    message: `${what}“${quote(p.name)}”未填写联农带农（利益联结）机制，请写明带动脱贫户、监测对象增收的方式（如务工、分红、订单收购）。`,
  });
}

/** Unit of a column from its header ("单价（元）"), else the sheet's. */
function columnUnit(m: FundSheetModel, key: string): '元' | '万元' {
  const path = normText(m.sheet.byKey[key]?.path.join('') ?? '');
  if (/\(万元/.test(path) || /万元\)?$/.test(path)) return '万元';
  if (/\(元/.test(path) || /元\/|元\)$/.test(path)) return '元';
  return m.unit;
}

/** An amount cell in 元 (its own unit, else the column's). */
function yuanOf(m: FundSheetModel, key: string, raw: CellValue): number | null {
  const unit = columnUnit(m, key);
  const read = readAmount(raw, unit);
  if (!read || read.value === null) return null;
  return unit === '万元' ? read.value * YUAN_PER_WAN : read.value;
}

/** "20个×5000元=10万元": 数量, 量词, 单价 (元), 小计 and its unit as written. */
const ITEM_RE =
  /(\d+(?:\.\d+)?)\s*([^\d\s×xX*＊,，;；、。=＝:：()（）]{0,4}?)\s*[×xX*＊]\s*(\d+(?:\.\d+)?)\s*(万元|元)(?:\/[^\d=＝,，;；、]{1,3})?\s*[=＝]\s*(\d+(?:\.\d+)?)\s*(万元|元)/g;

interface Item {
  text: string;
  qty: number;
  priceYuan: number;
  subtotalYuan: number;
  /** Half a unit of the subtotal's last written digit, in 元. */
  tolYuan: number;
  unit: '万元' | '元';
}

export function parseItems(text: string): Item[] {
  const out: Item[] = [];
  const t = text.replace(/（/g, '(').replace(/）/g, ')');
  for (const m of t.matchAll(ITEM_RE)) {
    const per = (u: string) => (u === '万元' ? YUAN_PER_WAN : 1);
    const decimals = (m[5].split('.')[1] ?? '').length;
    out.push({
      text: m[0],
      qty: Number(m[1]),
      priceYuan: Number(m[3]) * per(m[4]),
      subtotalYuan: Number(m[5]) * per(m[6]),
      tolYuan: Math.max(1, 0.5 * 10 ** -decimals * per(m[6])),
      unit: m[6] as Item['unit'],
    });
  }
  return out;
}

function itemised(ctx: RuleContext, m: FundSheetModel, p: FundProject): void {
  const { sheet } = m;
  const problems: string[] = [];
  let col: string | null = null;
  // (a) 数量 × 补助标准 (单价) = 金额.
  if (sheet.byKey.quantity && sheet.byKey.unitCost && sheet.byKey.itemAmount) {
    const q = readAmount(projectCell(m, p, 'quantity'), '元');
    const price = yuanOf(m, 'unitCost', projectCell(m, p, 'unitCost'));
    const amount = yuanOf(m, 'itemAmount', projectCell(m, p, 'itemAmount'));
    if (q?.value != null && price !== null && amount !== null) {
      const expected = q.value * price;
      if (Math.abs(expected - amount) > 1 + 1e-6) {
        const u = columnUnit(m, 'itemAmount');
        const show = (y: number) => `${fmtNum(u === '万元' ? y / YUAN_PER_WAN : y)}${u}`;
        problems.push(
          `数量${fmtNum(q.value)}×${sheet.byKey.unitCost.header}${fmtNum(price)}元=${show(expected)}，${sheet.byKey.itemAmount.header}填写为${show(amount)}`,
        );
        col = 'itemAmount';
      }
    }
  }
  // (b) items written in 建设内容, and their sum against the row's 补助金额 (else 计划投资).
  if (sheet.byKey.content) {
    const items = parseItems(cellText(projectCell(m, p, 'content')));
    for (const it of items) {
      const expected = it.qty * it.priceYuan;
      if (Math.abs(expected - it.subtotalYuan) <= it.tolYuan) continue;
      const per = it.unit === '万元' ? YUAN_PER_WAN : 1;
      problems.push(`建设内容“${quote(it.text)}”计算不符（应为${fmtNum(expected / per)}${it.unit}）`);
      col ??= 'content';
    }
    const totalKey = (['subsidy', 'planned'] as const).find((k) => sheet.byKey[k] && p.nums[k] !== undefined);
    if (items.length > 0 && totalKey && problems.length === 0) {
      const sum = items.reduce((s, it) => s + it.subtotalYuan, 0);
      const tol = items.reduce((s, it) => s + it.tolYuan, 0);
      const statedYuan = (toFenIn(p.nums[totalKey]!, '元') / 100) * (m.unit === '万元' ? YUAN_PER_WAN : 1);
      if (Math.abs(sum - statedYuan) > tol + 1e-6) {
        const per = m.unit === '万元' ? YUAN_PER_WAN : 1;
        problems.push(
          `建设内容各项小计合计${fmtNum(sum / per)}${m.unit}，与${sheet.byKey[totalKey].header}${fmtNum(p.nums[totalKey]!)}${m.unit}不符`,
        );
        col ??= 'content';
      }
    }
  }
  if (problems.length === 0 || !col) return;
  const shown = problems.length > 5 ? [...problems.slice(0, 5), `等${problems.length}项`] : problems;
  ctx.emit({
    rule: 'fund.itemised-cost-mismatch',
    sheet,
    r: p.r,
    col,
    message: `${shown.join('；')}。请核对数量、单价或金额。`,
  });
}

function assets(ctx: RuleContext, m: FundSheetModel, p: FundProject): void {
  const { sheet } = m;
  const label = cellText(projectCell(m, p, 'assetName')) || p.name;
  const accepted =
    p.dates.acceptanceDate !== undefined || DONE_STATUS.test(normText(projectCell(m, p, 'projectStatus')));
  if (accepted) {
    const empty = (['assetOwner', 'assetManager'] as const).filter(
      (k) => sheet.byKey[k] && isEmpty(projectCell(m, p, k)),
    );
    if (empty.length > 0)
      ctx.emit({
        rule: 'fund.asset-unregistered',
        sheet,
        r: p.r,
        col: empty[0],
        message: `项目“${quote(label)}”已${p.dates.acceptanceDate ? '验收' : '完成'}，未明确${empty.map((k) => sheet.byKey[k].header).join('、')}，请按规定办理资产登记和移交。`,
      });
  }
  if (sheet.byKey.assetStatus) {
    const state = normText(projectCell(m, p, 'assetStatus'));
    if (state && IDLE_STATES.some((s) => state.includes(s)))
      ctx.emit({
        rule: 'fund.asset-idle',
        sheet,
        r: p.r,
        col: 'assetStatus',
        message: `资产“${quote(label)}”${sheet.byKey.assetStatus.header}为“${quote(state)}”，请制定盘活措施（如出租、转产、调剂使用），并在资产台账中说明。`,
      });
  }
}
