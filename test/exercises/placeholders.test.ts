// Guard tests over the registry: every script uses its personalisation slots in the places the
// engine's neutral fallbacks read well (see personalize's doc comment), and every text timing the
// engine relies on adds up. Messages name the script, the field and the words around the slot.
import { describe, expect, it } from 'vitest';
import { exerciseScripts, personalize, SCRIPT_VARIANTS, SLOTS } from '../../src/exercises/index.js';
import type { ExerciseScript } from '../../src/exercises/types.js';
import { fixtures } from './fixtures.js';

const registry: readonly ExerciseScript[] = exerciseScripts;

/** Every text of a script that may hold a slot, with where it is. */
function textsOf(s: ExerciseScript): { where: string; text: string }[] {
  const out = [
    { where: 'title', text: s.title },
    { where: 'summary', text: s.summary },
    { where: 'safetyNote', text: s.safetyNote },
    ...(s.therapistNotes ?? []).map((text, i) => ({ where: `therapistNotes.${i}`, text })),
    ...s.contraindications.map((c, i) => ({ where: `contraindications.${i}.question`, text: c.question })),
  ];
  s.steps.forEach((step, i) => {
    if ('text' in step && step.text !== undefined) out.push({ where: `steps.${i}.text`, text: step.text });
  });
  return out;
}

/** Slot uses the fallbacks cannot make read well, with a reason. */
function problems(s: ExerciseScript): string[] {
  const found: string[] = [];
  for (const { where, text } of textsOf(s)) {
    for (const m of text.matchAll(/\{([^{}]*)\}/gu)) {
      const at = m.index ?? 0;
      const before = text.slice(0, at);
      const after = text.slice(at + m[0].length);
      const context = `${s.id} ${where}: "…${text.slice(Math.max(0, at - 25), at + m[0].length + 20)}…"`;
      const slot = m[1] ?? '';
      if (!(SLOTS as readonly string[]).includes(slot)) {
        found.push(`${context}: {${slot}} is not a slot`);
        continue;
      }
      if (slot === 'name') {
        const vocative = /,\s*$/u.test(before) || /^\s*,/u.test(after);
        const greeting = /\b(Hi|Hello|Hey|Welcome|Welcome back|Thank you|Thanks|Well done|Good job|Good morning|Good evening|Dear)\s+$/u.test(before);
        const possessive = /^['’]s\b/u.test(after);
        const object = /\b(for|to|with|about|at|beside|near|on|of|from)\s+$/iu.test(before);
        if (!(vocative || greeting || possessive || object)) {
          found.push(`${context}: use {name} as a form of address ("…, {name}." or "{name}, …") or after a preposition; without a name it becomes "you"`);
        }
      }
      if ((slot === 'caregiver' || slot === 'safePlace') && /\b(your|my|the|a|an|our|his|her|their)\s+$/iu.test(before)) {
        found.push(
          `${context}: {${slot}} is a whole phrase ("${slot === 'caregiver' ? 'a parent or someone who raised you' : 'a place where you feel calm and safe'}" by default); drop the word before it`,
        );
      }
      if (
        slot === 'they' &&
        /^\s+(are|is|were|was|have|has|do|does|don['’]t|doesn['’]t|feel|feels|need|needs|want|wants|deserve|deserves|know|knows|seem|seems|look|looks|like|likes|get|gets|go|goes|say|says|think|thinks|try|tries)\b/iu.test(
          after,
        )
      ) {
        found.push(`${context}: the verb after {they} cannot agree with every pronoun set; use a modal or the past tense ("{they} might feel", "{they} felt")`);
      }
      if (/^['’](re|s|ve|d|ll)\b/u.test(after) && slot !== 'name') found.push(`${context}: no contractions after {${slot}}`);
    }
  }
  return found;
}

describe('registry scripts use personalisation slots where the fallbacks read well', () => {
  it('the checker finds the problems it is meant to find (fixture)', () => {
    const bad: ExerciseScript = {
      ...fixtures[0],
      steps: [
        { kind: 'say', text: '{name} deserves rest.' },
        { kind: 'say', text: 'Picture your {caregiver}. Go to the {safePlace}.' },
        { kind: 'say', text: '{they} are safe. {they}’re here. Hi {nmae}.' },
      ],
    } as ExerciseScript;
    expect(problems(bad)).toHaveLength(6);
    for (const f of fixtures) expect(problems(f), f.id).toEqual([]);
  });

  for (const script of registry) {
    it(`${script.id}`, () => {
      expect(problems(script)).toEqual([]);
    });
  }
});

describe('registry scripts give the engine timings it can honour', () => {
  for (const script of registry) {
    it(`${script.id}: a grounding exit has time for its words, and every variant has steps`, () => {
      for (const variant of SCRIPT_VARIANTS) {
        const p = personalize(script, { variant });
        expect(p.steps.length, variant).toBeGreaterThan(0);
        for (const step of p.steps) {
          if (step.kind === 'grounding-exit') {
            const words = step.text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
            expect(step.seconds, `${variant}: ${words} words need ${words / 2.5} s`).toBeGreaterThanOrEqual(words / 2.5);
          }
        }
      }
    });
  }
});
