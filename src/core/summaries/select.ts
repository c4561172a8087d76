// Tables for some villages or townships only (CLI --summary-villages, the pane): the report narrowed to their
// households, villages and findings, so every table and sentence counts the same chosen places.
import type { Report } from '../types';
import { normText } from '../grid/normalise';
import { villageKey } from '../calc/figures';
import { SummarySelectionError } from './catalog';

/** Township join key: no trailing 人民政府 / 乡 / 镇 / 街道 (花园乡 = 花园乡人民政府 = 花园). */
export function townshipKey(name: string | undefined): string {
  const t = normText(name ?? '');
  return t.replace(/(人民政府|政府|办事处)$/, '').replace(/(乡|镇|街道|苏木)$/, '') || t;
}

export interface PlaceSelection {
  /** What the clerk typed, resolved: village names and township names as the ledger writes them. */
  villages: string[];
  townships: string[];
}

/**
 * Resolves typed names to the ledger's villages and townships (a name may be either). Throws a Chinese
 * SummarySelectionError for a name the ledger does not have, listing some that it does.
 */
export function resolvePlaces(report: Report, names: readonly string[]): PlaceSelection {
  const villages = new Map<string, string>();
  const townships = new Map<string, string>();
  for (const h of report.households) {
    if (h.village) villages.set(villageKey(h.village), h.village);
    if (h.township) townships.set(townshipKey(h.township), h.township);
  }
  for (const v of report.villages) {
    villages.set(villageKey(v.village), v.village);
    if (v.township) townships.set(townshipKey(v.township), v.township);
  }
  const out: PlaceSelection = { villages: [], townships: [] };
  for (const raw of names) {
    const v = villages.get(villageKey(raw));
    const t = townships.get(townshipKey(raw));
    if (v !== undefined && !out.villages.includes(v)) out.villages.push(v);
    if (t !== undefined && !out.townships.includes(t)) out.townships.push(t);
    if (v === undefined && t === undefined) {
      const known = [...villages.values()].slice(0, 12).join('、');
      const towns = [...townships.values()].slice(0, 6).join('、');
      throw new SummarySelectionError(
        `台账中没有村或乡镇“${raw}”。台账中的村：${known || '（无）'}${villages.size > 12 ? '等' : ''}` +
          (towns ? `；乡镇：${towns}` : '') +
          '。请按台账中的写法填写（可省略“村”“乡”“镇”）。',
        `no village or township "${raw}" in the ledger`,
      );
    }
  }
  return out;
}

/** The chosen places in words, for titles' notes and the 说明 sheet: "东山村、花园乡". */
export function placesText(sel: PlaceSelection): string {
  return [...sel.townships, ...sel.villages].join('、');
}

/**
 * The report restricted to the chosen places: households and village rows of those villages (or of any village
 * of those townships), findings of other places' households left out. Funds are not per village and stay whole.
 */
export function narrowReport(report: Report, sel: PlaceSelection): Report {
  const vk = new Set(sel.villages.map((v) => villageKey(v)));
  const tk = new Set(sel.townships.map((t) => townshipKey(t)));
  const inPlace = (village: string, township: string | undefined) =>
    vk.has(villageKey(village)) || (township !== undefined && tk.has(townshipKey(township)));
  const households = report.households.filter((h) => inPlace(h.village, h.township));
  const villages = report.villages.filter((v) => inPlace(v.village, v.township));
  // Findings of a household left out (by 户编号, or on its first row) leave with it; sheet-level and fund
  // findings stay.
  const keptIds = new Set(households.map((h) => h.householdId));
  const droppedIds = new Set<string>();
  const droppedRows = new Set<string>();
  for (const h of report.households)
    if (!keptIds.has(h.householdId)) {
      droppedIds.add(h.householdId);
      droppedRows.add(`${h.sheet}\u0000${h.row}`);
    }
  const keep = (f: Report['findings'][number]) =>
    !(f.householdId !== undefined && droppedIds.has(f.householdId) && !keptIds.has(f.householdId)) &&
    !droppedRows.has(`${f.sheet}\u0000${f.row}`);
  const findings = report.findings.filter(keep);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const out: Report = {
    ...report,
    households,
    villages,
    findings,
    counts,
    ...(report.exempted ? { exempted: report.exempted.filter((e) => keep(e.finding)) } : {}),
  };
  if (report.work)
    out.work = {
      ...report.work,
      villages: report.work.villages.filter((v) => inPlace(v.village, v.township)),
    };
  return out;
}
