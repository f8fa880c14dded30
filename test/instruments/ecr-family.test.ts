import { describe, expect, it } from 'vitest';
import { ecrR, ecrRs, ecrS, rq, rqStyle, score, validateInstrument } from '../../src/index.js';
import { rqVerification } from '../../src/instruments/rq.js';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('ECR-R (Fraley numbering: anxiety 1-18, avoidance 19-36)', () => {
  it('is a valid definition with the published key', () => {
    validateInstrument(ecrR);
    const [anx, avo] = ecrR.scales;
    expect(anx.items).toEqual(range(1, 18).map((n) => `ecrr-${n}`));
    expect(avo.items).toEqual(range(19, 36).map((n) => `ecrr-${n}`));
    expect(anx.reversed).toEqual(['ecrr-9', 'ecrr-11']);
    expect(avo.reversed).toEqual([20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36].map((n) => `ecrr-${n}`));
    expect(avo.reversed).not.toContain('ecrr-21'); // Fraley's 2013 correction: item 21 is not reversed
    expect(ecrR.licence.itemTextIncluded).toBe(false);
    expect(ecrR.items.every((i) => !('text' in i))).toBe(true);
  });

  it('worked example: means after 8 - x reversal', () => {
    // Anxiety items all 6 except the reversed 9 and 11 answered 2 (-> 6): anxiety = 6.
    // Avoidance: forward items (19, 21, 23, 24, 25, 32) answered 3; reversed items answered 5 (-> 3): avoidance = 3.
    const answers = range(1, 36).map((n) => {
      if (n <= 18) return n === 9 || n === 11 ? 2 : 6;
      return [19, 21, 23, 24, 25, 32].includes(n) ? 3 : 5;
    });
    const r = score(ecrR, answers);
    expect(r.scales.anxiety.value).toBe(6);
    expect(r.scales.avoidance.value).toBe(3);
  });

  it('worked example: a mixed profile computed by hand', () => {
    // answers cycle 1..7; anxiety items 1..18 -> values 1..7,1..7,1..4
    const answers = range(1, 36).map((n) => ((n - 1) % 7) + 1);
    const keyed = answers.map((v, i) => ([9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36].includes(i + 1) ? 8 - v : v));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const r = score(ecrR, answers);
    expect(r.scales.anxiety.value).toBeCloseTo(mean(keyed.slice(0, 18)), 12);
    expect(r.scales.avoidance.value).toBeCloseTo(mean(keyed.slice(18)), 12);
    // raw anxiety sum = 28 + 28 + 10 = 66; item 9 = 2 -> 6 and item 11 = 4 -> 4: keyed sum = 66 - 2 - 4 + 6 + 4 = 70
    expect(r.scales.anxiety.value).toBeCloseTo(70 / 18, 12);
  });
});

describe('ECR-S (Wei et al. 2007; original ECR numbering)', () => {
  it('has the published key', () => {
    validateInstrument(ecrS);
    expect(ecrS.scales[0].items).toEqual([2, 4, 6, 8, 10, 12].map((n) => `ecrs-${n}`));
    expect(ecrS.scales[0].reversed).toEqual(['ecrs-8']);
    expect(ecrS.scales[1].items).toEqual([1, 3, 5, 7, 9, 11].map((n) => `ecrs-${n}`));
    expect(ecrS.scales[1].reversed).toEqual(['ecrs-1', 'ecrs-5', 'ecrs-9']);
  });

  it('worked example', () => {
    // anxiety: 2,4,6,10,12 = 5 each; 8 = 3 -> 5; mean 5. avoidance: 3,7,11 = 2; 1,5,9 = 6 -> 2; mean 2.
    const r = score(ecrS, [6, 5, 2, 5, 6, 5, 2, 3, 6, 5, 2, 5]);
    expect(r.scales.anxiety.value).toBe(5);
    expect(r.scales.avoidance.value).toBe(2);
  });
});

