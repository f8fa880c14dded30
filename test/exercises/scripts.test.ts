// Guard tests for the exercise script library, built from the registries (never from hand lists):
// ids, counts, links to the technique protocols, safety (screening, grounding exit, crisis
// signposting, trauma-informed wording), placeholders, readability and honest durations.
/// <reference types="vite/client" />
import fc from 'fast-check';
import readability from 'text-readability';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { personalize } from '../../src/exercises/personalize.js';
import { exerciseScripts } from '../../src/exercises/scripts/registry.js';
import { type ExerciseScript, SCRIPT_VARIANTS, type ScriptStep, type ScriptVariant, SLOTS } from '../../src/exercises/types.js';
import { DELIVERY_MODES, TECHNIQUE_IDS } from '../../src/model/technique.js';
import { techniques } from '../../src/techniques/protocols/registry.js';
import type { TechniqueProtocol } from '../../src/techniques/types.js';

const scripts: readonly ExerciseScript[] = exerciseScripts;
/** The text of every script data file, keyed by file name (a Vite glob, so it works in Node and in the browser). */
const SCRIPT_SOURCES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['../../src/exercises/scripts/*.ts', '!**/index.ts', '!**/registry.ts', '!**/_*.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

// --- tiny local helpers (the timing rule of the exercise engine, restated here on purpose) ---

/** Neutral wording for the slots, as the engine documents it, so measured text is what a client reads by default. */
const NEUTRAL: Record<string, string> = {
  caregiver: 'a parent or someone who raised you',
  safePlace: 'a place where you feel calm and safe',
  they: 'they',
  them: 'them',
  their: 'their',
  theirs: 'theirs',
  themself: 'themself',
};

/** Fills placeholders with neutral wording; `{name}` is dropped with its comma, as the engine does. */
function fillNeutral(text: string): string {
  return text.replace(/,?\s*\{name\}/g, '').replace(/\{(\w+)\}/g, (_, slot: string) => NEUTRAL[slot] ?? `{${slot}}`);
}

/** Words: whitespace-separated tokens holding a letter or digit. */
function wordCount(text: string): number {
  return text.split(/\s+/u).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/** Speaking time at 150 words a minute. */
const speech = (text: string): number => wordCount(fillNeutral(text)) / 2.5;

function stepsOf(script: ExerciseScript, variant: ScriptVariant): readonly ScriptStep[] {
  return script.steps.filter((s) => s.variants === undefined || s.variants.includes(variant));
}

/** The real timed length of some steps: the rule the timeline uses. */
function timedSeconds(steps: readonly ScriptStep[]): number {
  let total = 0;
  let exitCounted = false;
  for (const s of steps) {
    switch (s.kind) {
      case 'pause':
        total += s.seconds;
        break;
      case 'breathe':
        total += s.cycles * (s.pattern.inhale + (s.pattern.hold ?? 0) + s.pattern.exhale + (s.pattern.holdAfter ?? 0));
        if (s.text !== undefined) total += speech(s.text);
        break;
      case 'prompt':
        total += s.seconds + speech(s.text);
        break;
      case 'grounding-exit':
        if (!exitCounted) total += s.seconds;
        exitCounted = true;
        break;
      case 'say':
      case 'check-in':
        total += speech(s.text) + 1;
        break;
    }
  }
  return total;
}

interface ClientString {
  readonly where: string;
  readonly text: string;
}

/** Every client-facing string of a script (therapist notes are not client-facing). */
function clientStrings(script: ExerciseScript): readonly ClientString[] {
  const out: ClientString[] = [
    { where: `${script.id} summary`, text: script.summary },
    { where: `${script.id} safetyNote`, text: script.safetyNote },
    ...script.contraindications.map((c) => ({ where: `${script.id} screening ${c.contraindication}`, text: c.question })),
  ];
  script.steps.forEach((s, i) => {
    if ('text' in s && s.text !== undefined) out.push({ where: `${script.id} step ${i} (${s.kind})`, text: s.text });
  });
  return out;
}

function variantText(script: ExerciseScript, variant: ScriptVariant): string {
  return stepsOf(script, variant)
    .map((s) => ('text' in s && s.text !== undefined ? s.text : ''))
    .join(' ');
}

const needsSafeguards = (s: ExerciseScript): boolean => s.focus.some((f) => f === 'imagery' || f === 'body' || f === 'memory');

function protocolOf(script: ExerciseScript): TechniqueProtocol | undefined {
  const technique = techniques.find((t) => t.id === script.technique);
  return technique?.protocols.find((p: TechniqueProtocol) => p.id === script.protocol);
}

const EYES_OPEN = /eyes open|open your eyes|no need to close your eyes/i;
const STOP = /\bstop\b/i;

// --- the helpers can fail: check them on worked examples first ---

describe('timing helper', () => {
  it('times each step kind by the rule (worked example)', () => {
    const steps: readonly ScriptStep[] = [
      { kind: 'say', text: 'one two three four five' }, // 5 words: 2 s + 1 s
      { kind: 'pause', seconds: 10 },
      { kind: 'breathe', pattern: { inhale: 4, hold: 1, exhale: 6, holdAfter: 1 }, cycles: 3, text: 'in and out' }, // 36 + 1.2
      { kind: 'prompt', mode: 'reflect', text: 'one two three four five', seconds: 20 }, // 22
      { kind: 'check-in', text: 'how upset 0 to 10' }, // 5 tokens: 2 + 1
      { kind: 'grounding-exit', text: 'ground', seconds: 30 },
      { kind: 'grounding-exit', text: 'ground again', seconds: 30 }, // counted once
    ];
    expect(timedSeconds(steps)).toBeCloseTo(3 + 10 + 37.2 + 22 + 3 + 30, 6);
  });

  it('adding a pause of n seconds adds exactly n seconds (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scripts), fc.constantFrom(...SCRIPT_VARIANTS), fc.integer({ min: 1, max: 600 }), (script, variant, n) => {
        const steps = stepsOf(script, variant);
        expect(timedSeconds([...steps, { kind: 'pause', seconds: n }]) - timedSeconds(steps)).toBeCloseTo(n, 6);
      }),
    );
  });

  it('steps without variants belong to every variant (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scripts), fc.constantFrom(...SCRIPT_VARIANTS), (script, variant) => {
        for (const s of script.steps) if (s.variants === undefined) expect(stepsOf(script, variant)).toContain(s);
      }),
    );
  });

  it('neutral filling leaves no placeholder and drops {name} with its comma', () => {
    expect(fillNeutral('Thank you, {name}. Think of {caregiver}.')).toBe('Thank you. Think of a parent or someone who raised you.');
  });
});

