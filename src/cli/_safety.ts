import type { RegionCode } from '../model/index.js';
import { usageError } from './_errors.js';

/**
 * The `--region` a user named (ISO 3166-1 alpha-2, any case), as a region code, or `undefined`
 * when none was given. A code that is not two letters is a usage error (exit 2). Crisis help for
 * the region then comes only from the safety data (through `personalize` and the planner); with
 * no region, no number is named. The CLI never writes a phone number of its own.
 */
export function regionOption(command: string, raw: string | undefined): RegionCode | undefined {
  if (raw === undefined) return undefined;
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code))
    throw usageError(`${command}: --region needs a two-letter country code (ISO 3166-1), such as GB or US, not ${JSON.stringify(raw.slice(0, 24))}`);
  return code;
}
