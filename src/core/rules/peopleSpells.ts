// Work spells (务工记录) of the persons of the main export, for the v2 people rules (rules-v2 §0.4 "work spell"): rows
// of the 已外出务工 export joined by 人编号 when both sides have it, else by the first 18 characters of 证件号码.
import type { RuleContext } from './context';
import type { ParsedSheet } from '../types';
import { cellText, normText, parseDate } from '../grid/normalise';
import { cell, type RowRef } from '../model/ledger';
import { personKey18 } from './work';

export interface Spell extends RowRef {
  /** Month index (year × 12 + month − 1) of 开始时间 / 结束时间; −1 when empty or unreadable. */
  start: number;
  end: number;
  /** 就业渠道 and 务工所在县, normalised ('' when empty or absent). */
  channel: string;
  county: string;
}

export interface SpellIndex {
  /** False when no 已外出务工 export is loaded: rules that need spells are skipped. */
  loaded: boolean;
  /** The spells of the person on a person-sheet row (empty list when none). */
  of(p: RowRef): Spell[];
}

/** Month index of a date cell (YYYY年MM月, YYYYMM, full dates); −1 when empty or unreadable. */
export function monthIndex(v: unknown): number {
  const d = parseDate(v as string);
  return d.date ? d.date.y * 12 + d.date.m - 1 : -1;
}

const NONE: Spell[] = [];

function spellOf(sheet: ParsedSheet, r: number): Spell {
  const ref = { sheet, r };
  return {
    sheet,
    r,
    start: monthIndex(cell(ref, 'workStart')),
    end: monthIndex(cell(ref, 'workEnd')),
    channel: normText(cell(ref, 'workChannel')),
    county: normText(cell(ref, 'workCounty')),
  };
}

/** The spells of every person, built once per run (linear in the work rows). */
export function buildSpellIndex(ctx: RuleContext): SpellIndex {
  const sheets = ctx.ledger.workSheets;
  if (sheets.length === 0) return { loaded: false, of: () => NONE };
  const byPersonId = new Map<string, Spell[]>();
  const byId = new Map<string, Spell[]>();
  const add = (map: Map<string, Spell[]>, k: string, s: Spell): void => {
    const list = map.get(k);
    if (list) list.push(s);
    else map.set(k, [s]);
  };
  for (const sheet of sheets) {
    for (const r of sheet.dataRows) {
      const ref = { sheet, r };
      const pid = sheet.byKey.personId ? cellText(cell(ref, 'personId')) : '';
      const id = personKey18(cell(ref, 'idNumber'));
      if (pid === '' && id === '') continue;
      const s = spellOf(sheet, r);
      if (pid !== '') add(byPersonId, pid, s);
      if (id !== '') add(byId, id, s);
    }
  }
  return {
    loaded: true,
    of(p) {
      // 人编号 when both sides have it: a 证件号码 entered twice must not lend one person the other's spells.
      if (p.sheet.byKey.personId && byPersonId.size > 0) {
        const pid = cellText(cell(p, 'personId'));
        if (pid !== '') return byPersonId.get(pid) ?? NONE;
      }
      const id = personKey18(cell(p, 'idNumber'));
      return (id === '' ? undefined : byId.get(id)) ?? NONE;
    },
  };
}
