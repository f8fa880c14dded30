import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { phq9 } from '../../src/instruments/phq-9.js';
import { instrumentProblems, validateInstrument } from '../../src/scoring/check.js';
import { safeScore, score } from '../../src/scoring/score.js';
import type { ResponsesOf } from '../../src/scoring/types.js';
import { deepFreeze } from '../_helpers.js';

const LOINC = 'http://loinc.org';
const ITEM9_FLAG = { id: 'phq9-item9', level: 'urgent' } as const;

/** Items 1–9 with the given total, filled with 3s from item 1 on (item 9 stays 0 below 27). */
function withTotal(total: number): number[] {
  const out = Array<number>(9).fill(0);
  let left = total;
  for (let i = 0; i < 9 && left > 0; i++) {
    const v = Math.min(3, left);
    out[i] = v;
    left -= v;
  }
  return out;
}

describe('phq9: definition', () => {
  it('is a valid definition', () => {
    expect(instrumentProblems(phq9)).toEqual([]);
    expect(validateInstrument(phq9)).toBe(phq9);
    expect(phq9.version).toBe('1.0.0');
    expect(phq9.missing).toEqual({ kind: 'complete' });
  });

  it('totals items 1–9 only; item 10 is its own one-item scale, never in the total', () => {
    expect(phq9.scales.map((s) => s.id)).toEqual(['total', 'functioning']);
    expect(phq9.scales[0].items).toEqual(['phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9']);
    expect(phq9.scales[0].items as readonly string[]).not.toContain('phq9-10');
    expect(phq9.scales[1].items).toEqual(['phq9-10']);
    expect('bands' in phq9.scales[1]).toBe(false);
    expect(phq9.scales.some((s) => 'reversed' in s)).toBe(false);
  });

  it('ships the public-domain item text', () => {
    expect(phq9.licence.itemTextIncluded).toBe(true);
    expect(phq9.items.every((i) => typeof i.text === 'string' && i.text.length > 10)).toBe(true);
    expect(phq9.items[0].text).toBe('Little interest or pleasure in doing things');
    expect(phq9.items[8].text).toBe('Thoughts that you would be better off dead, or of hurting yourself in some way');
    expect(phq9.licence.summary).toMatch(/No permission required to reproduce, translate, display or distribute/);
  });
});

describe('phq9: LOINC codes', () => {
  it('codes the panel, the nine items in form order, item 10 and the total', () => {
    expect(phq9.code).toMatchObject({ system: LOINC, code: '44249-1' });
    expect(phq9.items.map((i) => i.code.code)).toEqual([
      '44250-9',
      '44255-8',
      '44259-0',
      '44254-1',
      '44251-7',
      '44258-2',
      '44252-5',
      '44253-3',
      '44260-8',
      '69722-7',
    ]);
    expect(phq9.items.every((i) => i.code.system === LOINC)).toBe(true);
    expect(phq9.scales[0].code).toMatchObject({ system: LOINC, code: '44261-6' });
    expect(phq9.scales[0].code.code).not.toBe('44249-1');
  });

  it('uses the LL358-3 answer codes on items 1–9', () => {
    expect(phq9.responseScales.default.anchors.map((a) => [a.value, a.label, a.code?.code])).toEqual([
      [0, 'Not at all', 'LA6568-5'],
      [1, 'Several days', 'LA6569-3'],
      [2, 'More than half the days', 'LA6570-1'],
      [3, 'Nearly every day', 'LA6571-9'],
    ]);
  });

  it('maps item 10 answers by code, not by sorting the codes (Very = LA6575-0, Extremely = LA6574-3)', () => {
    const item10 = phq9.items[9];
    expect(item10.responseScale).toBe('difficulty');
    const anchors = phq9.responseScales.difficulty.anchors;
    expect(anchors.map((a) => [a.value, a.label, a.code?.code])).toEqual([
      [0, 'Not difficult at all', 'LA6572-7'],
      [1, 'Somewhat difficult', 'LA6573-5'],
      [2, 'Very difficult', 'LA6575-0'],
      [3, 'Extremely difficult', 'LA6574-3'],
    ]);
    const sortedCodes = anchors.map((a) => a.code?.code).sort();
    expect(sortedCodes[2]).toBe('LA6574-3');
    expect(anchors[2]?.code?.code).not.toBe(sortedCodes[2]);
  });

  it('codes the bands with LOINC LL382-3 answers', () => {
    expect(phq9.scales[0].bands.map((b) => [b.min, b.max, b.label, b.code.code])).toEqual([
      [0, 4, 'Minimal', 'LA6708-7'],
      [5, 9, 'Mild', 'LA6709-5'],
      [10, 14, 'Moderate', 'LA6710-3'],
      [15, 19, 'Moderately severe', 'LA6711-1'],
      [20, 27, 'Severe', 'LA6712-9'],
    ]);
  });
});

