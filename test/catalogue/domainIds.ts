// Rule ids as the domain contracts define them, read from the project's copy (docs/domain/, copied from the
// product lead's domain folder; see docs/domain/README.md): rules.md's id tables and rules-v2.md's entries and
// §27 index. Test-only code.
import { readFileSync } from 'fs';
import path from 'path';

const DOCS = path.join(__dirname, '..', '..', 'docs', 'domain');
const read = (name: string): string => readFileSync(path.join(DOCS, name), 'utf8');
const ID = /^\| ([a-z]+\.[a-z0-9-]+) \|/gm;

/** Ids of rules.md's tables (first cell of a table row), in order. */
export function rulesMdIds(): string[] {
  return [...read('rules.md').matchAll(ID)].map((m) => m[1]);
}

/** Ids of rules-v2.md's `**`id`**` entries, in order. */
export function rulesV2EntryIds(): string[] {
  return [...read('rules-v2.md').matchAll(/\*\*`([a-z]+\.[a-z0-9-]+)`\*\*/g)].map((m) => m[1]);
}

/** Ids and default severities of rules-v2.md's §27 index. */
export function rulesV2Index(): Array<{ id: string; severity: string; title: string }> {
  const text = read('rules-v2.md');
  const index = text.slice(text.indexOf('## 27.'));
  return [...index.matchAll(/^\| ([a-z]+\.[a-z0-9-]+) \| (error|warning|info) \| ([^|]+) \|/gm)].map((m) => ({
    id: m[1],
    severity: m[2],
    title: m[3].trim(),
  }));
}

/** Every v2 id (the §27 index). */
export const V2_IDS: ReadonlySet<string> = new Set(rulesV2Index().map((r) => r.id));
