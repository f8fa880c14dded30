/**
 * The SQL dialects {@link toSql} writes.
 *
 * @category SQL
 */
export const SQL_DIALECTS = ['duckdb', 'postgres', 'bigquery', 'spark'] as const;

/**
 * One of {@link SQL_DIALECTS}: `duckdb`, `postgres` (PostgreSQL), `bigquery` (GoogleSQL) or
 * `spark` (Spark SQL).
 *
 * @category SQL
 */
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** How one dialect spells the few things that differ. Everything else in the query is shared SQL. */
export interface _DialectSpec {
  /** Quotes one identifier (a table, column or output name). */
  readonly ident: (name: string) => string;
  /** Quotes one string literal. */
  readonly string: (text: string) => string;
  /** The type names of a double-precision number and of text. */
  readonly double: string;
  readonly text: string;
  /** The regular-expression class of ASCII white space (what a CSV reader trims). */
  readonly space: string;
  /** True when `expr` (text) matches the whole `pattern` (a string literal, anchored). */
  readonly matches: (expr: string, pattern: string) => string;
  /** Text that matches the decimal pattern, as a double. */
  readonly toDouble: (expr: string, double: string) => string;
  /** The input row as one value (struct or composite), and that value expanded back into its columns. */
  readonly wholeRow: (alias: string) => string;
  readonly expandRow: (column: string) => string;
  /** The non-NULL strings of `parts`, joined by `sep`. */
  readonly joinNonNull: (parts: readonly string[], sep: string) => string;
  /** Written after each inner query so the planner computes its columns once, rather than pasting their expressions into every use. */
  readonly fence: string;
  /** The longest identifier the engine keeps unchanged (PostgreSQL cuts longer names short), in UTF-8 bytes. */
  readonly maxIdentBytes: number;
}

const doubled = (q: string) => (s: string) => `${q}${s.split(q).join(q + q)}${q}`;
const backslashed = (q: string) => (s: string) =>
  `${q}${s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`).replace(/\n/g, '\\n').replace(/\r/g, '\\r')}${q}`;

/**
 * The dialects' differences, as data (the one table the compiler reads).
 *
 * - Identifiers: `"x"` with `""` inside (DuckDB, PostgreSQL); `` `x` `` with a backslash escape
 *   (BigQuery) or a doubled backtick (Spark).
 * - Strings: `'x'` with `''` inside (DuckDB, PostgreSQL with standard-conforming strings);
 *   backslash escapes (BigQuery, Spark).
 * - Reading text as a number: DuckDB `TRY_CAST`; PostgreSQL through `NUMERIC` (a cast to
 *   `DOUBLE PRECISION` raises an error on overflow) with a guard for huge and tiny values;
 *   BigQuery `SAFE_CAST`; Spark `TRY_CAST`. Each runs only on text the decimal pattern matched.
 * - PostgreSQL pulls inner queries up into the outer one, copying each column's expression into
 *   every use (the row's error test into every score column): `OFFSET 0` keeps each layer whole.
 * - The whole input row: a struct (DuckDB, BigQuery, Spark) or a composite (PostgreSQL), so every
 *   input column passes through whatever its name.
 *
 * @internal
 */
export const _DIALECTS: { readonly [D in SqlDialect]: _DialectSpec } = {
  duckdb: {
    fence: '',
    ident: doubled('"'),
    string: doubled("'"),
    double: 'DOUBLE',
    text: 'VARCHAR',
    space: '[[:space:]]',
    matches: (e, p) => `regexp_full_match(${e}, ${p})`,
    toDouble: (e) => `TRY_CAST(${e} AS DOUBLE)`,
    wholeRow: (a) => a,
    expandRow: (c) => `UNNEST(${c})`,
    joinNonNull: (parts, sep) => `array_to_string([${parts.join(', ')}], ${sep})`,
    maxIdentBytes: Number.POSITIVE_INFINITY,
  },
  postgres: {
    fence: ' OFFSET 0',
    ident: doubled('"'),
    string: doubled("'"),
    double: 'DOUBLE PRECISION',
    text: 'TEXT',
    space: '[[:space:]]',
    matches: (e, p) => `(${e} ~ ${p})`,
    toDouble: (e, double) =>
      `CASE WHEN ABS(CAST(${e} AS NUMERIC)) >= 1e300 THEN SIGN(CAST(${e} AS NUMERIC)) * CAST('Infinity' AS ${double}) ELSE CAST(ROUND(CAST(${e} AS NUMERIC), 330) AS ${double}) END`,
    wholeRow: (a) => a,
    expandRow: (c) => `(${c}).*`,
    joinNonNull: (parts, sep) => `array_to_string(ARRAY[${parts.join(', ')}], ${sep})`,
    maxIdentBytes: 63,
  },
  bigquery: {
    fence: '',
    ident: backslashed('`'),
    string: backslashed("'"),
    double: 'FLOAT64',
    text: 'STRING',
    space: '[[:space:]]',
    matches: (e, p) => `REGEXP_CONTAINS(${e}, ${p})`,
    toDouble: (e) => `SAFE_CAST(${e} AS FLOAT64)`,
    wholeRow: (a) => a,
    expandRow: (c) => `${c}.*`,
    joinNonNull: (parts, sep) => `ARRAY_TO_STRING([${parts.join(', ')}], ${sep})`,
    maxIdentBytes: 300,
  },
  spark: {
    fence: '',
    ident: doubled('`'),
    string: backslashed("'"),
    double: 'DOUBLE',
    text: 'STRING',
    space: '\\s',
    matches: (e, p) => `(${e} RLIKE ${p})`,
    toDouble: (e) => `TRY_CAST(${e} AS DOUBLE)`,
    wholeRow: (a) => `STRUCT(${a}.*)`,
    expandRow: (c) => `${c}.*`,
    joinNonNull: (parts, sep) => `concat_ws(${sep}, ${parts.join(', ')})`,
    maxIdentBytes: Number.POSITIVE_INFINITY,
  },
};
