// Writes .xlsx packages the way other programs do (Apache POI's streaming writer, openpyxl, system exports):
// inline strings or shared strings, deflated or stored, worksheets before or after the shared-strings part.
// The XML is written here by hand so the tests do not depend on the reader's own writer (ExcelJS).
import { promises as fs } from 'fs';
import { ZipWriter } from '../../src/hosts/xlsx/zip';
import { colLetters } from '../../src/hosts/xlsx/ooxml';

/** A cell: a string (written as text), a number, or rich text runs. */
export type RawCell = string | number | { runs: string[] } | null;

export interface RawSheet {
  name: string;
  rows: RawCell[][];
}

export interface RawOptions {
  /** 'inline': t="inlineStr" (no sharedStrings part); 'shared': a sharedStrings part. */
  strings: 'inline' | 'shared';
  /** Where the shared-strings part goes in the zip (ExcelJS and POI write worksheets first). */
  sharedStringsLast?: boolean;
  /** Write literal text with Excel's _xHHHH_ escapes for control characters and for "_x" sequences. */
  escapeControls?: boolean;
  /** Part names other producers use (the reader must follow the rels, not assume Excel's names). */
  sheetPart?: (i: number) => string;
  sharedStringsPart?: string;
  /** Raw <row> XML appended to sheet 1 (cells the typed model cannot express). */
  extraRowsXml?: string;
}

/** XML text escaping, with Excel's _xHHHH_ escape for characters XML 1.0 cannot carry. */
export function xmlTextOf(s: string, escapeControls: boolean): string {
  let out = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (escapeControls) {
    // A literal "_xHHHH_" in the text must itself be escaped (its underscore as _x005F_), as Excel does.
    out = out.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
    out = out.replace(
      // eslint-disable-next-line no-control-regex
      /[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
  }
  return out;
}

function t(s: string, esc: boolean): string {
  const body = xmlTextOf(s, esc);
  return /^\s|\s$|\n/.test(s) ? `<t xml:space="preserve">${body}</t>` : `<t>${body}</t>`;
}

export function sheetXml(
  rows: RawCell[][],
  strings: 'inline' | 'shared',
  sst: Map<string, number>,
  esc: boolean,
): Buffer[] {
  const parts: Buffer[] = [
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ),
  ];
  const index = (s: string) => {
    let i = sst.get(s);
    if (i === undefined) sst.set(s, (i = sst.size));
    return i;
  };
  rows.forEach((row, r) => {
    let x = `<row r="${r + 1}">`;
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const ref = `${colLetters(c + 1)}${r + 1}`;
      if (typeof v === 'number') x += `<c r="${ref}"><v>${v}</v></c>`;
      else if (typeof v === 'string')
        x +=
          strings === 'inline'
            ? `<c r="${ref}" t="inlineStr"><is>${t(v, esc)}</is></c>`
            : `<c r="${ref}" t="s"><v>${index(v)}</v></c>`;
      else
        x += `<c r="${ref}" t="inlineStr"><is>${v.runs
          .map((run, i) => `<r>${i % 2 ? '<rPr><b/></rPr>' : ''}${t(run, esc)}</r>`)
          .join('')}</is></c>`;
    });
    parts.push(Buffer.from(x + '</row>'));
  });
  parts.push(Buffer.from('</sheetData></worksheet>'));
  return parts;
}

export async function writeRawPackage(file: string, sheets: RawSheet[], opt: RawOptions): Promise<void> {
  const esc = opt.escapeControls ?? false;
  const part = opt.sheetPart ?? ((i: number) => `worksheets/sheet${i + 1}.xml`);
  const sstPart = opt.sharedStringsPart ?? 'sharedStrings.xml';
  const w = new ZipWriter();
  const b = (s: string) => Buffer.from(s);
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/${part(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const sstType =
    opt.strings === 'shared'
      ? `<Override PartName="/xl/${sstPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
      : '';
  w.add(
    '[Content_Types].xml',
    b(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${sstType}</Types>`,
    ),
  );
  w.add(
    '_rels/.rels',
    b(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
  );
  const sheetEls = sheets
    .map(
      (s, i) =>
        `<sheet name="${xmlTextOf(s.name, false).replace(/"/g, '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
    )
    .join('');
  w.add(
    'xl/workbook.xml',
    b(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheetEls}</sheets></workbook>`,
    ),
  );
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${part(i)}"/>`,
    )
    .join('');
  const sstRel =
    opt.strings === 'shared'
      ? `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="${sstPart}"/>`
      : '';
  w.add(
    'xl/_rels/workbook.xml.rels',
    b(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${sstRel}</Relationships>`,
    ),
  );
  const sst = new Map<string, number>();
  const sheetParts = sheets.map((s) => sheetXml(s.rows, opt.strings, sst, esc));
  if (opt.extraRowsXml) sheetParts[0].splice(sheetParts[0].length - 1, 0, Buffer.from(opt.extraRowsXml));
  const addSst = () => {
    if (opt.strings !== 'shared') return;
    const items = [...sst.keys()].map((s) => `<si>${t(s, esc)}</si>`).join('');
    w.add(
      `xl/${sstPart}`,
      b(
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.size}" uniqueCount="${sst.size}">${items}</sst>`,
      ),
    );
  };
  if (!opt.sharedStringsLast) addSst();
  for (let i = 0; i < sheetParts.length; i++) await w.addPieces(`xl/${part(i)}`, sheetParts[i]);
  if (opt.sharedStringsLast) addSst();
  await fs.writeFile(file, Buffer.concat(w.finish()));
}
