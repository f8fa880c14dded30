import type { InstrumentDefinition } from '../../scoring/types.js';
import { inputError, usageError } from '../_errors.js';

/** The export layouts `--preset` knows. */
export const PRESETS = ['redcap', 'qualtrics'] as const;
/** One of {@link PRESETS}. */
export type Preset = (typeof PRESETS)[number];

/** How item columns are named beyond item id and item number (`--item-columns`, `--map`, `--preset`). */
export interface ColumnOptions {
  /** A column-name template: `{n}` is the item number, `{id}` the item id (`phq9_{n}`). */
  readonly template?: string | undefined;
  /** Column (or NDJSON key) → item id or item number, from `--map FILE`. */
  readonly map?: ReadonlyMap<string, string> | undefined;
  readonly preset?: Preset | undefined;
}

/**
 * A REDCap variable name for an item id: REDCap allows only lower-case letters, digits and `_`
 * in variable names, so every other character becomes `_` (`phq9-1` → `phq9_1`).
 */
export const redcapName = (id: string): string => id.toLowerCase().replace(/[^a-z0-9_]/g, '_');

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How keys (CSV headers, NDJSON keys) find items: by item id or by item number, case-insensitive. */
export interface ItemKeys {
  readonly def: InstrumentDefinition;
  readonly ids: readonly string[];
  readonly numbers: readonly number[];
  /** Normalised key (trimmed, lower case) → item index. */
  readonly byKey: ReadonlyMap<string, number>;
  /** The shared prefix of the item ids up to a separator (`ecrr-`), or `null` when there is none. */
  readonly prefix: string | null;
  /** Names that look like items of this instrument (`phq9_11` for a `phq9_{n}` template). */
  readonly patterns: readonly RegExp[];
  /** The column options these keys were built with. */
  readonly columns: ColumnOptions;
  /** What was looked for, in words, for messages: per item, the names that would match it. */
  readonly names: readonly (readonly string[])[];
}

/** Normalises a header or key for matching: trimmed, lower case. */
export const normaliseKey = (key: string): string => key.trim().toLowerCase();

/**
 * Builds the key lookup of an instrument: item ids and numbers, plus the names a template, a map
 * or a preset gives (all case-insensitive). Throws a usage error for a map entry that names no item.
 */
