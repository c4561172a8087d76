// The cell checks of person and household sheets in one pass over the rows: identity (证件号码, duplicates,
// 性别 / 出生日期 against the ID), fields (required, codes, numbers, dates, phones, error values) and labour;
// each household's checks (rules/households.ts) run right after its last row.
// A county ledger is hundreds of thousands of row arrays and most of their strings are unique (names, IDs,
// dates); each rule family walking the rows on its own loaded every row and string again, which cost more than
// the checks. Here each row is loaded once and every check runs while it is in cache.
import { FAMILY, type RowCheck, type RuleContext } from './context';
import type { CellValue } from '../types';
import { checkHeadIds, DuplicateIndex, emitDuplicates, identityRowCheck } from './identity';
import { checkVillageSheets, fieldRowCheck, villageOnHouseholdSheet } from './fields';
import { laborRowCheck } from './labor';
import { householdPass } from './households';

const EMPTY_ROW: readonly CellValue[] = [];

export function run(ctx: RuleContext): void {
  const { personSheets, householdSheets } = ctx.ledger;
  const dups = new DuplicateIndex(ctx.ledger.persons.length);
  // Set-up in the order the families ran when they were separate passes: the sheet.column-missing notes are
  // reported in that order.
  ctx.family = FAMILY.identity;
  const identity = personSheets.map((sheet) => identityRowCheck(ctx, sheet, dups));
  checkHeadIds(ctx);
  ctx.family = FAMILY.fields;
  const onHousehold = villageOnHouseholdSheet(ctx);
  const sheets = [...personSheets, ...householdSheets];
  const fields = sheets.map((sheet) => fieldRowCheck(ctx, sheet, onHousehold));
  checkVillageSheets(ctx);
  ctx.family = FAMILY.labor;
  const labor = personSheets.map((sheet) => laborRowCheck(ctx, sheet));

  const households = householdPass(ctx);
  const persons = ctx.ledger.persons;
  // ledger.persons lists the person sheets' data rows in this same order: its index is counted along.
  let personIndex = 0;
  sheets.forEach((sheet, i) => {
    const id: RowCheck | undefined = identity[i];
    const field = fields[i];
    const work: RowCheck | undefined = labor[i];
    const grid = sheet.grid;
    const isPerson = sheet.kind === 'person';
    for (const r of sheet.dataRows) {
      const row = grid[r] ?? EMPTY_ROW;
      if (id !== undefined) id(r, row, personIndex);
      field(r, row, personIndex);
      if (work !== undefined) work(r, row, personIndex);
      if (isPerson) {
        // A household whose rows all sit on this sheet is checked right after its last row (members are in row
        // order); the rest wait for finish().
        const h = persons[personIndex].household;
        if (h.index >= 0 && h.sheet === sheet && h.members[h.members.length - 1].r === r) households.step(h);
        personIndex++;
      }
    }
  });
  for (const f of fields) f.finish();
  households.finish();
  ctx.family = FAMILY.identity;
  emitDuplicates(ctx, dups);
}
