import { _deepFreeze } from '../model/freeze.js';
import { _markDefined } from './defined.js';
import type { InstrumentDefinition } from './types.js';

/**
 * Defines a built-in instrument at import: freezes it in place, deeply, and records it as defined,
 * without running the checks (the test suite checks every built-in with `instrumentProblems`), so
 * an app that scores only built-ins does not bundle the checks.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function _builtin<const T extends InstrumentDefinition>(definition: T): T {
  return _markDefined(_deepFreeze(definition));
}
