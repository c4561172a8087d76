// Runs the engine in a Web Worker (engine.worker.ts) when this webview allows one, else on the UI thread with a
// note saying so. 取消 terminates the worker at once, whatever the engine is doing.
import type { Report, SheetInput } from '../core/types';
import { analyze } from './lazyCore';
import { fingerprint } from './fingerprint';
import { SLICE, type FromWorker, type ToWorker } from './workerProtocol';

/** Set by webpack (DefinePlugin): the worker script's URL next to the pane's page. Absent under jest. */
declare const BANGFU_WORKER_URL: string | undefined;

export const MAIN_THREAD_NOTE = '此环境无法使用后台线程，检查在界面线程中运行，检查期间窗格可能短暂无响应。';

export interface EngineRun {
  report: Report;
  /** Hash of the ledger sheets' values (see fingerprint.ts). */
  fingerprint: string;
  /** Where the check ran; 'main' carries MAIN_THREAD_NOTE for the pane to show. */
  where: 'worker' | 'main';
  note?: string;
}

export interface EngineOptions {
  signal: AbortSignal;
  onPhase: (phase: string, done: number, total: number) => void;
}

export function abortError(): Error {
  const e = new Error('已取消。');
  e.name = 'AbortError';
  return e;
}

function workerUrl(): string | null {
  if (typeof Worker === 'undefined') return null;
  return typeof BANGFU_WORKER_URL === 'string' ? BANGFU_WORKER_URL : null;
}

const yieldToUi = () => new Promise<void>((r) => setTimeout(r, 0));

/** Resolves with the report; rejects with the engine's Chinese message, or AbortError; 'unavailable' → fallback. */
function inWorker(
  url: string,
  inputs: SheetInput[],
  config: unknown,
  opts: EngineOptions,
): Promise<{ report: Report; fingerprint: string } | 'unavailable'> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(url);
    } catch {
      resolve('unavailable');
      return;
    }
    let heard = false;
    const finish = () => {
      opts.signal.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    opts.signal.addEventListener('abort', onAbort);
    const findings: Report['findings'] = [];
    const households: Report['households'] = [];
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      heard = true;
      const m = e.data;
      if (m.type === 'phase') opts.onPhase(m.phase, m.done, m.total);
      else if (m.type === 'part') {
        const into: unknown[] = m.key === 'findings' ? findings : households;
        for (const x of m.items) into.push(x);
      } else if (m.type === 'done') {
        finish();
        resolve({ report: { ...m.report, findings, households }, fingerprint: m.fingerprint });
      } else {
        finish();
        reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      finish();
      // A worker that never started (blocked script, no worker support in this webview) → run here instead.
      if (!heard) resolve('unavailable');
      else reject(new Error(`检查程序出错：${e.message || '未知错误'}`));
    };
    // Rows go in slices, yielding between them, so copying a 100,000-row sheet never blocks the pane.
    void (async () => {
      const post = (m: ToWorker) => worker.postMessage(m);
      for (const s of inputs) {
        for (let i = 0; i < s.values.length; i += SLICE) {
          if (opts.signal.aborted) return;
          post({ type: 'rows', sheet: s.name, rows: s.values.slice(i, i + SLICE) });
          await yieldToUi();
        }
      }
      if (opts.signal.aborted) return;
      post({ type: 'run', sheets: inputs.map(({ values: _values, ...rest }) => rest), config });
    })();
  });
}

export async function runEngine(
  inputs: SheetInput[],
  config: unknown,
  opts: EngineOptions,
): Promise<EngineRun> {
  if (opts.signal.aborted) throw abortError();
  const url = workerUrl();
  if (url) {
    const done = await inWorker(url, inputs, config, opts);
    if (done !== 'unavailable') return { ...done, where: 'worker' };
  }
  // Let the progress bar paint before the UI thread is taken.
  await new Promise<void>((r) => setTimeout(r, 0));
  const report = await analyze(inputs, config, {
    onPhase: (phase, done, total) => {
      if (opts.signal.aborted) throw abortError();
      opts.onPhase(phase, done, total);
    },
  });
  if (opts.signal.aborted) throw abortError();
  const ledgers = new Set(report.sheets.filter((s) => s.kind !== 'unknown').map((s) => s.name));
  return {
    report,
    fingerprint: fingerprint(inputs.filter((s) => ledgers.has(s.name))),
    where: 'main',
    note: MAIN_THREAD_NOTE,
  };
}
