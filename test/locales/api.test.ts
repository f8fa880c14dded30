// The locale option across the API: personalize, every renderer, the session runner, crisis help,
// flag messages and the planner; refusals of an unshipped locale or an incomplete pack (never a
// silent English fallback); and checkItemText for an app's own licensed item text.
import { describe, expect, it } from 'vitest';
import {
  PersonalizeError,
  personalize,
  regulatePacedBreathing,
  renderMarkdown,
  renderSsml,
  renderText,
  renderTimeline,
  safePersonalize,
  startSession,
} from '../../src/exercises/index.js';
import { gad7, phq9 } from '../../src/instruments/index.js';
import { es } from '../../src/locales/es/index.js';
import { checkItemText } from '../../src/locales/index.js';
import type { LocalePack } from '../../src/model/locale.js';
import { planTreatment } from '../../src/planning/index.js';
import { crisisHelp, domesticAbuseHelp, flagForPerson } from '../../src/safety/crisis-resources.js';
import { LocaleError } from '../../src/safety/locale.js';
import { score } from '../../src/scoring/index.js';

const without = (pack: LocalePack, id: string): LocalePack => {
  const strings = { ...pack.strings };
  delete strings[id];
  return { ...pack, strings };
};
const braces = /[{}]/u;

describe('personalize with a locale', () => {
  it('gives the Spanish of every string, records the locale, and keeps the English default', () => {
    const p = personalize(regulatePacedBreathing, { locale: es, region: 'US' });
    expect(p.locale).toBe('es');
    expect(p.title).toBe(es.strings['exercise.regulate.paced-breathing.title']);
    expect(p.safetyNote).toContain('Si crees que podrías hacerte daño');
    expect(p.safetyNote).toContain('llama al 911');
    expect(p.safetyNote).toContain('Atienden las 24 horas del día, todos los días.');
    expect(p.safetyNote).not.toContain('If you');
    for (const step of p.steps) if ('text' in step && step.text !== undefined) expect(step.text).not.toMatch(braces);
    expect(p.steps.at(-1)).toEqual({ kind: 'say', text: 'Gracias por darte este tiempo. Puedes volver a esta respiración cuando lo necesites.' });
    expect(personalize(regulatePacedBreathing, { locale: es, name: 'Ana' }).steps.at(-1)).toEqual({
      kind: 'say',
      text: 'Gracias por darte este tiempo, Ana. Puedes volver a esta respiración cuando lo necesites.',
    });
    expect(personalize(regulatePacedBreathing).locale).toBe('en');
    expect(personalize(regulatePacedBreathing, { locale: 'en' })).toEqual(personalize(regulatePacedBreathing));
  });

  it('types the option: a pack or "en", never a bare tag', () => {
    // @ts-expect-error a language tag is not a pack: import { es } from 'securebase/locales/es'
    expect(() => personalize(regulatePacedBreathing, { locale: 'es' })).toThrow(PersonalizeError);
    // @ts-expect-error the same for the renderers
    expect(() => renderText(personalize(regulatePacedBreathing), { locale: 'fr' })).toThrow(LocaleError);
  });

  it('keeps the therapist notes in English (they are for the clinician)', () => {
    const p = personalize(regulatePacedBreathing, { locale: es });
    expect(p.therapistNotes).toEqual(personalize(regulatePacedBreathing).therapistNotes);
  });

  it('refuses a language tag in place of the pack, naming the locale option and how to import the pack', () => {
    const r = safePersonalize(regulatePacedBreathing, { locale: 'es' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe('invalid_locale');
    expect(r.issues[0]?.path).toEqual(['locale']);
    expect(r.issues[0]?.message).toContain("from 'securebase/locales/es'");
    expect(() => personalize(regulatePacedBreathing, { locale: 'fr' as never })).toThrow(PersonalizeError);
    const junk = safePersonalize(regulatePacedBreathing, { locale: { locale: 'es' } });
    expect(junk.ok ? [] : junk.issues.map((i) => i.path)).toEqual([['locale']]);
  });

  it('refuses a pack that lacks a string of the script, the crisis help or the engine words', () => {
    for (const id of ['exercise.regulate.paced-breathing.steps.3.text', 'safety.crisis.fallback', 'exercise-ui.neutral.caregiver', 'safety.reach-out']) {
      const r = safePersonalize(regulatePacedBreathing, { locale: without(es, id) });
      expect(r.ok, id).toBe(false);
      if (r.ok) continue;
      expect(
        r.issues.map((i) => [i.code, i.path]),
        id,
      ).toEqual([['missing_translation', ['locale']]]);
      expect(r.issues[0]?.message, id).toContain(id);
    }
    const pronouns = safePersonalize(regulatePacedBreathing, { locale: without(es, 'exercise-ui.pronouns.she.them'), pronouns: 'she' });
    expect(pronouns.ok).toBe(false);
  });
});

describe('renderers in the script’s language', () => {
  const p = personalize(regulatePacedBreathing, { locale: es });

  it('writes text and Markdown with Spanish labels', () => {
    const text = renderText(p, { locale: es });
    expect(text.split('\n').slice(0, 4)).toEqual(['Respirar lento y suave', 'Versión estándar, alrededor de 4 minutos', '', 'ANTES DE EMPEZAR']);
    expect(text).toContain('Inhala durante 4 segundos y exhala durante 6. Hazlo 12 veces (alrededor de 2 minutos).');
    const md = renderMarkdown(p, { locale: es });
    expect(md).toContain('> **Antes de empezar**');
    expect(md).toContain('## Pasos');
    expect(md).toContain('## Tus notas');
    expect(md).not.toMatch(/Before you begin|Steps|Your notes|Breathe in|Check in/u);
  });

  it('speaks Spanish in SSML: xml:lang, Spanish cues and each engine profile’s Spanish voice', () => {
    const generic = renderSsml(p, { locale: es });
    expect(generic).toContain('xml:lang="es-ES"');
    expect(generic).toContain('<s>Inhala.</s>');
    expect(generic).not.toContain('Breathe in.');
    const azure = renderSsml(p, { locale: es, engine: 'azure' });
    expect(azure).toContain('<voice name="es-ES-ElviraNeural">');
    expect(renderSsml(p, { locale: es, engine: 'azure', voice: 'es-MX-DaliaNeural', lang: 'es-MX' })).toContain('xml:lang="es-MX"');
  });

  it('times Spanish at its own measured rate (2.35 words a second)', () => {
    const t = renderTimeline(p, { locale: es });
    const words = p.safetyNote.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(t.intro.speechSeconds).toBeCloseTo(words / 2.35, 2);
    expect(Math.abs(t.deviation)).toBeLessThanOrEqual(0.1);
  });

  it('refuses to render a Spanish script without its pack, or an English script with one', () => {
    expect(() => renderText(p)).toThrow(LocaleError);
    expect(() => renderText(p)).toThrow(/securebase\/locales\/es/u);
    expect(() => renderTimeline(p)).toThrow(LocaleError);
    expect(() => renderSsml(p)).toThrow(LocaleError);
    expect(() => renderMarkdown(personalize(regulatePacedBreathing), { locale: es })).toThrow(LocaleError);
    expect(() => renderText(p, { locale: without(es, 'exercise-ui.steps') })).toThrow(/exercise-ui\.steps/u);
  });

  it('starts a session whose crisis help is in the script’s language', () => {
    const s = startSession(p, 0, { region: 'GB', locale: es });
    expect(s.crisisHelp.text).toBe(crisisHelp({ region: 'GB', locale: es }).text);
    expect(() => startSession(p, 0, { region: 'GB' })).toThrow(LocaleError);
    expect(startSession(p, 0).crisisHelp.text).toBe(p.crisisHelp.text);
  });
});

describe('safety text and flag messages by locale', () => {
  it('words crisis and domestic-abuse help in Spanish, with the same numbers', () => {
    expect(crisisHelp({ locale: es }).text).toBe(es.strings['safety.crisis.fallback']);
    const us = crisisHelp({ region: 'US', locale: es });
    expect(us.contacts).toEqual(crisisHelp({ region: 'US' }).contacts);
    expect(us.text).toBe(
      'No tienes que pasar por esto a solas. Si estás en peligro ahora, llama al 911. Puedes llamar a 988 Suicide & Crisis Lifeline al 988, enviar un mensaje de texto al 988 o chatear en su sitio web. Atienden las 24 horas del día, todos los días.',
    );
    expect(domesticAbuseHelp({ region: 'GB', locale: es }).text).toContain('Es para mujeres que sufren violencia doméstica.');
  });

  it('refuses an unshipped locale with a typed error that says how to import the pack', () => {
    expect(() => crisisHelp({ locale: 'es' as never })).toThrow(LocaleError);
    try {
      crisisHelp({ locale: 'fr' as never });
    } catch (e) {
      expect(e instanceof LocaleError && e.code).toBe('unknown_locale');
      expect(String(e)).toContain("'securebase/locales/fr'");
    }
    try {
      crisisHelp({ region: 'US', locale: without(es, 'safety.contact.us-988-lifeline.hours') });
      expect.fail('should throw');
    } catch (e) {
      expect(e instanceof LocaleError && e.missing).toEqual(['safety.contact.us-988-lifeline.hours']);
    }
  });

  it("shows a flag's Spanish message for the person, and refuses a pack without it", () => {
    const flag = score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 2, 0]).flags[0];
    expect(flag?.id).toBe('phq9-item9');
    if (flag === undefined) return;
    expect(flagForPerson(flag, { locale: es, region: 'GB' })).toBe(
      `${es.strings['flag.phq9-item9.clientMessage']} ${crisisHelp({ region: 'GB', locale: es }).text}`,
    );
    expect(() => flagForPerson(flag, { locale: without(es, 'flag.phq9-item9.clientMessage') })).toThrow(LocaleError);
    expect(flagForPerson(flag)).toBe(`${flag.clientMessage} ${crisisHelp().text}`);
  });
});

