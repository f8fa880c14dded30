import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `/work/shared` resolved as `../shared` relative to the repository root. */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../..', 'shared');
export const R_DIR = join(SHARED_DIR, 'conformance', 'r');

const present = existsSync(R_DIR);
/** Skip only outside CI; with CI set the tests run (and fail loudly if the folder is missing). */
export const skipR = !present && !process.env.CI;
if (skipR) console.warn(`[test/outcomes] R conformance tests skipped: ${R_DIR} was not found (they run, and fail, when CI is set).`);

/** Reads a small R-exported CSV (quoted strings, `NA` for missing, no embedded commas) into records. */
export function readCsv(relative: string): Record<string, string | number | null>[] {
  const text = readFileSync(join(R_DIR, relative), 'utf8').trim();
  const [head = '', ...lines] = text.split(/\r?\n/);
  const cell = (s: string): string | number | null => {
    const t = s.trim();
    if (t === 'NA' || t === '') return null;
    const u = t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
    const n = Number(u);
    return u !== '' && Number.isFinite(n) ? n : u;
  };
  const cols = head.split(',').map((c) => String(cell(c)));
  return lines.map((l) => {
    const v = l.split(',');
    if (v.length !== cols.length) throw new Error(`${relative}: a line has ${v.length} fields, the header ${cols.length}`);
    return Object.fromEntries(cols.map((c, i) => [c, cell(v[i] ?? '')]));
  });
}
