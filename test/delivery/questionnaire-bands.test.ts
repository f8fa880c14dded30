// Band labels shown to a person follow the locale (issue 16, point 1): the runner keeps the band
// labels of every banded scale in `state.text.bands`, from the locale pack or the app's licensed
// `bandText`, and refuses to start rather than show the definition's English under another locale.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type QuestionnaireState, questionnaireReducer, resultBandText, safeStartQuestionnaire, startQuestionnaire } from '../../src/delivery/index.js';
import { gad7, phq9 } from '../../src/instruments/index.js';
import { es } from '../../src/locales/es/index.js';
import { type LocalePack, textId } from '../../src/model/locale.js';
import { safeRestoreQuestionnaire } from '../../src/schemas/index.js';
import { score } from '../../src/scoring/index.js';
import type { ScaleDefinition } from '../../src/scoring/types.js';

/** The app's licensed PHQ-9 wording (stand-ins: the tests need only that they are not English). */
const licensed = {
  itemText: Object.fromEntries(phq9.items.map((it) => [it.id, `Texto con licencia de ${it.id}`])),
  instructions: 'Instrucciones con licencia',
  anchorText: { default: ['L0', 'L1', 'L2', 'L3'], difficulty: ['D0', 'D1', 'D2', 'D3'] },
};
const totalBands = phq9.scales.find((s) => s.id === 'total')?.bands ?? [];
const bandText = { total: totalBands.map((_, k) => `Banda con licencia ${k}`) };
const english = totalBands.map((b) => b.label);

/** Answers the PHQ-9 from the first screen to completion. */
function complete(s: QuestionnaireState, values: readonly number[]): QuestionnaireState {
  let st = s;
  for (const v of values) {
    if (st.status === 'completed' || st.screen === null) break;
    st = questionnaireReducer(st, { type: 'answer', item: st.current, value: v });
    if (!st.screen?.isLast) st = questionnaireReducer(st, { type: 'next' });
  }
  return questionnaireReducer(st, { type: 'complete' });
}

describe('band labels in the questionnaire state', () => {
  it('keeps the English band labels of every banded scale, from the definition (the default is unchanged)', () => {
    const s = startQuestionnaire(phq9);
    expect(s.text.bands).toEqual({ total: english });
    expect(Object.keys(startQuestionnaire(gad7).text.bands)).toEqual(
      (gad7.scales as readonly ScaleDefinition[]).filter((x) => (x.bands?.length ?? 0) > 0).map((x) => x.id),
    );
    const done = complete(s, [2, 2, 2, 2, 1, 1, 1, 1, 0, 1]);
    expect(done.result?.scales.total?.value).toBe(12);
    expect(resultBandText(done, 'total')).toBe('Moderate');
    expect(resultBandText(done, 'total')).toBe(done.result?.scales.total?.band?.label);
  });

  it('refuses a pack without band labels and no bandText, naming each missing id and bandText.total (never English)', () => {
    const r = safeStartQuestionnaire(phq9, { locale: es, ...licensed });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual(
      totalBands.map((_, k) => ['missing_translation', ['locale', 'strings', textId('instrument', 'phq-9', `scales.total.bands.${k}.label`)]]),
    );
    for (const i of r.issues) expect(i.message).toMatch(/give the app's licensed labels as bandText\.total/);
  });

  it("with bandText, shows the app's labels: text.bands holds them and resultBandText gives the band of the result", () => {
    const s = startQuestionnaire(phq9, { locale: es, ...licensed, bandText });
    expect(s.text.bands).toEqual(bandText);
    const done = complete(s, [3, 3, 3, 3, 3, 3, 3, 3, 0, 1]);
    expect(done.result?.scales.total?.value).toBe(24);
    expect(resultBandText(done, 'total')).toBe('Banda con licencia 4');
    expect(JSON.stringify(done.text)).not.toMatch(new RegExp(english.join('|')));
  });

  it('reads the labels from a pack that has them, before bandText', () => {
    const strings: Record<string, string> = { ...es.strings };
    totalBands.forEach((_, k) => {
      strings[textId('instrument', 'phq-9', `scales.total.bands.${k}.label`)] = `Del paquete ${k}`;
    });
    const pack: LocalePack = { ...es, strings };
    const s = startQuestionnaire(phq9, { locale: pack, ...licensed, bandText });
    expect(s.text.bands.total).toEqual(totalBands.map((_, k) => `Del paquete ${k}`));
  });

  it('property: for any PHQ-9 answers, the label shown has the index of the band score gives, in English and with bandText', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 10, maxLength: 10 }), (values) => {
        const en = complete(startQuestionnaire(phq9), values);
        const ours = complete(startQuestionnaire(phq9, { locale: es, ...licensed, bandText }), values);
        const band = score(phq9, en.answers).scales.total.band;
        const k = totalBands.findIndex((b) => b.label === band?.label);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(resultBandText(en, 'total')).toBe(english[k]);
        expect(resultBandText(ours, 'total')).toBe(bandText.total[k]);
      }),
      { numRuns: 200 },
    );
  });

  it('gives null before completion, for a scale without bands and for an unknown scale', () => {
    const s = startQuestionnaire(phq9);
    expect(resultBandText(s, 'total')).toBeNull();
    const done = complete(s, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(resultBandText(done, 'functioning')).toBeNull();
    expect(resultBandText(done, 'nope')).toBeNull();
  });

  const bad: [string, unknown, string, (string | number)[]][] = [
    ['not an object', 'Leve', 'invalid_options', ['bandText']],
    ['a list that is not strings', { total: [1, 2, 3, 4, 5] }, 'invalid_options', ['bandText', 'total', 0]],
    ['not a list', { total: 'Leve' }, 'invalid_options', ['bandText', 'total']],
    ['too few labels', { total: ['a', 'b', 'c', 'd'] }, 'invalid_options', ['bandText', 'total']],
    ['too many labels', { total: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'invalid_options', ['bandText', 'total']],
    ['an empty label', { total: ['a', 'b', ' ', 'd', 'e'] }, 'invalid_options', ['bandText', 'total', 2]],
    ['a scale the instrument lacks', { ...bandText, nope: ['a'] }, 'invalid_options', ['bandText', 'nope']],
    ['a scale without bands', { ...bandText, functioning: ['a'] }, 'invalid_options', ['bandText', 'functioning']],
  ];
  it.each(bad)('refuses bandText that is %s, naming it', (_name, given, code, path) => {
    for (const locale of ['en', es] as const) {
      const r = safeStartQuestionnaire(phq9, { locale, ...licensed, bandText: given as typeof bandText });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      const issue = r.issues.find((i) => i.path[0] === 'bandText');
      expect([issue?.code, issue?.path]).toEqual([code, path]);
      expect(issue?.message.startsWith(path.join('.'))).toBe(true);
    }
  });
});

