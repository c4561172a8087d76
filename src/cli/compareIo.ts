// What the compare, diff and check commands share: reading an exemptions file (json or xlsx), writing the
// candidate file for the clerk to fill, writing comparison tables, output paths that never overwrite an input.
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { Finding, ParsedSheet } from '../core/types';
import type { SheetSpec } from '../core/summaries/sheetSpec';
import {
  buildExemptionFileSheet,
  ExemptionFileError,
  exemptionsFromSheets,
  exemptionsJson,
  makeExemption,
  mergeExemptions,
  parseExemptionsJson,
  type Exemption,
} from '../core/compare';
import { InputError, readWorkbook } from '../hosts/xlsx/readWorkbook';
import { renderSheetSpec } from '../hosts/xlsx/renderSheetSpec';
import { writeFileAtomically } from '../hosts/xlsx/safeWrite';
import { checkOutputs, type OutputSpec } from './outputs';

const isJson = (file: string) => /\.json$/i.test(file);

/** Reads 豁免清单.xlsx|json. Rows without a 核实原因 are candidates, not exemptions, and are skipped. */
export async function readExemptions(file: string): Promise<Exemption[]> {
  try {
    if (isJson(file)) {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch {
        throw new InputError(`无法读取豁免清单：${file}`, `cannot read the exemptions file: ${file}`);
      }
      return parseExemptionsJson(text);
    }
    return exemptionsFromSheets((await readWorkbook(file)).sheets);
  } catch (e) {
    if (e instanceof ExemptionFileError) throw new InputError(`${e.zh}：${file}`, `${e.en}: ${file}`);
    throw e;
  }
}

/**
 * Writes the exemptions file with the current exemptions plus one candidate row per open finding (核实原因 left
 * empty): the clerk writes a reason beside each verified finding and passes the file back with --exemptions.
 */
export async function writeExemptionCandidates(
  file: string,
  exemptions: Exemption[],
  open: Array<{ parsed: ParsedSheet[]; findings: Finding[] }>,
): Promise<number> {
  const candidates = open.flatMap(({ parsed, findings }) =>
    findings.map((f) => makeExemption(parsed, f, '')),
  );
  const known = new Set(exemptions.map((e) => e.key));
  const all = mergeExemptions(
    exemptions,
    candidates.filter((c) => !known.has(c.key)),
  );
  if (isJson(file)) await writeFileAtomically(file, [exemptionsJson(all)]);
  else await writeSpecs([buildExemptionFileSheet(all)], file);
  return all.length - exemptions.length;
}

export async function writeSpecs(specs: SheetSpec[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) renderSheetSpec(wb, spec);
  await writeFileAtomically(file, [Buffer.from(await wb.xlsx.writeBuffer())]);
}

/** Outputs must never overwrite an input (not through a link or another spelling), nor two outputs one file. */
export async function refuseInputs(
  inputs: string[],
  outputs: Array<[string | undefined, string]>,
): Promise<void> {
  const specs: OutputSpec[] = outputs
    .filter(([f]) => f !== undefined)
    .map(([file, flag]) => ({ flag, file: file! }));
  await checkOutputs(inputs, specs);
}
