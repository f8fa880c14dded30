// Guards for the Spanish exercise scripts, built from the English registry (never from a hand list):
// every client-facing string has a Spanish string with the same placeholders, nothing unknown is
// shipped, each script reads easily in Spanish (Fernández Huerta ≥ 70), and no English is left.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { exerciseScripts } from '../../src/exercises/scripts/registry.js';
import type { ExerciseScript } from '../../src/exercises/types.js';
import { exercises as es } from '../../src/locales/es/exercises/index.js';
import { textId } from '../../src/model/locale.js';
import { counts, fernandezHuerta, inflesz, sentenceCount, syllables, szigrisztPazos } from './_support/spanish-readability.js';

const scripts: readonly ExerciseScript[] = exerciseScripts;

/** Every client-facing string of an English script, by its stable id (therapist notes are for the clinician and are not translated). */
function englishStrings(script: ExerciseScript): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const add = (path: string, text: string): void => void out.set(textId('exercise', script.id, path), text);
  add('title', script.title);
  add('summary', script.summary);
  add('safetyNote', script.safetyNote);
  script.steps.forEach((s, i) => {
    if ('text' in s && s.text !== undefined) add(`steps.${i}.text`, s.text);
  });
  script.contraindications.forEach((c, i) => add(`contraindications.${i}.question`, c.question));
  return out;
}

const english = new Map(scripts.flatMap((s) => [...englishStrings(s)]));

/** The Spanish script files, keyed by file name (a Vite glob, so it works in Node and in the browser). */
const SPANISH_FILES: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<Readonly<Record<string, string>>>(['../../src/locales/es/exercises/*.ts', '!**/index.ts'], { import: 'default', eager: true }),
  ).map(([path, pack]) => [path.slice(path.lastIndexOf('/') + 1), pack]),
);

const placeholders = (text: string): readonly string[] => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

/** Neutral Spanish for the slots, only so that measured text is whole sentences (the engine's own filling is not tested here). */
const NEUTRAL_ES: Readonly<Record<string, string>> = {
  caregiver: 'alguien que te cuidó',
  safePlace: 'un lugar de calma',
  they: 'él',
  them: 'él',
  their: 'su',
  theirs: 'suyo',
  themself: 'sí',
};
const fillNeutral = (text: string): string => text.replace(/,?\s*\{name\}/g, '').replace(/\{(\w+)\}/g, (_, slot: string) => NEUTRAL_ES[slot] ?? slot);

/** A script's Spanish text as a whole: each string a sentence or more. */
function spanishText(script: ExerciseScript): string {
  return [...englishStrings(script).keys()]
    .map((id) => fillNeutral(es[id] ?? '').trim())
    .map((t) => (/[.!?…]$/u.test(t) ? t : `${t}.`))
    .join(' ');
}

