/// <reference types="vite/client" />
import fc from 'fast-check';
import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import { defineInstrument, type InstrumentDefinition, instrumentProblems, type ResponseScale, safeScore, score } from '../../src/index.js';
import * as all from '../../src/instruments/index.js';

const registry: readonly InstrumentDefinition[] = all.instruments;
/** The text of the other test files in this folder (a Vite glob, so it works in Node and in the browser). */
const TEST_SOURCES = import.meta.glob<string>(['./*.test.ts', '!./registry.test.ts'], { query: '?raw', import: 'default', eager: true });
const rsOf = (def: InstrumentDefinition, itemId: string): ResponseScale => {
  const item = def.items.find((i) => i.id === itemId);
  return def.responseScales[item?.responseScale ?? 'default'] as ResponseScale;
};
const valueArb = (s: ResponseScale) => fc.integer({ min: 0, max: Math.round((s.max - s.min) / (s.step ?? 1)) }).map((k) => s.min + k * (s.step ?? 1));
const answersArb = (def: InstrumentDefinition, missingRate = 0.15) =>
  fc.tuple(
    ...def.items.map((it) =>
      fc.oneof(
        { weight: Math.round((1 - missingRate) * 100), arbitrary: valueArb(rsOf(def, it.id)) },
        { weight: Math.round(missingRate * 100), arbitrary: fc.constant(null) },
      ),
    ),
  );
const completeArb = (def: InstrumentDefinition) => fc.tuple(...def.items.map((it) => valueArb(rsOf(def, it.id))));
const flip = (s: ResponseScale, v: number) => s.min + s.max - v;
const setAt = <T>(xs: readonly T[], i: number, v: unknown): unknown[] => xs.map((x, j) => (j === i ? v : x));

