import type { InstrumentDefinition } from '../../scoring/types.js';
import { inputError } from '../_errors.js';

/** How keys (CSV headers, NDJSON keys) find items: by item id or by item number, case-insensitive. */
export interface ItemKeys {
  readonly def: InstrumentDefinition;
  readonly ids: readonly string[];
  readonly numbers: readonly number[];
  /** Normalised key (trimmed, lower case) → item index. */
  readonly byKey: ReadonlyMap<string, number>;
  /** The shared prefix of the item ids up to a separator (`ecrr-`), or `null` when there is none. */
  readonly prefix: string | null;
}

/** Normalises a header or key for matching: trimmed, lower case. */
export const normaliseKey = (key: string): string => key.trim().toLowerCase();

/** Builds the key lookup of an instrument. */
export function itemKeys(def: InstrumentDefinition): ItemKeys {
  const byKey = new Map<string, number>();
  def.items.forEach((it, i) => {
    byKey.set(it.id.toLowerCase(), i);
    byKey.set(String(it.number), i);
  });
  const ids = def.items.map((it) => it.id.toLowerCase());
  let common = ids[0] ?? '';
  for (const id of ids) while (!id.startsWith(common)) common = common.slice(0, -1);
  const sep = Math.max(common.lastIndexOf('-'), common.lastIndexOf('_'), common.lastIndexOf('.'));
  return {
    def,
    ids: def.items.map((it) => it.id),
    numbers: def.items.map((it) => it.number),
    byKey,
    prefix: sep > 0 ? common.slice(0, sep + 1) : null,
  };
}

/** The item index a key names, or `undefined`. */
export function itemOf(keys: ItemKeys, key: string): number | undefined {
  const k = normaliseKey(key);
  const direct = keys.byKey.get(k);
  if (direct !== undefined) return direct;
  // "01" for item 1.
  return /^\d+$/.test(k) ? keys.byKey.get(String(Number(k))) : undefined;
}

/**
 * True when a key that names no item looks as if it meant one: all digits (an item number the
 * instrument does not have) or the instrument's item-id prefix (`ecrr-37`). Such keys are errors,
 * never passed through, so a typo cannot hide an item.
 */
export function looksLikeItem(keys: ItemKeys, key: string): boolean {
  const k = normaliseKey(key);
  return /^\d+$/.test(k) || (keys.prefix !== null && k.startsWith(keys.prefix));
}

/** Describes the item range for messages: `items 1–36 or ids like "ecrr-1"`. */
export function itemRange(keys: ItemKeys): string {
  const lo = Math.min(...keys.numbers);
  const hi = Math.max(...keys.numbers);
  return `${keys.def.id} has items ${lo} to ${hi} (ids like "${keys.ids[0]}")`;
}

/** Where each item and each pass-through column sits in a CSV header. */
export interface CsvLayout {
  readonly header: readonly string[];
  /** Per item (definition order): its column index, or -1 when the header has no column for it. */
  readonly itemColumn: Int32Array;
  /** Column indices passed through unchanged, in header order. */
  readonly passColumns: readonly number[];
  readonly passNames: readonly string[];
  /** Item ids without a column (their answers count as missing). */
  readonly absentItems: readonly string[];
}

/**
 * Reads a CSV header: item columns are named by item number or item id (case-insensitive);
 * any other column passes through. Throws an input error (exit 3) for a duplicate column, two
 * columns for one item, or a column that looks like an item the instrument does not have.
 */
export function csvLayout(keys: ItemKeys, header: readonly string[]): CsvLayout {
  const itemColumn = new Int32Array(keys.ids.length).fill(-1);
  const passColumns: number[] = [];
  const passNames: string[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, col) => {
    const prior = seen.get(name);
    if (prior !== undefined) throw inputError(`CSV header: column ${JSON.stringify(name.slice(0, 40))} appears twice (columns ${prior + 1} and ${col + 1})`);
    seen.set(name, col);
    const i = itemOf(keys, name);
    if (i !== undefined) {
      const other = itemColumn[i] as number;
      if (other !== -1) {
        throw inputError(
          `CSV header: columns ${JSON.stringify((header[other] as string).slice(0, 40))} and ${JSON.stringify(name.slice(0, 40))} both name item ${keys.numbers[i]} ("${keys.ids[i]}")`,
        );
      }
      itemColumn[i] = col;
    } else if (looksLikeItem(keys, name)) {
      throw inputError(
        `CSV header: column ${JSON.stringify(name.slice(0, 40))} looks like an item, but ${itemRange(keys)}; rename the column if it is not an item`,
      );
    } else {
      passColumns.push(col);
      passNames.push(name);
    }
  });
  const absentItems = keys.ids.filter((_, i) => itemColumn[i] === -1);
  return { header, itemColumn, passColumns, passNames, absentItems };
}
