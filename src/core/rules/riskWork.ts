// The two risk / support rules that need the 已外出务工 export (rules-v2 §10, §13): hand-written because they join
// the work spells to the persons (by 人编号, else the first 18 characters of 证件号码, as rules/work.ts), which a
// rule record cannot see. Skipped when the export is not loaded (rules/work.ts says so with sheet.companion-missing).
import type { RuleContext } from './context';
import { cellText, isEmpty, parseFlag } from '../grid/normalise';
import { quote } from '../grid/quote';
import { cell, hcell, householdHasColumn, hRef, type PersonRow } from '../model/ledger';
import { householdRisks, isTekunMember, personText } from './riskFacts';
import { personKey18 } from './work';

/** Per person key: has a spell; has a spell with 是否已务工 = 是 or no 结束时间 (working). */
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
  if (ctx.ledger.workSheets.length === 0 || ctx.ledger.persons.length === 0) return;
  const noRecord = ctx.enabled('risk.employment-no-work-record');
  const working = ctx.enabled('support.extreme-poverty-working');
  if (!noRecord && !working) return;
  const index = indexSpells(ctx);

  if (noRecord) {
    for (const h of ctx.ledger.households) {
      if (h.members.length === 0 || !ctx.status(h).riskOpen || !householdHasColumn(h, 'risk1')) continue;
      const risk = householdRisks(h).find((r) => r.value === '因务工就业不稳');
      if (risk === undefined) continue;
      if (h.members.some((m) => spellsOf(index, m) !== undefined || personText(m, 'workPlace') !== ''))
        continue;
      const ref = hRef(h, risk.key);
      ctx.emit({
        rule: 'risk.employment-no-work-record',
        sheet: ref.sheet,
        r: ref.r,
        col: risk.key,
        value: hcell(h, risk.key),
        householdId: h.id || h.key,
        message: `${h.id ? `户编号${h.id}：` : ''}风险类型为“${risk.value}”，但务工监测中没有家庭成员的务工记录（务工所在地也为空），请补录务工信息或核实风险类型。`,
      });
    }
  }

  if (working) {
    for (const sheet of ctx.ledger.personSheets) {
      if (sheet.byKey.extremePovertySupported === undefined) {
        ctx.missingColumn(sheet, 'extremePovertySupported', ['support.extreme-poverty-working']);
      }
    }
    for (const m of ctx.ledger.persons) {
      if (m.sheet.byKey.extremePovertySupported === undefined || !isTekunMember(m)) continue;
      if (spellsOf(index, m)?.working !== true) continue;
      const name = personText(m, 'name');
      ctx.emit({
        rule: 'support.extreme-poverty-working',
        sheet: m.sheet,
        r: m.r,
        col: 'extremePovertySupported',
        value: cell(m, 'extremePovertySupported'),
        householdId: m.household.id || m.household.key,
        message: `${name ? quote(name) : '该成员'}享受${quote(personText(m, 'extremePovertySupported'))}，务工监测中却有务工记录（已务工或务工未结束），请核实特困供养资格或务工信息。`,
      });
    }
  }
}
