import { DefinitionError, instrumentProblems } from '../../scoring/check.js';
import type { InstrumentDefinition, ScaleDefinition, ValueCondition } from '../../scoring/types.js';
import { _DIALECTS, type _DialectSpec, SQL_DIALECTS, type SqlDialect } from './dialects.js';

/**
 * Options of {@link toSql}.
 *
 * @category SQL
 */
export interface ToSqlOptions {
  /** The engine that runs the query: `duckdb`, `postgres`, `bigquery` or `spark`. */
  readonly dialect: SqlDialect;
  /** The table (or view, or common table expression) to score: one name, or the parts of a qualified name (`['analytics', 'phq9_raw']`). Always quoted. */
  readonly from: string | readonly string[];
  /**
   * Where each item's answer is: a template with `{n}` (the printed item number) or `{id}` (the
   * item id), such as `q{n}` or `{id}`, or a record from every item id to its column name.
   */
  readonly itemColumns: string | { readonly [itemId: string]: string };
  /** As in `score`: `false` forbids prorating; `{ maxMissing }` asks for it. Default: what the definition allows. */
  readonly prorate?:
    | false
    | {
        /** The most missing items per scale to prorate over. */
        readonly maxMissing: number;
      };
}

/**
 * Thrown by {@link toSql} when a definition or an option cannot be compiled; `feature` names what
 * (the query is never approximated).
 *
 * @example
 * ```ts
 * let feature = '';
 * try { toSql(phq9, { dialect: 'duckdb', from: 'responses', itemColumns: 'q' }) } catch (e) { if (e instanceof SqlCompileError) feature = e.feature }
 * feature; // => 'itemColumns'
 * ```
 * @category SQL
 */
export class SqlCompileError extends Error {
  /** Always `'SqlCompileError'`. */
  override readonly name = 'SqlCompileError';
  /** The definition feature or option that could not be compiled (for example `derived[0].kind`). */
  readonly feature: string;
  constructor(feature: string, message: string) {
    super(`toSql: ${feature}: ${message}`);
    this.feature = feature;
  }
}

/** Digits in plain decimal notation, with optional sign and white space: what the CLI reads as a number in a CSV cell. */
const decimalPattern = (space: string): string => `^${space}*[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)${space}*$`;
const EPS = 1e-9;

const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

interface Ctx {
  readonly d: _DialectSpec;
  readonly id: (name: string) => string;
  readonly str: (text: string) => string;
  readonly num: (x: number) => string;
}

function context(dialect: SqlDialect): Ctx {
  const d = _DIALECTS[dialect];
  const num = (x: number): string => {
    if (!Number.isFinite(x)) throw new SqlCompileError('number', `${x} is not a finite number`);
    if (Number.isSafeInteger(x) && !Object.is(x, -0)) return x < 0 ? `(${x})` : String(x);
    return `CAST(${d.string(String(x))} AS ${d.double})`;
  };
  const id = (name: string): string => {
    if (utf8Bytes(name) > d.maxIdentBytes)
      throw new SqlCompileError(`identifier "${name.slice(0, 40)}"`, `${dialect} keeps only ${d.maxIdentBytes} bytes of a name; use a shorter one`);
    return d.ident(name);
  };
  return { d, id, str: d.string, num };
}

function itemColumn(def: InstrumentDefinition, spec: ToSqlOptions['itemColumns']): string[] {
  if (typeof spec === 'string') {
    if (!spec.includes('{n}') && !spec.includes('{id}'))
      throw new SqlCompileError('itemColumns', `the template ${JSON.stringify(spec.slice(0, 40))} names no item: use {n} (item number) or {id} (item id)`);
    return def.items.map((it) => spec.split('{n}').join(String(it.number)).split('{id}').join(it.id));
  }
  if (spec === null || typeof spec !== 'object')
    throw new SqlCompileError('itemColumns', 'must be a template such as "q{n}" or a record from item id to column');
  const ids = new Set(def.items.map((it) => it.id));
  for (const key of Object.keys(spec)) if (!ids.has(key)) throw new SqlCompileError('itemColumns', `"${key.slice(0, 40)}" is not an item of ${def.id}`);
  return def.items.map((it) => {
    const c = Object.hasOwn(spec, it.id) ? spec[it.id] : undefined;
    if (typeof c !== 'string' || c === '') throw new SqlCompileError('itemColumns', `no column for item "${it.id}"`);
    return c;
  });
}

