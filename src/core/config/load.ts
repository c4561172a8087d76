// Settings in, a usable Config out, loading the validator only when there is something to validate: the schema
// (zod) is required on first use, synchronously because analyze() is synchronous. Without settings the defaults
// come from defaults.ts as they are — they are the schema's own (test/config/defaults.test.ts).
import { defaultSettings } from './defaults';
import type { Config } from './schema';

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** No settings at all: nothing given, or a plain object without a single key. */
export function noSettings(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (typeof raw !== 'object' || Array.isArray(raw)) return false;
  const proto = Object.getPrototypeOf(raw);
  return (proto === Object.prototype || proto === null) && Reflect.ownKeys(raw).length === 0;
}

/** parseConfig (schema.ts) for given settings; the defaults, without zod, for none. */
export function loadConfig(raw: unknown): ConfigResult {
  if (noSettings(raw)) return { ok: true, config: defaultSettings() };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseConfig } = require('./schema') as typeof import('./schema');
  return parseConfig(raw);
}
