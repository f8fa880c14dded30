import { type ParseArgsConfig, parseArgs } from 'node:util';
import { usageError } from './_errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The options every command accepts. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;

/** The parsed values of a command's options. */
export type ParsedValues<T extends Options> = {
  readonly [K in keyof T]?: T[K] extends { readonly type: 'boolean' } ? boolean : T[K] extends { readonly multiple: true } ? string[] : string;
} & { readonly help?: boolean };

/**
 * Parses a command's arguments with Node's `util.parseArgs` (strict: unknown options are usage
 * errors, exit 2), turning its errors into one-line messages.
 */
export function parse<const T extends Options>(command: string, args: readonly string[], options: T): { values: ParsedValues<T>; positionals: string[] } {
  try {
    return parseArgs({ args: [...args], options: { ...HELP_OPTION, ...options }, allowPositionals: true, strict: true }) as {
      values: ParsedValues<T>;
      positionals: string[];
    };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      const parts = (e as Error).message.split('\n');
      const first = (parts[0]?.split('. To specify')[0] ?? 'invalid arguments').replace(/\.$/, '');
      const dash = parts.find((l) => l.startsWith('To specify an option argument starting with a dash'));
      const hint = dash ? `; ${dash.replace(/^To specify/, 'to give').replace(/\.$/, '')}` : '';
      throw usageError(`${command}: ${first}${hint} (see "securebase ${command} --help")`);
    }
    throw e;
  }
}

/** Reads a whole number option (`--prorate 2`), or throws a usage error. */
export function wholeNumber(command: string, name: string, raw: string | undefined, min = 0): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min)
    throw usageError(`${command}: --${name} expects a whole number of ${min} or more, received ${JSON.stringify(raw.slice(0, 24))}`);
  return Number(raw);
}

/** Checks a choice option against its allowed values, or throws a usage error. */
export function choice<const T extends string>(command: string, name: string, raw: string | undefined, allowed: readonly T[]): T | undefined {
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw usageError(`${command}: --${name} must be one of ${allowed.join(', ')}, received ${JSON.stringify(raw.slice(0, 24))}`);
  }
  return raw as T;
}

/** Throws a usage error unless the number of positionals is within bounds. */
export function positionals(command: string, got: readonly string[], min: number, max: number, what: string): void {
  if (got.length < min) throw usageError(`${command}: missing ${what} (see "securebase ${command} --help")`);
  if (got.length > max)
    throw usageError(`${command}: unexpected argument ${JSON.stringify((got[max] ?? '').slice(0, 40))} (see "securebase ${command} --help")`);
}
