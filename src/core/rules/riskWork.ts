// support.extreme-poverty-working (rules-v2 §13, needs 已外出务工): hand-written because it asks whether a person's
// spell is current (是否已务工 = 是, or no 结束时间), which the records' nWork (a count of spells) does not say. Spells
// are joined to persons by 人编号, else the first 18 characters of 证件号码 (as rules/work.ts). Skipped when the export
// is not loaded. risk.employment-no-work-record is a record (rulebook/national/risk.ts, m.nWork).
import type { RuleContext } from './context';
import { cellText, isEmpty, parseFlag } from '../grid/normalise';
import { quote } from '../grid/quote';
import { cell, type PersonRow } from '../model/ledger';
import { isTekunMember, personText } from './riskFacts';
import { personKey18 } from './work';

/** Per person key: has a spell, and whether one is current (是否已务工 = 是, or no 结束时间). */
interface SpellFacts {
  any: boolean;
  working: boolean;
}

type SpellIndex = Map<string, SpellFacts>;

function indexSpells(ctx: RuleContext): SpellIndex {
  const index: SpellIndex = new Map();
  const add = (key: string, working: boolean): void => {
    const f = index.get(key);
    if (f === undefined) index.set(key, { any: true, working });
    else f.working ||= working;
  };
  for (const sheet of ctx.ledger.workSheets) {
    const hasEnd = sheet.byKey.workEnd !== undefined;
    for (const r of sheet.dataRows) {
      const ref = { sheet, r };
      const pid = cellText(cell(ref, 'personId'));
      const id = personKey18(cell(ref, 'idNumber'));
      if (pid === '' && id === '') continue;
      const end = cell(ref, 'workEnd');
      const working = parseFlag(cell(ref, 'isWorking')) === true || (hasEnd && isEmpty(end));
      if (pid !== '') add(`p:${pid}`, working);
      if (id !== '') add(`i:${id}`, working);
    }
  }
  return index;
}

/** The member's spells (by 人编号 or ID, whichever the export has). */
function spellsOf(index: SpellIndex, m: PersonRow): SpellFacts | undefined {
  const pid = cellText(cell(m, 'personId'));
  const byPid = pid !== '' ? index.get(`p:${pid}`) : undefined;
  const id = personKey18(cell(m, 'idNumber'));
  const byId = id !== '' ? index.get(`i:${id}`) : undefined;
  if (byPid === undefined) return byId;
  if (byId === undefined) return byPid;
  return { any: true, working: byPid.working || byId.working };
}

export function run(ctx: RuleContext): void {
  const rule = 'support.extreme-poverty-working';
  if (ctx.ledger.workSheets.length === 0 || ctx.ledger.persons.length === 0 || !ctx.enabled(rule)) return;
  for (const sheet of ctx.ledger.personSheets)
    if (sheet.byKey.extremePovertySupported === undefined)
      ctx.missingColumn(sheet, 'extremePovertySupported', [rule]);
  // Few persons are 特困: the spells are indexed only when there is one.
  const tekun = ctx.ledger.persons.filter(
    (m) => m.sheet.byKey.extremePovertySupported !== undefined && isTekunMember(m),
  );
  if (tekun.length === 0) return;
  const index = indexSpells(ctx);
  for (const m of tekun) {
    if (spellsOf(index, m)?.working !== true) continue;
    const name = personText(m, 'name');
    ctx.emit({
      rule,
      sheet: m.sheet,
      r: m.r,
      col: 'extremePovertySupported',
      value: cell(m, 'extremePovertySupported'),
      householdId: m.household.id || m.household.key,
      message: `${name ? quote(name) : '该成员'}享受${quote(personText(m, 'extremePovertySupported'))}，务工监测中却有务工记录（已务工或务工未结束），请核实特困供养资格或务工信息。`,
    });
  }
}
