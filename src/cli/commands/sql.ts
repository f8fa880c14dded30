import { SQL_DIALECTS } from '../../interop/sql/dialects.js';
import { SqlCompileError, toSql } from '../../interop/sql/to-sql.js';
import { choice, parse, positionals, wholeNumber } from '../_args.js';
import { EXIT, usageError } from '../_errors.js';
import { instrumentById, out } from '../_io.js';

/** The `--help` text of `securebase sql`. */
export const SQL_HELP = `Usage: securebase sql <instrument> --dialect D --from TABLE --item-columns TEMPLATE

Prints one SQL query that scores every row of TABLE inside your database, with the same
results as "securebase score": each scale's value, band and answered count, each
derived score, each flag as TRUE/FALSE, and "errors" (the items whose answer is not on
the scale; such a row has every score and flag NULL). Every input column is kept.

Options
  --dialect duckdb|postgres|bigquery|spark
                          the engine that runs the query (required)
  --from TABLE            the table, view or CTE to score (required; quoted as one name;
                          repeat it for a qualified name: --from analytics --from phq9_raw)
  --item-columns TEMPLATE where each item's answer is: {n} is the item number, {id} the
                          item id (for example 'q{n}' or '{id}'; required)
  --prorate N             prorate a scale with at most N missing items (default: what the
                          instrument allows; 0 forbids it)
  -h, --help              show this help

Exit codes: 0 ok; 2 usage error (unknown instrument, a missing option, a definition
feature that cannot be compiled to SQL).

Example
  securebase sql phq-9 --dialect duckdb --from responses --item-columns 'q{n}'`;

/** \`securebase sql\`. */
export async function sqlCommand(args: readonly string[]): Promise<number> {
  const { values, positionals: pos } = parse('sql', args, {
    dialect: { type: 'string' },
    from: { type: 'string', multiple: true },
    'item-columns': { type: 'string' },
    prorate: { type: 'string' },
  });
  if (values.help) {
    await out(`${SQL_HELP}\n`);
    return EXIT.ok;
  }
  positionals('sql', pos, 1, 1, '<instrument>');
  const def = instrumentById('sql', pos[0] as string);
  const dialect = choice('sql', 'dialect', values.dialect, SQL_DIALECTS);
  if (dialect === undefined) throw usageError(`sql: --dialect is required (${SQL_DIALECTS.join(', ')})`);
  const from = values.from ?? [];
  if (from.length === 0) throw usageError('sql: --from is required (the table to score)');
  const itemColumns = values['item-columns'];
  if (itemColumns === undefined) throw usageError("sql: --item-columns is required (for example 'q{n}' or '{id}')");
  const n = wholeNumber('sql', 'prorate', values.prorate);
  try {
    const sql = toSql(def, {
      dialect,
      from: from.length === 1 ? (from[0] as string) : from,
      itemColumns,
      ...(n === undefined ? {} : { prorate: n === 0 ? false : { maxMissing: n } }),
    });
    await out(sql);
  } catch (e) {
    if (e instanceof SqlCompileError) throw usageError(`sql: ${e.message.replace(/^toSql: /, '')}`);
    throw e;
  }
  return EXIT.ok;
}
