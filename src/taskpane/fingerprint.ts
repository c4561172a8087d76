// Order-sensitive hash of sheets' values, to tell whether the workbook changed since a check (no change events
// on this Excel). Shared by the pane and the engine worker.
import type { SheetInput } from '../core/types';

export function fingerprint(inputs: SheetInput[]): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const input of inputs) {
    mix(`\u0001${input.name}`);
    for (const row of input.values) {
      mix('\u0002');
      for (const v of row ?? []) mix(`\u0003${typeof v}${String(v ?? '')}`);
    }
  }
  return (h >>> 0).toString(16);
}
