/**
 * Deep-freezes plain data (objects and arrays) in place and returns it: the one helper every room
 * uses to hand out frozen results. Stops at what is already frozen. Not part of the public API.
 *
 * @internal
 */
export function _deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) _deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