describe('ECR-RS (Fraley et al. 2011)', () => {
  it('scores each target (avoidance 1-6 with 1-4 reversed; anxiety 7-9) and the global mean', () => {
    validateInstrument(ecrRs);
    // mother: items 1-4 = 7 (-> 1), 5-6 = 1 => avoidance 1; anxiety 7-9 = 2,3,4 => 3
    const mother = [7, 7, 7, 7, 1, 1, 2, 3, 4];
    // father: items 1-4 = 1 (-> 7), 5-6 = 7 => avoidance 7; anxiety = 6,6,6 => 6
    const father = [1, 1, 1, 1, 7, 7, 6, 6, 6];
    // partner: avoidance (4,4,4,4 -> 4, 5-6 = 4) => 4; anxiety 1,1,1 => 1
    const partner = [4, 4, 4, 4, 4, 4, 1, 1, 1];
    // friend: items 1-4 = 5 (-> 3), 5-6 = 3 => 3; anxiety 2,2,2 => 2
    const friend = [5, 5, 5, 5, 3, 3, 2, 2, 2];
    const r = score(ecrRs, [...mother, ...father, ...partner, ...friend]);
    expect(r.scales['mother_avoidance'].value).toBe(1);
    expect(r.scales['mother_anxiety'].value).toBe(3);
    expect(r.scales['father_avoidance'].value).toBe(7);
    expect(r.scales['father_anxiety'].value).toBe(6);
    expect(r.scales['partner_avoidance'].value).toBe(4);
    expect(r.scales['friend_avoidance'].value).toBe(3);
    expect(r.derived['global_avoidance'].value).toBeCloseTo((1 + 7 + 4 + 3) / 4, 12);
    expect(r.derived['global_anxiety'].value).toBeCloseTo((3 + 6 + 1 + 2) / 4, 12);
  });

  it('leaves the global score empty when a target is unanswered, but scores the others', () => {
    const r = score(ecrRs, { 'ecrrs-mother-1': 4, 'ecrrs-mother-2': 4, 'ecrrs-mother-3': 4, 'ecrrs-mother-4': 4, 'ecrrs-mother-5': 4, 'ecrrs-mother-6': 4 });
    expect(r.scales['mother_avoidance'].value).toBe(4);
    expect(r.scales['father_avoidance'].value).toBeNull();
    expect(r.derived['global_avoidance'].value).toBeNull();
  });
});

describe('RQ (Bartholomew & Horowitz 1991; Griffin & Bartholomew 1994)', () => {
  it('computes model of self and model of other', () => {
    validateInstrument(rq);
    // Secure 6, Fearful 2, Preoccupied 1, Dismissing 4 (the lab's example profile)
    const r = score(rq, [6, 2, 1, 4, 1]);
    expect(r.derived['model_of_self'].value).toBe(6 + 4 - (2 + 1));
    expect(r.derived['model_of_other'].value).toBe(6 + 1 - (2 + 4));
    expect(rqStyle(r)).toEqual({ highest: ['secure'], tie: false, forcedChoice: 'secure', style: 'secure', agreement: true });
  });

  it('spans -12..+12', () => {
    expect(score(rq, [7, 1, 1, 7, null]).derived['model_of_self'].value).toBe(12);
    expect(score(rq, [1, 7, 7, 1, null]).derived['model_of_self'].value).toBe(-12);
  });

  it('reports ties and never breaks them silently', () => {
    const tied = rqStyle(score(rq, [5, 5, 2, 2, null]));
    expect(tied).toEqual({ highest: ['secure', 'fearful-avoidant'], tie: true, forcedChoice: null, style: null, agreement: null });
    const resolved = rqStyle(score(rq, [5, 5, 2, 2, 2]));
    expect(resolved.style).toBe('fearful-avoidant');
    const disagree = rqStyle(score(rq, [5, 5, 2, 2, 4]));
    expect(disagree).toMatchObject({ style: null, forcedChoice: 'dismissing-avoidant', agreement: false });
  });

  it('refuses a result of another instrument', () => {
    expect(() => rqStyle(score(ecrS, Array(12).fill(4)) as never)).toThrow(/rqStyle reads a result of the RQ/);
  });

  it('rates 1–7 with no anchor words, since no published RQ source gives them', () => {
    // The Bartholomew lab describes "a 7-point scale" and no anchor wording.
    expect(rq.responseScales.default).toEqual({ min: 1, max: 7, anchors: [] });
    expect(score(rq, [1, 7, 4, 4, null]).scales.secure.value).toBe(1);
    expect(() => score(rq, [8, 1, 1, 1, null])).toThrow();
    expect(rqVerification.some((n) => n.includes('"Participants are asked to rate their degree of correspondence to each prototype on a 7-point scale"'))).toBe(
      true,
    );
  });

  it('labels the forced choice with the four prototype names of Bartholomew & Horowitz (1991) only', () => {
    expect(rq.responseScales.choice.anchors.map((a) => [a.value, a.label])).toEqual([
      [1, 'Secure'],
      [2, 'Fearful'],
      [3, 'Preoccupied'],
      [4, 'Dismissing'],
    ]);
    const labels = Object.values(rq.responseScales).flatMap((s) => s.anchors.map((a) => a.label));
    expect(labels.filter((l) => /like me|describes me|paragraph/i.test(l))).toEqual([]);
  });
});
