// Workbook events for the pane: where the clerk's selection is (so a marked cell's reason can be shown on Excel
// builds without notes) and which cells changed since a check (so stale results are flagged). Selection uses
// Workbook.onSelectionChanged (ExcelApi 1.2, every supported build); changes use Worksheets.onChanged (1.9) or,
// on 1.7–1.8, one Worksheet.onChanged per sheet. Registration failures degrade to "not available", never throw.
import { normalizeCell, stripSheet } from './a1';
import type { ExcelCapabilities } from './capabilities';

/** A selected cell: sheet name and the top-left cell of the selection ("B3"). */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** Cells of one sheet changed; `address` is local A1 as Excel reports it ("B3", "A1:C4"). */
export interface SheetChange {
  sheet: string;
  address: string;
}

export interface WatchHandlers {
  onSelection?: (ref: CellRef) => void;
  onChange?: (change: SheetChange) => void;
}

export interface WorkbookWatch {
  /** Selection events are delivered. */
  selection: boolean;
  /** Change events are delivered (else the pane compares a fresh read). */
  changes: boolean;
  stop(): Promise<void>;
}

type Registration = OfficeExtension.EventHandlerResult<unknown>;

/** The active sheet's selection, top-left cell; null when Excel cannot tell (e.g. a chart is selected). */
export async function selectedCell(): Promise<CellRef | null> {
  return Excel.run(async (ctx) => {
    const range = ctx.workbook.getSelectedRange();
    range.load('address');
    const ws = ctx.workbook.worksheets.getActiveWorksheet();
    ws.load('name');
    await ctx.sync();
    const first = stripSheet(range.address).split(':')[0];
    const cell = normalizeCell(first);
    return cell ? { sheet: ws.name, cell } : null;
  });
}

async function register(
  setup: (ctx: Excel.RequestContext) => Promise<Registration[]>,
): Promise<Registration[] | null> {
  try {
    return await Excel.run(async (ctx) => {
      const regs = await setup(ctx);
      await ctx.sync();
      return regs;
    });
  } catch {
    return null; // ApiNotFound on an older build, or the host refused: the pane falls back
  }
}

export async function watchWorkbook(
  caps: ExcelCapabilities,
  handlers: WatchHandlers,
): Promise<WorkbookWatch> {
  const regs: Registration[] = [];
  let selection = false;
  let changes = false;

  if (handlers.onSelection && caps.apiMinor >= 2) {
    const onSelection = handlers.onSelection;
    const r = await register(async (ctx) => [
      ctx.workbook.onSelectionChanged.add(async () => {
        const ref = await selectedCell().catch(() => null);
        if (ref) onSelection(ref);
      }) as Registration,
    ]);
    if (r) {
      regs.push(...r);
      selection = true;
    }
  }

  if (handlers.onChange && caps.apiMinor >= 7) {
    const onChange = handlers.onChange;
    const names = new Map<string, string>(); // worksheet id → name
    const nameOf = async (id: string): Promise<string | null> => {
      if (!names.has(id)) {
        await Excel.run(async (ctx) => {
          const sheets = ctx.workbook.worksheets;
          sheets.load('items/id, items/name');
          await ctx.sync();
          for (const s of sheets.items) names.set(s.id, s.name);
        }).catch(() => undefined);
      }
      return names.get(id) ?? null;
    };
    const r = await register(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/id, items/name');
      await ctx.sync();
      for (const s of sheets.items) names.set(s.id, s.name);
      const handler = async (e: Excel.WorksheetChangedEventArgs) => {
        const sheet = await nameOf(e.worksheetId);
        if (sheet) onChange({ sheet, address: stripSheet(e.address) });
      };
      if (caps.apiMinor >= 9) return [sheets.onChanged.add(handler) as Registration];
      // 1.7–1.8: per sheet; sheets added later are caught by the re-read before summaries.
      return sheets.items.map((s) => s.onChanged.add(handler) as Registration);
    });
    if (r) {
      regs.push(...r);
      changes = true;
    }
  }

  return {
    selection,
    changes,
    stop: async () => {
      const byContext = new Map<unknown, Registration[]>();
      for (const r of regs) byContext.set(r.context, [...(byContext.get(r.context) ?? []), r]);
      regs.length = 0;
      for (const [context, list] of byContext) {
        // Office.js removes a handler only in the context that added it.
        await Excel.run(context as Excel.RequestContext, async (ctx) => {
          for (const r of list) r.remove();
          await ctx.sync();
        }).catch(() => undefined);
      }
    },
  };
}
