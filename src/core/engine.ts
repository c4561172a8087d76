// The engine's entry point: sheets in, report out. Pure: hosts read the cells, the engine never does I/O.
import type { Report, SheetInput } from './types';

export interface AnalyzeOptions {
  /** Called between phases so a UI can show progress and cancel (throw to cancel). */
  onPhase?: (phase: string, done: number, total: number) => void;
}

/** STUB — being written; signature is stable. */
export function analyzeWorkbook(inputs: SheetInput[], rawConfig?: unknown, _options: AnalyzeOptions = {}): Report {
  void inputs;
  void rawConfig;
  return {
    tool: { name: 'bangfu', version: '0.1.0' },
    config: {},
    findings: [],
    sheets: [],
    households: [],
    villages: [],
    total: null,
    incidenceBasis: '',
    funds: [],
    fundRollup: null,
    counts: { error: 0, warning: 0, info: 0 },
  };
}
