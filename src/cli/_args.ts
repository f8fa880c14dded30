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
 * Joins a string option and its value (`--na -99` → `--na=-99`, `-o -x.csv` → `-o=-x.csv`) so
 * that a value starting with `-` reads as documented: after a string option, the next argument
 * is always its value. Arguments after `--` are left alone.
 */
function joinValues(args: readonly string[], options: Options): string[] {
  const takesValue = new Set<string>();
  for (const [name, o] of Object.entries(options)) {
    if (o.type !== 'string') continue;
    takesValue.add(`--${name}`);
    if (o.short !== undefined) takesValue.add(`-${o.short}`);
  }
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    const next = args[i + 1];
    if (takesValue.has(a) && next?.startsWith('-') && next !== '--') {
      out.push(a.startsWith('--') ? `${a}=${next}` : `${a}${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Our own words for the errors of `util.parseArgs`. */
function argsMessage(command: string, e: Error & { code?: unknown }): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1]?.split(' ')[0] ?? '';
  const help = `(see "securebase ${command} --help")`;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${command}: unknown option ${JSON.stringify(quoted.slice(0, 40))} ${help}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take/.test(e.message) ? `${command}: ${quoted} takes no value ${help}` : `${command}: ${quoted} needs a value ${help}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `${command}: unexpected argument ${JSON.stringify(quoted.slice(0, 40))} ${help}`;
    default:
      return `${command}: the arguments cannot be read ${help}`;
  }
}

/**
 * Parses a command's arguments with Node's `util.parseArgs` (strict: unknown options are usage
 * errors, exit 2), turning its errors into one-line messages in our words. A value that starts
 * with `-` is read as the value of the option before it (`--na -99`).
 */
export function parse<const T extends Options>(command: string, args: readonly string[], options: T): { values: ParsedValues<T>; positionals: string[] } {
  const all = { ...HELP_OPTION, ...options };
  try {
    return parseArgs({ args: joinValues(args, all), options: all, allowPositionals: true, strict: true }) as {
      values: ParsedValues<T>;
      positionals: string[];
    };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw usageError(argsMessage(command, e as Error & { code?: unknown }));
    throw e;
  }
}

/** Reads a whole number option (`--prorate 2`), or throws a usage error. */
export function wholeNumber(command: string, name: string, raw: string | undefined, min = 0): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min)
    throw usageError(`${command}: --${name} needs a whole number of ${min} or more (such as ${min === 0 ? 1 : min}), not ${JSON.stringify(raw.slice(0, 24))}`);
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
