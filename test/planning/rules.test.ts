import { describe, expect, it } from 'vitest';
import { instruments } from '../../src/instruments/registry.js';
import { TECHNIQUE_IDS } from '../../src/model/technique.js';
import {
  type AttachmentProfile,
  MEASUREMENT_RULES,
  PHASE_GUIDES,
  PLANNING_RULES,
  type PlanningRule,
  type RuleCondition,
  type RuleEffect,
  SAFETY_ACTIONS,
} from '../../src/planning/index.js';
import { DEFAULT_ATTACHMENT_MEASURE } from '../../src/planning/phases.js';
import { techniques } from '../../src/techniques/protocols/registry.js';
import { THERAPY_PHASES } from '../../src/techniques/types.js';

const rules: readonly PlanningRule[] = PLANNING_RULES;
const effects = (kind: RuleEffect['kind']) => rules.flatMap((r) => r.effects.filter((e) => e.kind === kind).map((e) => ({ rule: r.id, e })));
const protocolIds = new Set<string>(techniques.flatMap((t) => t.protocols.map((p) => p.id)));
const ruleById = (id: string) => rules.find((r) => r.id === id) as PlanningRule;
/** A published source: an author and a year, a DOI, a URL or an ISBN; or a plain note that a default is securebase's own. */
const CITES_SOURCE = /\b(19|20)\d\d\b|doi:10\.|https:\/\/|securebase’s own/;
/** Our internal working notes must never be cited where a user can see it. */
const WORKING_NOTES = /clinical brief|Brief ✅|§|✅|◐|⚠/i;

describe('the planning tables are data that can be checked', () => {
  it('every rule has a unique id, a plain description and a published source, never our working notes', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
      expect(r.description.length).toBeGreaterThan(30);
      expect(r.source, r.id).toMatch(CITES_SOURCE);
    }
    const texts = [
      ...rules.flatMap((r) => [r.id, r.description, r.source, JSON.stringify(r.effects)]),
      ...SAFETY_ACTIONS.flatMap((a) => [a.source, a.detail, a.title]),
      ...MEASUREMENT_RULES.flatMap((m) => [m.source, m.reason]),
      ...PHASE_GUIDES.flatMap((p) => [p.source, ...p.goals, p.typicalLength]),
    ];
    for (const a of SAFETY_ACTIONS) expect(a.source, a.id).toMatch(CITES_SOURCE);
    for (const m of MEASUREMENT_RULES) expect(m.source, m.id).toMatch(CITES_SOURCE);
    for (const p of PHASE_GUIDES) expect(p.source, p.phase).toMatch(CITES_SOURCE);
    for (const t of texts) expect(t).not.toMatch(WORKING_NOTES);
  });

  it('every safety action a rule adds exists, and the table starts with the safety plan and crisis resources', () => {
    const actions = new Set<string>(SAFETY_ACTIONS.map((a) => a.id));
    expect(new Set(actions).size).toBe(SAFETY_ACTIONS.length);
    for (const { e } of effects('safety-action')) expect(actions.has((e as { action: string }).action)).toBe(true);
    expect(SAFETY_ACTIONS.slice(0, 2).map((a) => a.id)).toEqual(['safety-plan', 'crisis-resources']);
  });

  it('every protocol a rule names exists in the technique protocols', () => {
    const named = rules.flatMap((r) =>
      r.effects.flatMap((e) =>
        e.kind === 'prioritise' || e.kind === 'introduce-carefully' || e.kind === 'defer' ? e.protocols : e.kind === 'withhold' ? (e.protocols ?? []) : [],
      ),
    );
    expect(named.length).toBeGreaterThan(20);
    for (const p of named) expect(protocolIds.has(p), p).toBe(true);
  });

  it('every technique order is a permutation of the five techniques', () => {
    for (const { e } of effects('technique-order')) expect(e.kind === 'technique-order' && [...e.order].sort()).toEqual([...TECHNIQUE_IDS].sort());
  });

  it('every measured instrument is one the library scores', () => {
    const known = new Set(instruments.map((d) => d.id));
    expect(known.has(DEFAULT_ATTACHMENT_MEASURE)).toBe(true);
    for (const m of MEASUREMENT_RULES) if (m.instrument !== 'attachment') expect(known.has(m.instrument), m.instrument).toBe(true);
  });

  it('the phase guide follows the four therapy phases in order', () => {
    expect(PHASE_GUIDES.map((p) => p.phase)).toEqual([...THERAPY_PHASES]);
  });

  it('exactly one profile rule shapes each attachment profile, each with an order and an adaptation', () => {
    const profiles: AttachmentProfile[] = ['security-based', 'hyperactivating', 'deactivating', 'disorganised', 'not-assessed'];
    for (const p of profiles) {
      const shaping = rules.filter((r) => r.effects.some((e) => e.kind === 'plan-as' && e.profile === p));
      expect(shaping).toHaveLength(1);
      const kinds = shaping[0]?.effects.map((e) => e.kind);
      expect(kinds).toContain('technique-order');
      expect(kinds).toContain('adaptation');
    }
  });

  it('encodes the brief: regulation early for high anxiety; stabilisation first for fearful; safety first on any positive risk', () => {
    const hyper = ruleById('profile.hyperactivating').effects.find((e) => e.kind === 'technique-order');
    expect(hyper?.kind === 'technique-order' && hyper.order[0]).toBe('regulate');
    const fearful = ruleById('profile.disorganised');
    expect(fearful.effects).toContainEqual({ kind: 'stabilisation-sessions', sessions: 8 });
    expect(fearful.effects.some((e) => e.kind === 'withhold' && e.focus?.includes('imagery') && e.focus.includes('memory'))).toBe(true);
    const risk = ruleById('risk.positive.safety-first');
    expect(risk.when).toEqual({ kind: 'risk', status: 'positive' } satisfies RuleCondition);
    expect(risk.effects[0]).toEqual({ kind: 'safety-first' });
    const gate = ruleById('risk.positive.withhold-intensive').effects.find((e) => e.kind === 'withhold');
    expect(gate?.kind === 'withhold' && [...(gate.focus ?? [])].sort()).toEqual(['body', 'imagery', 'memory']);
    const dissoc = ruleById('contra.dissociation-psychosis');
    expect(dissoc.when).toEqual({ kind: 'contraindication', any: ['severe-dissociation', 'psychosis'] });
  });
});