describe('phq9: worked examples', () => {
  it('scores a response set: total, band, urgent flag, symptom count and item 10 recorded', () => {
    // Items 1–9: 2+3+1+2+0+1+2+0+1 = 12 → Moderate (10–14).
    // Symptoms: items 1, 2, 4, 7 at ≥2 (4) + item 9 at ≥1 (1) = 5, with core items 1 and 2 → major depressive syndrome.
    const r = score(phq9, deepFreeze([2, 3, 1, 2, 0, 1, 2, 0, 1, 2]));
    expect(r.scales.total.value).toBe(12);
    expect(r.scales.total.band?.label).toBe('Moderate');
    expect(r.scales.total.band?.code?.code).toBe('LA6710-3');
    expect(r.flags).toEqual([expect.objectContaining(ITEM9_FLAG)]);
    expect(r.derived.symptom_count).toEqual({ value: 5, label: 'Major depressive syndrome' });
    expect(r.scales.functioning).toMatchObject({ value: 2, answered: 1, expected: 1 });
    expect(r.complete).toBe(true);
    expect(r.instrument).toEqual({ id: 'phq-9', version: '1.0.0' });
  });

  it('matches the doc example', () => {
    const r = score(phq9, [1, 1, 2, 1, 0, 1, 1, 0, 0]);
    expect(r.scales.total.value).toBe(7);
    expect(r.scales.total.band?.label).toBe('Mild');
    expect(r.flags).toEqual([]);
    // Only item 3 at ≥2: one symptom, no core symptom.
    expect(r.derived.symptom_count).toEqual({ value: 1, label: 'Neither syndrome' });
  });

  it('other depressive syndrome: a core symptom and 2–4 symptoms', () => {
    // Items 1 and 4 at 2: count 2, core present; total 4 → Minimal.
    const r = score(phq9, [2, 0, 0, 2, 0, 0, 0, 0, 0]);
    expect(r.derived.symptom_count).toEqual({ value: 2, label: 'Other depressive syndrome' });
    expect(r.scales.total).toMatchObject({ value: 4, band: expect.objectContaining({ label: 'Minimal' }) });
    const four = score(phq9, [0, 3, 2, 2, 2, 0, 0, 0, 0]);
    expect(four.derived.symptom_count).toEqual({ value: 4, label: 'Other depressive syndrome' });
  });

  it('five symptoms without a core symptom is neither syndrome', () => {
    // Items 3–7 at 3: count 5 but items 1 and 2 are below 2. Total 1+1+15 = 17 → Moderately severe.
    const r = score(phq9, [1, 1, 3, 3, 3, 3, 3, 0, 0]);
    expect(r.derived.symptom_count).toEqual({ value: 5, label: 'Neither syndrome' });
    expect(r.scales.total).toMatchObject({ value: 17, band: expect.objectContaining({ label: 'Moderately severe' }) });
  });

  it('item 9 counts as a symptom at 1, items 1–8 only at 2', () => {
    expect(score(phq9, [2, 0, 0, 0, 0, 0, 0, 0, 1]).derived.symptom_count).toEqual({ value: 2, label: 'Other depressive syndrome' });
    expect(score(phq9, [2, 0, 0, 0, 0, 0, 0, 1, 0]).derived.symptom_count).toEqual({ value: 1, label: 'Neither syndrome' });
  });

  it.each([
    [0, 'Minimal'],
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Moderately severe'],
    [19, 'Moderately severe'],
    [20, 'Severe'],
    [27, 'Severe'],
  ])('band boundary: total %i is %s', (total, label) => {
    const r = score(phq9, withTotal(total));
    expect(r.scales.total.value).toBe(total);
    expect(r.scales.total.band?.label).toBe(label);
  });

  it('a missing item leaves the total without a value (no prorating unless the caller asks)', () => {
    const r = score(phq9, [1, 1, null, 1, 1, 1, 1, 1, 1]);
    expect(r.scales.total).toMatchObject({ value: null, answered: 8, expected: 9, missing: ['phq9-3'], prorated: false, band: null });
    expect(r.complete).toBe(false);
    expect(r.derived.symptom_count).toEqual({ value: null, label: null });
    const asked = score(phq9, [1, 1, null, 1, 1, 1, 1, 1, 1], { prorate: { maxMissing: 1 } });
    expect(asked.scales.total).toMatchObject({ value: 9, prorated: true });
    expect(asked.prorated).toBe(true);
  });

  it('a blank item 10 leaves the total whole; not asked when no problem was checked (complete, listed in notAsked), missing when it was asked', () => {
    const none = score(phq9, { 'phq9-1': 0, 'phq9-2': 0, 'phq9-3': 0, 'phq9-4': 0, 'phq9-5': 0, 'phq9-6': 0, 'phq9-7': 0, 'phq9-8': 0, 'phq9-9': 0 });
    expect(none.scales.total).toMatchObject({ value: 0, missing: [], prorated: false });
    expect(none.scales.functioning).toMatchObject({ value: null, missing: ['phq9-10'] });
    expect([none.complete, none.notAsked]).toEqual([true, ['phq9-10']]);
    // A problem was checked, so the form asked item 10: left blank, the result is incomplete.
    const some = score(phq9, [0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect([some.complete, some.notAsked]).toEqual([false, []]);
    // An earlier answer is missing, so whether item 10 was asked cannot be told: it counts as asked.
    const unsure = score(phq9, [0, 0, 0, null, 0, 0, 0, 0, 0]);
    expect([unsure.complete, unsure.notAsked]).toEqual([false, []]);
    expect(score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toMatchObject({ complete: true, notAsked: [] });
    // Prorating can never invent an item-10 answer.
    expect(score(phq9, Array(9).fill(1), { prorate: { maxMissing: 1 } }).scales.functioning.value).toBeNull();
  });

  it('rejects values off each item scale, including item 10', () => {
    const bad = safeScore(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0, 4]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => [i.item, i.code])).toEqual([['phq9-10', 'out_of_range']]);
    expect(safeScore(phq9, [4]).ok).toBe(false);
  });
});

describe('phq9: item 9 risk flag', () => {
  it('has one urgent rule on item 9 at 1 or more and one review rule for a blank item 9, each with a message for the clinician and one for the person, naming no phone number', () => {
    expect(phq9.flags.map((f) => [f.id, f.level, f.when])).toEqual([
      ['phq9-item9', 'urgent', { item: 'phq9-9', min: 1 }],
      ['phq9-item9-unanswered', 'review', { item: 'phq9-9', unanswered: true }],
    ]);
    const [urgent, review] = phq9.flags;
    expect(urgent.message).toMatch(/clinician should review this right away/);
    expect(urgent.clientMessage).toMatch(/talk to someone today/);
    expect(review.message).toMatch(/not answered, so risk cannot be ruled out/);
    for (const f of phq9.flags) expect(`${f.message} ${f.clientMessage}`).not.toMatch(/\d{3}/);
  });

  it('raises the review flag when item 9 is blank, with or without prorating, and never the urgent one', () => {
    const blank = [1, 1, 1, 1, 1, 1, 1, 1, null];
    expect(score(phq9, blank).flags.map((f) => f.id)).toEqual(['phq9-item9-unanswered']);
    const p = score(phq9, blank, { prorate: { maxMissing: 1 } });
    expect(p.scales.total.value).toBe(9);
    expect(p.flags.map((f) => [f.id, f.level])).toEqual([['phq9-item9-unanswered', 'review']]);
    expect(score(phq9, { 'phq9-1': 2 }).flags.map((f) => f.id)).toEqual(['phq9-item9-unanswered']);
    expect(score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0]).flags).toEqual([]);
  });

  it('is not raised when item 9 is 0', () => {
    expect(score(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 0]).flags).toEqual([]);
  });

  const other = fc.option(fc.integer({ min: 0, max: 3 }), { nil: null });
  const prorateOption = fc.constantFrom(undefined, false as const, { maxMissing: 0 }, { maxMissing: 1 }, { maxMissing: 8 }, { maxMissing: 9 });

  it('property: whenever item 9 ≥ 1 the urgent flag is in the result, whatever the other answers and prorate option', () => {
    fc.assert(
      fc.property(fc.array(other, { minLength: 8, maxLength: 8 }), fc.integer({ min: 1, max: 3 }), other, prorateOption, (first8, item9, item10, prorate) => {
        const answers = [...first8, item9, item10];
        const r = score(phq9, answers, prorate === undefined ? undefined : { prorate });
        expect(r.flags).toContainEqual(expect.objectContaining(ITEM9_FLAG));
        const keyed = Object.fromEntries(answers.map((v, i) => [`phq9-${i + 1}`, v])) as ResponsesOf<typeof phq9>;
        const viaRecord = safeScore(phq9, keyed, prorate === undefined ? undefined : { prorate });
        expect(viaRecord.ok && viaRecord.value.flags.some((f) => f.id === 'phq9-item9' && f.level === 'urgent')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('property: item 10 never changes the total, the band, the symptom count or the flags', () => {
    fc.assert(
      fc.property(fc.array(other, { minLength: 9, maxLength: 9 }), other, other, prorateOption, (first9, a, b, prorate) => {
        const opts = prorate === undefined ? undefined : { prorate };
        const ra = score(phq9, [...first9, a], opts);
        const rb = score(phq9, [...first9, b], opts);
        expect(rb.scales.total).toEqual(ra.scales.total);
        expect(rb.derived).toEqual(ra.derived);
        expect(rb.flags).toEqual(ra.flags);
        expect(rb.scales.functioning.value).toBe(b);
      }),
      { numRuns: 300 },
    );
  });
});

describe('phq9: types', () => {
  it('keys results and responses by the definition', () => {
    const r = score(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expectTypeOf(r.scales).toHaveProperty('total');
    expectTypeOf(r.scales).toHaveProperty('functioning');
    expectTypeOf(r.derived).toHaveProperty('symptom_count');
    // @ts-expect-error: PHQ-9 has no scale called "anxiety"
    expect(r.scales.anxiety).toBeUndefined();
    // @ts-expect-error: there is no item 11
    const bad: ResponsesOf<typeof phq9> = { 'phq9-11': 1 };
    expect(bad).toBeDefined();
  });
});
