// Guards for every shipped locale pack, generated from the registries and the English sources
// (never from a hand list): every id a call can need is in every pack, no pack holds an unknown id,
// placeholders match the English exactly, no English is left, securebase's own Spanish reads
// easily, and a bundle carries a language only when it imports that language's pack.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { chartStrings } from '../../src/charts/strings.js';
import { exerciseScripts } from '../../src/exercises/scripts/registry.js';
import type { ExerciseScript } from '../../src/exercises/types.js';
import { EXERCISE_TEXT } from '../../src/exercises/words.js';
import { instruments } from '../../src/instruments/registry.js';
import { es } from '../../src/locales/es/index.js';
import { type LocalePack, textId } from '../../src/model/locale.js';
import { flagTextId, SAFETY_TEXT } from '../../src/safety/crisis-resources.js';
import { regionResources } from '../../src/safety/regions/registry.js';
import type { RegionResources } from '../../src/safety/types.js';
import type { InstrumentDefinition } from '../../src/scoring/types.js';
import { fernandezHuerta, inflesz } from './_support/spanish-readability.js';

/** Every shipped pack. A new language is one more entry here and one more folder in src/locales. */
const PACKS: readonly LocalePack[] = [es];

/** Every id a call can look up, with its English source, walked from the registries and the English tables. */
function englishSources(): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const scripts: readonly ExerciseScript[] = exerciseScripts;
  for (const script of scripts) {
    const add = (path: string, text: string) => out.set(textId('exercise', script.id, path), text);
    add('title', script.title);
    add('summary', script.summary);
    add('safetyNote', script.safetyNote);
    script.steps.forEach((step, i) => {
      if ('text' in step && step.text !== undefined) add(`steps.${i}.text`, step.text);
    });
    script.contraindications.forEach((q, i) => add(`contraindications.${i}.question`, q.question));
  }
  for (const [id, text] of Object.entries(SAFETY_TEXT)) out.set(id, text);
  for (const [id, text] of Object.entries(EXERCISE_TEXT)) out.set(id, text);
  for (const [id, text] of Object.entries(chartStrings)) out.set(id, text);
  const defined: readonly InstrumentDefinition[] = instruments;
  for (const instrument of defined) for (const flag of instrument.flags ?? []) out.set(flagTextId(flag.id), flag.clientMessage);
  // Crisis and domestic-abuse lines are described to the person with their hours and audience.
  for (const region of regionResources as readonly RegionResources[]) {
    for (const c of region.contacts) {
      if (c.kind === 'emergency') continue;
      if (!/^any ?time$/iu.test(c.hours)) out.set(`safety.contact.${c.id}.hours`, c.hours);
      if (c.audience !== undefined) out.set(`safety.contact.${c.id}.audience`, c.audience);
    }
  }
  return out;
}

const english = englishSources();
const placeholders = (text: string): readonly string[] => [...text.matchAll(/\{[A-Za-z]+\}/gu)].map((m) => m[0]).sort();

/** English function words that are not also Spanish words. */
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

