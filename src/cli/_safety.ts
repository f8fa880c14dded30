import type { RegionCode } from '../model/index.js';
import { type CrisisHelp, crisisHelp } from '../safety/index.js';
import { usageError } from './_errors.js';

/**
 * Crisis help for the `--region` a user named (ISO 3166-1 alpha-2, any case), from the safety
 * data: with no region, the text names no number. A code that is not two letters is a usage
 * error (exit 2). The CLI never writes a phone number of its own.
 */
export function regionHelp(command: string, raw: string | undefined): CrisisHelp {
  if (raw === undefined) return crisisHelp();
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code))
    throw usageError(`${command}: --region needs a two-letter country code (ISO 3166-1), such as GB or US, not ${JSON.stringify(raw.slice(0, 24))}`);
  try {
    return crisisHelp({ region: code as RegionCode });
  } catch {
    throw usageError(`${command}: --region ${JSON.stringify(code)} is not a country code securebase knows (ISO 3166-1 alpha-2)`);
  }
}
