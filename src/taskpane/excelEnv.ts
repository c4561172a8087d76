// The pane's view of its host: the WorkbookHost port plus what the Office.js host adds (batch sheet creation,
// events, mark reasons, capabilities) — all optional so a plain WorkbookHost still works.
// The only file of the pane that knows the Office.js host module.
import type { WorkbookHost } from '../core/host/workbookHost';
import type { SheetSpec } from '../core/summaries/sheetSpec';
import {
  checkMinimumSupport,
  createExcelHost,
  type CellRef,
  type ExcelCapabilities,
  type WatchHandlers,
  type WorkbookWatch,
} from '../hosts/excel';
import { uniqueSheetNames } from '../core/summaries/format';

export type { CellRef, SheetChange, WorkbookWatch } from '../hosts/excel';

export type PaneHost = WorkbookHost & {
  createSheets?: (specs: SheetSpec[], options?: { replace?: boolean }) => Promise<unknown>;
  capabilities?: () => ExcelCapabilities;
  watch?: (handlers: WatchHandlers) => Promise<WorkbookWatch>;
  selectedCell?: () => Promise<CellRef | null>;
  markReasons?: () => Promise<Map<string, string>>;
};

export interface PaneEnvironment {
  createHost(): PaneHost;
  /** Chinese message when this Excel is too old for the add-in; null when supported. */
  checkSupport(): string | null;
}

/**
 * The pane reads with 512 KB responses (the host's default is 4 MB): Office.js parses each response on the UI
 * thread, and smaller ones keep every step of a big read short, at the price of a few more round trips.
 */
export const PANE_READ_BUDGET = 512 * 1024;

export const excelEnvironment: PaneEnvironment = {
  createHost: () => createExcelHost({ responseBudgetBytes: PANE_READ_BUDGET }),
  checkSupport: () => checkMinimumSupport(),
};

/**
 * Creates the sheets in one batch when the host can, else one by one. A sheet of the same name is never replaced:
 * the clerk may have filled in 责任人 or 整改状态 on last month's 问题整改清单, and add-in writes cannot be undone.
 * New sheets get a (2), (3) … suffix instead; the names actually used are returned.
 */
export async function createSheets(host: PaneHost, specs: SheetSpec[]): Promise<string[]> {
  const existing = await host.listSheets();
  const names = uniqueSheetNames([...existing, ...specs.map((s) => s.name)]).slice(existing.length);
  const renamed = specs.map((spec, i) => (spec.name === names[i] ? spec : { ...spec, name: names[i] }));
  if (host.createSheets) await host.createSheets(renamed);
  else for (const spec of renamed) await host.createSheet(spec);
  return names;
}
