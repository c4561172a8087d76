// The rule ids of the domain contracts (rules.md, rules-v2.md) and of the implementation (catalogue.ts RULES and the
// built-in national pack) agree: an id in one and not the other fails, except the v2 ids listed in PENDING — rules
// specified but not implemented yet. PENDING must shrink to empty as the v2 rules land; an id that is implemented
// while still listed fails too, so the list stays true.
import { RULES } from '../../src/core/rules/catalogue';
import { NATIONAL_PACK } from '../../src/core/rulebook/national';
import { rulesMdIds, rulesV2EntryIds, rulesV2Index, V2_IDS } from './domainIds';

/** v2 ids specified but not implemented yet (none: all 125 are); an implemented id listed here fails. */
export const PENDING: readonly string[] = [];

const implemented = (): Map<string, { severity: string; title: string }> => {
  const out = new Map<string, { severity: string; title: string }>();
  for (const [id, m] of Object.entries(RULES)) out.set(id, m);
  for (const r of NATIONAL_PACK.rules) out.set(r.id, { severity: r.severity, title: r.title });
  return out;
};

describe('rule ids: domain contracts and implementation agree', () => {
  it('rules-v2.md defines 125 ids, each once, and its §27 index lists exactly its entries', () => {
    const entries = rulesV2EntryIds();
    expect(entries).toHaveLength(125);
    expect(new Set(entries).size).toBe(125);
    expect(rulesV2Index().map((r) => r.id)).toEqual(entries);
  });

  it('rules.md and rules-v2.md define disjoint ids (v2 adds, never redefines)', () => {
    const v1 = rulesMdIds();
    expect(new Set(v1).size).toBe(v1.length);
    // rules.md's "national system exports" table repeats six v2 ids as a summary: those are the only overlap.
    const overlap = v1.filter((id) => V2_IDS.has(id)).sort();
    expect(overlap).toEqual(
      [
        'id.disability-suffix-invalid',
        'income.subitem-exceeds-component',
        'sheet.column-all-empty',
        'sheet.companion-missing',
        'sheet.numbers-as-text',
        'work.person-not-in-ledger',
      ].sort(),
    );
  });

  it('every implemented rule id is defined in rules.md or rules-v2.md', () => {
    const defined = new Set([...rulesMdIds(), ...V2_IDS]);
    expect([...implemented().keys()].filter((id) => !defined.has(id))).toEqual([]);
  });

  it('every rules.md id is implemented', () => {
    const ids = implemented();
    expect(rulesMdIds().filter((id) => !ids.has(id))).toEqual([]);
  });

  it('every rules-v2.md id is implemented, except the PENDING ones', () => {
    const ids = implemented();
    expect([...V2_IDS].filter((id) => !ids.has(id) && !PENDING.includes(id))).toEqual([]);
  });

  it('PENDING lists only v2 ids, each once', () => {
    expect(PENDING.filter((id) => !V2_IDS.has(id))).toEqual([]);
    expect(new Set(PENDING).size).toBe(PENDING.length);
    // Every v2 id is implemented now: a PENDING id that is implemented is an error, so the list stays true.
    expect(PENDING.filter((id) => implemented().has(id))).toEqual([]);
  });

  it('implemented v2 rules keep the default severity of the §27 index', () => {
    const ids = implemented();
    const wrong = rulesV2Index()
      .filter((r) => ids.has(r.id) && ids.get(r.id)!.severity !== r.severity)
      .map((r) => `${r.id}: ${ids.get(r.id)!.severity} ≠ ${r.severity}`);
    expect(wrong).toEqual([]);
  });
});
