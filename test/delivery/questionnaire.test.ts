import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QuestionnaireError,
  type QuestionnaireEvent,
  type QuestionnaireState,
  questionnaireReducer,
  resultFocusId,
  safeStartQuestionnaire,
  startQuestionnaire,
} from '../../src/delivery/index.js';
import { ecrR, phq9 } from '../../src/instruments/index.js';
import { type LocalePack, textId } from '../../src/model/locale.js';
import { crisisHelp } from '../../src/safety/index.js';
import { safeRestoreQuestionnaire } from '../../src/schemas/index.js';
import { defineInstrument, score } from '../../src/scoring/index.js';
import type { InstrumentDefinition } from '../../src/scoring/types.js';
import { deepFreeze } from '../_helpers.js';

/** PHQ-9 with every item skippable: the definition language's `skippable`, for the blank-item paths. */
const phq9Skippable = defineInstrument({ ...phq9, id: 'phq-9-skippable', items: phq9.items.map((it) => ({ ...it, skippable: true })) });

const send = (s: QuestionnaireState, ...events: QuestionnaireEvent[]): QuestionnaireState => events.reduce(questionnaireReducer, s);
const answerAndNext = (s: QuestionnaireState, values: readonly number[]): QuestionnaireState =>
  values.reduce((st, v) => {
    const a = questionnaireReducer(st, { type: 'answer', item: st.current, value: v });
    return a.screen?.isLast ? a : questionnaireReducer(a, { type: 'next' });
  }, s);
/** The state apart from `refusal`. */
const rest = ({ refusal: _, ...s }: QuestionnaireState) => s;