describe('the guards can fail', () => {
  it('finds English in English text and none in Spanish text', () => {
    expect(englishRatio('If you are in danger now, call your local emergency number.')).toBeGreaterThan(0.3);
    expect(englishRatio('Si estás en peligro ahora, llama al número de emergencias de tu zona.')).toBe(0);
  });
  it('tells placeholders apart', () => {
    expect(placeholders('call {name} on {phone}')).toEqual(['{name}', '{phone}']);
    expect(placeholders('llamar a {name}')).not.toEqual(placeholders('call {name} on {phone}'));
  });
  it('walks every kind of source: scripts, safety, engine words, flags and contacts', () => {
    for (const prefix of ['exercise.', 'safety.crisis.', 'safety.contact.', 'exercise-ui.', 'flag.']) {
      expect(
        [...english.keys()].some((id) => id.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });
});

for (const pack of PACKS) {
  describe(`locale pack ${pack.locale} (${pack.name})`, () => {
    const ids = Object.keys(pack.strings);

    it('has every string id of every registry entry and English table', () => {
      const missing = [...english.keys()].filter((id) => !Object.hasOwn(pack.strings, id));
      expect(missing).toEqual([]);
    });

    it('holds no unknown id', () => {
      expect(ids.filter((id) => !english.has(id))).toEqual([]);
    });

    it('keeps every placeholder of the English, exactly', () => {
      const wrong = ids
        .filter((id) => english.has(id))
        .filter((id) => placeholders(pack.strings[id] ?? '').join() !== placeholders(english.get(id) ?? '').join());
      expect(wrong).toEqual([]);
    });

    it('writes every string out: not empty, not the English (except codes and numbers)', () => {
      const same = ids.filter(
        (id) =>
          (pack.strings[id] ?? '').trim() === '' ||
          (pack.strings[id] === english.get(id) && /\p{L}{3}/u.test((english.get(id) ?? '').replace(/\{\w+\}/gu, ''))),
      );
      expect(same).toEqual([]);
    });

    it('leaves no English: an English stop-word ratio of at most 5 % in each string', () => {
      const english = ids.map((id) => [id, englishRatio(pack.strings[id] ?? '')] as const).filter(([, r]) => r > 0.05);
      expect(english).toEqual([]);
    });

    it('names a speaking rate and a BCP 47 tag for speech', () => {
      expect(Number(pack.strings['exercise-ui.speech.words-per-second'])).toBeGreaterThan(0);
      expect(pack.strings['exercise-ui.speech.lang']).toMatch(new RegExp(`^${pack.locale}(-[A-Za-z0-9]{2,8})*$`, 'u'));
    });
  });
}

describe('securebase’s own Spanish (safety, flags, engine words) reads easily', () => {
  // Filled the way a person sees them; the exercise scripts have their own test (es-scripts.test.ts).
  const sample: Readonly<Record<string, string>> = {
    numbers: '112',
    name: 'la línea',
    phone: '024',
    number: '024',
    keyword: 'AYUDA',
    ways: 'llamar',
    audience: 'mujeres',
    hours: 'las 24 horas',
    first: 'uno',
    last: 'dos',
  };
  const fill = (t: string) => t.replace(/\{(\w+)\}/gu, (_m, k: string) => sample[k] ?? k);
  const sentences = (prefix: string) =>
    Object.entries(es.strings)
      .filter(([id, t]) => id.startsWith(prefix) && /[.!?]$/u.test(t))
      .map(([, t]) => fill(t));

  it('risk wording (safety and flags): Fernández Huerta 70 or higher ("bastante fácil" on INFLESZ or easier)', () => {
    const text = [...sentences('safety.'), ...sentences('flag.')].join(' ');
    const score = fernandezHuerta(text);
    console.log(`[locales guards] es safety + flags: Fernández Huerta ${score.toFixed(1)} (${inflesz(score)})`);
    expect(score).toBeGreaterThanOrEqual(70);
  });

  it('each flag message on its own: Fernández Huerta 70 or higher', () => {
    for (const t of sentences('flag.')) expect(fernandezHuerta(t), t).toBeGreaterThanOrEqual(70);
  });
});

describe('tree-shaking: a bundle carries Spanish only when it imports the Spanish pack', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const bundle = async (contents: string) => {
    const r = await build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      platform: 'browser',
      charset: 'utf8', // keep á, ñ … as written, so the strings can be found
      logLevel: 'silent',
    });
    return r.outputFiles[0]?.text ?? '';
  };
  // Long, distinctive Spanish strings (escaped as a minifier writes them: compare on plain words).
  const spanish = Object.values(es.strings).filter((t) => t.length > 40 && !/[{}"'\\]/u.test(t));

  it('an app that imports only score and personalize has no Spanish string', async () => {
    const out = await bundle(
      "import { score, personalize, phq9, regulatePacedBreathing } from './src/index.ts';\nconsole.log(score(phq9, [0,0,0,0,0,0,0,0,0,0]), personalize(regulatePacedBreathing));",
    );
    expect(out.length).toBeGreaterThan(1000);
    expect(out).toContain('You do not have to go through this alone.');
    expect(spanish.filter((t) => out.includes(t))).toEqual([]);
  });

  it('an app that imports es carries the Spanish', async () => {
    const out = await bundle(
      "import { personalize, regulatePacedBreathing } from './src/index.ts';\nimport { es } from './src/locales/es/index.ts';\nconsole.log(personalize(regulatePacedBreathing, { locale: es }));",
    );
    expect(spanish.length).toBeGreaterThan(100);
    expect(spanish.filter((t) => !out.includes(t))).toEqual([]);
  });
});
