// Villages (rules.md): every village with households needs a population for the 贫困发生率 denominator, and a
// village base sheet's counts of covered households/persons must match the ledger. Village names are matched
// after normText, tolerating a trailing 村 / 村委会.
import type { RuleContext } from './context';
import { quote } from '../grid/quote';
import type { VillageFigure } from '../types';
import { isEmpty } from '../grid/normalise';
import { cell, hRef } from '../model/ledger';
import { columnLabel } from '../profiles/synonyms';
import {
  buildHouseholdFigures,
  configPopulation,
  findVillageRow,
  personsOf,
  villageKey,
  villageRows,
} from '../calc/figures';
import { amountOf } from '../calc/income';
import type { HouseholdRec } from '../model/ledger';
import { normText } from '../grid/normalise';
import { runVillageExport } from './villageExport';

/** Village-sheet count columns compared with the ledger (village.count-mismatch), and what they count. */
const COUNT_COLUMNS: Array<{ key: string; what: string; pick: (v: Counts) => number }> = [
  { key: 'coveredHouseholds', what: '脱贫户及监测对象户数', pick: (v) => v.coveredHouseholds },
  { key: 'coveredPersons', what: '脱贫户及监测对象人数', pick: (v) => v.coveredPersons },
  { key: 'exitedHouseholds', what: '脱贫户户数', pick: (v) => v.exitedHouseholds },
  { key: 'exitedPersons', what: '脱贫人口数', pick: (v) => v.exitedPersons },
  { key: 'monitoredHouseholds', what: '监测对象户数', pick: (v) => v.monitoredHouseholds },
  { key: 'monitoredPersons', what: '监测对象人数', pick: (v) => v.monitoredPersons },
];

type Counts = Pick<
  VillageFigure,
  | 'coveredHouseholds'
  | 'coveredPersons'
  | 'exitedHouseholds'
  | 'exitedPersons'
  | 'monitoredHouseholds'
  | 'monitoredPersons'
>;

interface LedgerVillage extends Counts {
  name: string;
  township: string;
  first: HouseholdRec;
}

export function run(ctx: RuleContext): void {
  runVillageExport(ctx);
  const households = ctx.ledger.households;
  if (households.length === 0) return;
  const figures = buildHouseholdFigures(ctx);
  const villages = new Map<string, LedgerVillage>();
  households.forEach((h, i) => {
    const f = figures[i];
    if (f.village === '') return; // no village column or cell: field rules report it
    const k = `${normText(f.township)}|${villageKey(f.village)}`;
    let v = villages.get(k);
    if (!v) {
      v = {
        name: f.village,
        township: f.township ?? '',
        first: h,
        coveredHouseholds: 0,
        coveredPersons: 0,
        exitedHouseholds: 0,
        exitedPersons: 0,
        monitoredHouseholds: 0,
        monitoredPersons: 0,
      };
      villages.set(k, v);
    }
    const persons = personsOf(ctx, f.members, f.size);
    if (f.covered) {
      v.coveredHouseholds++;
      v.coveredPersons += persons;
    }
    if (f.exited) {
      v.exitedHouseholds++;
      v.exitedPersons += persons;
    }
    if (f.monitored) {
      v.monitoredHouseholds++;
      v.monitoredPersons += persons;
    }
  });

  const rows = villageRows(ctx);
  const denominator = ctx.config.incidenceDenominator;
  const label = columnLabel(denominator);
  for (const v of villages.values()) {
    const row = findVillageRow(rows, v.name, v.township);
    const fromConfig = configPopulation(ctx, v.name);

    // village.population-missing
    if (!row) {
      if (fromConfig === null) {
        const ref = hRef(v.first, 'village');
        ctx.emit({
          rule: 'village.population-missing',
          sheet: ref.sheet,
          r: ref.r,
          col: 'village',
          value: v.name,
          message: `${v.name}有台账户，但${ctx.ledger.villageSheets.length ? '行政村基本情况表中没有这个村' : '工作簿中没有行政村基本情况表'}，也未在设置中填写该村人口，无法计算贫困发生率（分母为${label}）。请在行政村基本情况表中补充该村${label}，或在“设置—村人口”中填写。`,
        });
      }
    } else if (!row.sheet.byKey[denominator]) {
      if (fromConfig === null) ctx.missingColumn(row.sheet, denominator, ['village.population-missing']);
    } else {
      const raw = cell(row, denominator);
      const pop = amountOf(raw);
      if ((pop === null || pop <= 0) && fromConfig === null) {
        ctx.emit({
          rule: 'village.population-missing',
          sheet: row.sheet,
          r: row.r,
          col: denominator,
          value: raw,
          message: `${row.name}的${row.sheet.byKey[denominator].header}${isEmpty(raw) ? '为空' : `为“${quote(raw)}”`}，无法计算贫困发生率（分母为${label}）。请填写该村${label}（正整数）。`,
        });
      }
    }

    // village.count-mismatch
    if (!row) continue;
    for (const c of COUNT_COLUMNS) {
      const col = row.sheet.byKey[c.key];
      if (!col) continue;
      const raw = cell(row, c.key);
      const stated = amountOf(raw);
      if (stated === null) continue;
      const ledger = c.pick(v);
      if (stated === ledger) continue;
      ctx.emit({
        rule: 'village.count-mismatch',
        sheet: row.sheet,
        r: row.r,
        col: c.key,
        value: raw,
        message: `${row.name}的${col.header}填写为${stated}，但台账中该村${c.what}为${ledger}（${c.key.endsWith('Persons') ? '按成员记录计' : '按户计'}）。请核对行政村基本情况表与台账，更新其中有误的一方。`,
      });
    }
  }
}
