// The README's first command checks examples/sample-ledger.xlsx: it must find exactly what was put in it.
import path from 'path';
import { promises as fs } from 'fs';
import os from 'os';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/core/types';
import { generateLedger } from '../generator';
import { SAMPLE_OPTIONS } from '../generator/make-sample';

test('the bundled sample: every planted error found, nothing else of error severity, exit code 1', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-sample-'));
  try {
    const json = path.join(dir, 'r.json');
    const sample = path.join(__dirname, '..', '..', 'examples', 'sample-ledger.xlsx');
    const code = await main(['check', sample, '--json', json, '--quiet'], {
      out: { write: () => true },
      err: { write: () => true },
    });
    expect(code).toBe(1);
    const report = JSON.parse(await fs.readFile(json, 'utf8')) as Report;
    const { expected } = generateLedger(SAMPLE_OPTIONS);
    const found = (rule: string, row: number, householdId?: string) =>
      report.findings.some(
        (f) => f.rule === rule && (f.row === row || (!!householdId && f.householdId === householdId)),
      );
    const missed = expected.filter((e) => !e.maybe && !found(e.rule, e.row, e.householdId));
    expect(missed).toEqual([]);
    const stray = report.findings.filter(
      (f) =>
        f.severity === 'error' &&
        !expected.some((e) => e.rule === f.rule && (e.row === f.row || e.householdId === f.householdId)),
    );
    expect(stray).toEqual([]);
    expect(report.villages.length).toBeGreaterThan(0);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
