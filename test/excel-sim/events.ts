// Excel's events, as the simulator delivers them: handlers registered through `EventHandlers.add` (taking effect
// at the next sync, gated by requirement set) and called asynchronously after the change, like Office.js does
// for both API writes and the clerk's own typing. No Node APIs (bundled into the browser harness too).

/** Which event source a handler listens to (the Office.js object and property it was added on). */
export type SimEventKind =
  | 'workbook.onSelectionChanged' // ExcelApi 1.2
  | 'worksheet.onChanged' // ExcelApi 1.7, one sheet
  | 'worksheet.onSelectionChanged' // ExcelApi 1.7, one sheet
  | 'worksheets.onChanged' // ExcelApi 1.9, every sheet
  | 'worksheets.onSelectionChanged'; // ExcelApi 1.9, every sheet

export interface SimListener {
  kind: SimEventKind;
  /** Sheet id for the worksheet-level kinds. */
  sheetId?: string;
  fn: (args: unknown) => unknown;
}

interface SheetRef {
  id: string;
}

export class SimEvents {
  readonly listeners = new Set<SimListener>();
  /** Handler calls made so far (tests assert that something was, or was not, delivered). */
  delivered = 0;

  private deliver(l: SimListener, args: unknown): void {
    setTimeout(() => {
      if (!this.listeners.has(l)) return;
      this.delivered++;
      // Excel ignores what a handler returns or throws.
      try {
        void Promise.resolve(l.fn(args)).catch(() => undefined);
      } catch {
        /* ignored, as in Excel */
      }
    }, 0);
  }

  /** Cells of `sheet` changed (by the API or by hand); `address` is local A1 ("B3" or "A1:C4"). */
  changed(sheet: SheetRef, address: string, source: 'Local' | 'Remote' = 'Local'): void {
    for (const l of this.listeners) {
      const all = l.kind === 'worksheets.onChanged';
      if (!all && !(l.kind === 'worksheet.onChanged' && l.sheetId === sheet.id)) continue;
      this.deliver(l, {
        type: 'WorksheetChanged',
        changeType: 'RangeEdited',
        source,
        worksheetId: sheet.id,
        address,
      });
    }
  }

  /** The selection moved to `address` on `sheet`. */
  selected(sheet: SheetRef, address: string): void {
    for (const l of this.listeners) {
      if (l.kind === 'workbook.onSelectionChanged') this.deliver(l, { type: 'SelectionChanged' });
      else if (
        l.kind === 'worksheets.onSelectionChanged' ||
        (l.kind === 'worksheet.onSelectionChanged' && l.sheetId === sheet.id)
      )
        this.deliver(l, { type: 'WorksheetSelectionChanged', worksheetId: sheet.id, address });
    }
  }
}
