// The engine's Web Worker (webpack entry "engine-worker"): runs the check off the pane's UI thread so the pane
// stays responsive and 取消 can stop it at any moment (the pane terminates the worker). Big arrays travel in
// slices both ways, so no single message takes the UI thread long to copy. Messages:
//   in:  { type: 'rows', sheet, rows } … { type: 'run', sheets: [{ name, numberFormats?, merges? }], config }
//   out: { type: 'phase', phase, done, total } … { type: 'part', key, items } … { type: 'done', report, fingerprint }
//        or { type: 'error', message }
import { analyzeWorkbook } from '../core/engine';
import type { Report, SheetInput } from '../core/types';
import { fingerprint } from './fingerprint';
import { SLICE, type ToWorker } from './workerProtocol';

interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const rows = new Map<string, SheetInput['values']>();

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'rows') {
    const list = rows.get(m.sheet) ?? [];
    for (const r of m.rows) list.push(r);
    rows.set(m.sheet, list);
    return;
  }
  try {
    const inputs: SheetInput[] = m.sheets.map((s) => ({ ...s, values: rows.get(s.name) ?? [] }));
    rows.clear();
    const report = analyzeWorkbook(inputs, m.config ?? {}, {
      onPhase: (phase, done, total) => scope.postMessage({ type: 'phase', phase, done, total }),
    });
    const ledgers = new Set(report.sheets.filter((s) => s.kind !== 'unknown').map((s) => s.name));
    const print = fingerprint(inputs.filter((s) => ledgers.has(s.name)));
    const rest: Report = { ...report, findings: [], households: [] };
    for (const key of ['findings', 'households'] as const) {
      const list = report[key];
      for (let i = 0; i < list.length; i += SLICE)
        scope.postMessage({ type: 'part', key, items: list.slice(i, i + SLICE) });
    }
    scope.postMessage({ type: 'done', report: rest, fingerprint: print });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
