// Guard tests for the five technique protocols, built from the registry: shape, internal
// consistency, honest evidence, citations, measures, screening questions, and completeness
// against the clinical brief (clinical-brief.test.ts, Node only: it reads ../shared).
import readability from 'text-readability';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { instruments } from '../../src/instruments/registry.js';
import { ATTACHMENT_STRATEGIES } from '../../src/model/attachment.js';
import { CONCERNS, CONTRAINDICATIONS, DELIVERY_MODES, TECHNIQUE_IDS } from '../../src/model/technique.js';
import { techniques } from '../../src/techniques/protocols/registry.js';
import { SCREENING_QUESTIONS } from '../../src/techniques/screening.js';
import { SOURCES } from '../../src/techniques/sources.js';
import {
  EVIDENCE_LEVELS,
  MEASURE_ROLES,
  type SourcedCitation,
  STRATEGY_FITS,
  TECHNIQUE_EVIDENCE_DISCLAIMER,
  type Technique,
  type TechniqueProtocol,
  THERAPY_PHASES,
  VERIFICATION_LEVELS,
} from '../../src/techniques/types.js';

const all: readonly Technique[] = techniques;
const protocols: readonly (TechniqueProtocol & { readonly technique: string })[] = all.flatMap((t) =>
  t.protocols.map((p: TechniqueProtocol) => ({ ...p, technique: t.id })),
);
const subset = <T>(xs: readonly T[], of: readonly T[]) => xs.every((x) => of.includes(x));

function citationsOf(t: Technique): readonly SourcedCitation[] {
  return [...t.rationale.flatMap((r) => r.citations), ...t.protocols.flatMap((p: TechniqueProtocol) => p.evidence.citations)];
}

describe('technique registry', () => {
  it('holds exactly the five techniques, once each', () => {
    expect([...all.map((t) => t.id)].sort()).toEqual([...TECHNIQUE_IDS].sort());
  });

  it('types every entry as a Technique', () => {
    expectTypeOf(techniques[0]).toExtend<Technique>();
    const [first] = techniques;
    // @ts-expect-error: phases come from THERAPY_PHASES only
    const bad: Technique = { ...first, phases: ['maintenance'] };
    expect(bad.id).toBe(first.id);
  });

  it('gives every technique a version, aims, rationale, phases, delivery modes, protocols and notes', () => {
    for (const t of all) {
      expect(t.version, t.id).toMatch(/^\d+\.\d+\.\d+$/);
      expect(t.name.length, t.id).toBeGreaterThan(0);
      expect(t.aims.length, t.id).toBeGreaterThan(0);
      expect(t.rationale.length, t.id).toBeGreaterThan(0);
      expect(t.phases.length, t.id).toBeGreaterThan(0);
      expect(subset(t.phases, THERAPY_PHASES), t.id).toBe(true);
      expect(t.deliveryModes.length, t.id).toBeGreaterThan(0);
      expect(subset(t.deliveryModes, DELIVERY_MODES), t.id).toBe(true);
      expect(t.protocols.length, t.id).toBeGreaterThanOrEqual(3);
      expect(t.notes.length, t.id).toBeGreaterThan(0);
      expect(subset(t.indications, CONCERNS), t.id).toBe(true);
      expect(subset(t.contraindications, CONTRAINDICATIONS), t.id).toBe(true);
    }
  });

  it('carries the evidence disclaimer, which says the bundle is not a trial-tested therapy nor a substitute for care', () => {
    for (const t of all) expect(t.evidenceDisclaimer, t.id).toBe(TECHNIQUE_EVIDENCE_DISCLAIMER);
    expect(TECHNIQUE_EVIDENCE_DISCLAIMER).toMatch(/not a single manualised, trial-tested therapy/);
    expect(TECHNIQUE_EVIDENCE_DISCLAIMER).toMatch(/substitute for care/);
  });

  it('adapts every technique for hyperactivating, deactivating and disorganised strategies, once each', () => {
    for (const t of all) {
      expect([...t.strategies.map((s) => s.strategy)].sort(), t.id).toEqual(['deactivating', 'disorganised', 'hyperactivating']);
      for (const s of t.strategies) {
        expect(STRATEGY_FITS, t.id).toContain(s.fit);
        expect(s.adaptation.length, `${t.id} ${s.strategy}`).toBeGreaterThan(20);
      }
    }
  });

  it('tracks every technique with at least one outcome measure the library knows (from the instrument registry)', () => {
    const instrumentIds = instruments.map((d) => d.id as string);
    for (const t of all) {
      expect(
        t.measures.some((m) => m.role === 'outcome'),
        t.id,
      ).toBe(true);
      for (const m of t.measures) {
        expect(instrumentIds, t.id).toContain(m.instrument);
        expect(MEASURE_ROLES, t.id).toContain(m.role);
        expect(m.when.length, t.id).toBeGreaterThan(0);
      }
      const ids = t.measures.map((m) => m.instrument);
      expect(new Set(ids).size, t.id).toBe(ids.length);
    }
  });
});

