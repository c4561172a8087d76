import { generateLedger } from './index';
it('smoke', () => {
  for (const layout of ['a', 'b', 'c'] as const) {
    const g = generateLedger({ seed: 1, persons: 3000, layout, inject: 'all' });
    const counts: Record<string, number> = {};
    for (const e of g.expected) if (!e.maybe) counts[e.rule] = (counts[e.rule] ?? 0) + 1;
    console.log(layout, JSON.stringify(g.skipped), g.spec.sheets.map((s) => `${s.name}:${s.values.length}`).join(' '), g.truth.households.length, Object.keys(counts).length);
  }
  const g = generateLedger({ seed: 2, persons: 60, layout: 'a' });
  console.log(g.spec.sheets[0].values.slice(0, 6).map((r) => r.join('|')).join('\n'));
  console.log(JSON.stringify(g.expected.slice(0, 5)), JSON.stringify(g.truth.villages[0]));
});
