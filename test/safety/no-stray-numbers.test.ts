// Issue 14.1: every client-facing string of every script, plan and flag, for random regions,
// names no phone number that did not come from safety/ data for the region asked (and none at all
// without a region or for a region with no sourced data). Numbers are found as runs of three or more
// digits (groups joined by spaces or hyphens), after setting aside what is not a phone number:
// citations (DOIs, URLs, years, page ranges), ISO dates, a printed 0-to-10 rating scale, and the
// name of the 5-4-3-2-1 exercise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCRIPT_VARIANTS } from '../../src/exercises/types.js';
import {
  crisisResources,
  exerciseScripts,
  type InstrumentDefinition,
  instruments,
  personalize,
  planTreatment,
  regionResources,
  renderMarkdown,
  renderSsml,
  renderText,
} from '../../src/index.js';
import { formulation } from '../planning/_arbitraries.js';

const SHIPPED = regionResources.map((r) => r.region);
/** A region with data, a well-formed code with none, or no region at all. */
const region = fc.oneof(fc.constantFrom(...SHIPPED), fc.constantFrom('ZZ', 'XK', 'IT', 'JP'), fc.constant(undefined));

const digits = (s: string) => s.replace(/\D/g, '');
function phoneTokens(text: string): string[] {
  const cleaned = text.replace(
    /\b0(?:[ \t]+\d{1,2}){3,}\b|doi:\S+|10\.\d{4,}\/\S+|https?:\/\/\S+|\b\d{4}-\d\d-\d\d\b|(?<!\d[ -])\b(19|20)\d\d[a-z]?\b(?![ -]\d)|\d+[–:]\d+|\b5-4-3-2-1\b/g,
    ' ',
  );
  return [...cleaned.matchAll(/(?<![\w.:/-])\+?\d[\d -]*\d(?![\w.%/-]*\w)|(?<![\w.:/-])\d(?![\w.%/-]*\w)/g)]
    .map((m) => digits(m[0]))
    .filter((d) => d.length >= 3);
}
/** The numbers the region's safety data gives (none without a region). */
function allowed(r: string | undefined): Set<string> {
  const res = r === undefined ? undefined : crisisResources(r);
  return new Set((res?.contacts ?? []).flatMap((c) => [c.phone, c.text?.number].filter((x): x is string => x !== undefined).map(digits)));
}
/** Every string in a value, skipping the fields that hold published sources for clinicians. */
function strings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'source' || k === 'sources' || k === 'citations' || k === 'evidence' ? [] : strings(v, k)));
  return [];
}
function strays(texts: readonly string[], r: string | undefined): string[] {
  const ok = allowed(r);
  return texts.flatMap((t) =>
    phoneTokens(t)
      .filter((d) => !ok.has(d))
      .map((d) => `${d} in "${t.slice(0, 120)}"`),
  );
}

describe('no phone number without its region (scripts, plans, flags)', () => {
  it("the check finds numbers: a region's own numbers pass, another region's do not", () => {
    const gb = crisisResources('GB');
    const line = gb?.contacts.find((c) => c.kind === 'crisis');
    expect(line?.phone).toBeDefined();
    const text = `Call ${line?.phone} now.`;
    expect(strays([text], 'GB')).toEqual([]);
    expect(strays([text], undefined)).toHaveLength(1);
    expect(strays(['Call 988 or text 741741.'], 'GB')).toHaveLength(2);
    expect(strays(['Rate it: 0 1 2 3 4 5 6 7 8 9 10'], undefined)).toEqual([]);
    expect(strays(['Kroenke et al. 2001, doi:10.1046/j.1525-1497.2001.016009606.x, pages 606–613, checked 2026-12-06.'], undefined)).toEqual([]);
  });

  it('property: every personalised script, in every variant and renderer, for a random region', () => {
    fc.assert(
      fc.property(fc.constantFrom(...exerciseScripts), fc.constantFrom(...SCRIPT_VARIANTS), region, (script, variant, r) => {
        const p = personalize(script, { variant, ...(r === undefined ? {} : { region: r }) });
        const texts = [...strings({ ...p, crisisHelp: { text: p.crisisHelp.text } }), renderText(p), renderMarkdown(p), renderSsml(p)];
        expect(strays(texts, r)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: every plan, for a random formulation and region', () => {
    fc.assert(
      fc.property(formulation, region, (f, r) => {
        const plan = planTreatment(f, r === undefined ? undefined : { region: r });
        expect(strays(strings(plan), r)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('every flag of every instrument names no number at all (messages for the clinician and the person)', () => {
    const texts = (instruments as readonly InstrumentDefinition[]).flatMap((d) => (d.flags ?? []).flatMap((f) => [f.message, f.clientMessage]));
    expect(texts.length).toBeGreaterThan(0);
    expect(strays(texts, undefined)).toEqual([]);
  });
});