function maxMissingOf(def: InstrumentDefinition, prorate: ToSqlOptions['prorate']): number {
  if (prorate === undefined) return def.missing?.kind === 'prorate' ? def.missing.maxMissing : 0;
  if (prorate === false) return 0;
  const m = prorate?.maxMissing;
  if (!(typeof m === 'number' && Number.isInteger(m) && m >= 0)) throw new SqlCompileError('prorate.maxMissing', 'must be a whole number of 0 or more');
  return m;
}

/**
 * Compiles an instrument into one SQL query that scores every row of a table inside the
 * database, with the same results as `score` on each row. The query is
 * `SELECT <every input column>, <score columns> FROM <from>`; the score columns are named as the
 * CLI names them:
 *
 * - per scale: `<scale>` (the value; NULL exactly when `score` gives none), `<scale>_band`
 *   (label, NULL without bands), `<scale>_answered`, and `<scale>_prorated` when prorating is on;
 * - per derived score: `<id>` (value) and `<id>_label`;
 * - per flag: a boolean column named by the flag id (TRUE when raised);
 * - `errors`: NULL, or the ids (space-separated) of the items whose answer is not a value on its
 *   scale. An error row has every score and flag column NULL (never a number, never FALSE).
 *
 * Item columns may be text or numbers. A cell is read as the CLI reads a CSV cell: blank (or only
 * white space) is missing; plain decimal notation (` 3 `, `3.0`, `+3`, `.5`) is a number; anything
 * else is an error. Identifiers and literals are quoted for the dialect. A definition feature that
 * cannot be compiled throws a {@link SqlCompileError} naming it; an invalid definition throws a
 * `DefinitionError`. The query does not say whether a result is `complete` (see the guide).
 * Internal names start with `_sb_`: an input column must not.
 *
 * @example
 * ```ts
 * import { toSql } from 'securebase/sql';
 * import { gad7 } from 'securebase';
 * const sql = toSql(gad7, { dialect: 'duckdb', from: 'responses', itemColumns: 'q{n}' });
 * sql.startsWith('SELECT UNNEST(_sb_q._sb_row)'); // => true
 * ```
 * @category SQL
 */
