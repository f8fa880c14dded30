import fc from 'fast-check';
import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import { cssrsScreener } from '../../src/instruments/c-ssrs-screener.js';
import { instrumentProblems } from '../../src/scoring/check.js';
import { score } from '../../src/scoring/score.js';
import type { Answer, ItemDefinition } from '../../src/scoring/types.js';
import { deepFreeze } from '../_helpers.js';

const ids = (answers: readonly Answer[]) => score(cssrsScreener, answers).flags.map((f) => f.id);
const levels = (answers: readonly Answer[]) => score(cssrsScreener, answers).flags.map((f) => f.level);

describe('cssrsScreener: definition', () => {
  it('is a valid definition that ships no item text (licensed through Clario)', () => {
    expect(instrumentProblems(cssrsScreener)).toEqual([]);
    expect(cssrsScreener.licence.itemTextIncluded).toBe(false);
    expect(cssrsScreener.items.every((i) => !('text' in i))).toBe(true);
    expect('instructions' in cssrsScreener).toBe(false);
    expect(cssrsScreener.licence.summary).toMatch(/Research Foundation for Mental Hygiene/);
  });

  it('has seven yes/no items: questions 1–6 and the past-3-months follow-up 6b', () => {
    expect(cssrsScreener.items.map((i) => i.id)).toEqual(['cssrs-1', 'cssrs-2', 'cssrs-3', 'cssrs-4', 'cssrs-5', 'cssrs-6', 'cssrs-6b']);
    expect(cssrsScreener.responseScales.default).toMatchObject({ min: 0, max: 1 });
    expect(cssrsScreener.responseScales.default.anchors.map((a) => [a.value, a.label, a.code.code])).toEqual([
      [0, 'No', 'LA32-8'],
      [1, 'Yes', 'LA33-6'],
    ]);
  });

  it("asks 3–5 only after a yes to 2, and 6b only after a yes to 6 (the form's branching)", () => {
    const rule = (id: string) => (cssrsScreener.items as readonly ItemDefinition[]).find((i) => i.id === id)?.askedWhen;
    for (const id of ['cssrs-3', 'cssrs-4', 'cssrs-5']) expect(rule(id)).toEqual({ anyOf: [{ item: 'cssrs-2', min: 1 }] });
    expect(rule('cssrs-6b')).toEqual({ anyOf: [{ item: 'cssrs-6', min: 1 }] });
    for (const id of ['cssrs-1', 'cssrs-2', 'cssrs-6']) expect(rule(id)).toBeUndefined();
  });

  it('has no total: each answer is a one-item scale', () => {
    expect(cssrsScreener.scales.every((s) => s.items.length === 1)).toBe(true);
    expect(cssrsScreener.scales.map((s) => s.items[0])).toEqual(cssrsScreener.items.map((i) => i.id));
  });
});

describe('cssrsScreener: Columbia triage as flags (worked examples)', () => {
  it('all no: no flag, complete, and 3–5 and 6b listed as not asked', () => {
    const r = score(cssrsScreener, [0, 0, null, null, null, 0, null]);
    expect(r.flags).toEqual([]);
    expect(r.complete).toBe(true);
    expect(r.notAsked).toEqual(['cssrs-3', 'cssrs-4', 'cssrs-5', 'cssrs-6b']);
  });

  it('a yes to 1 only (wish to be dead) is low risk: a review flag', () => {
    expect(ids([1, 0, null, null, null, 0, null])).toEqual(['cssrs-wish-dead']);
    expect(levels([1, 0, null, null, null, 0, null])).toEqual(['review']);
  });

  it('a yes to 2 is low risk (review); 3 (method, no intent) is moderate risk (review), not urgent', () => {
    expect(score(cssrsScreener, [0, 1, 0, 0, 0, 0, null]).flags.map((f) => [f.id, f.level])).toEqual([['cssrs-active-thoughts', 'review']]);
    const r = score(cssrsScreener, [1, 1, 1, 0, 0, 0, null]);
    expect(r.flags.map((f) => [f.id, f.level])).toEqual([
      ['cssrs-wish-dead', 'review'],
      ['cssrs-active-thoughts', 'review'],
      ['cssrs-method', 'urgent'],
    ]);
    expect(r.flags.find((f) => f.id === 'cssrs-method')?.message).toMatch(/moderate risk/);
  });

  it('a yes to 4 (intent) or 5 (plan and intent) is high risk: urgent; a yes to 3 (a method) is urgent too, the conservative choice', () => {
    expect(
      score(cssrsScreener, [1, 1, 1, 1, 0, 0, null])
        .flags.filter((f) => f.level === 'urgent')
        .map((f) => f.id),
    ).toEqual(['cssrs-method', 'cssrs-intent']);
    expect(
      score(cssrsScreener, [1, 1, 1, 1, 1, 0, null])
        .flags.filter((f) => f.level === 'urgent')
        .map((f) => f.id),
    ).toEqual(['cssrs-method', 'cssrs-intent', 'cssrs-plan']);
    expect(score(cssrsScreener, [1, 1, 1, 0, 0, 0, null]).flags.find((f) => f.id === 'cssrs-method')?.level).toBe('urgent');
    expect(score(cssrsScreener, [0, 1, 0, 0, 1, 0, null]).flags.find((f) => f.id === 'cssrs-plan')?.level).toBe('urgent');
  });

  it('behaviour over 3 months ago is moderate risk (review); within the past 3 months is high risk (urgent)', () => {
    expect(score(cssrsScreener, [0, 0, null, null, null, 1, 0]).flags.map((f) => [f.id, f.level])).toEqual([['cssrs-behaviour', 'review']]);
    expect(score(cssrsScreener, [0, 0, null, null, null, 1, 1]).flags.map((f) => [f.id, f.level])).toEqual([
      ['cssrs-behaviour', 'review'],
      ['cssrs-behaviour-recent', 'urgent'],
    ]);
  });
});

