/**
 * The definitions that were defined: the built-ins and every copy `defineInstrument` returned.
 * Each is deep-frozen plain data that passed the checks, so it can never change and can key the
 * engine's caches. A WeakSet, so nothing outside this module can add to it or forge membership.
 */
const defined = new WeakSet<object>();

/**
 * Records a deep-frozen, checked definition as defined and returns it.
 *
 * @internal
 */
export function _markDefined<T extends object>(definition: T): T {
  defined.add(definition);
  return definition;
}

/**
 * True for a built-in definition or one returned by `defineInstrument`.
 *
 * @internal
 */
export const _isDefined = (value: unknown): boolean => typeof value === 'object' && value !== null && defined.has(value);

/**
 * What a function that takes an instrument expects, in its refusal messages.
 *
 * @internal
 */
export const _DEFINED_EXPECTED = 'a defined instrument (a built-in such as phq9, or one returned by defineInstrument)';
