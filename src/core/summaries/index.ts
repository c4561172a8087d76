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
import { buildPublicityLists } from './publicity';

export function buildAllSummaries(report: Report, config: Config, options: SummaryOptions = {}): SheetSpec[] {
  const ctx = makeContext(report, config, options);
  const specs: SheetSpec[] = [];
  if (report.villages.length > 0) specs.push(buildBasicSummary(ctx, narrativeOf(ctx)));
  if (report.households.length > 0) {
    specs.push(
      buildIncomeSummary(ctx),
      buildIncomeBandSummary(ctx),
      buildCauseSummary(ctx),
      buildGuaranteeSummary(ctx, RECTIFICATION_SHEET),
      buildHelperSummary(ctx),
    );
  }
  if (report.fundRollup && report.fundRollup.total.projects > 0)
    specs.push(buildFundSummary(ctx, report.fundRollup));
  for (const s of buildRectificationLists(ctx)) specs.push(s);
  specs.push(buildFindingsSummary(ctx));
  if (report.households.length > 0) for (const s of buildPublicityLists(ctx)) specs.push(s);
  const names = uniqueSheetNames(specs.map((s) => s.name));
  return specs.map((s, i) => ({ ...s, name: names[i] }));
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