describe('band labels survive restoreQuestionnaire', () => {
  const done = complete(startQuestionnaire(phq9, { locale: es, ...licensed, bandText }), [1, 1, 2, 1, 0, 1, 1, 0, 0, 1]);

  it('restores a state with its band labels, and the helper still reads them', () => {
    const r = safeRestoreQuestionnaire(JSON.stringify(done));
    expect(r.ok && r.value).toEqual(done);
    expect(r.ok && resultBandText(r.value, 'total')).toBe('Banda con licencia 1');
  });

  const tamper = (f: (t: { bands: Record<string, string[]> }) => void): unknown => {
    const j = JSON.parse(JSON.stringify(done));
    j.text.bands ??= {}; // (a state without band labels, as before they were kept, is refused too: the last case)
    f(j.text);
    return j;
  };
  const refused: [string, unknown][] = [
    ['a missing band list', tamper((t) => delete t.bands.total)],
    ['a band list too short', tamper((t) => t.bands.total?.pop())],
    ['an extra band list', tamper((t) => (t.bands.functioning = ['x']))],
    ['no band lists at all', tamper((t) => delete (t as Partial<typeof t>).bands)],
  ];
  it.each(refused)('refuses %s, naming text.bands', (_name, input) => {
    const r = safeRestoreQuestionnaire(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.some((i) => i.path[0] === 'text' && i.path[1] === 'bands')).toBe(true);
  });

  it('refuses an English state whose band labels are not the definition’s', () => {
    const en = JSON.parse(JSON.stringify(complete(startQuestionnaire(phq9), [0, 0, 0, 0, 0, 0, 0, 0, 0])));
    expect(safeRestoreQuestionnaire(en).ok).toBe(true);
    en.text.bands.total[0] = 'Fine';
    const r = safeRestoreQuestionnaire(en);
    expect(!r.ok && r.issues.map((i) => i.path.join('.'))).toContain('text.bands.total');
  });
});

describe('a state stored by format version 1 (no band labels)', () => {
  const asVersion1 = (s: QuestionnaireState): Record<string, unknown> => {
    const j = JSON.parse(JSON.stringify(s));
    j.version = 1;
    delete j.text.bands;
    return j;
  };

  it('is upgraded in English, with the definition’s labels, and continues', () => {
    const mid = questionnaireReducer(startQuestionnaire(phq9), { type: 'answer', item: 'phq9-1', value: 2 });
    const r = safeRestoreQuestionnaire(JSON.stringify(asVersion1(mid)));
    expect(r.ok && r.value).toEqual(mid);
    const done = complete(startQuestionnaire(phq9), [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    const again = safeRestoreQuestionnaire(asVersion1(done));
    expect(again.ok && resultBandText(again.value, 'total')).toBe('Severe');
  });

  it('is refused as outdated in another language, where the labels cannot be known', () => {
    const s = startQuestionnaire(phq9, { locale: es, ...licensed, bandText });
    const r = safeRestoreQuestionnaire(asVersion1(s));
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([['outdated', ['version']]]);
    expect(!r.ok && r.issues[0]?.message).toMatch(/Start the questionnaire again/);
  });

  it('is still checked after the upgrade (a tampered version-1 state is refused)', () => {
    const j = asVersion1(complete(startQuestionnaire(phq9), [0, 0, 0, 0, 0, 0, 0, 0, 0]));
    (j.progress as { answered: number }).answered = 3;
    expect(safeRestoreQuestionnaire(j).ok).toBe(false);
  });
});
