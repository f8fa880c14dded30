import { instruments } from '../../instruments/registry.js';
import type { InstrumentDefinition } from '../../scoring/types.js';
import { choice, parse, positionals } from '../_args.js';
import { EXIT } from '../_errors.js';
import { out } from '../_io.js';

/** The `--help` text of `securebase instruments`. */
export const INSTRUMENTS_HELP = `Usage: securebase instruments [--format text|json]

Lists every instrument: id, name, items, scales, whether the item text ships with
securebase, and the licence summary. Where item text is not included, apps supply their
own licensed text; securebase ships the scoring key, citation and licence note.

Options
  --format text|json   output format (default: text)
  -h, --help           show this help

Exit codes: 0 ok; 2 usage error.`;

/** The JSON form of one instrument's listing. */
export function listing(d: InstrumentDefinition) {
  return {
    id: d.id,
    name: d.name,
    abbreviation: d.abbreviation ?? null,
    version: d.version,
    items: d.items.length,
    scales: d.scales.map((s) => s.id),
    derived: (d.derived ?? []).map((x) => x.id),
    flags: (d.flags ?? []).map((f) => f.id),
    itemTextIncluded: d.licence.itemTextIncluded,
    licence: d.licence.summary,
    licenceUrl: d.licence.url ?? null,
  };
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length > 0 && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line.length === 0 ? w : `${line} ${w}`;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

/** `securebase instruments`. */
export async function instrumentsCommand(args: readonly string[]): Promise<number> {
  const { values, positionals: pos } = parse('instruments', args, { format: { type: 'string' } });
  if (values.help) {
    await out(`${INSTRUMENTS_HELP}\n`);
    return EXIT.ok;
  }
  positionals('instruments', pos, 0, 0, '');
  const format = choice('instruments', 'format', values.format, ['text', 'json'] as const) ?? 'text';
  const defs = instruments as readonly InstrumentDefinition[];
  if (format === 'json') {
    await out(`${JSON.stringify(defs.map(listing), null, 2)}\n`);
    return EXIT.ok;
  }
  const blocks = defs.map((d) => {
    const head = `${d.id.padEnd(11)} ${d.abbreviation ?? d.id} — ${d.name} (v${d.version})`;
    const facts = `            ${d.items.length} items; scales: ${d.scales.map((s) => s.id).join(', ')}${(d.flags ?? []).length > 0 ? `; flags: ${(d.flags ?? []).map((f) => f.id).join(', ')}` : ''}`;
    const text = `            item text: ${d.licence.itemTextIncluded ? 'included' : 'not included (supply your own licensed text)'}`;
    return `${head}\n${facts}\n${text}\n${wrap(`licence: ${d.licence.summary}`, 88, '            ')}`;
  });
  await out(`${blocks.join('\n\n')}\n`);
  return EXIT.ok;
}
