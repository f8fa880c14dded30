import { _deepFreeze } from '../model/freeze.js';
import type { InstrumentDefinition } from './types.js';

/**
 * Freezes a built-in definition in place, deeply, at import, without running the checks: the test
 * suite checks every built-in, and the engine checks each one once, when it is first scored, and
 * then reuses the compiled form (it can, because a deep-frozen definition can never change).
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function _builtin<const T extends InstrumentDefinition>(definition: T): T {
  return _deepFreeze(definition);
}
