// STUB — rule module being written (see src/core/rules/context.ts for the RuleContext API).
import type { RuleContext } from './context';

export function run(_ctx: RuleContext): void {}
