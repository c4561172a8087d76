// Hand-made .xlsx packages for the reader and patcher tests.
import { promises as fs } from 'fs';
import { ZipWriter } from '../../src/hosts/xlsx/zip';

/** A package as other producers write it: inline strings only, no sharedStrings or styles part. */
export async function inlinePackage(file: string): Promise<void> {
  const w = new ZipWriter();
  const t = (s: string) => Buffer.from(s);
  w.add(
    '[Content_Types].xml',
    t(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  w.add(
    '_rels/.rels',
    t(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
  );
  w.add(
    'xl/workbook.xml',
    t(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单 &amp; 备注" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
  );
  w.add(
    'xl/_rels/workbook.xml.rels',
    t(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  );
  w.add(
    'xl/worksheets/sheet1.xml',
    t(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>备注</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>王&amp;五</t></is></c><c r="C2"><v>3</v></c></row>' +
        '<row r="4"><c r="A4" t="inlineStr"><is><r><t>赵</t></r><r><rPr><b/></rPr><t>六</t></r></is></c></row>' +
        '</sheetData></worksheet>',
    ),
  );
  await fs.writeFile(file, Buffer.concat(w.finish()));
}
