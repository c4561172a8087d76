// Writes examples/sample-ledger.xlsx: ≈ 60 synthetic households in layout a, a village sheet, and a handful
// of injected errors across rule families. Deterministic: generateLedger(SAMPLE_OPTIONS) gives the same
// workbook, its expected findings and truth figures (use that in end-to-end tests).
// Run: npx tsc --outDir node_modules/.cache/bangfu-gen --rootDir . --module commonjs --target es2020 --esModuleInterop \
//        --skipLibCheck --types node test/generator/make-sample.ts && node node_modules/.cache/bangfu-gen/test/generator/make-sample.js
import { generateLedger, writeWorkbook, type GenerateOptions } from './index';

export const SAMPLE_OPTIONS: GenerateOptions = {
  seed: 20241231,
  persons: 215,
  layout: 'a',
  year: 2024,
  inject: {
    'id.checksum': 1,
    'id.lowercase-x': 1,
    'id.old-15-digit': 1,
    'person.gender-mismatch': 1,
    'household.size-mismatch': 1,
    'field.phone': 1,
    'edu.out-of-school': 1,
    'medical.uninsured': 1,
    'income.net-mismatch': 1,
    'income.below-monitoring-line': 1,
    'helper.missing': 1,
    'monitor.date-order': 1,
    'village.population-missing': 1,
    'sheet.blank-row': 1,
  },
};

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'examples/sample-ledger.xlsx';
  const g = generateLedger(SAMPLE_OPTIONS);
  if (Object.keys(g.skipped).length) throw new Error(`injections not placed: ${JSON.stringify(g.skipped)}`);
  await writeWorkbook(g.spec, out);
  const counts: Record<string, number> = {};
  for (const e of g.expected) if (!e.maybe) counts[e.rule] = (counts[e.rule] ?? 0) + 1;
  console.log(`${out}: ${g.truth.households.length} households, ${g.truth.total.persons} persons`);
  console.log(JSON.stringify(counts));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
