// Chunked sheet reading. The first sync fetches the used range together with a sample: the used range's part of
// the sheet's top-left block, and that block's merged areas (a sheet whose used range the block does not cover
// gets a separate sample sync). Then row chunks sized from measured bytes per row, packed per sync up to the
// response budget. Syncs therefore grow with bytes ÷ budget, not with rows.
import type { CellValue, Grid, MergeRange, SheetInput } from '../../core/types';
import type { ReadOptions } from '../../core/host/workbookHost';
import { parseAreas } from './a1';
import type { ExcelCapabilities } from './capabilities';
import { bytesPerRow, isPayloadError } from './payload';

export interface ReadTuning {
  /** Estimated response bytes per sync (Excel on the web fails above 5 MB). */
  responseBudgetBytes: number;
  /** Rows in the first (sample) chunk. */
  sampleRows: number;
  /** Sheets up to this many cells get every number format; larger ones only those of date-formatted columns. */
  fullFormatCells: number;
}

const HEADER_BLOCK_ROWS = 15;
// The top-left block read speculatively with the used range: at most FIRST_BLOCK_COLS columns and
// FIRST_BLOCK_CELLS cells (215 × 64 with 200 sample rows), so the first response stays small whatever the sheet.
const FIRST_BLOCK_COLS = 64;
const FIRST_BLOCK_CELLS = 20_000;
const MAX_CELLS_PER_RANGE = 1_000_000; // well under the 5,000,000-cell read limit
const SAFETY = 1.03; // estimates come from sampled rows of the same sheet
const CHUNKS_PER_SYNC = 10; // retry granularity; the last chunk of a sync is cut to what the budget has left

const aborted = (signal?: AbortSignal): void => {
  if (signal?.aborted) throw signal.reason ?? new Error('读取已取消');
};

/** Date/time formats ("yyyy-mm-dd", "yyyy年m月d日", "h:mm"), after dropping quoted text, escapes and [..] tags. */
export function isDateFormat(fmt: string): boolean {
  if (!fmt || fmt === 'General' || fmt === '@') return false;
  const bare = fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[ymdhs年月日时分秒]/i.test(bare);
}

interface Chunk {
  start: number; // offset into the used range
  rows: number;
  values: Excel.Range;
  formats: Array<{ col: number; cols: number; range: Excel.Range }>;
}

