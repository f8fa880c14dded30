import { _formatPath, _preview } from '../../model/preview.js';

export { _formatPath, _preview };

/** What kind of value was received, in words. */
export function _kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text (${_preview(value)})`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : `${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return _preview(value);
  }
}

/** A list of allowed values, shortened when long. */
export function _oneOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => (typeof v === 'string' ? `"${v}"` : String(v)));
  const more = values.length > 12 ? ` and ${values.length - 12} more` : '';
  return values.length === 1 ? (shown[0] ?? '') : `one of ${shown.join(', ')}${more}`;
}
