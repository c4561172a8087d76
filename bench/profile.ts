// Summarises a V8 .cpuprofile (node --cpu-prof): self and inclusive time per function, hottest first.
import { readFileSync } from 'fs';
import path from 'path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  totalMs: number;
}

const ROOT = path.resolve(__dirname, '..');

function label(n: ProfileNode): { name: string; where: string } {
  const f = n.callFrame;
  let url = f.url.replace(/^file:\/\//, '');
  if (url.startsWith(ROOT)) url = path.relative(ROOT, url);
  return { name: f.functionName || '(anonymous)', where: url ? `${url}:${f.lineNumber + 1}` : '' };
}

/**
 * Self time per function and inclusive (total) time, in ms. `within` keeps only samples whose stack contains a
 * frame whose name matches (e.g. 'analyze' to leave out input generation).
 */
export function summariseProfile(
  file: string,
  within?: string,
): { totalMs: number; functions: HotFunction[] } {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of p.nodes) byId.set(n.id, n);
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = new Map<number, string>();
  const info = new Map<string, { name: string; where: string }>();
  for (const n of p.nodes) {
    const l = label(n);
    const k = `${l.name}\u0000${l.where}`;
    keyOf.set(n.id, k);
    info.set(k, l);
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = p.samples[i];
    const stack: string[] = [];
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) stack.push(keyOf.get(id)!);
    if (within && !stack.some((k) => info.get(k)!.name === within)) continue;
    all += dt;
    const leafKey = keyOf.get(leaf)!;
    self.set(leafKey, (self.get(leafKey) ?? 0) + dt);
    for (const k of new Set(stack)) total.set(k, (total.get(k) ?? 0) + dt);
  }
  const functions = [...info.entries()]
    .map(([k, l]) => ({ ...l, selfMs: self.get(k) ?? 0, totalMs: total.get(k) ?? 0 }))
    .filter((f) => f.selfMs > 0 || f.totalMs > 0);
  return { totalMs: all, functions };
}

export function formatHot(s: { totalMs: number; functions: HotFunction[] }, top = 25): string {
  const pct = (ms: number) => ((100 * ms) / s.totalMs).toFixed(1).padStart(5) + '%';
  const line = (f: HotFunction, ms: number) =>
    `${pct(ms)} ${ms.toFixed(0).padStart(7)} ms  ${f.name}  ${f.where}`;
  const bySelf = [...s.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  const byTotal = [...s.functions]
    .filter((f) => f.where.startsWith('src/'))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, top);
  return [
    `profiled: ${s.totalMs.toFixed(0)} ms`,
    '',
    `top ${top} by self time:`,
    ...bySelf.map((f) => line(f, f.selfMs)),
    '',
    `top ${top} src/ functions by inclusive time:`,
    ...byTotal.map((f) => line(f, f.totalMs)),
  ].join('\n');
}