describe('cssrsScreener: blank questions', () => {
  it('a blank question the form asked raises a review flag; one it did not ask raises nothing', () => {
    expect(ids([null, 0, null, null, null, 0, null])).toEqual(['cssrs-1-unanswered']);
    // Yes to 2, then 4 left blank: 4 was asked.
    const r = score(cssrsScreener, [0, 1, 0, null, 0, 0, null]);
    expect(r.flags.map((f) => [f.id, f.level])).toEqual([
      ['cssrs-active-thoughts', 'review'],
      ['cssrs-4-unanswered', 'review'],
    ]);
    expect(r.complete).toBe(false);
    // Yes to 6, 6b blank: timing unknown, so it must be asked.
    expect(ids([0, 0, null, null, null, 1, null])).toEqual(['cssrs-behaviour', 'cssrs-6b-unanswered']);
  });

  it('when question 2 is itself blank, 3–5 count as asked (the conservative choice)', () => {
    expect(ids([0, null, null, null, null, 0, null])).toEqual(['cssrs-2-unanswered', 'cssrs-3-unanswered', 'cssrs-4-unanswered', 'cssrs-5-unanswered']);
  });

  it('property: an urgent flag is raised exactly when 3, 4, 5 or 6b is yes', () => {
    const yn = fc.constantFrom<Answer>(0, 1, null);
    fc.assert(
      fc.property(fc.array(yn, { minLength: 7, maxLength: 7 }), (answers) => {
        const urgent = score(cssrsScreener, deepFreeze([...answers])).flags.some((f) => f.level === 'urgent');
        expect(urgent).toBe(answers[2] === 1 || answers[3] === 1 || answers[4] === 1 || answers[6] === 1);
      }),
      { numRuns: 300 },
    );
  });

  it('property: any yes or any asked blank raises at least one flag (a screen is never silently negative)', () => {
    const yn = fc.constantFrom<Answer>(0, 1, null);
    fc.assert(
      fc.property(fc.array(yn, { minLength: 7, maxLength: 7 }), (answers) => {
        const r = score(cssrsScreener, answers);
        const anyYes = answers.includes(1);
        const askedBlank = answers[0] == null || answers[1] == null || answers[5] == null;
        if (anyYes || askedBlank) expect(r.flags.length).toBeGreaterThan(0);
        else expect(r.flags).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('cssrsScreener: messages', () => {
  it('client messages are warm, plain (grade 6 or below) and name no phone number', () => {
    for (const f of cssrsScreener.flags) {
      expect(readability.fleschKincaidGrade(f.clientMessage), f.id).toBeLessThanOrEqual(6);
      expect(f.clientMessage).not.toMatch(/\d/);
      expect(f.message).not.toMatch(/\d{3}/);
    }
  });

  it('urgent messages tell the clinician to keep the person safe today and the person to get help now', () => {
    for (const f of cssrsScreener.flags.filter((x) => x.level === 'urgent')) {
      expect(f.message).toMatch(/high risk|moderate risk; securebase raises it as urgent/);
      expect(f.message).toMatch(/today/);
      expect(f.clientMessage).toMatch(/right now/);
    }
  });
});