describe('exercise script registry', () => {
  it('has unique ids, namespaced by technique', () => {
    const ids = scripts.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of scripts) expect(s.id).toMatch(new RegExp(`^${s.technique}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it('has at least 18 scripts, at least 3 per technique and at least 10 self-guided', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(18);
    for (const t of TECHNIQUE_IDS) expect(scripts.filter((s) => s.technique === t).length, t).toBeGreaterThanOrEqual(3);
    expect(scripts.filter((s) => s.delivery === 'self').length).toBeGreaterThanOrEqual(10);
    const counts = Object.fromEntries(
      TECHNIQUE_IDS.map((t) => [t, Object.fromEntries(DELIVERY_MODES.map((d) => [d, scripts.filter((s) => s.technique === t && s.delivery === d).length]))]),
    );
    console.info('scripts per technique and delivery mode:', JSON.stringify(counts));
  });

  it('keeps one file per script, named after its id, exporting exactly one constant', () => {
    expect(Object.keys(SCRIPT_SOURCES).length).toBe(scripts.length);
    for (const s of scripts) {
      const file = `${s.id.replace('.', '-')}.ts`;
      const text = SCRIPT_SOURCES[file];
      expect(text, file).toBeDefined();
      const exports = [...(text ?? '').matchAll(/^export const (\w+)/gm)];
      expect(exports.length, file).toBe(1);
    }
  });

  it('gives every script version 1.0.0, a title, a summary and at least one citation with text', () => {
    for (const s of scripts) {
      expect(s.version, s.id).toBe('1.0.0');
      expect(s.title.length, s.id).toBeGreaterThan(0);
      expect(s.summary.length, s.id).toBeGreaterThan(0);
      expect(s.citations.length, s.id).toBeGreaterThan(0);
      for (const c of s.citations) expect(c.text.length, s.id).toBeGreaterThan(10);
    }
  });

  it('types every registry entry as an ExerciseScript', () => {
    expectTypeOf(exerciseScripts[0]).toExtend<ExerciseScript>();
    const [first] = exerciseScripts;
    // @ts-expect-error: a script's technique must be one of the five technique ids
    const bad: ExerciseScript = { ...first, technique: 'hypnosis' };
    expect(bad.id).toBe(first.id);
  });
});

describe('links to the techniques', () => {
  it('names a technique and a protocol that exist, with a delivery mode the protocol allows', () => {
    for (const s of scripts) {
      const protocol = protocolOf(s);
      expect(protocol, `${s.id} -> ${s.protocol}`).toBeDefined();
      expect(protocol?.delivery, s.id).toContain(s.delivery);
    }
  });

  it('stays within its protocol: indications and suited strategies', () => {
    for (const s of scripts) {
      const protocol = protocolOf(s);
      for (const c of s.indications) expect(protocol?.indications, `${s.id}: ${c}`).toContain(c);
      for (const a of s.suitedStrategies) expect(protocol?.suitedStrategies, `${s.id}: ${a}`).toContain(a);
    }
  });

  it('screens only for contraindications the protocol lists', () => {
    for (const s of scripts) {
      const listed = protocolOf(s)?.contraindications ?? [];
      for (const c of s.contraindications) expect(listed, `${s.id}: ${c.contraindication}`).toContain(c.contraindication);
    }
  });

  it('screens and offers a grounding exit whenever its protocol requires screening', () => {
    for (const s of scripts) {
      if (!protocolOf(s)?.requiresScreening) continue;
      expect(s.contraindications.length, s.id).toBeGreaterThan(0);
      for (const v of SCRIPT_VARIANTS)
        expect(
          stepsOf(s, v).some((x) => x.kind === 'grounding-exit'),
          `${s.id} ${v}`,
        ).toBe(true);
    }
  });

  it('gives every technique at least three scripts', () => {
    for (const t of techniques) expect(scripts.filter((s) => s.technique === t.id).length, t.id).toBeGreaterThanOrEqual(3);
  });
});

describe('safety', () => {
  it('gives imagery, body and memory scripts a grounding exit in every variant and at least one screening question', () => {
    const focused = scripts.filter(needsSafeguards);
    expect(focused.length).toBeGreaterThan(0);
    for (const s of focused) {
      expect(s.contraindications.length, s.id).toBeGreaterThan(0);
      for (const v of SCRIPT_VARIANTS)
        expect(
          stepsOf(s, v).some((x) => x.kind === 'grounding-exit'),
          `${s.id} ${v}`,
        ).toBe(true);
    }
  });

  it('offers an eyes-open option and permission to stop in every variant of imagery, body and memory scripts', () => {
    for (const s of scripts.filter(needsSafeguards)) {
      for (const v of SCRIPT_VARIANTS) {
        const text = variantText(s, v);
        expect(text, `${s.id} ${v}: eyes-open option`).toMatch(EYES_OPEN);
        expect(text, `${s.id} ${v}: permission to stop`).toMatch(STOP);
      }
    }
  });

  it('makes each grounding exit long enough to speak its words', () => {
    for (const s of scripts) {
      for (const x of s.steps) if (x.kind === 'grounding-exit') expect(x.seconds, s.id).toBeGreaterThanOrEqual(speech(x.text));
    }
  });

  it('says every safety note is no substitute for professional care, and leaves crisis help to personalize (no number in the data)', () => {
    for (const s of scripts) {
      expect(s.safetyNote, s.id).toMatch(/does not replace|not a (substitute|replacement)/i);
      expect(s.safetyNote, s.id).not.toMatch(/\d|emergency number|crisis line/i);
      for (const v of SCRIPT_VARIANTS) {
        const note = personalize(s, { variant: v }).safetyNote;
        expect(note, s.id).toMatch(/emergency number/i);
        expect(note, s.id).toMatch(/crisis line/i);
        expect(note, s.id).not.toMatch(/\d/u);
      }
    }
  });

  it('asks yes/no screening questions, one per contraindication', () => {
    for (const s of scripts) {
      const ids = s.contraindications.map((c) => c.contraindication);
      expect(new Set(ids).size, s.id).toBe(ids.length);
      for (const c of s.contraindications) expect(c.question, s.id).toMatch(/\?$/);
    }
  });

  it('has a 0-to-10 distress check-in in every variant', () => {
    for (const s of scripts) {
      for (const v of SCRIPT_VARIANTS) {
        const checkIns = stepsOf(s, v).filter((x) => x.kind === 'check-in');
        expect(checkIns.length, `${s.id} ${v}`).toBeGreaterThan(0);
        for (const c of checkIns) expect(c.kind === 'check-in' && /\b0\b/.test(c.text) && /\b10\b/.test(c.text), `${s.id} ${v}`).toBe(true);
      }
    }
  });

  it('gives guided and therapist-delivered scripts therapist notes', () => {
    for (const s of scripts.filter((x) => x.delivery !== 'self')) {
      expect(s.therapistNotes?.length ?? 0, s.id).toBeGreaterThan(0);
      for (const n of s.therapistNotes ?? []) expect(n.length, s.id).toBeGreaterThan(0);
    }
  });

  it('uses invitational language: no "you must" or "you should" in client-facing text', () => {
    for (const s of scripts) for (const c of clientStrings(s)) expect(c.text, c.where).not.toMatch(/\byou (must|should)\b/i);
  });
});

describe('variants', () => {
  it('makes the brief variant shorter, with fewer steps, than the standard one', () => {
    for (const s of scripts) {
      expect(stepsOf(s, 'brief').length, s.id).toBeLessThan(stepsOf(s, 'standard').length);
      expect(timedSeconds(stepsOf(s, 'brief')), s.id).toBeLessThan(timedSeconds(stepsOf(s, 'standard')));
    }
  });

  it('gives the trauma-sensitive variant at least one step of its own', () => {
    for (const s of scripts) {
      const own = s.steps.filter((x) => x.variants?.includes('trauma-sensitive') && !x.variants.includes('standard'));
      expect(own.length, s.id).toBeGreaterThan(0);
    }
  });

  it('never makes trauma-sensitive breath holds longer than standard ones', () => {
    const maxHold = (steps: readonly ScriptStep[]) =>
      Math.max(0, ...steps.map((x) => (x.kind === 'breathe' ? Math.max(x.pattern.hold ?? 0, x.pattern.holdAfter ?? 0) : 0)));
    for (const s of scripts) expect(maxHold(stepsOf(s, 'trauma-sensitive')), s.id).toBeLessThanOrEqual(maxHold(stepsOf(s, 'standard')));
  });

  it('states each variant’s duration within 10 % of its real timed length', () => {
    for (const s of scripts) {
      for (const v of SCRIPT_VARIANTS) {
        const real = timedSeconds(stepsOf(s, v));
        const stated = s.durationSeconds[v];
        expect(Math.abs(real - stated), `${s.id} ${v}: stated ${stated} s, timed ${real.toFixed(1)} s`).toBeLessThanOrEqual(0.1 * real);
      }
    }
  });
});

describe('client-facing text', () => {
  it('uses only the known placeholders', () => {
    const known = new Set<string>(SLOTS);
    for (const s of scripts) {
      for (const c of [...clientStrings(s), ...(s.therapistNotes ?? []).map((text) => ({ where: `${s.id} therapistNotes`, text }))]) {
        for (const m of c.text.matchAll(/\{([^}]*)\}/g)) expect(known.has(m[1] ?? ''), `${c.where}: {${m[1]}}`).toBe(true);
        expect(c.text.replace(/\{[^}]*\}/g, ''), c.where).not.toMatch(/[{}]/);
      }
    }
  });

  it('the crisis part of every personalised safety note reads at US grade 6 or below (it is about risk)', () => {
    for (const s of scripts) {
      const note = personalize(s).safetyNote;
      const crisis = note.slice(note.indexOf('If you might hurt yourself'));
      expect(crisis.length, s.id).toBeGreaterThan(40);
      expect(readability.fleschKincaidGrade(crisis), crisis).toBeLessThanOrEqual(6);
      expect(readability.fleschKincaidGrade(note), note).toBeLessThanOrEqual(8);
    }
  });

  it('reads at US grade 8 or below (Flesch–Kincaid, text-readability), string by string', () => {
    let worst = { grade: Number.NEGATIVE_INFINITY, where: '', text: '' };
    for (const s of scripts) {
      for (const c of clientStrings(s)) {
        const grade = readability.fleschKincaidGrade(fillNeutral(c.text));
        expect(grade, `${c.where}: "${c.text}"`).toBeLessThanOrEqual(8);
        if (grade > worst.grade) worst = { grade, ...c };
      }
    }
    console.info(`highest Flesch–Kincaid grade: ${worst.grade} (${worst.where}): "${worst.text}"`);
    expect(worst.grade).toBeGreaterThan(0);
  });

  it('measures a hard sentence above grade 8, so the readability bar can fail', () => {
    const hard =
      'Notwithstanding considerable methodological heterogeneity, contemporary psychotherapeutic interventions demonstrate substantial effectiveness regarding interpersonal functioning.';
    expect(readability.fleschKincaidGrade(hard)).toBeGreaterThan(8);
  });
});

describe('doc examples', () => {
  it('hold as written in the TSDoc of the script files', async () => {
    const m = await import('../../src/exercises/scripts/index.js');
    expect(m.regulatePacedBreathing.delivery).toBe('self');
    expect(m.regulateGrounding54321.durationSeconds.brief < m.regulateGrounding54321.durationSeconds.standard).toBe(true);
    expect(m.regulateAffectLabeling.contraindications.map((c) => c.contraindication)).toEqual(['severe-dissociation', 'substance-intoxication']);
    expect(m.regulateWindowOfTolerance.focus).toEqual(['cognitive', 'writing']);
    expect(m.regulateOppositeAction.protocol).toBe('regulate.dbt-opposite-action');
    expect(m.regulateSelfSootheKit.focus).toEqual(['writing']);
    expect(m.reparentSelfReparentingPractice.technique).toBe('reparent');
    expect(m.reparentYoungerSelfLetter.focus).toEqual(['memory', 'writing']);
    expect(m.reparentYoungerSelfImagery.delivery).toBe('guided');
    expect(m.reparentIdealParentFigures.delivery).toBe('therapist');
    expect(m.mindfulBreath.durationSeconds.standard <= 600).toBe(true);
    expect(m.mindfulBodyScan.contraindications.length).toBe(5);
    expect(m.mindfulRain.focus).toEqual(['body', 'cognitive']);
    expect(m.mindfulSelfCompassionBreak.durationSeconds.brief < 240).toBe(true);
    expect(m.mindfulLovingKindness.focus).toEqual(['imagery', 'relational']);
    expect(m.mindfulCompassionateLetter.focus).toEqual(['writing']);
    expect(m.exploreAttachmentTimeline.delivery).toBe('guided');
    expect(m.explorePatternDiary.protocol).toBe('explore.pattern-formulation');
    expect(m.exploreGenogram.therapistNotes.length > 0).toBe(true);
    expect(m.correctiveAllianceCheckIn.focus).toEqual(['relational']);
    expect(m.correctiveRuptureRepair.delivery).toBe('therapist');
    expect(m.correctivePlannedEnding.delivery).toBe('guided');
  });
});
