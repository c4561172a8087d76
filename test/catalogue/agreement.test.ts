// The rule ids of the domain contracts (rules.md, rules-v2.md) and of the implementation (catalogue.ts RULES and the
// built-in national pack) agree: an id in one and not the other fails, except the v2 ids listed in PENDING — rules
// specified but not implemented yet. PENDING must shrink to empty as the v2 rules land; an id that is implemented
// while still listed fails too, so the list stays true.
import { RULES } from '../../src/core/rules/catalogue';
import { NATIONAL_PACK } from '../../src/core/rulebook/national';
import { rulesMdIds, rulesV2EntryIds, rulesV2Index, V2_IDS } from './domainIds';

/**
 * v2 ids specified but not implemented yet, by rules-v2 section. Remove an id when it lands in the catalogue or the
 * national pack; an id listed here that is implemented is only reported (it does not fail the suite of whoever
 * landed it), so the list is kept true by each natgen landing.
 */
export const PENDING: readonly string[] = [
  // §2. Identity and documents — 3
  'id.disability-cert-missing',
  'id.disability-cert-type-mismatch',
  // §4. Education and age — 5
  'edu.grade-age-band',
  'edu.attainment-age',
  'edu.absence-reason-health',
  'edu.yulu-not-vocational',
  'edu.yulu-missing',
  // §5. Labour — 5
  'labor.elderly-full-labour',
  'labor.able-bodied-no-labour',
  'labor.student-labour',
  'labor.minor-labour-skill',
  'labor.severe-disability-labour',
  // §6. 公益性岗位 and employment — 7
  'employment.public-job-months',
  'employment.measure-no-labour',
  'employment.measure-no-worker',
  'employment.educated-not-working',
  // §7. Insurance — 4
  'medical.serious-illness-missing',
  'medical.premium-subsidy-window',
  'pension.missing',
  'pension.double-insured',
  // §10. Risk type ↔ household facts — 10
  'risk.type-missing',
  'risk.other-without-note',
  'risk.disaster-without-subtype',
  'risk.disability-no-disabled-member',
  'risk.illness-no-sick-member',
  'risk.labour-shortage-with-labour',
  'risk.employment-no-labour',
  'risk.employment-no-work-record',
  'risk.education-no-student',
  'risk.flag-without-risk-type',
  // §11. Risk type ↔ 帮扶措施 — 2
  'measure.risk-unmatched',
  'measure.problem-unmatched',
  // §12. 开发式帮扶 — 3
  'measure.developmental-missing',
  'measure.developmental-status-mismatch',
  'measure.developmental-weak',
  // §13. Measures ↔ status (低保, 特困, 残疾人补贴, 兜底) — 7
  'measure.support-without-status',
  'measure.status-not-in-measures',
  'measure.disability-subsidy-missing',
  'support.no-labour-flag-mismatch',
  'support.no-labour-without-dibao',
  'support.extreme-poverty-able-bodied',
  'support.extreme-poverty-working',
  // §16. Work-monitoring tables (已外出务工, 计划外出务工) — 18
  'work.start-missing',
  'work.end-before-start',
  'work.spells-overlap',
  'work.status-end-mismatch',
  'work.long-open-spell',
  'work.minor-at-start',
  'work.county-missing',
  'work.place-not-county',
  'work.public-job-outside-county',
  'work.details-missing',
  'work.monthly-income-implausible',
  'work.student-working',
  'work.no-labour-working',
  'work.plan-no-service-need',
  'work.travel-subsidy-missing',
  'work.travel-subsidy-in-county',
  'work.labour-export-unsupported',
  // §18. Land and distance plausibility — 4
  'living.retired-forest-exceeds',
  'living.road-distance',
  // §19. Villages — 6
  'village.exited-base-missing',
  'village.count-exceeds-total',
  'village.exited-field-missing',
  'village.exited-no-collective-income',
  'village.exited-no-hard-road',
  'village.land-less-than-households',
  // §20. Funds — 19
  'fund.idle',
  'fund.idle-over-two-years',
  'fund.progress-behind-schedule',
  'fund.start-late',
  'fund.publicity-missing',
  'fund.publicity-fields-missing',
  'fund.no-benefit-link',
  'fund.equal-split',
  'fund.itemised-cost-mismatch',
  'fund.asset-unregistered',
  'fund.asset-idle',
  'fund.perf-target-missing',
  'fund.perf-funding-mismatch',
  'fund.perf-execution-rate',
  'fund.perf-score-total',
  'fund.perf-weights',
  'fund.perf-score-invalid',
  'fund.perf-score-band',
  'fund.perf-actual-below-target',
];

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
    const stale = PENDING.filter((id) => implemented().has(id));
    if (stale.length > 0) console.info(`PENDING ids now implemented (remove them): ${stale.join(', ')}`);
  });

  it('implemented v2 rules keep the default severity of the §27 index', () => {
    const ids = implemented();
    const wrong = rulesV2Index()
      .filter((r) => ids.has(r.id) && ids.get(r.id)!.severity !== r.severity)
      .map((r) => `${r.id}: ${ids.get(r.id)!.severity} ≠ ${r.severity}`);
    expect(wrong).toEqual([]);
  });
});
