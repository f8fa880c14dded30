// The Spanish of the charts and the progress report: every id of chartStrings, no more; the same
// placeholders; no English left; and both renderers take `locale: es` and write Spanish.
import { describe, expect, it } from 'vitest';
import { chartStrings, renderProgressReport, renderTrajectorySvg, type ScoredTimePoint } from '../../src/charts/index.js';
import { phq9, score } from '../../src/index.js';
import { charts } from '../../src/locales/es/charts.js';
import { es } from '../../src/locales/es/index.js';

const placeholders = (text: string): readonly string[] => [...text.matchAll(/\{[A-Za-z]+\}/gu)].map((m) => m[0]).sort();

/** English function words that are not also Spanish words (the list of test/locales/guards.test.ts). */
const ENGLISH_STOP_WORDS = new Set(
  'the and you your to of is it that with for this are be have what when can will not in on at we they them their if or was from but just do does how feel'.split(
    ' ',
  ),
);
function englishRatio(text: string): number {
  const tokens = text
    .replace(/\{\w+\}/gu, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((t) => t !== '');
  return tokens.length === 0 ? 0 : tokens.filter((t) => ENGLISH_STOP_WORDS.has(t)).length / tokens.length;
}

/** A small PHQ-9 course: totals 18, 10, 5 (item 9 = 1 at session 1). */
const course = (): ScoredTimePoint<number>[] => [
  { at: 1, result: score(phq9, [2, 2, 3, 2, 2, 2, 2, 2, 1, 1]) },
  { at: 2, result: score(phq9, [2, 1, 2, 1, 1, 1, 1, 1, 0, 1]) },
  { at: 3, result: score(phq9, [1, 1, 0, 1, 1, 0, 1, 0, 0, 1]) },
];
/** The app's licensed PHQ-9 band labels (stand-ins: the pack ships no instrument wording; see test/charts/bands-locale.test.ts). */
const bandText = { 'phq-9': { total: phq9.scales[0].bands.map((_, k) => `banda con licencia ${k}`) } };
const attr = (svg: string, name: string): string => svg.match(new RegExp(`<svg[^>]*\\s${name}="([^"]*)"`, 'u'))?.[1] ?? '';
const title = (svg: string): string => svg.match(/<title[^>]*>([^<]*)<\/title>/u)?.[1] ?? '';

describe('the Spanish of the charts and the progress report', () => {
  it('has every id of chartStrings, and no other', () => {
    expect(Object.keys(charts).sort()).toEqual(Object.keys(chartStrings).sort());
    for (const id of Object.keys(chartStrings)) expect(es.strings[id], id).toBe(charts[id as keyof typeof charts]);
  });

  it('keeps the placeholders of each English string, exactly', () => {
    const wrong = Object.entries(chartStrings).filter(([id, en]) => placeholders(charts[id as keyof typeof charts]).join() !== placeholders(en).join());
    expect(wrong).toEqual([]);
  });

  it('leaves no English (the ratio check finds the English itself)', () => {
    expect(Object.values(chartStrings).filter((t) => englishRatio(t) > 0.05).length).toBeGreaterThan(40);
    expect(Object.entries(charts).filter(([, t]) => englishRatio(t) > 0.05)).toEqual([]);
  });

  it('renderTrajectorySvg takes locale: es and writes its label and title in Spanish; English is unchanged', () => {
    const svg = renderTrajectorySvg(course(), { locale: es, bandText });
    expect(title(svg)).toBe('PHQ-9 a lo largo del tiempo');
    expect(attr(svg, 'aria-label')).toContain('bajó de 18');
    expect(attr(svg, 'aria-label')).toContain('sesiones');
    expect(svg).toContain('Puntuación');
    expect(svg).not.toContain('over time');

    const en = renderTrajectorySvg(course());
    expect(en).toBe(renderTrajectorySvg(course(), { locale: 'en' }));
    expect(title(en)).toBe('PHQ-9 over time');
    expect(attr(en, 'aria-label')).toContain('fell from 18');
    expect(en).not.toContain('a lo largo del tiempo');
  });

  it('renderProgressReport takes locale: es and states, in Spanish, that it is not a diagnosis', () => {
    const md = renderProgressReport({ name: 'A. B.', results: course() }, { locale: es, bandText });
    expect(md.startsWith('# Informe de evolución: A. B.\n')).toBe(true);
    expect(md).toContain(`**${charts['report.notDiagnosis']}**`);
    expect(md.trimEnd().endsWith(`**${charts['report.notDiagnosis']}**`)).toBe(true);
    expect(charts['report.notDiagnosis']).toMatch(/juicio del profesional clínico.*No es un diagnóstico/u);
    expect(md).not.toContain('It is not a diagnosis');
  });
});
