// Installs the Excel simulator in a test page and exposes window.__bangfu for the Playwright test.
//
// Order (the cleanest we found): (1) the real office.js from @microsoft/office-js is a classic <script> in
// <head>, exactly as in production; outside Office its Office.onReady resolves with host null. (2) Only after
// that do we replace the globals with the simulator's `Excel` and minimal `Office` — installing earlier would
// race office.js's own initialisation, which (re)defines Office. (3) Then the production pane/command code runs
// unchanged against the simulator through the real Office.js host (src/hosts/excel).
import { installExcelSimulator, manual, type ExcelSimulator } from '../../excel-sim';
import { cellName } from '../../excel-sim/a1';
import type { SheetInput } from '../../../src/core/types';
import { buildLargeLedger, buildLedger } from '../fixtures/ledger';

export interface TestHooks {
  /** What the real office.js reported before the simulator replaced it (null outside Office). */
  officeJsHost: unknown;
  sim: ExcelSimulator;
  snapshot(): ReturnType<ExcelSimulator['snapshot']>;
  /** "Sheet!A1" of the active sheet's selection (top-left cell). */
  selection(): string;
  sheetNames(): string[];
  /** The clerk types into a cell in Excel (change events fire). */
  type(sheet: string, cell: string, value: string | number): void;
  /** The clerk clicks a cell in Excel (selection events fire). */
  select(sheet: string, cell: string): void;
  /** Commands page only: functions registered with Office.actions.associate. */
  actions: Record<string, (event: { completed(): void }) => unknown>;
}

declare global {
  interface Window {
    /** Set by the test (page.addInitScript) to load another workbook than the built-in fixture. */
    __BANGFU_WORKBOOK__?: SheetInput[];
    __bangfu?: TestHooks;
  }
}

export async function installSimulatorAfterOfficeJs(): Promise<TestHooks> {
  const info = await Office.onReady();
  const params = new URLSearchParams(location.search);
  const persons = Number(params.get('persons') ?? 0);
  const sheets = window.__BANGFU_WORKBOOK__ ?? (persons ? buildLargeLedger(persons) : buildLedger()).sheets;
  const realOffice = (window as unknown as { Office: object }).Office;
  const sim = installExcelSimulator(window, sheets, { apiVersion: params.get('api') ?? undefined });
  if (params.get('changeEvents') === 'off') sim.host.refuseChangeEvents = true;
  // office.js keeps running after we swap the global (timers call Office.Promise, Office.onReady …): let the
  // simulator's minimal Office fall back to the real object for everything it does not define itself.
  Object.setPrototypeOf((window as unknown as { Office: object }).Office, realOffice);
  const hooks: TestHooks = {
    officeJsHost: info?.host ?? null,
    sim,
    snapshot: () => sim.snapshot(),
    selection: () => {
      const wb = sim.workbook;
      const active = wb.sheets.find((s) => s.id === wb.activeId) ?? wb.sheets[0];
      return `${active.name}!${cellName(active.selection.r, active.selection.c)}`;
    },
    sheetNames: () => sim.workbook.sheets.map((s) => s.name),
    type: (sheet, cell, value) => manual.typeValue(sim.workbook, sheet, cell, value),
    select: (sheet, cell) => manual.select(sim.workbook, sheet, cell),
    actions: {},
  };
  window.__bangfu = hooks;
  return hooks;
}
