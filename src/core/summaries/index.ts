// One click: every summary sheet a report supports, in the order reports use them.
import type { Config } from '../config/schema';
import type { Report } from '../types';
import type { SheetSpec } from './sheetSpec';
import { buildBasicSummary } from './basic';
import { makeContext, type SummaryOptions } from './context';
import { buildFindingsSummary, buildRectificationLists, RECTIFICATION_SHEET } from './findings';
import { uniqueSheetNames } from './format';
import { buildFundSummary } from './funds';
import {
  buildCauseSummary,
  buildGuaranteeSummary,
  buildHelperSummary,
  buildIncomeBandSummary,
  buildIncomeSummary,
} from './households';
import { narrativeOf } from './narrative';
import { resolveTables, SUMMARY_TABLES, type SummaryTableId } from './catalog';
import { narrowReport, placesText, resolvePlaces } from './select';
import { buildExplanationSheet } from './explanation';
import { buildAgeSummary, buildPeriodSummary } from './people';
import { buildVillageExitChecklist, buildWorkSummary } from './work';
import { buildPublicityLists } from './publicity';

export interface SummaryBook {
  specs: SheetSpec[];
  /** Tables asked for (or part of the default set) that the ledger gives no data for, with the reason. */
  skipped: Array<{ id: SummaryTableId; name: string; reason: string }>;
}

/**
 * The summary sheets, in the order reports use them: all that the ledger supports, or `options.tables` only;
 * for all villages, or `options.villages` (villages or townships) only. Throws SummarySelectionError (Chinese
 * message) for a table or place name that does not exist.
 */
export function buildSummaryBook(report: Report, config: Config, options: SummaryOptions = {}): SummaryBook {
  const chosen = options.tables && options.tables.length > 0 ? resolveTables(options.tables) : null;
  const places =
    options.villages && options.villages.length > 0 ? resolvePlaces(report, options.villages) : null;
  const ctx = makeContext(places ? narrowReport(report, places) : report, config, options);
  if (places) {
    // Sentences speak of the chosen places ("东山村共有脱贫户…", not "全镇"); one village names itself in titles.
    ctx.scope = placesText(places);
    const one = places.villages.length === 1 && places.townships.length === 0 ? places.villages[0] : null;
    if (one && !options.areaName && !ctx.area.endsWith(one)) ctx.area = `${ctx.area}${one}`;
  }
  const r = ctx.report;
  const want = (id: SummaryTableId) => chosen === null || chosen.includes(id);
  const written: Array<{ id: SummaryTableId; specs: SheetSpec[] }> = [];
  const skipped: SummaryBook['skipped'] = [];
  const add = (id: SummaryTableId, make: () => SheetSpec | SheetSpec[] | null, reason: string) => {
    if (!want(id)) return;
    const made = make();
    const list = made === null ? [] : Array.isArray(made) ? made : [made];
    if (list.length > 0) written.push({ id, specs: list });
    // Said only when the clerk asked for the table, or when it is one a report expects from this ledger.
    else skipped.push({ id, name: SUMMARY_TABLES.find((t) => t.id === id)!.name, reason });
  };
  const hasHouseholds = r.households.length > 0;
  const noLedger = '台账中没有户数据';
  add('basic', () => (r.villages.length > 0 ? buildBasicSummary(ctx, narrativeOf(ctx)) : null), noLedger);
  add('income', () => (hasHouseholds ? buildIncomeSummary(ctx) : null), noLedger);
  add('income-bands', () => (hasHouseholds ? buildIncomeBandSummary(ctx) : null), noLedger);
  add('causes', () => (hasHouseholds ? buildCauseSummary(ctx) : null), noLedger);
  add('guarantees', () => (hasHouseholds ? buildGuaranteeSummary(ctx, RECTIFICATION_SHEET) : null), noLedger);
  add('helpers', () => (hasHouseholds ? buildHelperSummary(ctx) : null), noLedger);
  add('ages', () => buildAgeSummary(ctx), '台账中没有证件号码或出生日期，无法计算年龄');
  add('period', () => buildPeriodSummary(ctx), '台账中没有识别监测时间和消除监测时间列');
  add('work', () => buildWorkSummary(ctx), '工作簿中没有（务工月监测）已外出务工信息表');
  add(
    'village-exit',
    () => buildVillageExitChecklist(ctx),
    '工作簿中没有行政村信息表（或表中没有出列指标列）',
  );
  add(
    'funds',
    () => (r.fundRollup && r.fundRollup.total.projects > 0 ? buildFundSummary(ctx, r.fundRollup) : null),
    '工作簿中没有项目资金台账',
  );
  add('rectification', () => buildRectificationLists(ctx), '');
  add('findings', () => buildFindingsSummary(ctx), '');
  add('publicity', () => (hasHouseholds ? buildPublicityLists(ctx) : []), noLedger);
  // Reasons for tables the ledger cannot give are kept only when asked for by name.
  const asked = chosen ?? [];
  const reasons = skipped.filter((s) => asked.includes(s.id));
  // 汇总表说明 goes with every set of tables, chosen or not: the tables are not read without it.
  if (written.length > 0)
    written.push({
      id: 'notes',
      specs: [
        buildExplanationSheet(ctx, {
          written: written.map((w) => ({ id: w.id, names: w.specs.map((s) => s.name) })),
          skipped: reasons,
          places: places ? placesText(places) : null,
        }),
      ],
    });
  const specs = written.flatMap((w) => w.specs);
  const names = uniqueSheetNames(specs.map((s) => s.name));
  return { specs: specs.map((s, i) => ({ ...s, name: names[i] })), skipped: reasons };
}

export function buildAllSummaries(report: Report, config: Config, options: SummaryOptions = {}): SheetSpec[] {
  return buildSummaryBook(report, config, options).specs;
}

export { buildNarrative, narrativeOf } from './narrative';
export { basicFigures, buildBasicSummary } from './basic';
export type { BasicFigures, BasicRow, CountPair } from './basic';
export {
  bandOf,
  buildCauseSummary,
  buildGuaranteeSummary,
  buildHelperSummary,
  buildIncomeBandSummary,
  buildIncomeSummary,
  helperLevel,
  incomeBands,
} from './households';
export type { IncomeBand } from './households';
export { buildFundSummary } from './funds';
export {
  buildFindingsSummary,
  buildRectificationList,
  buildRectificationLists,
  EXCEL_MAX_ROWS,
  LIST_ROWS_PER_SHEET,
  rectificationFindings,
  RECTIFICATION_SHEET,
} from './findings';
export { buildPublicityList, buildPublicityLists, pageSizes } from './publicity';
export { makeContext, normalizeCategory, problemType } from './context';
export type { SummaryContext, SummaryOptions } from './context';
export {
  buildTableSheet,
  headerTreeToPaths,
  layoutHeader,
  PRINT_SCALE,
  printPlan,
  STANDARD_FOOTER,
} from './layout';
export type {
  CodeBlock,
  ColumnKind,
  HeaderNode,
  RowInput,
  TableBlock,
  TableColumn,
  TableSheetInput,
  TotalRule,
} from './layout';
export * from './format';
export type { SheetSpec, SpecCell, SpecStyle } from './sheetSpec';
export { resolveTables, splitList, SUMMARY_TABLES, SummarySelectionError, TABLE_CHOICES } from './catalog';
export type { SummaryTableDef, SummaryTableId } from './catalog';
export { narrowReport, resolvePlaces, townshipKey } from './select';
export type { PlaceSelection } from './select';
export { buildExplanationSheet, explanationLines } from './explanation';