export async function readSheetChunked(
  name: string,
  caps: ExcelCapabilities,
  tuning: ReadTuning,
  options: ReadOptions = {},
): Promise<SheetInput> {
  const { signal, onProgress } = options;
  aborted(signal);
  return Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex, columnIndex, rowCount, columnCount');
    // Speculative sample in the same request: the used range's part of the top-left block, which is where the
    // sample and the header block lie on most sheets. getUsedRange (a blank sheet gives A1, never a null
    // object) so nothing is chained on a null object.
    const blockRows = Math.max(
      HEADER_BLOCK_ROWS,
      Math.min(tuning.sampleRows + HEADER_BLOCK_ROWS, Math.floor(FIRST_BLOCK_CELLS / FIRST_BLOCK_COLS)),
    );
    const block = ws.getRangeByIndexes(0, 0, blockRows, FIRST_BLOCK_COLS);
    let early: Excel.Range | null = ws.getUsedRange(true).getIntersectionOrNullObject(block);
    early.load('values, numberFormat');
    let earlyMerged: Excel.RangeAreas | null = null;
    if (caps.mergedAreas) {
      earlyMerged = block.getMergedAreasOrNullObject();
      earlyMerged.load('address');
    }
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      // Unusually heavy cells in the block: read the used range alone and sample as below.
      early = earlyMerged = null;
      used.load('rowIndex, columnIndex, rowCount, columnCount');
      await ctx.sync();
    }
    aborted(signal);
    if (used.isNullObject) {
      onProgress?.(0, 0);
      return { name, values: [], numberFormats: [] };
    }
    const r0 = used.rowIndex;
    const c0 = used.columnIndex;
    const nRows = used.rowCount;
    const nCols = used.columnCount;
    const width = c0 + nCols;
    const allFormats = nRows * nCols <= tuning.fullFormatCells;

    // Sample (values + every number format; its first `sampleRows` rows decide the date columns) and the
    // header block's merged areas: from the first request when the block covered them, else one sync here.
    const sampleRows = Math.max(1, Math.min(nRows, tuning.sampleRows, Math.floor(100_000 / nCols)));
    const headerRows = Math.min(nRows, HEADER_BLOCK_ROWS);
    let sampleValues: CellValue[][];
    let sampleFormats: string[][];
    let merges: MergeRange[] | undefined;
    if (
      early &&
      !early.isNullObject &&
      early.values[0].length === nCols &&
      early.values.length >= Math.max(sampleRows, headerRows)
    ) {
      // The intersection starts at the used range's top-left cell, so these are its first rows.
      sampleValues = early.values as CellValue[][];
      sampleFormats = early.numberFormat;
      if (earlyMerged && !earlyMerged.isNullObject) {
        // Keep the areas the header block (rows above the used range + its first 15, columns up to its
        // right edge) would have returned.
        const inHeader = parseAreas(earlyMerged.address).filter(
          (m) => m.r1 < r0 + headerRows && m.c1 < width,
        );
        if (inHeader.length) merges = inHeader;
      }
    } else {
      const sample = ws.getRangeByIndexes(r0, c0, sampleRows, nCols);
      sample.load('values, numberFormat');
      let mergedAreas: Excel.RangeAreas | null = null;
      if (caps.mergedAreas) {
        mergedAreas = ws.getRangeByIndexes(0, 0, r0 + headerRows, width).getMergedAreasOrNullObject();
        mergedAreas.load('address');
      }
      await ctx.sync();
      aborted(signal);
      sampleValues = sample.values as CellValue[][];
      sampleFormats = sample.numberFormat;
      if (mergedAreas && !mergedAreas.isNullObject) merges = parseAreas(mergedAreas.address);
    }

    const values: Grid = new Array(r0 + nRows);
    const formats: string[][] | null = allFormats ? new Array(r0 + nRows) : null;
    const blankRow = (): CellValue[] => new Array<CellValue>(width).fill('');
    for (let r = 0; r < r0; r++) values[r] = blankRow();
    const place = (at: number, rowValues: CellValue[][], rowFormats: string[][] | null) => {
      for (let i = 0; i < rowValues.length; i++) {
        values[r0 + at + i] = c0 ? blankRow().slice(0, c0).concat(rowValues[i]) : rowValues[i];
      }
      if (formats && rowFormats) {
        for (let i = 0; i < rowFormats.length; i++) {
          formats[r0 + at + i] = c0
            ? new Array<string>(c0).fill('General').concat(rowFormats[i])
            : rowFormats[i];
        }
      }
    };

    // Columns whose sample shows date-formatted numbers keep their formats on big sheets.
    const dateCols: number[] = [];
    if (!allFormats) {
      for (let j = 0; j < nCols; j++) {
        for (let i = 0; i < sampleRows; i++) {
          if (typeof sampleValues[i][j] === 'number' && isDateFormat(sampleFormats[i][j])) {
            dateCols.push(j);
            break;
          }
        }
      }
    }
    const dateRuns: Array<{ col: number; cols: number }> = [];
    for (const j of dateCols) {
      const last = dateRuns[dateRuns.length - 1];
      if (last && last.col + last.cols === j) last.cols++;
      else dateRuns.push({ col: j, cols: 1 });
    }
    const sparseFormats = new Map<number, string[]>(); // absolute row → formats of the date columns
    const keepSparse = (at: number, run: { col: number; cols: number }, rows: string[][]) => {
      for (let i = 0; i < rows.length; i++) {
        let row = sparseFormats.get(r0 + at + i);
        if (!row) sparseFormats.set(r0 + at + i, (row = []));
        for (let k = 0; k < run.cols; k++) row[run.col + k] = rows[i][k];
      }
    };

    place(0, sampleValues, sampleFormats);
    if (!allFormats)
      for (const run of dateRuns)
        keepSparse(
          0,
          run,
          sampleFormats.map((row) => row.slice(run.col, run.col + run.cols)),
        );
    let done = sampleValues.length;
    onProgress?.(done, nRows);

    const fmtBytesSample = allFormats
      ? bytesPerRow(sampleFormats)
      : dateRuns.reduce(
          (n, run) => n + bytesPerRow(sampleFormats.map((row) => row.slice(run.col, run.col + run.cols))),
          0,
        );
    let perRow = Math.max(8, bytesPerRow(sampleValues) + fmtBytesSample);
    const budget = tuning.responseBudgetBytes;

    while (done < nRows) {
      aborted(signal);
      const chunkRows = Math.max(
        1,
        Math.min(
          Math.floor(budget / CHUNKS_PER_SYNC / (perRow * SAFETY)),
          Math.floor(MAX_CELLS_PER_RANGE / nCols),
        ),
      );
      const batch: Chunk[] = [];
      let estimate = 0;
      let next = done;
      while (next < nRows) {
        // The last chunk of a batch takes only what the budget has left, so a sync is filled, not ~90% full.
        const room = batch.length ? Math.floor((budget - estimate) / (perRow * SAFETY)) : chunkRows;
        const rows = Math.min(chunkRows, nRows - next, room);
        if (rows < 1) break;
        const est = rows * perRow * SAFETY;
        const chunk: Chunk = {
          start: next,
          rows,
          values: ws.getRangeByIndexes(r0 + next, c0, rows, nCols),
          formats: [],
        };
        chunk.values.load(allFormats ? 'values, numberFormat' : 'values');
        for (const run of dateRuns) {
          const range = ws.getRangeByIndexes(r0 + next, c0 + run.col, rows, run.cols);
          range.load('numberFormat');
          chunk.formats.push({ ...run, range });
        }
        batch.push(chunk);
        estimate += est;
        next += rows;
      }
      try {
        await ctx.sync();
      } catch (e) {
        // A batch came out bigger than estimated: assume rows are much heavier and try again.
        if (isPayloadError(e) && (batch.length > 1 || chunkRows > 1)) {
          perRow *= 4;
          continue;
        }
        throw e;
      }
      let bytes = 0;
      let rows = 0;
      for (const chunk of batch) {
        const v = chunk.values.values as CellValue[][];
        const f = allFormats ? chunk.values.numberFormat : null;
        place(chunk.start, v, f);
        bytes += bytesPerRow(v) * chunk.rows + (f ? bytesPerRow(f) * chunk.rows : 0);
        for (const fr of chunk.formats) {
          keepSparse(chunk.start, fr, fr.range.numberFormat);
          bytes += bytesPerRow(fr.range.numberFormat) * chunk.rows;
        }
        rows += chunk.rows;
      }
      perRow = Math.max(8, bytes / rows);
      done = next;
      onProgress?.(done, nRows);
    }

    let numberFormats: string[][] | undefined;
    if (formats) {
      for (let r = 0; r < r0; r++) formats[r] = new Array<string>(width).fill('General');
      numberFormats = formats;
    } else if (dateRuns.length) {
      numberFormats = new Array(values.length);
      for (let r = 0; r < values.length; r++) {
        const row = new Array<string>(width).fill('General');
        const sparse = sparseFormats.get(r);
        if (sparse) sparse.forEach((f, j) => (row[c0 + j] = f));
        numberFormats[r] = row;
      }
    }

    const out: SheetInput = { name, values };
    if (numberFormats) out.numberFormats = numberFormats;
    if (merges) out.merges = merges;
    return out;
  });
}
