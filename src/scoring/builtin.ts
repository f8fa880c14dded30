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
  const freeze = (v: unknown): void => {
    if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
      Object.freeze(v);
      for (const key of Object.keys(v)) freeze((v as Record<string, unknown>)[key]);
    }
  };
  freeze(definition);
  return definition;
}
