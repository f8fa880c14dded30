import { _previewText, PREVIEW_CHARS } from '../../model/_internal/preview.js';

/**
 * A short, safe preview of an untrusted value for error messages: strings are cut to 24
 * characters, objects and arrays are named, never dumped.
 *
 * @internal
 */
export function preview(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return _previewText(value);
    case 'number':
      return String(value);
    case 'bigint': {
      const s = `${value}n`;
      return s.length > PREVIEW_CHARS ? `${s.slice(0, PREVIEW_CHARS)}…` : s;
    }
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return `an array of ${value.length}`;
      return 'an object';
  }
}
