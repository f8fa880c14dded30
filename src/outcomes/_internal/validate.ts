import { _preview } from '../../model/preview.js';
import { OutcomeInputError } from '../errors.js';

export { _preview };

export function _finite(fn: string, field: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new OutcomeInputError(fn, field, _preview(v), 'a finite number');
  return v;
}

export function _positive(fn: string, field: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw new OutcomeInputError(fn, field, _preview(v), 'a finite number above 0');
  return v;
}

export function _reliability(fn: string, field: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v >= 1) {
    throw new OutcomeInputError(fn, field, _preview(v), 'a number strictly between 0 and 1 (for example a test-retest reliability of 0.8)');
  }
  return v;
}

export type _Direction = 'lower-is-better' | 'higher-is-better';

export function _direction(fn: string, field: string, v: unknown): _Direction {
  if (v !== 'lower-is-better' && v !== 'higher-is-better') throw new OutcomeInputError(fn, field, _preview(v), '"lower-is-better" or "higher-is-better"');
  return v;
}

/** +1 when higher is better, -1 when lower is better: multiply a change by it to read "better" as positive. */
export const _sign = (d: _Direction): 1 | -1 => (d === 'higher-is-better' ? 1 : -1);

/** Sample mean and standard deviation (n − 1), as R's `mean` and `sd`. */
export function _meanSd(xs: readonly number[]): { readonly mean: number; readonly sd: number } {
  const n = xs.length;
  let m = 0;
  for (const x of xs) m += x;
  m /= n;
  let ss = 0;
  for (const x of xs) ss += (x - m) * (x - m);
  return { mean: m, sd: Math.sqrt(ss / (n - 1)) };
}

export function _object<T>(fn: string, field: string, v: T): T {
  if (typeof v !== 'object' || v === null) throw new OutcomeInputError(fn, field, _preview(v), 'an object');
  return v;
}