describe('protocols', () => {
  it('have unique ids namespaced by their technique', () => {
    const ids = protocols.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of protocols) expect(p.id).toMatch(new RegExp(`^${p.technique}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it('stay inside their technique: phases, delivery, indications and contraindications', () => {
    for (const t of all) {
      for (const p of t.protocols) {
        expect(p.phases.length, p.id).toBeGreaterThan(0);
        expect(subset(p.phases, t.phases), `${p.id} phases`).toBe(true);
        expect(p.delivery.length, p.id).toBeGreaterThan(0);
        expect(subset(p.delivery, t.deliveryModes), `${p.id} delivery`).toBe(true);
        expect(subset(p.indications, t.indications), `${p.id} indications`).toBe(true);
        expect(subset(p.contraindications, t.contraindications), `${p.id} contraindications`).toBe(true);
        expect(subset(p.suitedStrategies, ATTACHMENT_STRATEGIES), `${p.id} strategies`).toBe(true);
        expect(p.steps.length, p.id).toBeGreaterThan(0);
        expect(p.aim.length, p.id).toBeGreaterThan(0);
        expect(p.duration.length, p.id).toBeGreaterThan(0);
      }
    }
  });

  it('list contraindications to screen whenever they require screening', () => {
    for (const p of protocols) if (p.requiresScreening) expect(p.contraindications.length, p.id).toBeGreaterThan(0);
  });

  it('keep imagery rescripting, Ideal Parent Figures, limited reparenting and the AAI-inspired reflection therapist-only', () => {
    // The brief names these as therapist-delivered only (§0 point 3); self-guided use must be impossible.
    for (const p of protocols.filter((x) => /imagery-rescripting|ideal-parent|limited-reparenting|aai-informed/.test(x.id))) {
      expect(p.delivery, p.id).toEqual(['therapist']);
    }
  });

  it('state their own evidence, honestly levelled and cited', () => {
    for (const p of protocols) {
      expect(EVIDENCE_LEVELS, p.id).toContain(p.evidence.level);
      expect(p.evidence.statement.length, p.id).toBeGreaterThan(20);
      expect(p.evidence.citations.length, p.id).toBeGreaterThan(0);
    }
    // The bundle is not trial-tested: no technique may rest only on trials and meta-analyses.
    for (const t of all) {
      expect(
        t.protocols.some((p: TechniqueProtocol) => !['meta-analysis', 'trial'].includes(p.evidence.level)),
        t.id,
      ).toBe(true);
    }
  });
});

describe('citations', () => {
  it('have text, a verification mark, and well-formed DOIs and URLs', () => {
    const everything: readonly SourcedCitation[] = [...Object.values(SOURCES), ...all.flatMap(citationsOf)];
    for (const c of everything) {
      expect(c.text.length).toBeGreaterThan(20);
      expect(VERIFICATION_LEVELS).toContain(c.verification);
      if (c.doi !== undefined) expect(c.doi, c.text).toMatch(/^10\.\d{4,9}\/\S+$/);
      if (c.url !== undefined) expect(c.url, c.text).toMatch(/^https:\/\//);
    }
  });

  it('come from the shared source list, so each source is written once', () => {
    const known = new Set<SourcedCitation>(Object.values(SOURCES));
    for (const t of all) for (const c of citationsOf(t)) expect(known.has(c), c.text).toBe(true);
  });

  it('lists each technique’s sources (for the report)', () => {
    const keyOf = new Map<SourcedCitation, string>(Object.entries(SOURCES).map(([k, v]) => [v, k]));
    const used = Object.fromEntries(all.map((t) => [t.id, [...new Set(citationsOf(t).map((c) => keyOf.get(c)))].sort()]));
    console.info('sources per technique:', JSON.stringify(used));
    for (const t of all) expect(used[t.id]?.length, t.id).toBeGreaterThan(0);
  });
});

describe('screening questions', () => {
  it('cover every contraindication, keyed by it', () => {
    expect(Object.keys(SCREENING_QUESTIONS).sort()).toEqual([...CONTRAINDICATIONS].sort());
    for (const [key, q] of Object.entries(SCREENING_QUESTIONS)) expect(q.contraindication).toBe(key);
  });

  it('are plain yes/no questions at US grade 8 or below', () => {
    for (const q of Object.values(SCREENING_QUESTIONS)) {
      expect(q.question).toMatch(/\?$/);
      expect(readability.fleschKincaidGrade(q.question), q.question).toBeLessThanOrEqual(8);
    }
  });
});

describe('doc examples', () => {
  it('hold as written in the TSDoc of the technique files', async () => {
    const mod = await import('../../src/techniques/index.js');
    expect(mod.THERAPY_PHASES.includes('stabilisation')).toBe(true);
    expect(mod.TECHNIQUE_EVIDENCE_DISCLAIMER.startsWith('The five techniques')).toBe(true);
    expect(mod.SOURCES.flueckiger2018.doi).toBe('10.1037/pst0000172');
    expect(mod.SCREENING_QUESTIONS['substance-intoxication'].question).toBe('Have you had alcohol or drugs in the last few hours?');
    expect(mod.explore.protocols.find((p: TechniqueProtocol) => p.id === 'explore.aai-informed-reflection')?.delivery).toEqual(['therapist']);
    expect(mod.corrective.measures.map((m) => m.instrument)).toEqual(['wai-sr', 'ecr-r']);
    expect(mod.regulate.protocols.filter((p: TechniqueProtocol) => p.delivery.includes('self')).length).toBe(6);
    expect(mod.regulate.protocols.find((p: TechniqueProtocol) => p.id === 'regulate.paced-breathing')?.delivery).toEqual(['self']);
    expect(mod.reparent.protocols.find((p: TechniqueProtocol) => p.id === 'reparent.imagery-rescripting')?.evidence.level).toBe('meta-analysis');
    expect(mod.mindful.protocols.find((p: TechniqueProtocol) => p.id === 'mindful.msc-programme')?.delivery).toEqual(['therapist']);
    expect(mod.techniques.find((t) => t.id === 'regulate')?.protocols[0]?.id).toBe('regulate.affect-labeling');
  });
});
