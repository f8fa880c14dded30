// Band labels in the charts follow the locale (issue 16, point 1): with a locale pack, every band
// label drawn (band areas and their labels, the description, each point's "value (band)", the
// report's table) comes from the pack or the app's licensed `bandText`; a gap is an error naming
// the option, never English. With 'en' the output is unchanged (the other chart tests pin it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChartLocaleError, type ChartOptions, renderProgressReport, renderTrajectorySvg } from '../../src/charts/index.js';
import { gad7, phq9, score } from '../../src/index.js';
import { es } from '../../src/locales/es/index.js';
import { type LocalePack, textId } from '../../src/model/locale.js';
import type { InstrumentDefinition } from '../../src/scoring/types.js';
import { demoResults } from './_demo.js';

const bandsOf = (def: InstrumentDefinition) => def.scales.find((s) => s.id === 'total')?.bands ?? [];
/** The app's licensed band labels (stand-ins; the tests need only that they are not English). */
const licensed = (def: InstrumentDefinition) => bandsOf(def).map((_, k) => `${def.abbreviation ?? def.id} banda ${k}`);
const bandText = { 'phq-9': { total: licensed(phq9) }, 'gad-7': { total: licensed(gad7) } };
const englishLabels = [...new Set([...bandsOf(phq9), ...bandsOf(gad7)].map((b) => b.label))];

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
}

describe('band labels in the charts under a locale pack', () => {
  it('refuses locale: es without bandText, naming bandText["phq-9"].total and the pack', () => {
    for (const render of [
      (o: ChartOptions) => renderTrajectorySvg(demoResults(), o),
      (o: ChartOptions) => renderProgressReport({ results: demoResults() }, o),
      (o: ChartOptions) => renderProgressReport({ results: demoResults() }, { ...o, format: 'html' }),
    ]) {
      const e = thrown(() => render({ locale: es }));
      expect(e).toBeInstanceOf(ChartLocaleError);
      expect((e as Error).message).toContain('bandText["phq-9"].total');
      expect((e as Error).message).toContain('"es"');
      expect((e as ChartLocaleError).locale).toBe('es');
      expect((e as ChartLocaleError).missing).toContain(textId('instrument', 'phq-9', 'scales.total.bands.0.label'));
      // PHQ-9 given, GAD-7 still missing: named in turn.
      const e2 = thrown(() => render({ locale: es, bandText: { 'phq-9': bandText['phq-9'] } }));
      expect((e2 as Error).message).toContain('bandText["gad-7"].total');
    }
  });

  it('with bandText, leaves no English band label in the SVG or the report, and shows every given label', () => {
    const outputs = [
      renderTrajectorySvg(demoResults(), { locale: es, bandText }),
      renderProgressReport({ results: demoResults() }, { locale: es, bandText }),
      renderProgressReport({ results: demoResults() }, { locale: es, bandText, format: 'html' }),
    ];
    for (const out of outputs) {
      for (const label of englishLabels) expect(out, label).not.toMatch(new RegExp(`\\b${label}\\b`, 'u'));
    }
    const [svg, md] = outputs as [string, string, string];
    for (const label of [...bandText['phq-9'].total, ...bandText['gad-7'].total]) expect(svg).toContain(label);
    // The point summary ("value (band)") and the report table use them too.
    expect(svg).toContain('18 (PHQ-9 banda 3)');
    expect(md).toContain('| sesión 5 | 5 | PHQ-9 banda 1 |');
  });

  it('reads a pack that has the labels, before bandText', () => {
    const strings: Record<string, string> = { ...es.strings };
    for (const def of [phq9, gad7])
      bandsOf(def).forEach((_, k) => {
        strings[textId('instrument', def.id, `scales.total.bands.${k}.label`)] = `paquete ${def.id} ${k}`;
      });
    const pack: LocalePack = { ...es, strings };
    const svg = renderTrajectorySvg(demoResults(), { locale: pack, bandText });
    expect(svg).toContain('paquete phq-9 3');
    expect(svg).not.toContain('PHQ-9 banda');
  });

  it('refuses bandText with the wrong number of labels or a label that is not text, naming it', () => {
    for (const total of [licensed(phq9).slice(1), [...licensed(phq9), 'x'], [1, 2, 3, 4, 5]]) {
      const e = thrown(() => renderTrajectorySvg(demoResults(), { locale: es, bandText: { ...bandText, 'phq-9': { total: total as string[] } } }));
      expect(e).toBeInstanceOf(TypeError);
      expect((e as Error).message).toContain('bandText["phq-9"].total');
    }
  });

  it('leaves English output unchanged, whatever bandText says (English comes from the definition)', () => {
    expect(renderTrajectorySvg(demoResults(), { bandText })).toBe(renderTrajectorySvg(demoResults()));
    expect(renderProgressReport({ results: demoResults() }, { locale: 'en', bandText })).toBe(renderProgressReport({ results: demoResults() }));
  });

  it('property: each point is drawn with the label of the band score gives, by its index', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 10, maxLength: 10 }), { minLength: 1, maxLength: 4 }), (courses) => {
        const results = courses.map((a, i) => ({ at: i + 1, result: score(phq9, a) }));
        const md = renderProgressReport({ results }, { locale: es, bandText });
        results.forEach(({ at, result }) => {
          const t = result.scales.total;
          const k = bandsOf(phq9).findIndex((b) => b.label === t.band?.label);
          expect(md).toContain(`| sesión ${at} | ${t.value} | ${bandText['phq-9'].total[k]} |`);
        });
      }),
      { numRuns: 60 },
    );
  });
});
