// 4.9 公示名单: 序号, 村民小组, 户主姓名, 家庭人口数, 户类型/监测对象类别, printed as two identical column blocks
// side by side to fill the landscape page. ID numbers appear only when asked, and then masked.
import type { HouseholdFigure } from '../types';
import type { SheetSpec } from './sheetSpec';
import { buildTableSheet, type RowInput, type TableColumn } from './layout';
import { maskIdNumber } from './format';
import { normalizeCategory, titleOf, withOpenNote, type SummaryContext } from './context';
import { personsOf } from './households';

export function buildPublicityList(ctx: SummaryContext): SheetSpec {
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
  const villages = [...new Set(sorted.map((h) => h.village))];
  const multiVillage = villages.length > 1;
  const withId = ctx.options.publicityIdNumbers === true;

  const block = (p: string): TableColumn[] => [
    { key: `${p}idx`, path: ['序号'], kind: 'index' },
    ...(multiVillage ? [{ key: `${p}village`, path: ['行政村'], kind: 'text' as const, width: 10 }] : []),
    { key: `${p}group`, path: ['村民小组'], kind: 'text', width: 9 },
    { key: `${p}head`, path: ['户主姓名'], kind: 'text', width: 10 },
    { key: `${p}size`, path: ['家庭人口数'], kind: 'count', width: 7 },
    { key: `${p}type`, path: ['户类型/监测对象类别'], kind: 'text', width: 14 },
    ...(withId ? [{ key: `${p}id`, path: ['证件号码'], kind: 'text' as const, width: 21 }] : []),
  ];
  const fill = (row: RowInput, p: string, h: HouseholdFigure | undefined, n: number) => {
    row[`${p}idx`] = h ? n : '';
    if (!h) return;
    if (multiVillage) row[`${p}village`] = h.village;
    row[`${p}group`] = h.group ?? '';
    row[`${p}head`] = h.headName ?? '';
    row[`${p}size`] = personsOf(h);
    row[`${p}type`] = h.monitorCategory ? normalizeCategory(h.monitorCategory) : (h.householdType ?? '');
    if (withId) row[`${p}id`] = h.headIdNumber ? maskIdNumber(h.headIdNumber) : '';
  };
  const half = Math.ceil(sorted.length / 2);
  const rows: RowInput[] = [];
  for (let i = 0; i < half; i++) {
    const row: RowInput = {};
    fill(row, 'L', sorted[i], i + 1);
    fill(row, 'R', sorted[half + i], half + i + 1);
    rows.push(row);
  }
  const single = villages.length === 1 ? villages[0] : '';
  const village = single.replace(/村$/, '');
  const area = ctx.area.replace(/[乡镇]$/, '');
  return buildTableSheet({
    name: '公示名单',
    title: titleOf(ctx, '脱贫户和监测对象公示名单'),
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
}
