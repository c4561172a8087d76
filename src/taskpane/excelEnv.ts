// The pane's view of its host: the WorkbookHost port plus batch sheet creation when the host offers it.
// The only file of the pane that knows the Office.js host module.
import type { WorkbookHost } from '../core/host/workbookHost';
import type { SheetSpec } from '../core/summaries/sheetSpec';
import { checkMinimumSupport, createExcelHost } from '../hosts/excel';

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

/** Creates the sheets in one batch when the host can, else one by one; replaces sheets of the same name. */
export async function createSheets(host: PaneHost, specs: SheetSpec[]): Promise<void> {
  if (host.createSheets) {
    await host.createSheets(specs, { replace: true });
    return;
  }
  for (const spec of specs) await host.createSheet(spec, { replace: true });
}
