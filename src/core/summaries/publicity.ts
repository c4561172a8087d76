// 4.9 公示名单: one list per village (a village is never printed beside another), each 序号, 村民小组, 户主姓名,
// 家庭人口数, 户类型/监测对象类别, as two identical column blocks side by side to fill the landscape page. ID numbers
// appear only when asked, and then masked; never 健康状况, 残疾 or phone numbers (public notices must not show them).
import type { HouseholdFigure } from '../types';
import type { SheetSpec } from './sheetSpec';
import { buildTableSheet, type RowInput, type TableColumn } from './layout';
import { maskIdNumber } from './format';
import { normalizeCategory, withOpenNote, type SummaryContext } from './context';
import { personsOf } from './households';

/** The first village's list (the whole list for a one-village ledger). */
export function buildPublicityList(ctx: SummaryContext): SheetSpec {
  return buildPublicityLists(ctx)[0];
}

/** One 公示名单 sheet per village, in the ledger's village order. */
export function buildPublicityLists(ctx: SummaryContext): SheetSpec[] {
  const filter = ctx.options.publicityFilter ?? (() => true);
  const hs = ctx.report.households.filter(filter);
  const villageOrder = new Map(ctx.report.villages.map((v, i) => [v.village, i]));
  const sorted = hs
    .map((h, i) => ({ h, i }))
    .sort(
      (a, b) =>
        (villageOrder.get(a.h.village) ?? 1e9) - (villageOrder.get(b.h.village) ?? 1e9) ||
        a.h.village.localeCompare(b.h.village) ||
        a.i - b.i,
    )
    .map((x) => x.h);
  const byVillage = new Map<string, HouseholdFigure[]>();
  for (const h of sorted) {
    let list = byVillage.get(h.village);
    if (!list) byVillage.set(h.village, (list = []));
    list.push(h);
  }
  if (byVillage.size === 0) byVillage.set('', []);
  const many = byVillage.size > 1;
  return [...byVillage].map(([village, list]) =>
    villageList(ctx, village, list, many ? `公示名单（${village || '未注明村'}）` : '公示名单'),
  );
}

function villageList(
  ctx: SummaryContext,
  villageName: string,
  sorted: HouseholdFigure[],
  name: string,
): SheetSpec {
  const withId = ctx.options.publicityIdNumbers === true;

  const block = (p: string): TableColumn[] => [
    { key: `${p}idx`, path: ['序号'], kind: 'index' },
    { key: `${p}group`, path: ['村民小组'], kind: 'text', width: 9 },
    { key: `${p}head`, path: ['户主姓名'], kind: 'text', width: 10 },
    { key: `${p}size`, path: ['家庭人口数'], kind: 'count', width: 7 },
    { key: `${p}type`, path: ['户类型/监测对象类别'], kind: 'text', width: 14 },
    ...(withId ? [{ key: `${p}id`, path: ['证件号码'], kind: 'text' as const, width: 21 }] : []),
  ];
  const fill = (row: RowInput, p: string, h: HouseholdFigure | undefined, n: number) => {
    row[`${p}idx`] = h ? n : '';
    if (!h) return;
    row[`${p}group`] = h.group ?? '';
    row[`${p}head`] = h.headName ?? '';
    row[`${p}size`] = personsOf(h);
    row[`${p}type`] = h.monitorCategory ? normalizeCategory(h.monitorCategory) : (h.householdType ?? '');
    if (withId) row[`${p}id`] = h.headIdNumber ? maskIdNumber(h.headIdNumber) : '';
  };
  // Paper: each page holds its own left and right halves (序号 1–20 | 21–40 on page 1, then 41–64 | 65–88 …), so
  // a page reads down the left block, then the right; a manual break starts each page, and the last page keeps
  // room for the notes and the seal line (no page with only a header).
  const rows: RowInput[] = [];
  const pageStarts: number[] = [];
  let done = 0;
  for (const take of pageSizes(sorted.length)) {
    const half = Math.ceil(take / 2);
    pageStarts.push(rows.length);
    for (let i = 0; i < half; i++) {
      const row: RowInput = {};
      fill(row, 'L', sorted[done + i], done + i + 1);
      if (half + i < take) fill(row, 'R', sorted[done + half + i], done + half + i + 1);
      else fill(row, 'R', undefined, 0);
      rows.push(row);
    }
    done += take;
  }
  const village = villageName.replace(/村$/, '');
  const area = ctx.area.replace(/[乡镇]$/, '');
  const spec = buildTableSheet({
    name,
    title: `${ctx.area}${villageName}${ctx.yearText}脱贫户和监测对象公示名单`,
    columns: [...block('L'), ...block('R')],
    blocks: [{ rows, noTotal: true }],
    totalsPosition: ctx.totalsPosition,
    reportingUnit: null,
    preamble: [
      `${ctx.options.publicityCounty ?? '________'}县(市、区)  ${area || '________'}乡(镇)  ${village || '________'}村    年度：${ctx.year ?? '____'}年(上半年/下半年)    共${sorted.length}户`,
    ],
    unitLine: '单位：人',
    freezeCols: 0,
    notes: withOpenNote(ctx, [
      '注：本名单县、乡、村各留存一份。' + (withId ? '证件号码仅显示前6位和后4位。' : ''),
    ]),
    footer: '乡(镇)人民政府(盖章)                                        年    月    日',
  });
  const first = spec.dataRowRange?.[0] ?? 0;
  const breaks = pageStarts.slice(1).map((r) => first + r);
  return breaks.length > 0 ? { ...spec, rowBreaks: breaks } : spec;
}

/** Households per printed page: the first page has the title lines above the list; the last keeps room for the
 * notes and the seal line. Two households per row (left and right block). */
export function pageSizes(n: number, first = 40, next = 48, reserve = 8): number[] {
  const out: number[] = [];
  let rest = n;
  let cap = first;
  while (rest > 0) {
    const take = rest + reserve <= cap ? rest : rest > cap ? cap : cap - reserve;
    out.push(take);
    rest -= take;
    cap = next;
  }
  return out.length > 0 ? out : [0];
}
