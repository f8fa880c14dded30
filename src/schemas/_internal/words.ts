import { _previewText } from '../../model/_internal/preview.js';

/** A short, safe preview of an untrusted value: strings cut to 24 characters, objects named, never dumped. */
export function _preview(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return _previewText(value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return 'a bigint';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return `a list of ${value.length}`;
      return 'an object';
  }
}

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

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A path as a developer writes it: `riskScreen.selfHarm.recency`, `caregivers[0].relationship`, `measures["phq-9"][3]`. */
export function _formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const k = typeof key === 'symbol' ? 'symbol' : key.length > 40 ? `${key.slice(0, 40)}…` : key;
      out += IDENT.test(k) ? (out === '' ? k : `.${k}`) : `[${JSON.stringify(k)}]`;
    }
  }
  return out === '' ? '(the whole input)' : out;
}

/** A list of allowed values, shortened when long. */
export function _oneOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => (typeof v === 'string' ? `"${v}"` : String(v)));
  const more = values.length > 12 ? ` and ${values.length - 12} more` : '';
  return values.length === 1 ? (shown[0] ?? '') : `one of ${shown.join(', ')}${more}`;
}
