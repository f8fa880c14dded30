// Node-only: reads the conformance files in ../shared/conformance/fhir. Only conformance.test.ts
// uses this, and the browser run excludes that file (see vitest.browser.config.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/conformance/fhir` relative to the repository root, or `FHIR_CONFORMANCE_DIR` (for a checkout elsewhere, such as a git worktree). */
export const FHIR_DIR =
  process.env.FHIR_CONFORMANCE_DIR ?? join(resolve(dirname(fileURLToPath(import.meta.url)), '../../../..', 'shared'), 'conformance', 'fhir');
const present = existsSync(FHIR_DIR);
/** Skip only outside CI; with CI set the tests run (and fail loudly if the folder is missing). */
export const skipShared = !present && !process.env.CI;
if (skipShared) console.warn(`[test/interop/fhir] FHIR conformance tests skipped: ${FHIR_DIR} was not found (they run, and fail, when CI is set).`);

export const sharedFiles = (ext: string): string[] =>
  present
    ? readdirSync(FHIR_DIR)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];
export const readShared = (name: string): string => readFileSync(join(FHIR_DIR, name), 'utf8').replace(/\r\n/g, '\n');
export const readJson = (name: string): Record<string, unknown> => JSON.parse(readShared(name)) as Record<string, unknown>;
