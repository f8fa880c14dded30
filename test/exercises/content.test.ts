// Content fixes of issue 14 point 6, each as a worked example or a registry guard.
import { describe, expect, it } from 'vitest';
import { NEUTRAL_WORDING, personalize } from '../../src/exercises/personalize.js';
import {
  correctiveRuptureRepair,
  exploreAttachmentTimeline,
  exploreGenogram,
  mindfulSelfCompassionBreak,
  regulateAffectLabeling,
  regulateWindowOfTolerance,
  reparentIdealParentFigures,
  reparentYoungerSelfImagery,
  reparentYoungerSelfLetter,
} from '../../src/exercises/scripts/index.js';
import { exerciseScripts } from '../../src/exercises/scripts/registry.js';
import { sessionReducer, startSession } from '../../src/exercises/session.js';
import { type ExerciseScript, SCRIPT_VARIANTS } from '../../src/exercises/types.js';
import { SCREENING_QUESTIONS } from '../../src/techniques/screening.js';

const scripts: readonly ExerciseScript[] = exerciseScripts;

/** Every client-facing text of a script (all variants), placeholders unfilled. */
const clientTexts = (s: ExerciseScript): string[] => [
  s.title,
  s.summary,
  s.safetyNote,
  ...s.steps.flatMap((st) => ('text' in st && st.text !== undefined ? [st.text] : [])),
];
const sentences = (text: string): string[] => (text.match(/[^.!?]+[.!?]+["”]?/gu) ?? []).map((x) => x.trim());

describe('stabilisation skills stay available after a positive screen', () => {
  it('affect labelling and the self-compassion break are not tagged "body"', () => {
    expect(regulateAffectLabeling.focus).not.toContain('body');
    expect(mindfulSelfCompassionBreak.focus).not.toContain('body');
    // Any noticing of the body in them is optional ("If you like", "If touch feels good to you").
    for (const s of [regulateAffectLabeling, mindfulSelfCompassionBreak]) {
      // The grounding exit may ask for touch (feet on the floor): it is the way out, not body work.
      for (const st of s.steps) {
        if ((st.kind === 'say' || st.kind === 'prompt') && /\bbody\b|touch/iu.test(st.text) && !/skip|if you like|if touch|do not need/iu.test(st.text))
          expect.fail(`${s.id}: ${st.text}`);
      }
    }
  });
});

describe('Ideal Parent Figures: the note and the screening question agree about psychosis', () => {
  it('screens for psychosis, and the note says a "yes" means do not start', () => {
    expect(reparentIdealParentFigures.contraindications).toContainEqual(SCREENING_QUESTIONS.psychosis);
    const notes = (reparentIdealParentFigures.therapistNotes ?? []).filter((n) => /psychos/iu.test(n));
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) {
      expect(n).toMatch(/do not start/iu);
      expect(n).not.toMatch(/not an absolute bar/iu);
    }
  });
});

describe('the neutral caregiver wording reads as English and presumes no care', () => {
  it('falls back to "a parent or someone who raised you"', () => {
    expect(NEUTRAL_WORDING.caregiver).toBe('a parent or someone who raised you');
    const timeline = personalize(exploreAttachmentTimeline).steps.map((s) => ('text' in s ? s.text : ''));
    expect(timeline).toContain(
      'Mark the grown-ups in your early life, like a parent or someone who raised you. Add other people who mattered, such as a grandparent, a teacher or a coach.',
    );
    const genogram = personalize(exploreGenogram).steps.map((s) => ('text' in s ? s.text : ''));
    expect(genogram).toContain(
      'Put yourself in the middle of a page. Add the grown-ups from your early life, like a parent or someone who raised you. Add brothers and sisters if you have them.',
    );
    expect(personalize(exploreGenogram, { caregiver: 'Grandma' }).steps.some((s) => 'text' in s && s.text?.includes('like Grandma.'))).toBe(true);
  });

  it('no script says what a caregiver "could not give", or presumes the person was cared for', () => {
    for (const s of scripts) {
      for (const v of SCRIPT_VARIANTS) {
        for (const t of [personalize(s, { variant: v }).summary, ...personalize(s, { variant: v }).steps.map((st) => ('text' in st ? (st.text ?? '') : ''))]) {
          expect(t, s.id).not.toMatch(/could not give|who cared for you|like the people/iu);
        }
      }
    }
    expect(clientTexts(reparentYoungerSelfLetter).join(' ')).not.toMatch(/\{caregiver\}/u);
  });
});

describe('rupture and repair: the therapist owns their part in their own words', () => {
  it('speaks no apology before the client has said anything, and the notes guide owning one’s part', () => {
    for (const t of clientTexts(correctiveRuptureRepair)) expect(t).not.toMatch(/sorry|apolog/iu);
    const notes = (correctiveRuptureRepair.therapistNotes ?? []).join(' ');
    expect(notes).toMatch(/in your own words/iu);
    expect(notes).toMatch(/after the client has said what happened/iu);
  });
});

describe('younger-self imagery: no rescripting of harm outside a session; no start at 7 or more', () => {
  it('asks for a time of feeling sad or alone, never harm, and offers no protection-from-harm imagery', () => {
    const texts = clientTexts(reparentYoungerSelfImagery);
    for (const t of texts) expect(t).not.toMatch(/between \{them\} and harm|protect|rescue|stand up to/iu);
    expect(texts.join(' ')).toMatch(/not a time when someone hurt you/u);
  });

  it('sets a start ceiling of 7 as data, and the runner does not go on after a first check-in of 7', () => {
    expect(reparentYoungerSelfImagery.startCeiling).toBe(7);
    for (const v of SCRIPT_VARIANTS) {
      const p = personalize(reparentYoungerSelfImagery, { variant: v });
      let s = sessionReducer(startSession(p, 0), { type: 'start', at: 0 });
      const first = p.steps.findIndex((st) => st.kind === 'check-in');
      for (let i = 0; i < first; i++) s = sessionReducer(s, { type: 'next', at: i + 1 });
      s = sessionReducer(s, { type: 'check-in', at: 100, value: 7 });
      expect(s.grounding.reason).toBe('ceiling');
      expect(sessionReducer(s, { type: 'next', at: 101 }).lastError?.code).toBe('too_distressed_to_continue');
      // Every imagery prompt comes after the first check-in.
      expect(p.steps.slice(0, first).some((st) => st.kind === 'prompt')).toBe(false);
    }
  });
});

describe('window of tolerance', () => {
  it('is not called "Your comfort zone", and no script speaks of a comfort zone', () => {
    expect(regulateWindowOfTolerance.title).toBe('The zone where you can cope');
    for (const s of scripts) for (const t of clientTexts(s)) expect(t, s.id).not.toMatch(/comfort zone/iu);
  });
});

describe('registry guards', () => {
  it('every brief variant lasts at most 60 % of its standard variant', () => {
    const over = scripts
      .filter((s) => s.durationSeconds.brief > 0.6 * s.durationSeconds.standard)
      .map((s) => `${s.id}: ${s.durationSeconds.brief} s of ${s.durationSeconds.standard} s`);
    expect(over).toEqual([]);
  });

  /**
   * Lines shared on purpose: the distress rating keeps one wording so ratings compare across
   * scripts, the grounding exit keeps a familiar, practised routine, and the care disclaimer and
   * the permission to stop are safety lines. Screening questions come from one shared table.
   */
  const SHARED = new Set([
    'How upset do you feel right now, from 0, calm, to 10, the most upset?',
    'How upset do you feel now, from 0 to 10?',
    'Press your feet into the floor.',
    'Look around and name three things you can see.',
    'Take one slow breath out.',
    'This practice does not replace care from a doctor or therapist.',
    'You can stop at any time.',
  ]);

  it('no client-facing sentence appears in more than 5 scripts, except the shared safety lines listed', () => {
    const seen = new Map<string, Set<string>>();
    for (const s of scripts) {
      for (const t of clientTexts(s)) {
        for (const sentence of sentences(t)) {
          const ids = seen.get(sentence) ?? new Set<string>();
          ids.add(s.id);
          seen.set(sentence, ids);
        }
      }
    }
    const repeated = [...seen].filter(([sentence, ids]) => ids.size > 5 && !SHARED.has(sentence)).map(([sentence, ids]) => `${ids.size}× ${sentence}`);
    expect(repeated).toEqual([]);
  });

  it('gives permission to stop in every variant of every script', () => {
    for (const s of scripts) {
      for (const v of SCRIPT_VARIANTS) {
        const p = personalize(s, { variant: v });
        const said = p.steps.map((st) => ('text' in st ? (st.text ?? '') : '')).join(' ');
        expect(said, `${s.id} (${v})`).toMatch(/you can stop|stop at any time|you can skip|it is okay to stop|free to stop/iu);
      }
    }
  });
});

describe('sources a clinician can follow (issue 14.7)', () => {
  it('no reference to our working notes in exercise or technique code, data or review pages', () => {
    const files = import.meta.glob<string>(['../../src/exercises/**/*.ts', '../../src/techniques/**/*.ts', '../../docs/exercises/*.md'], {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    expect(Object.keys(files).length).toBeGreaterThan(40);
    const found = Object.entries(files).flatMap(([f, text]) =>
      text
        .split('\n')
        .flatMap((line, i) =>
          /clinical brief|[✅◐⚠]|§\s?[A-Z0-9]|domain\/|the brief\b(?!\s+variant)|brief['’]s/iu.test(line) ? [`${f}:${i + 1}: ${line.trim().slice(0, 80)}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