/** English function words that are not also Spanish words (no "a", "me", "no", "he", "son"). */
const ENGLISH_STOP_WORDS = new Set(
  'the and you your to of is it that with for this are be have what when can will not in on at we they them their if or was from but just do does how feel'.split(
    ' ',
  ),
);
function englishRatio(text: string): number {
  const tokens = text
    .replace(/\{\w+\}/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((t) => t !== '');
  return tokens.length === 0 ? 0 : tokens.filter((t) => ENGLISH_STOP_WORDS.has(t)).length / tokens.length;
}

// --- the helpers can fail: check them on known words and worked examples first ---

describe('Spanish readability helpers', () => {
  it('counts the syllables of known words (diphthongs, hiatuses, silent u, final y)', () => {
    const known: Record<string, number> = {
      casa: 2,
      tú: 1,
      miedo: 2,
      cuidado: 3,
      respiración: 4,
      poeta: 3,
      país: 2,
      ahora: 3,
      guerra: 2,
      que: 1,
      hoy: 1,
      y: 1,
      muy: 1,
      pingüino: 3,
      leer: 2,
      oído: 3,
      buey: 1,
      reír: 2,
      tranquilo: 3,
      seguir: 2,
      'Respira,': 3,
      '10': 1,
      '0': 2,
    };
    for (const [word, n] of Object.entries(known)) expect(syllables(word), word).toBe(n);
  });

  it('counts sentences and words', () => {
    expect(sentenceCount('Respira. ¿Cómo estás? ¡Bien!')).toBe(3);
    expect(counts('Mira a tu alrededor. Nombra tres cosas.')).toEqual({ words: 7, syllables: 13, sentences: 2 });
  });

  it('scores by the corrected Fernández Huerta formula (worked example)', () => {
    // 7 words, 13 syllables, 2 sentences: 206.84 − 0.60·(1300 / 7) − 1.02·3.5 = 91.8414…
    expect(fernandezHuerta('Mira a tu alrededor. Nombra tres cosas.')).toBeCloseTo(206.84 - 0.6 * (1300 / 7) - 1.02 * 3.5, 9);
    expect(fernandezHuerta('Mira a tu alrededor. Nombra tres cosas.')).toBeCloseTo(91.8414, 4);
    // shorter sentences read more easily (the point of Law's correction)
    expect(fernandezHuerta('Mira la sala. Nombra tres cosas.')).toBeGreaterThan(fernandezHuerta('Mira la sala, nombra tres cosas.'));
    // 206.835 − 62.3·13 / 7 − 3.5 = 87.635
    expect(szigrisztPazos('Mira a tu alrededor. Nombra tres cosas.')).toBeCloseTo(87.635, 6);
    expect(inflesz(78.7)).toBe('bastante fácil');
    expect(inflesz(54)).toBe('algo difícil');
  });

  it('flags English text and passes Spanish text', () => {
    expect(englishRatio('Breathe in through your nose for four. Let the out-breath be a little longer.')).toBeGreaterThan(0.2);
    expect(englishRatio('Inhala por la nariz mientras cuentas hasta cuatro. Deja que la salida del aire sea un poco más larga.')).toBe(0);
    expect(englishRatio('Gracias, {name}. Piensa en {caregiver}.')).toBe(0);
  });
});

// --- the Spanish pack ---

describe('Spanish exercise scripts (locales/es)', () => {
  it('has a Spanish string for every client-facing string of every English script, and nothing else', () => {
    const missing = [...english.keys()].filter((id) => !(id in es));
    const unknown = Object.keys(es).filter((id) => !english.has(id));
    expect(missing).toEqual([]);
    expect(unknown).toEqual([]);
    console.info(`Spanish exercise strings: ${Object.keys(es).length} for ${scripts.length} scripts`);
  });

  it("keeps one file per script, named as the English script file, holding only that script's strings", () => {
    expect(Object.keys(SPANISH_FILES).sort()).toEqual(scripts.map((s) => `${s.id.replace('.', '-')}.ts`).sort());
    for (const s of scripts) {
      const file = SPANISH_FILES[`${s.id.replace('.', '-')}.ts`] ?? {};
      expect(Object.keys(file).sort(), s.id).toEqual([...englishStrings(s).keys()].sort());
    }
  });

  it('keeps every placeholder of the English string, exactly', () => {
    for (const [id, en] of english) expect(placeholders(es[id] ?? ''), id).toEqual(placeholders(en));
  });

  it('writes every string out: not empty, not the English, no stray spaces, no phone-like number', () => {
    for (const [id, en] of english) {
      const text = es[id] ?? '';
      expect(text.trim(), id).toBe(text);
      expect(text.length, id).toBeGreaterThan(0);
      expect(text, id).not.toBe(en);
      expect(text, id).not.toMatch(/\s{2}/);
      expect(text, id).not.toMatch(/\d{3}/);
    }
  });

  it('leaves no English: an English stop-word ratio of at most 5 % in each string', () => {
    for (const id of english.keys()) expect(englishRatio(es[id] ?? ''), `${id}: ${es[id]}`).toBeLessThanOrEqual(0.05);
    const all = Object.values(es).join(' ');
    expect(englishRatio(all)).toBeLessThan(0.005);
  });

  it('reads easily: Fernández Huerta 70 or higher for each script as a whole', () => {
    const rows = scripts.map((s) => {
      const text = spanishText(s);
      return { id: s.id, fh: fernandezHuerta(text), sp: szigrisztPazos(text), words: counts(text).words };
    });
    const fh = rows.map((r) => r.fh);
    const sp = rows.map((r) => r.sp);
    console.info(
      `Fernández Huerta ${Math.min(...fh).toFixed(1)}–${Math.max(...fh).toFixed(1)}; Szigriszt-Pazos ${Math.min(...sp).toFixed(1)}–${Math.max(...sp).toFixed(1)} (INFLESZ ${inflesz(Math.min(...sp))} to ${inflesz(Math.max(...sp))})`,
    );
    for (const r of rows) console.info(`${r.id}: FH ${r.fh.toFixed(1)}, SP ${r.sp.toFixed(1)} (${inflesz(r.sp)}), ${r.words} words`);
    for (const r of rows) expect(r.fh, r.id).toBeGreaterThanOrEqual(70);
  });
});