export function itemKeys(def: InstrumentDefinition, columns: ColumnOptions = {}): ItemKeys {
  const byKey = new Map<string, number>();
  const names: string[][] = def.items.map(() => []);
  const add = (key: string, i: number): void => {
    const k = normaliseKey(key);
    byKey.set(k, i);
    if (!(names[i] as string[]).includes(k)) (names[i] as string[]).push(k);
  };
  const patterns: RegExp[] = [];
  def.items.forEach((it, i) => {
    add(it.id, i);
    add(String(it.number), i);
  });
  if (columns.template !== undefined) {
    const t = columns.template;
    if (!t.includes('{n}') && !t.includes('{id}'))
      throw usageError(
        `score: --item-columns needs {n} (the item number) or {id} (the item id) in it, such as "phq9_{n}"; received ${JSON.stringify(t.slice(0, 40))}`,
      );
    def.items.forEach((it, i) => {
      add(t.replaceAll('{n}', String(it.number)).replaceAll('{id}', it.id), i);
    });
    if (t.includes('{n}')) patterns.push(new RegExp(`^${escapeRegExp(normaliseKey(t)).replaceAll('\\{n\\}', '\\d+').replaceAll('\\{id\\}', '.+')}$`));
  }
  if (columns.preset !== undefined) {
    def.items.forEach((it, i) => {
      add(redcapName(it.id), i);
    });
  }
  if (columns.map !== undefined) {
    for (const [column, target] of columns.map) {
      const t = normaliseKey(target);
      const i = def.items.findIndex((it) => it.id.toLowerCase() === t || String(it.number) === t);
      if (i === -1)
        throw usageError(
          `score: --map names ${JSON.stringify(target.slice(0, 40))} for column ${JSON.stringify(column.slice(0, 40))}, but ${def.id} has no such item`,
        );
      add(column, i);
    }
  }
  const ids = def.items.map((it) => it.id.toLowerCase());
  let common = ids[0] ?? '';
  for (const id of ids) while (!id.startsWith(common)) common = common.slice(0, -1);
  const sep = Math.max(common.lastIndexOf('-'), common.lastIndexOf('_'), common.lastIndexOf('.'));
  const prefix = sep > 0 ? common.slice(0, sep + 1) : null;
  if (columns.preset !== undefined && prefix !== null) patterns.push(new RegExp(`^${escapeRegExp(redcapName(prefix))}\\d+$`));
  return {
    def,
    ids: def.items.map((it) => it.id),
    numbers: def.items.map((it) => it.number),
    byKey,
    prefix,
    patterns,
    columns,
    names,
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
  return /^\d+$/.test(k) || (keys.prefix !== null && k.startsWith(keys.prefix)) || keys.patterns.some((p) => p.test(k));
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
export function csvLayout(keys: ItemKeys, header: readonly string[], other?: (name: string) => boolean): CsvLayout {
  if (keys.columns.preset === 'qualtrics' && keys.columns.template === undefined) {
    const k = qualtricsBlock(keys, header);
    if (k !== null) return csvLayout(itemKeys(keys.def, { ...keys.columns, template: `Q${k}_{n}` }), header, other);
  }
  const itemColumn = new Int32Array(keys.ids.length).fill(-1);
  const passColumns: number[] = [];
  const passNames: string[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, col) => {
    const prior = seen.get(name);
    if (prior !== undefined) throw inputError(`CSV header: column ${JSON.stringify(name.slice(0, 40))} appears twice (columns ${prior + 1} and ${col + 1})`);
    seen.set(name, col);
    const i = itemOf(keys, name);
    if (i === undefined && other?.(name)) return;
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
  if (absentItems.length === keys.ids.length) {
    const shown = header.slice(0, 8).map((h) => JSON.stringify(h.slice(0, 40)));
    const seen = `${shown.join(', ')}${header.length > 8 ? `, … (${header.length} columns)` : ''}`;
    const first = (keys.names[0] ?? []).map((x) => JSON.stringify(x)).join(', ');
    throw inputError(
      `CSV header: no column names an item of ${keys.def.id}. Header seen: ${seen}. Looked for (any case) ${first} for item ${keys.numbers[0]}, and so on for each item; name the columns with --item-columns TEMPLATE (such as "${redcapName(keys.prefix ?? 'q')}{n}"), --map FILE or --preset redcap|qualtrics (see "securebase score --help")`,
    );
  }
  return { header, itemColumn, passColumns, passNames, absentItems };
}

/** What a missing item was looked for as, for warnings: `item 10 ("phq9-10", "10", "phq9_10")`. */
export function lookedFor(keys: ItemKeys, id: string): string {
  const i = keys.ids.indexOf(id);
  return `item ${keys.numbers[i]} (${(keys.names[i] ?? []).map((x) => JSON.stringify(x)).join(', ')})`;
}

/**
 * The block number k of the Qualtrics matrix question whose columns `Q<k>_<n>` cover the most
 * item numbers of the instrument (at least two), or `null` when none does. Two blocks that cover
 * as many are an input error: the caller chooses one with `--item-columns Q<k>_{n}`.
 */
function qualtricsBlock(keys: ItemKeys, header: readonly string[]): string | null {
  const blocks = new Map<string, Set<number>>();
  for (const name of header) {
    const m = /^q(\d+)_(\d+)$/i.exec(name.trim());
    if (!m) continue;
    const set = blocks.get(m[1] as string) ?? new Set<number>();
    set.add(Number(m[2]));
    blocks.set(m[1] as string, set);
  }
  const cover = (set: Set<number>): number => keys.numbers.filter((n) => set.has(n)).length;
  const most = Math.max(0, ...[...blocks.values()].map(cover));
  if (most < 2) return null;
  const best = [...blocks].filter(([, set]) => cover(set) === most).map(([k]) => k);
  if (best.length > 1)
    throw inputError(
      `CSV header: the Qualtrics blocks ${best.map((k) => `Q${k}`).join(' and ')} both have columns for ${most} items of ${keys.def.id}; choose one with --item-columns (such as "Q${best[0]}_{n}")`,
    );
  return best[0] ?? null;
}
