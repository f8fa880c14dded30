import { readFile, stat } from 'node:fs/promises';
import { instruments } from '../instruments/registry.js';
import type { InstrumentDefinition } from '../scoring/types.js';
import { fileErrorMessage, inputError, usageError } from './_errors.js';

/** Writes text to stdout and waits for it to drain (so large outputs keep constant memory). */
export function out(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(text, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** Writes one line to stderr. */
export function err(line: string): void {
  process.stderr.write(`${line}\n`);
}

const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** Reads and parses a JSON document (a small file: an intake, a FHIR resource), with one-line errors (exit 3). */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (s.size > MAX_JSON_BYTES)
      throw inputError(`${what} ${JSON.stringify(path)} is larger than 64 MB; that is not a single JSON document this command reads`);
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof Error && e.name === 'CliError') throw e;
    throw inputError(fileErrorMessage('read', path, e));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    // V8's message may quote the input; report only the position.
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    throw inputError(`${what} ${JSON.stringify(path)} is not valid JSON${at === undefined ? '' : ` (at character ${at})`}`);
  }
}

/** Finds an instrument by id (case-insensitive, also by abbreviation), or throws a usage error naming the ids. */
export function instrumentById(command: string, id: string): InstrumentDefinition {
  const key = id.trim().toLowerCase();
  const found = (instruments as readonly InstrumentDefinition[]).find((d) => d.id === key || d.abbreviation?.toLowerCase() === key);
  if (!found) {
    throw usageError(
      `${command}: unknown instrument ${JSON.stringify(id.slice(0, 40))}; known: ${(instruments as readonly InstrumentDefinition[]).map((d) => d.id).join(', ')}`,
    );
  }
  return found;
}
