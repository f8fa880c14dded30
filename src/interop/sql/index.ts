// Barrel for the SQL room (subpath `securebase/sql`).
export { SQL_DIALECTS, type SqlDialect } from './dialects.js';
export { SqlCompileError, type ToSqlOptions, toSql } from './to-sql.js';