describe('planTreatment with a locale', () => {
  const formulation = {
    attachment: { kind: 'dimensions', anxiety: 5.2, avoidance: 2.1 },
    concerns: ['anxiety'],
    measures: { 'phq-9': score(phq9, [1, 1, 1, 1, 0, 1, 0, 0, 1, 1]) },
    riskScreen: { suicidalThoughts: { answer: 'no' }, selfHarm: { answer: 'no' }, harmToOthers: { answer: 'no' } },
    contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
    delivery: 'self-guided-app',
  } as const;

  it('says everything meant for the person in Spanish; the clinician’s parts stay English', () => {
    const en = planTreatment(formulation, { region: 'US' });
    const plan = planTreatment(formulation, { region: 'US', locale: es });
    expect(plan.forPerson.map((m) => m.id)).toEqual(en.forPerson.map((m) => m.id));
    expect(plan.forPerson[0]?.text).toBe(es.strings['flag.phq9-item9.clientMessage']);
    expect(plan.forPerson.find((m) => m.kind === 'crisis-help')?.text).toBe(crisisHelp({ region: 'US', locale: es }).text);
    for (const a of plan.safetyActions) if (a.forPerson !== null) expect(a.forPerson.startsWith('No tienes') || a.forPerson.startsWith('Mereces')).toBe(true);
    expect(plan.disclaimer).toBe(en.disclaimer);
    expect(() => planTreatment(formulation, { locale: 'es' as never })).toThrow(LocaleError);
  });
});

describe('checkItemText', () => {
  it('names every missing item, unknown key and empty text', () => {
    const full = Object.fromEntries(gad7.items.map((i) => [i.id, `texto ${i.id}`]));
    expect(checkItemText(gad7, full)).toEqual([]);
    const { 'gad7-3': _dropped, ...partial } = full;
    expect(checkItemText(gad7, { ...partial, 'gad7-1': ' ', extra: 'x' }).map((i) => [i.code, i.path])).toEqual([
      ['invalid_text', ['itemText', 'gad7-1']],
      ['missing_item', ['itemText', 'gad7-3']],
      ['unknown_item', ['itemText', 'extra']],
    ]);
    expect(checkItemText(phq9, null).map((i) => i.code)).toEqual(['invalid_item_text']);
  });
});
