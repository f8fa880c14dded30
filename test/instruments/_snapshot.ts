// Renders an instrument definition as a Markdown page a clinician can review without reading
// TypeScript: sources, licence, what was verified, the response scales, every item's key, the
// bands, derived scores, flags and the missing-data rule.
import type { InstrumentDefinition, ResponseScale } from '../../src/index.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function instrumentReview(def: InstrumentDefinition): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  push(`# ${def.name}${def.abbreviation ? ` (${def.abbreviation})` : ''}`, '');
  push(`Generated from \`src/instruments\` (id \`${def.id}\`, content version ${def.version}); do not edit by hand.`, '');
  if (def.description) push(def.description, '');
  push('## Sources', '', ...def.citations.map((c) => `- ${c.text}${c.doi ? ` doi:${c.doi}` : ''}${c.url ? ` <${c.url}>` : ''}`), '');
  push('## Licence', '', `${def.licence.summary}`, '', `Item text included: **${def.licence.itemTextIncluded ? 'yes' : 'no'}**`, '');
  if (def.notes?.length) push('## What was checked', '', ...def.notes.map((n) => `- ${n}`), '');
  push('## Response scales', '');
  for (const [key, rs] of Object.entries(def.responseScales) as [string, ResponseScale][]) {
    push(
      `- \`${key}\`: ${rs.min} to ${rs.max}${rs.step && rs.step !== 1 ? ` in steps of ${rs.step}` : ''}; ${rs.anchors.length === 0 ? 'no anchor labels' : rs.anchors.map((a) => `${a.value} = ${a.label}${a.code ? ` (${a.code.code})` : ''}`).join(', ')}`,
    );
  }
  push('', '## Items', '', '| # | id | response scale | code | scales (R = reversed) | text or gloss |', '| ---: | --- | --- | --- | --- | --- |');
  for (const it of def.items) {
    const member = def.scales
      .filter((s) => s.items.includes(it.id))
      .map((s) => `${s.id}${(s.reversed ?? []).includes(it.id) ? ' R' : ''}`)
      .join(', ');
    const words = it.text ?? (it.gloss ? `*gloss:* ${it.gloss}` : '');
    push(`| ${it.number} | \`${it.id}\` | ${it.responseScale ?? 'default'} | ${it.code?.code ?? ''} | ${member || '(not scored)'} | ${cell(words)} |`);
  }
  push('', '## Scales', '');
  for (const s of def.scales) {
    push(`### ${s.label} (\`${s.id}\`)`, '');
    push(`- ${s.aggregate} of ${s.items.length} items: ${s.items.map((i) => `\`${i}\``).join(', ')}`);
    push(`- reversed: ${(s.reversed ?? []).length ? (s.reversed ?? []).map((i) => `\`${i}\``).join(', ') : 'none'}`);
    if (s.higherIs) push(`- higher is ${s.higherIs}`);
    if (s.code) push(`- code: ${s.code.system} ${s.code.code}`);
    if (s.bands?.length) push(`- bands: ${s.bands.map((b) => `${b.min}–${b.max} ${b.label}`).join('; ')}`);
    push('');
  }
  if (def.derived?.length) {
    push('## Derived scores', '');
    for (const d of def.derived) {
      push(`- \`${d.id}\` (${d.kind}): ${d.label}${d.source ? `. Source: ${d.source}` : ''}${d.kind === 'rules' ? `. Tie rule: ${d.tieRule}` : ''}`);
      // Criteria in groups (a rule per symptom cluster): list each group and what each outcome needs.
      if (d.kind === 'criteria-count' && d.criteria.some((c) => c.group !== undefined)) {
        const groups = [...new Set(d.criteria.flatMap((c) => (c.group === undefined ? [] : [c.group])))];
        for (const g of groups)
          push(
            `  - group \`${g}\`: ${d.criteria
              .filter((c) => c.group === g)
              .map((c) => `\`${c.item}\` ≥ ${c.min}`)
              .join(', ')}`,
          );
        for (const o of d.outcomes)
          push(
            `  - "${o.label}": ${
              Object.entries(o.minPerGroup ?? {}).length
                ? Object.entries(o.minPerGroup ?? {})
                    .map(([g, m]) => `${m}+ in \`${g}\``)
                    .join(', ')
                : 'otherwise'
            }${o.minCount > 0 ? `; at least ${o.minCount} in all` : ''}`,
          );
      }
    }
    push('');
  }
  push('## Flags', '');
  if (def.flags?.length) for (const f of def.flags) push(`- \`${f.id}\` (${f.level}): when ${JSON.stringify(f.when)}: ${f.message}`);
  else push('None.');
  push('', '## Missing answers', '');
  push(
    def.missing?.kind === 'prorate'
      ? `Prorated when at most ${def.missing.maxMissing} item(s) of a scale are missing (${def.missing.source}).`
      : 'A scale with any missing item has no value (no prorating unless the caller asks for it).',
  );
  return `${out.join('\n')}\n`;
}

export function instrumentIndex(defs: readonly InstrumentDefinition[]): string {
  const rows = defs.map(
    (d) =>
      `| [${d.abbreviation ?? d.id}](${d.id}.md) | ${d.name} | ${d.items.length} | ${d.scales.map((s) => s.id).join(', ')} | ${d.licence.itemTextIncluded ? 'yes' : 'no'} | ${d.version} |`,
  );
  return `# Instruments\n\nGenerated from the instrument registry; do not edit by hand. Each page shows one definition's full scoring key for review.\n\n| instrument | name | items | scales | item text | version |\n| --- | --- | ---: | --- | --- | --- |\n${rows.join('\n')}\n`;
}
