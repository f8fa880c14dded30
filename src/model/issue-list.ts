// What every error that lists issues does with them. Internal: not exported from the model barrel.

/**
 * The message of an error that lists issues: `lead`, then the first three issues' messages, then
 * how many more there are (`Cannot restore the session: … (and 2 more)`).
 *
 * @internal
 */
export function _issuesMessage(lead: string, issues: readonly { readonly message: string }[]): string {
  const shown = issues.slice(0, 3).map((i) => i.message);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${lead}: ${shown.join(' ')}${more}`;
}

/**
 * A frozen copy of a list of issues, each issue and its path copied and frozen, so an error's
 * `issues` cannot be changed by whoever made them or whoever catches them.
 *
 * @internal
 */
export function _frozenIssues<T extends { readonly path: readonly PropertyKey[] }>(issues: readonly T[]): readonly T[] {
  return Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));
}