describe.each(registry.map((d) => [d.id, d] as const))('registry guard: %s', (_id, def) => {
  it('is a valid definition with sources, licence decision and a content version', () => {
    expect(instrumentProblems(def)).toEqual([]);
    expect(def.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(def.citations.length).toBeGreaterThan(0);
    expect(def.licence.summary.length).toBeGreaterThan(10);
    if (!def.licence.itemTextIncluded) expect(def.items.filter((i) => i.text !== undefined)).toEqual([]);
  });

  it('names its scales and derived scores in snake_case, so they read as CSV, SQL, R and pandas columns unquoted', () => {
    const ids = [...def.scales.map((s) => s.id), ...(def.derived ?? []).map((d) => d.id)];
    expect(ids.filter((id) => !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('gives every flag a message for the clinician and one for the person: plain (US grade 6 or below), naming no phone number', () => {
    for (const f of def.flags ?? []) {
      expect(f.message.trim().length).toBeGreaterThan(20);
      expect(readability.fleschKincaidGrade(f.clientMessage)).toBeLessThanOrEqual(6);
      expect(`${f.message} ${f.clientMessage}`).not.toMatch(/\d{3}/);
    }
  });

  it('has a worked-example test that scores it', () => {
    const exportName = Object.entries(all).find(([, v]) => v === def)?.[0];
    const texts = Object.values(TEST_SOURCES);
    expect(texts.some((t) => t.includes(`score(${exportName},`))).toBe(true);
  });

  it('property: every scale value stays within its range, and banded values have a band', () => {
    fc.assert(
      fc.property(answersArb(def), fc.boolean(), (answers, prorate) => {
        const r = score(def, answers, prorate ? { prorate: { maxMissing: 2 } } : undefined);
        for (const s of def.scales) {
          const rs = rsOf(def, s.items[0] as string);
          const k = s.items.length;
          const [lo, hi] = s.aggregate === 'sum' ? [rs.min * k, rs.max * k] : [rs.min, rs.max];
          const v = r.scales[s.id]?.value;
          if (v === null || v === undefined) continue;
          expect(v).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(v).toBeLessThanOrEqual(hi + 1e-9);
          if (s.bands?.length) expect(r.scales[s.id]?.band).not.toBeNull();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('property: the array fast path and the record path give equal results, and equal results are shared', () => {
    fc.assert(
      fc.property(answersArb(def, 0.05), (answers) => {
        const record = Object.fromEntries(def.items.map((it, i) => [it.id, answers[i]]));
        const a = score(def, answers);
        const b = score(def, record);
        expect(a).toEqual(b);
        expect(score(def, answers)).toEqual(a);
        if (a.complete && (def.derived ?? []).length + (def.flags ?? []).length === 0) expect(score(def, [...answers])).toBe(a);
      }),
      { numRuns: 150 },
    );
  });

  it('property: complete responses never prorate, whatever the options', () => {
    fc.assert(
      fc.property(completeArb(def), fc.constantFrom(undefined, false as const, { maxMissing: 3 }), (answers, prorate) => {
        const r = score(def, answers, prorate === undefined ? undefined : { prorate });
        expect(r.complete).toBe(true);
        expect(r.prorated).toBe(false);
        for (const s of def.scales) expect(r.scales[s.id]).toMatchObject({ prorated: false, missing: [], answered: s.items.length });
      }),
      { numRuns: 60 },
    );
  });

  it('property: reversal is an involution (flipping reversed answers and dropping the key gives the same score; flipping twice restores)', () => {
    const keyed = def.scales.filter((s) => (s.reversed ?? []).length > 0);
    if (keyed.length === 0) return;
    const unkeyed = defineInstrument({
      ...def,
      id: `${def.id}-unkeyed`,
      derived: [],
      flags: [],
      scales: def.scales.map((s) => ({ ...s, reversed: [] })),
    } as InstrumentDefinition);
    fc.assert(
      fc.property(completeArb(def), fc.constantFrom(...keyed), (answers, scale) => {
        const rev = new Set(scale.reversed);
        const flipped = answers.map((v, i) => {
          const it = def.items[i] as (typeof def.items)[number];
          return rev.has(it.id) ? flip(rsOf(def, it.id), v) : v;
        });
        const twice = flipped.map((v, i) => {
          const it = def.items[i] as (typeof def.items)[number];
          return rev.has(it.id) ? flip(rsOf(def, it.id), v) : v;
        });
        expect(twice).toEqual(answers);
        expect(score(unkeyed, flipped).scales[scale.id]?.value).toBeCloseTo(score(def, answers).scales[scale.id]?.value as number, 9);
      }),
      { numRuns: 60 },
    );
  });

  it('property: raising a forward-keyed item never lowers its scale; raising a reversed one never raises it', () => {
    fc.assert(
      fc.property(completeArb(def), fc.nat(), (answers, pick) => {
        const i = pick % def.items.length;
        const it = def.items[i] as (typeof def.items)[number];
        const s = rsOf(def, it.id);
        const v = answers[i] as number;
        if (v >= s.max) return;
        const raised = setAt(answers, i, v + (s.step ?? 1)) as number[];
        const a = score(def, answers);
        const b = score(def, raised);
        for (const sc of def.scales) {
          if (!sc.items.includes(it.id)) {
            expect(b.scales[sc.id]?.value).toBe(a.scales[sc.id]?.value);
            continue;
          }
          const before = a.scales[sc.id]?.value as number;
          const after = b.scales[sc.id]?.value as number;
          if ((sc.reversed ?? []).includes(it.id)) expect(after).toBeLessThan(before);
          else expect(after).toBeGreaterThan(before);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('property: every kind of bad value yields an issue for that item and no result', () => {
    const bad = fc.oneof(
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e300, -1e300, 0.5e-3),
      fc.string(),
      fc.object(),
      fc.array(fc.integer()),
      fc.boolean(),
    );
    fc.assert(
      fc.property(completeArb(def), fc.nat(), bad, (answers, pick, value) => {
        const i = pick % def.items.length;
        const s = rsOf(def, (def.items[i] as (typeof def.items)[number]).id);
        if (typeof value === 'number' && value >= s.min && value <= s.max && Number.isInteger((value - s.min) / (s.step ?? 1))) return;
        const r = safeScore(def, setAt(answers, i, value));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues.map((x) => x.item)).toEqual([(def.items[i] as (typeof def.items)[number]).id]);
      }),
      { numRuns: 100 },
    );
  });

  it('property: a flag is present in every result whose answers meet its rule, whatever the options', () => {
    const rules = (def.flags ?? []).filter((f) => 'item' in f.when);
    if (rules.length === 0) return;
    fc.assert(
      fc.property(answersArb(def, 0.3), fc.constantFrom(undefined, false as const, { maxMissing: 0 }, { maxMissing: 9 }), (answers, prorate) => {
        const r = score(def, answers, prorate === undefined ? undefined : { prorate });
        for (const f of rules) {
          const w = f.when as { item: string; min?: number; max?: number; unanswered?: true };
          const v = answers[def.items.findIndex((it) => it.id === w.item)];
          const answered = v !== null && v !== undefined;
          // A blank item the form did not ask (every askedWhen condition on an earlier answer is false) is not unanswered.
          const rule = def.items.find((it) => it.id === w.item)?.askedWhen;
          const isFalse = (c: { item?: string; min?: number; max?: number }) => {
            const u = answers[def.items.findIndex((it) => it.id === c.item)];
            return u !== null && u !== undefined && !(u >= (c.min ?? -Infinity) && u <= (c.max ?? Infinity));
          };
          const asked = rule === undefined || !rule.anyOf.every((c) => isFalse(c as { item?: string; min?: number; max?: number }));
          const meets = w.unanswered === true ? !answered && asked : answered && v >= (w.min ?? -Infinity) && v <= (w.max ?? Infinity);
          expect(r.flags.some((x) => x.id === f.id)).toBe(meets);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('registry', () => {
  it('has unique instrument ids', () => {
    const ids = registry.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