describe('startQuestionnaire', () => {
  it('gives the first screen of the PHQ-9 with its text, options, DOM ids and focus', () => {
    const s = startQuestionnaire(phq9);
    expect(s.status).toBe('answering');
    expect(s.current).toBe('phq9-1');
    expect(s.progress).toEqual({ answered: 0, total: 9 }); // item 10 is not asked until a problem is checked
    expect(s.screen).toMatchObject({
      item: 'phq9-1',
      number: 1,
      position: 1,
      of: 9,
      text: phq9.items[0]?.text,
      instructions: phq9.instructions,
      answer: null,
      skippable: false,
      canGoBack: false,
      isLast: false,
      ids: { question: 'sb-phq-9-phq9-1-question', instructions: 'sb-phq-9-instructions', group: 'sb-phq-9-phq9-1-choices' },
    });
    expect(s.screen?.options.map((o) => [o.value, o.label])).toEqual(phq9.responseScales.default.anchors.map((a) => [a.value, a.label]));
    expect(new Set(s.screen?.options.map((o) => o.id)).size).toBe(4);
    expect(s.focus).toEqual({ id: 'sb-phq-9-phq9-1-question', reason: 'start' });
    expect(s.risk).toBeNull();
    expect(s.refusal).toBeNull();
    expect(Object.isFrozen(s) && Object.isFrozen(s.screen?.options)).toBe(true);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('refuses a string locale other than en, never falling back to English', () => {
    const r = safeStartQuestionnaire(phq9, { locale: 'es' as 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toEqual([['unsupported_locale', ['locale']]]);
    expect(() => startQuestionnaire(phq9, { locale: 'de' as 'en' })).toThrow(QuestionnaireError);
  });

  it("reads a locale pack's strings, and refuses a pack that lacks one (naming itemText or the string's id)", () => {
    const strings: Record<string, string> = { [textId('instrument', 'phq-9', 'instructions')]: 'Instrucciones' };
    phq9.items.forEach((_, i) => {
      strings[textId('instrument', 'phq-9', `items.${i}.text`)] = `Pregunta ${i + 1}`;
    });
    for (const key of ['default', 'difficulty'] as const)
      phq9.responseScales[key].anchors.forEach((_, k) => {
        strings[textId('instrument', 'phq-9', `responseScales.${key}.anchors.${k}.label`)] = `${key} ${k}`;
      });
    phq9.scales[0].bands.forEach((_, k) => {
      strings[textId('instrument', 'phq-9', `scales.total.bands.${k}.label`)] = `Banda ${k}`;
    });
    const pack: LocalePack = { locale: 'xx', name: 'Test', strings };
    const s = startQuestionnaire(phq9, { locale: pack });
    expect([s.locale, s.screen?.text, s.screen?.instructions, s.screen?.options[1]?.label]).toEqual(['xx', 'Pregunta 1', 'Instrucciones', 'default 1']);
    const { [textId('instrument', 'phq-9', 'items.2.text')]: _, ...noItem3 } = strings;
    const r = safeStartQuestionnaire(phq9, { locale: { ...pack, strings: noItem3 } });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([['missing_item_text', ['itemText']]]);
    // The app's itemText fills it in.
    const withText = safeStartQuestionnaire(phq9, {
      locale: { ...pack, strings: noItem3 },
      itemText: Object.fromEntries(phq9.items.map((it) => [it.id, `T ${it.id}`])),
    });
    expect(withText.ok && withText.value.text.items['phq9-3']).toBe('T phq9-3');
    const { [textId('instrument', 'phq-9', 'responseScales.default.anchors.0.label')]: __, ...noAnchor } = strings;
    const a = safeStartQuestionnaire(phq9, { locale: { ...pack, strings: noAnchor } });
    expect(!a.ok && a.issues.map((i) => i.code)).toEqual(['missing_translation']);
    expect(!a.ok && a.issues[0]?.path.at(-1)).toBe('instrument.phq-9.responseScales.default.anchors.0.label');
    expect(!a.ok && a.issues[0]?.message).toMatch(/give the app's licensed labels as anchorText\.default/);
  });

  it("runs the PHQ-9 in Spanish with the app's licensed item text, instructions and answer labels (the es pack ships no instrument wording)", async () => {
    const { es } = await import('../../src/locales/es/index.js');
    const bare = safeStartQuestionnaire(phq9, { locale: es });
    expect(!bare.ok && [...new Set(bare.issues.map((i) => i.code))]).toEqual(['missing_item_text', 'missing_translation']);
    const licensed = {
      itemText: Object.fromEntries(phq9.items.map((it) => [it.id, `Texto con licencia de ${it.id}`])),
      instructions: 'Instrucciones con licencia',
      anchorText: { default: ['L0', 'L1', 'L2', 'L3'], difficulty: ['D0', 'D1', 'D2', 'D3'] },
      bandText: { total: ['B0', 'B1', 'B2', 'B3', 'B4'] },
    };
    const s = startQuestionnaire(phq9, { locale: es, ...licensed });
    expect([s.locale, s.screen?.text, s.screen?.instructions, s.screen?.options.map((o) => o.label)]).toEqual([
      'es',
      'Texto con licencia de phq9-1',
      'Instrucciones con licencia',
      ['L0', 'L1', 'L2', 'L3'],
    ]);
    // A short list is refused, naming the option, and the label it lacks is named too.
    const short = safeStartQuestionnaire(phq9, { locale: es, ...licensed, anchorText: { default: ['L0', 'L1', 'L2'], difficulty: ['D0', 'D1', 'D2', 'D3'] } });
    expect(!short.ok && short.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_options', 'anchorText.default'],
      ['missing_translation', 'locale.strings.instrument.phq-9.responseScales.default.anchors.3.label'],
    ]);
    expect(!short.ok && short.issues.map((i) => i.message)).toEqual([
      "anchorText.default: expected 4 labels, one per answer of default in the definition's order, received an array of 3.",
      expect.stringMatching(/anchors\.3\.label; give the app's licensed labels as anchorText\.default/),
    ]);
  });

  it.each([
    ['not an object', 'L0', ['anchorText']],
    ['a scale the instrument lacks', { nope: ['a'] }, ['anchorText', 'nope']],
    ['not a list', { default: 'L0' }, ['anchorText', 'default']],
    ['too many labels', { default: ['a', 'b', 'c', 'd', 'e'] }, ['anchorText', 'default']],
    ['an empty label', { default: ['a', '', 'c', 'd'] }, ['anchorText', 'default', 1]],
    ['a label that is not text', { difficulty: ['a', 'b', 3, 'd'] }, ['anchorText', 'difficulty', 2]],
  ] as const)('refuses anchorText with %s in any locale, naming where (nothing silently ignored)', async (_name, anchorText, path) => {
    const { es } = await import('../../src/locales/es/index.js');
    for (const locale of ['en', es] as const) {
      const r = safeStartQuestionnaire(phq9, { locale, anchorText: anchorText as never });
      expect(!r.ok && r.issues.filter((i) => i.code === 'invalid_options').map((i) => i.path)).toEqual([path]);
    }
  });

  it("requires the app's itemText where the licence does not ship item text, and checks it is complete", () => {
    expect(ecrR.licence.itemTextIncluded).toBe(false);
    const r = safeStartQuestionnaire(ecrR);
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([['missing_item_text', ['itemText']]]);
    const full = Object.fromEntries(ecrR.items.map((it) => [it.id, `Licensed text of ${it.id}`]));
    const ok = startQuestionnaire(ecrR, { itemText: full });
    expect(ok.screen?.text).toBe(`Licensed text of ${ecrR.items[0]?.id}`);
    const { [ecrR.items[5]?.id as string]: _, ...missingOne } = full;
    const bad = safeStartQuestionnaire(ecrR, { itemText: { ...missingOne, nope: 'x' } });
    expect(!bad.ok && bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_item_text', ['itemText', 'nope']],
      ['missing_item_text', ['itemText', ecrR.items[5]?.id]],
    ]);
  });

  it('refuses bad options and instruments with issues, never a half-made state', () => {
    expect(safeStartQuestionnaire(phq9, { region: 'gb' }).ok).toBe(false);
    expect(safeStartQuestionnaire(phq9, { idPrefix: '1 bad' }).ok).toBe(false);
    expect(safeStartQuestionnaire(phq9, { at: Number.NaN }).ok).toBe(false);
    expect(safeStartQuestionnaire(null as unknown as InstrumentDefinition).ok).toBe(false);
    const broken = { ...phq9, scales: [{ id: 's', label: 'S', items: ['nope'], aggregate: 'sum' }] } as unknown as InstrumentDefinition;
    const r = safeStartQuestionnaire(broken);
    expect(!r.ok && r.issues[0]?.code).toBe('invalid_instrument');
  });

  it('does not change the instrument or the options it is given', () => {
    const def = deepFreeze(structuredClone(phq9) as InstrumentDefinition);
    const opts = deepFreeze({ region: 'GB' });
    const s = send(startQuestionnaire(def, opts), { type: 'answer', item: 'phq9-1', value: 2 });
    expect(s.answers).toEqual({ 'phq9-1': 2 });
    expect(def).toEqual(phq9);
  });
});

describe('questionnaireReducer: visibility (PHQ-9 item 10, askedWhen)', () => {
  it('asks item 10 only once one of items 1-9 is above 0, hides it again when the answer changes back, and drops its answer', () => {
    let s = answerAndNext(startQuestionnaire(phq9), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(s.visibleItems).not.toContain('phq9-10');
    expect(s.screen?.isLast).toBe(true);
    s = send(s, { type: 'back' }, { type: 'back' }, { type: 'back' }); // to item 6
    expect(s.current).toBe('phq9-6');
    s = send(s, { type: 'answer', item: 'phq9-6', value: 1 });
    expect(s.visibleItems.at(-1)).toBe('phq9-10');
    expect(s.progress).toEqual({ answered: 9, total: 10 });
    s = send(s, { type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'answer', item: 'phq9-10', value: 2 });
    expect(s.answers['phq9-10']).toBe(2);
    expect(send(s, { type: 'complete' }).result?.scales.functioning?.value).toBe(2);
    // Change item 6 back to 0: item 10 is hidden again and its answer no longer counts.
    s = send(s, { type: 'back' }, { type: 'back' }, { type: 'back' }, { type: 'back' }, { type: 'answer', item: 'phq9-6', value: 0 });
    expect(s.visibleItems).not.toContain('phq9-10');
    expect(s.answers).not.toHaveProperty('phq9-10');
    const done = send(s, { type: 'complete' });
    expect(done.status).toBe('completed');
    expect(done.result).toEqual(score(phq9, done.answers));
    expect(done.result?.notAsked).toEqual(['phq9-10']);
    expect(done.result?.complete).toBe(true);
    expect(done.focus).toEqual({ id: resultFocusId(done), reason: 'complete' });
    expect(done.screen).toBeNull();
  });

  it('asks item 10 when an earlier item was skipped and the rest are 0, as score counts it', () => {
    let s = startQuestionnaire(phq9Skippable);
    s = send(s, { type: 'skip' });
    s = answerAndNext(s, [0, 0, 0, 0, 0, 0, 0, 0]);
    expect(s.visibleItems).toContain('phq9-10');
    s = send(s, { type: 'answer', item: 'phq9-10', value: 0 }, { type: 'complete' });
    expect(s.result).toEqual(score(phq9Skippable, s.answers));
    expect(s.result?.notAsked).toEqual([]);
  });
});

describe('questionnaireReducer: live risk', () => {
  it("sets risk on the very state after item 9 is answered 1 or more, before the last item, with the region's resources", () => {
    let s = answerAndNext(startQuestionnaire(phq9, { region: 'GB' }), [0, 0, 0, 0, 0, 0, 0, 0]);
    expect(s.risk).toBeNull();
    s = send(s, { type: 'answer', item: 'phq9-9', value: 1 });
    const rule = phq9.flags.find((f) => f.id === 'phq9-item9');
    expect(s.risk?.flags).toEqual([{ id: 'phq9-item9', level: 'urgent', message: rule?.message, clientMessage: rule?.clientMessage }]);
    expect(s.risk?.help).toEqual(crisisHelp({ region: 'GB' }));
    expect(s.screen?.isLast).toBe(false); // item 10 is still to come
    // Taking the answer back does not take back the risk.
    expect(send(s, { type: 'answer', item: 'phq9-9', value: 0 }).risk).toEqual(s.risk);
  });

  it('names no phone number without a region', () => {
    const s = send(answerAndNext(startQuestionnaire(phq9), [0, 0, 0, 0, 0, 0, 0, 0]), { type: 'answer', item: 'phq9-9', value: 3 });
    expect(s.risk?.help.region).toBeNull();
    expect(s.risk?.help.text).not.toMatch(/\d/);
  });

  it('raises the blank-item flag only at completion (a skipped item 9), as score does', () => {
    let s = answerAndNext(startQuestionnaire(phq9Skippable), [0, 0, 0, 0, 0, 0, 0, 0]);
    s = send(s, { type: 'skip' });
    expect(s.skipped).toEqual(['phq9-9']);
    expect(s.risk).toBeNull(); // while answering, a blank item is not a finding
    s = send(s, { type: 'answer', item: 'phq9-10', value: 0 }, { type: 'complete' });
    expect(s.result?.flags.map((f) => f.id)).toEqual(['phq9-item9-unanswered']);
    expect(s.risk?.flags.map((f) => [f.id, f.level])).toEqual([['phq9-item9-unanswered', 'review']]);
  });
});

describe('questionnaireReducer: refusals leave the state unchanged but for refusal', () => {
  const start = startQuestionnaire(phq9);
  const cases: [string, QuestionnaireState, unknown, string][] = [
    ['next before an answer', start, { type: 'next' }, 'unanswered'],
    ['back on the first item', start, { type: 'back' }, 'no_previous_item'],
    ['an answer to another item', start, { type: 'answer', item: 'phq9-2', value: 1 }, 'not_current_item'],
    ['a value off the scale', start, { type: 'answer', item: 'phq9-1', value: 4 }, 'invalid_value'],
    ['a fractional value', start, { type: 'answer', item: 'phq9-1', value: 1.5 }, 'invalid_value'],
    ['a string value', start, { type: 'answer', item: 'phq9-1', value: '1' }, 'invalid_value'],
    ['skip on an item that is not skippable', start, { type: 'skip' }, 'not_skippable'],
    ['complete with items left', start, { type: 'complete' }, 'incomplete'],
    ['an unknown type', start, { type: 'jump' }, 'invalid_event'],
    ['null', start, null, 'invalid_event'],
    ['a bad time', start, { type: 'back', at: Number.POSITIVE_INFINITY }, 'invalid_time'],
    ['time going backwards', send(start, { type: 'answer', item: 'phq9-1', value: 0, at: 5000 }), { type: 'next', at: 4000 }, 'time_backwards'],
    [
      'an event after completion',
      send(answerAndNext(start, [0, 0, 0, 0, 0, 0, 0, 0, 0]), { type: 'complete' }),
      { type: 'answer', item: 'phq9-9', value: 1 },
      'completed',
    ],
    [
      'a throwing getter',
      start,
      {
        get type() {
          throw new Error('boom');
        },
      },
      'invalid_event',
    ],
  ];
  it.each(cases)('%s', (_name, before, event, code) => {
    const after = questionnaireReducer(before, event as QuestionnaireEvent);
    expect(after.refusal?.code).toBe(code);
    expect(rest(after)).toEqual(rest(before));
  });

  it('clears the refusal on the next accepted event and records time from events only', () => {
    let s = send(start, { type: 'next' });
    s = send(s, { type: 'answer', item: 'phq9-1', value: 1, at: 1000 });
    expect(s.refusal).toBeNull();
    expect(s.updatedAt).toBe(1000);
    s = answerAndNext(send(s, { type: 'next' }), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    s = send(s, { type: 'complete', at: 9000 });
    expect([s.completedAt, s.updatedAt]).toEqual([9000, 9000]);
  });

  it('throws only for something that is not a questionnaire state', () => {
    expect(() => questionnaireReducer({} as QuestionnaireState, { type: 'next' })).toThrow(TypeError);
  });
});

describe('restoreQuestionnaire (securebase/schemas)', () => {
  const mid = send(answerAndNext(startQuestionnaire(phq9, { region: 'NZ' }), [1, 0, 2, 0, 0, 0, 0, 0]), { type: 'answer', item: 'phq9-9', value: 2 });
  const done = send(mid, { type: 'next' }, { type: 'answer', item: 'phq9-10', value: 1 }, { type: 'complete', at: 10 });

  it('restores a stored state that the reducer can continue', () => {
    for (const s of [startQuestionnaire(phq9), mid, done]) {
      const r = safeRestoreQuestionnaire(JSON.stringify(s));
      expect(r.ok && r.value).toEqual(s);
    }
    const r = safeRestoreQuestionnaire(JSON.stringify(mid));
    if (r.ok) expect(send(r.value, { type: 'next' }).current).toBe('phq9-10');
  });

  it('refuses a state whose definition is not the instrument the app expects (an edited copy would score by its own rules)', () => {
    expect(safeRestoreQuestionnaire(JSON.stringify(mid), { instrument: phq9 }).ok).toBe(true);
    const edited = JSON.parse(JSON.stringify(done));
    edited.definition.scales[0].bands[1].label = 'Fine'; // the band of the total (5, Mild)
    edited.result.scales.total.band.label = 'Fine';
    edited.text.bands.total[1] = 'Fine'; // the label shown, which in English is the definition's
    expect(safeRestoreQuestionnaire(edited).ok).toBe(true); // consistent with itself: only the expected instrument tells
    const r = safeRestoreQuestionnaire(edited, { instrument: phq9 });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([['other_instrument', ['definition']]]);
    expect(safeRestoreQuestionnaire(JSON.stringify(mid), { instrument: phq9Skippable }).ok).toBe(false);
  });

  const tamper = (s: QuestionnaireState, f: (j: Record<string, unknown>) => void): unknown => {
    const j = JSON.parse(JSON.stringify(s));
    f(j);
    return j;
  };
  const refused: [string, unknown, string, string][] = [
    ['an older version', tamper(mid, (j) => (j.version = 0)), 'outdated', 'version'],
    ['a newer version', tamper(mid, (j) => (j.version = 99)), 'newer_version', 'version'],
    ['no version', tamper(mid, (j) => delete j.version), 'missing_version', 'version'],
    ['not JSON', '{oops', 'invalid_json', ''],
    ['the risk removed', tamper(mid, (j) => (j.risk = null)), 'invalid_state', 'risk'],
    ['an answer off the scale', tamper(mid, (j) => ((j.answers as Record<string, number>)['phq9-1'] = 7)), 'invalid_state', 'answers'],
    ['progress edited', tamper(mid, (j) => (j.progress = { answered: 1, total: 9 })), 'invalid_state', 'progress'],
    ['a result edited', tamper(done, (j) => ((j.result as { scales: { total: { value: number } } }).scales.total.value = 3)), 'invalid_state', 'result'],
    ['a flag message edited', tamper(mid, (j) => ((j.risk as { flags: [{ message: string }] }).flags[0].message = 'fine')), 'invalid_state', 'risk'],
    ['a hidden item made current', tamper(startQuestionnaire(phq9), (j) => (j.current = 'phq9-10')), 'invalid_state', 'screen'],
    ['an unknown key', tamper(mid, (j) => (j.extra = 1)), 'invalid_state', ''],
  ];
  it.each(refused)('refuses %s with a reason', (_name, input, code, path) => {
    const r = safeRestoreQuestionnaire(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe(code);
      if (path !== '') expect(r.issues.some((i) => i.path[0] === path)).toBe(true);
      expect(r.issues.every((i) => i.message.length > 0)).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random event sequences.

const instruments = [phq9, phq9Skippable] as const;
const eventArb = (def: InstrumentDefinition) =>
  fc.record({
    type: fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom('answer', 'answer', 'answer', 'next', 'next', 'back', 'skip', 'complete') },
      { weight: 1, arbitrary: fc.constantFrom('jump', '', 'NEXT') },
    ),
    item: fc.oneof(
      { weight: 8, arbitrary: fc.constant<string | null>(null) },
      { weight: 2, arbitrary: fc.constantFrom(...def.items.map((i) => i.id), 'nope') },
    ),
    value: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(-1, 4, 1.5, Number.NaN) }),
    dt: fc.option(fc.integer({ min: -10, max: 1000 }), { freq: 2 }),
  });

/** A legality oracle written from the rules in the issue, over the state's public fields. */
function legal(s: QuestionnaireState, def: InstrumentDefinition, e: Record<string, unknown>): boolean {
  if (!['answer', 'next', 'back', 'skip', 'complete'].includes(e.type as string)) return false;
  if (e.at !== undefined && s.updatedAt !== null && (e.at as number) < s.updatedAt) return false;
  if (s.status === 'completed') return false;
  const at = s.visibleItems.indexOf(s.current);
  const done = (id: string) => s.answers[id] !== undefined || s.skipped.includes(id);
  const item = def.items.find((i) => i.id === s.current);
  switch (e.type) {
    case 'answer': {
      const scale = def.responseScales[item?.responseScale ?? 'default'];
      const v = e.value as number;
      return e.item === s.current && Number.isInteger(v) && scale !== undefined && v >= scale.min && v <= scale.max;
    }
    case 'next':
      return done(s.current) && at < s.visibleItems.length - 1;
    case 'back':
      return at > 0;
    case 'skip':
      return item?.skippable === true;
    default:
      return s.visibleItems.every(done);
  }
}

/** Flags that `score` raises on the shown answers, apart from those for a blank item. */
const liveFlags = (def: InstrumentDefinition, answers: QuestionnaireState['answers']) =>
  score(def, answers)
    .flags.filter((f) => !def.flags?.some((r) => r.id === f.id && 'item' in r.when && r.when.unanswered === true))
    .map((f) => f.id);

describe('properties over random event sequences', () => {
  it('legal events never throw and are accepted, illegal ones are refused; the result at completion equals score; risk is on the first state after any risky answer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...instruments).chain((def) => fc.tuple(fc.constant(def), fc.array(eventArb(def), { maxLength: 60 }))),
        fc.boolean(),
        ([def, raw], withRegion) => {
          let s = startQuestionnaire(def, withRegion ? { region: 'AU' } : {});
          let t = 0;
          for (const r of raw) {
            const e: Record<string, unknown> = { type: r.type };
            if (r.type === 'answer') {
              e.item = r.item ?? s.current;
              e.value = r.value;
            }
            if (r.dt !== null) e.at = t + r.dt;
            const ok = legal(s, def, e);
            const next = questionnaireReducer(s, e as QuestionnaireEvent);
            if (ok) {
              expect(next.refusal).toBeNull();
              if (typeof e.at === 'number') t = e.at;
            } else {
              expect(next.refusal).not.toBeNull();
              expect(rest(next)).toEqual(rest(s));
            }
            expect(next.progress).toEqual({ answered: Object.keys(next.answers).length, total: next.visibleItems.length });
            expect(Object.keys(next.answers).every((id) => next.visibleItems.includes(id))).toBe(true);
            expect(next.visibleItems).toContain(next.current);
            if (ok && e.type === 'answer') {
              const risky = liveFlags(def, next.answers);
              if (risky.length > 0) {
                expect(next.risk?.flags.map((f) => f.id)).toEqual(expect.arrayContaining(risky));
                expect(next.risk?.help).toEqual(withRegion ? crisisHelp({ region: 'AU' }) : crisisHelp());
              }
            }
            if (next.status === 'completed') {
              expect(next.result).toEqual(score(def, next.answers));
              expect(next.result?.flags.every((f) => next.risk?.flags.some((x) => x.id === f.id))).toBe(true);
            }
            s = next;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every state the reducer makes is restored as it was; a tampered answer is refused', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 10 }),
        fc.boolean(),
        fc.integer({ min: 4, max: 9 }),
        (values, finish, bad) => {
          let s = answerAndNext(startQuestionnaire(phq9, { region: 'US' }), values);
          if (finish) s = send(s, { type: 'complete' });
          const r = safeRestoreQuestionnaire(JSON.stringify(s));
          expect(r.ok && r.value).toEqual(s);
          const first = Object.keys(s.answers)[0];
          if (first !== undefined) {
            const j = JSON.parse(JSON.stringify(s));
            j.answers[first] = bad;
            expect(safeRestoreQuestionnaire(j).ok).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
