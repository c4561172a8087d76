// Severity → Fluent colour names, shared by the list, badges and the selected-cell card.
import type { Severity } from '../core/types';

export const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** MessageBar intent of a finished check: red with errors, yellow with warnings only, green when clean. */
export function statusIntent(counts: Record<Severity, number>): 'error' | 'warning' | 'success' {
  return counts.error ? 'error' : counts.warning ? 'warning' : 'success';
}
