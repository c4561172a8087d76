// The pane's view of its host: the WorkbookHost port plus batch sheet creation when the host offers it.
// The only file of the pane that knows the Office.js host module.
import type { WorkbookHost } from '../core/host/workbookHost';
import type { SheetSpec } from '../core/summaries/sheetSpec';
import { checkMinimumSupport, createExcelHost } from '../hosts/excel';
import { uniqueSheetNames } from '../core/summaries/format';

export type PaneHost = WorkbookHost & {
  createSheets?: (specs: SheetSpec[], options?: { replace?: boolean }) => Promise<unknown>;
};

export interface PaneEnvironment {
  createHost(): PaneHost;
  /** Chinese message when this Excel is too old for the add-in; null when supported. */
  checkSupport(): string | null;
}

export const excelEnvironment: PaneEnvironment = {
  createHost: () => createExcelHost(),
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
