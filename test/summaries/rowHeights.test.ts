// The layout's page estimate uses the same row heights the ExcelJS renderer sets (no drift between them), and a
// table whose rows fit the first page does not repeat its header (notes on page 2 never sit under a bare header).
import ExcelJS from 'exceljs';
import { configSchema } from '../../src/core/config/schema';
import { buildAllSummaries, buildTableSheet } from '../../src/core/summaries';
import { PAGE_CONTENT_PT, rowHeights } from '../../src/core/summaries/rowHeights';
import { renderSheetSpec } from '../../src/hosts/xlsx/renderSheetSpec';
import { sampleReport } from './fixtures';

test('rowHeights equals the heights renderSheetSpec writes, for every table', () => {
  const specs = buildAllSummaries(sampleReport(), configSchema.parse({ reportingUnit: '测试镇人民政府' }), {
    date: '2024-12-31',
  });
  let rows = 0;
  for (const s of specs) {
    const book = new ExcelJS.Workbook();
    const ws = renderSheetSpec(book, s);
    const h = rowHeights(s);
    h.forEach((x, r) =>
      expect({ sheet: s.name, r, h: ws.getRow(r + 1).height }).toEqual({ sheet: s.name, r, h: x }),
    );
    rows += h.length;
  }
  expect(rows).toBeGreaterThan(100);
});

const table = (n: number) =>
  buildTableSheet({
    name: 't',
    title: '测试表',
    columns: [
      { key: 'idx', path: ['序号'], kind: 'index' },
      { key: 'v', path: ['行政村'], kind: 'label' },
      { key: 'n', path: ['户数'], kind: 'count' },
    ],
    blocks: [{ rows: Array.from({ length: n }, (_, i) => ({ v: `村${i}`, n: i })) }],
    totalsPosition: 'last',
    reportingUnit: '某乡',
    unitLine: '单位：户',
    notes: ['注：一行说明。'],
  });

test('header repeated only when the rows through 合计 do not fit the first page', () => {
  // 20 rows + 合计 fit the page (estimated as the renderer sets them): no repeat, although more than 18.
  const fits = table(20);
  const h = rowHeights(fits, fits.dataRowRange![1]);
  expect(h.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(PAGE_CONTENT_PT);
  expect(fits.print.repeatHeaderRows).toBe(false);
  const long = table(40);
  expect(long.print.repeatHeaderRows).toBeUndefined();
});