export function toSql(instrument: InstrumentDefinition, options: ToSqlOptions): string {
  if (options === null || typeof options !== 'object') throw new SqlCompileError('options', 'must be an object such as { dialect, from, itemColumns }');
  if (!(SQL_DIALECTS as readonly string[]).includes(options.dialect))
    throw new SqlCompileError('dialect', `must be one of ${SQL_DIALECTS.join(', ')}, received ${JSON.stringify(String(options.dialect).slice(0, 40))}`);
  const problems = instrumentProblems(instrument);
  if (problems.length > 0) throw new DefinitionError(String(instrument?.id ?? '?'), problems);
  const def = instrument;
  const x = context(options.dialect);
  const { d, id, str, num } = x;
  const from = typeof options.from === 'string' ? [options.from] : options.from;
  if (!Array.isArray(from) || from.length === 0 || from.some((p) => typeof p !== 'string' || p === ''))
    throw new SqlCompileError('from', 'must be a table name or the non-empty parts of one');
  const columns = itemColumn(def, options.itemColumns);
  const maxMissing = maxMissingOf(def, options.prorate);
  const n = def.items.length;
  const itemIndex = new Map(def.items.map((it, i) => [it.id, i] as const));
  const scaleIndex = new Map(def.scales.map((s, i) => [s.id, i] as const));
  const rsOf = (i: number) => def.responseScales[def.items[i]?.responseScale ?? 'default'] as InstrumentDefinition['responseScales'][string];
  for (const [k, s] of def.scales.entries()) {
    if (s.aggregate !== 'sum' && s.aggregate !== 'mean') throw new SqlCompileError(`scales[${k}].aggregate`, `"${String(s.aggregate)}" cannot be compiled`);
  }

  // Output names, checked for length and clashes before anything is written.
  const outNames: string[] = [];
  for (const s of def.scales) outNames.push(s.id, `${s.id}_band`, `${s.id}_answered`, ...(maxMissing > 0 ? [`${s.id}_prorated`] : []));
  for (const dv of def.derived ?? []) outNames.push(dv.id, `${dv.id}_label`);
  for (const f of def.flags ?? []) outNames.push(f.id);
  outNames.push('errors');
  const seen = new Set<string>();
  for (const name of outNames) {
    const key = name.toLowerCase();
    if (seen.has(key))
      throw new SqlCompileError(`output column "${name.slice(0, 40)}"`, 'two output columns would share this name (names are compared ignoring case)');
    seen.add(key);
    id(name);
  }

  const pattern = str(decimalPattern(d.space));
  const blank = str(`^${d.space}*$`);
  const v = (i: number) => `_sb_v${i}`;
  const sv = (s: number) => `_sb_s${s}`;

  // Layer 0: the input row, and each item column as text.
  const l0 = [`${d.wholeRow('_sb_src')} AS _sb_row`, ...columns.map((c, i) => `CAST(_sb_src.${id(c)} AS ${d.text}) AS _sb_t${i}`)];
  // Layer 1: missing, and the number the text spells (NULL when it spells none).
  const l1 = ['_sb_row'];
  for (let i = 0; i < n; i++) {
    l1.push(`(_sb_t${i} IS NULL OR ${d.matches(`_sb_t${i}`, blank)}) AS _sb_m${i}`);
    l1.push(`CASE WHEN ${d.matches(`_sb_t${i}`, pattern)} THEN ${d.toDouble(`_sb_t${i}`, d.double)} END AS _sb_d${i}`);
  }
  // Layer 2: the value when it is on the item's scale; bad when given but not on the scale.
  const l2 = ['_sb_row'];
  for (let i = 0; i < n; i++) {
    const rs = rsOf(i);
    const step = rs.step ?? 1;
    const dd = `_sb_d${i}`;
    const grid =
      step === 1 && Number.isInteger(rs.min)
        ? `FLOOR(${dd}) = ${dd}`
        : `ABS((${dd} - ${num(rs.min)}) / ${num(step)} - ROUND((${dd} - ${num(rs.min)}) / ${num(step)})) <= ${num(EPS)}`;
    const ok = `${dd} >= ${num(rs.min)} AND ${dd} <= ${num(rs.max)} AND ${grid}`;
    l2.push(`CASE WHEN _sb_m${i} THEN NULL WHEN ${ok} THEN ${dd} END AS ${v(i)}`);
    l2.push(`CASE WHEN _sb_m${i} THEN FALSE WHEN ${ok} THEN FALSE ELSE TRUE END AS _sb_b${i}`);
  }
  // Layer 3: any error, the erroneous items, and per scale the sum and the count answered.
  const items = def.items.map((_, i) => v(i));
  const l3 = ['_sb_row', ...items];
  l3.push(`(${def.items.map((_, i) => `_sb_b${i}`).join(' OR ')}) AS _sb_err`);
  l3.push(
    `${d.joinNonNull(
      def.items.map((it, i) => `CASE WHEN _sb_b${i} THEN ${str(it.id)} END`),
      str(' '),
    )} AS _sb_errors`,
  );
  def.scales.forEach((s: ScaleDefinition, k) => {
    const rev = new Set(s.reversed ?? []);
    const first = itemIndex.get(s.items[0] as string) as number;
    const rs = rsOf(first);
    const terms = s.items.map((iid) => {
      const i = itemIndex.get(iid) as number;
      return `COALESCE(${rev.has(iid) ? `${num(rs.min + rs.max)} - ${v(i)}` : v(i)}, 0)`;
    });
    l3.push(`(${terms.join(' + ')}) AS _sb_sum${k}`);
    l3.push(`(${s.items.map((iid) => `CASE WHEN ${v(itemIndex.get(iid) as number)} IS NULL THEN 0 ELSE 1 END`).join(' + ')}) AS _sb_n${k}`);
  });
  // Layer 4: each scale's value under the missing-data policy.
  const l4 = ['_sb_row', ...items, '_sb_err', '_sb_errors'];
  def.scales.forEach((s, k) => {
    const kk = s.items.length;
    const sum = `_sb_sum${k}`;
    const cnt = `_sb_n${k}`;
    const mean = s.aggregate === 'mean';
    const prorated = maxMissing > 0 ? ` WHEN ${cnt} > 0 AND ${kk} - ${cnt} <= ${maxMissing} THEN ${mean ? `${sum} / ${cnt}` : `${sum} * ${kk} / ${cnt}`}` : '';
    l4.push(`CASE WHEN _sb_err THEN NULL WHEN ${cnt} = ${kk} THEN ${mean ? `${sum} / ${kk}` : sum}${prorated} END AS ${sv(k)}`);
    l4.push(`CASE WHEN _sb_err THEN NULL ELSE ${cnt} END AS _sb_n${k}`);
  });

  // The value a condition tests, whether it holds, and whether it cannot be decided.
  const tested = (c: ValueCondition): string => ('scale' in c ? sv(scaleIndex.get(c.scale) as number) : v(itemIndex.get(c.item) as number));
  // An item the form asks only under a rule was not asked when every condition of the rule is false.
  const notAsked = (c: ValueCondition): string | null => {
    const rule = 'scale' in c ? undefined : def.items[itemIndex.get(c.item) as number]?.askedWhen;
    return rule === undefined ? null : `(${rule.anyOf.map(isFalse).join(' AND ')})`;
  };
  const isFalse = (c: ValueCondition): string => {
    if (!('scale' in c) && c.unanswered === true) {
      const skipped = notAsked(c);
      return skipped === null ? `${tested(c)} IS NOT NULL` : `(${tested(c)} IS NOT NULL OR ${skipped})`;
    }
    const range = [c.min === undefined ? null : `${tested(c)} >= ${num(c.min)}`, c.max === undefined ? null : `${tested(c)} <= ${num(c.max)}`].filter(
      (x) => x !== null,
    );
    return `(${tested(c)} IS NOT NULL AND NOT (${range.join(' AND ')}))`;
  };
  const holds = (c: ValueCondition): string => {
    if (!('scale' in c) && c.unanswered === true) {
      const skipped = notAsked(c);
      return skipped === null ? `${tested(c)} IS NULL` : `(${tested(c)} IS NULL AND NOT ${skipped})`;
    }
    const parts = [`${tested(c)} IS NOT NULL`];
    if (c.min !== undefined) parts.push(`${tested(c)} >= ${num(c.min)}`);
    if (c.max !== undefined) parts.push(`${tested(c)} <= ${num(c.max)}`);
    return `(${parts.join(' AND ')})`;
  };
  const undecided = (c: ValueCondition): string => (!('scale' in c) && c.unanswered === true ? 'FALSE' : `${tested(c)} IS NULL`);

  // Final layer: the input row's columns, then the score columns.
  const out = [d.expandRow('_sb_q._sb_row')];
  const nullText = `CAST(NULL AS ${d.text})`;
  const nullDouble = `CAST(NULL AS ${d.double})`;
  def.scales.forEach((s, k) => {
    out.push(`${sv(k)} AS ${id(s.id)}`);
    const bands = s.bands ?? [];
    const band =
      bands.length === 0
        ? nullText
        : `CASE WHEN ${sv(k)} IS NULL THEN ${nullText}${bands
            .slice(1)
            .map((b) => ` WHEN ${sv(k)} >= ${num(b.min - EPS)} THEN ${str(b.label)}`)
            .reverse()
            .join('')} ELSE ${str((bands[0] as { label: string }).label)} END`;
    out.push(`${band} AS ${id(`${s.id}_band`)}`);
    out.push(`_sb_n${k} AS ${id(`${s.id}_answered`)}`);
    if (maxMissing > 0) out.push(`CASE WHEN _sb_err THEN NULL ELSE (_sb_n${k} < ${s.items.length} AND ${sv(k)} IS NOT NULL) END AS ${id(`${s.id}_prorated`)}`);
  });
  (def.derived ?? []).forEach((dv, j) => {
    const where = `derived[${j}]`;
    if (dv.kind === 'linear') {
      const terms = dv.terms.map((t) => `${'scale' in t ? sv(scaleIndex.get(t.scale) as number) : v(itemIndex.get(t.item) as number)} * ${num(t.weight)}`);
      out.push(`CASE WHEN _sb_err THEN NULL ELSE CAST(${num(dv.constant ?? 0)} AS ${d.double}) + ${terms.join(' + ')} END AS ${id(dv.id)}`);
      out.push(`${nullText} AS ${id(`${dv.id}_label`)}`);
    } else if (dv.kind === 'criteria-count') {
      const core = new Set(dv.core);
      const missing = dv.criteria.map((c) => `${v(itemIndex.get(c.item) as number)} IS NULL`);
      const met = (c: { item: string; min: number }) => `CASE WHEN ${v(itemIndex.get(c.item) as number)} >= ${num(c.min)} THEN 1 ELSE 0 END`;
      const count = `(${dv.criteria.map(met).join(' + ')})`;
      const coreCount = dv.criteria.some((c) => core.has(c.item))
        ? `(${dv.criteria
            .filter((c) => core.has(c.item))
            .map(met)
            .join(' + ')})`
        : '0';
      const groups = [...new Set(dv.criteria.flatMap((c) => (c.group === undefined ? [] : [c.group])))];
      const groupCount = (g: string) =>
        `(${dv.criteria
          .filter((c) => c.group === g)
          .map(met)
          .join(' + ')})`;
      const gate = `_sb_err OR ${missing.length === 0 ? 'FALSE' : missing.join(' OR ')}`;
      out.push(`CASE WHEN ${gate} THEN ${nullDouble} ELSE ${count} END AS ${id(dv.id)}`);
      const outcomes = dv.outcomes.map((o) => {
        const conds = [`${count} >= ${num(o.minCount)}`];
        if (o.maxCount !== undefined) conds.push(`${count} <= ${num(o.maxCount)}`);
        if (o.requiresCore) conds.push(`${coreCount} > 0`);
        for (const g of groups) if ((o.minPerGroup?.[g] ?? 0) > 0) conds.push(`${groupCount(g)} >= ${num(o.minPerGroup?.[g] ?? 0)}`);
        return ` WHEN ${conds.join(' AND ')} THEN ${str(o.label)}`;
      });
      out.push(`CASE WHEN ${gate} THEN ${nullText}${outcomes.join('')} ELSE ${nullText} END AS ${id(`${dv.id}_label`)}`);
    } else if (dv.kind === 'rules') {
      out.push(`${nullDouble} AS ${id(dv.id)}`);
      const arms = dv.rules.flatMap((r) => {
        const und = r.when.map(undecided).filter((u) => u !== 'FALSE');
        const when = r.when.length === 0 ? 'TRUE' : r.when.map(holds).join(' AND ');
        return [...(und.length > 0 ? [` WHEN ${und.join(' OR ')} THEN ${nullText}`] : []), ` WHEN ${when} THEN ${str(r.label)}`];
      });
      out.push(`CASE WHEN _sb_err THEN ${nullText}${arms.join('')} ELSE ${nullText} END AS ${id(`${dv.id}_label`)}`);
    } else {
      throw new SqlCompileError(`${where}.kind`, `"${String((dv as { kind?: unknown }).kind)}" cannot be compiled to SQL`);
    }
  });
  for (const f of def.flags ?? []) out.push(`CASE WHEN _sb_err THEN NULL WHEN ${holds(f.when)} THEN TRUE ELSE FALSE END AS ${id(f.id)}`);
  out.push(`CASE WHEN _sb_err THEN _sb_errors END AS ${id('errors')}`);

  const list = (cols: readonly string[]) => cols.map((c) => `    ${c}`).join(',\n');
  const source = from.map(id).join('.');
  return [
    `SELECT ${out[0]},`,
    list(out.slice(1)),
    'FROM (',
    `  SELECT\n${list(l4)}`,
    '  FROM (',
    `    SELECT\n${list(l3)}`,
    '    FROM (',
    `      SELECT\n${list(l2)}`,
    '      FROM (',
    `        SELECT\n${list(l1)}`,
    '        FROM (',
    `          SELECT\n${list(l0)}`,
    `          FROM ${source} AS _sb_src${d.fence}`,
    `        ) AS _sb_l0${d.fence}`,
    `      ) AS _sb_l1${d.fence}`,
    `    ) AS _sb_l2${d.fence}`,
    `  ) AS _sb_l3${d.fence}`,
    ') AS _sb_q',
    '',
  ].join('\n');
}
