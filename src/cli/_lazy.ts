import { CliError } from './_errors.js';

/**
 * Loads a library room on demand, so a command whose room has not landed yet (or is missing
 * from a build) fails with a clear one-line "not available yet" error (exit 2) instead of a
 * stack trace, and `securebase score` never loads exercise text or FHIR code.
 */
export async function lazy<T>(command: string, room: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new CliError('usage', `"securebase ${command}" is not available yet in this build (its ${room} module is missing)`);
    }
    throw e;
  }
}
