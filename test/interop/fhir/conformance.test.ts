/**
 * Every FHIR file in ../shared/conformance/fhir (LHC-Forms, HL7 SDC, HL7 PHR IG, Stanford
 * ResearchKitOnFHIR / Spezi, fhirpath.js fixtures; see PROVENANCE.tsv there) is read here. Expected
 * totals are computed in this file from each file's own weights (or, for bare LOINC answer codes,
 * from LOINC answer list LL358-3 typed below), independently of src/interop/fhir.
 */
import fc from 'fast-check';
import fhirpath from 'fhirpath';
import r5model from 'fhirpath/fhir-context/r5';
import { afterAll, describe, expect, it } from 'vitest';
import { gad7 } from '../../../src/instruments/gad-7.js';
import { phq9 } from '../../../src/instruments/phq-9.js';
import { type FhirIssue, fromQuestionnaireResponse } from '../../../src/interop/fhir/index.js';
import type { SafeResult } from '../../../src/model/issue.js';
import { defineInstrument } from '../../../src/scoring/check.js';
import { score } from '../../../src/scoring/score.js';
import type { InstrumentDefinition } from '../../../src/scoring/types.js';
import { evalFhirpath } from './_helpers.js';
import { FHIR_DIR, readJson, readShared, sharedFiles, skipShared } from './_shared.js';

// biome-ignore lint/suspicious/noExplicitAny: loose reads of third-party JSON in tests
type Json = Record<string, any>;
const LOINC = 'http://loinc.org';
/** LOINC answer list LL358-3 (instruments.md §10), typed here as the independent key. */
const LL358_3: Record<string, number> = { 'LA6568-5': 0, 'LA6569-3': 1, 'LA6570-1': 2, 'LA6571-9': 3 };
const PHQ_ITEM_CODES = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'];
const GAD_ITEM_CODES = ['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7'];
const SDC_LINKS = Object.fromEntries([...PHQ_ITEM_CODES.map((_, i) => [`H1/T1/Q${i + 1}`, `phq9-${i + 1}`]), ['H1/TS', 'total']]);

/** What each file gave, printed at the end for the report. */
const summary: string[] = [];
const note = (file: string, text: string) => summary.push(`${file}: ${text}`);
afterAll(() => {
  if (summary.length) console.log(`FHIR conformance (${FHIR_DIR}):\n- ${summary.join('\n- ')}`);
});

function ok<T>(r: SafeResult<T, FhirIssue>): T {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}
const total = (def: InstrumentDefinition, responses: object) => score(def, responses as never).scales.total?.value;
const ordinalOf = (node: Json | undefined): number | undefined =>
  node?.extension?.find((e: Json) => e.url === 'http://hl7.org/fhir/StructureDefinition/ordinalValue')?.valueDecimal;

const JSON_HANDLED = new Set<string>();
const FSH_HANDLED = new Set<string>();
const handles = (set: Set<string>, ...files: string[]) => {
  for (const f of files) set.add(f);
};

// Without ../shared (a user's clone) the files cannot even be listed: register one skipped test
// that says why (and _helpers prints it). With CI set, skipShared is false and a missing folder fails.
if (skipShared) it.skip(`FHIR conformance files: ${FHIR_DIR} not found`, () => {});
else
  describe('FHIR conformance files', () => {
    it('every JSON and FSH file in the folder has a test below (new files cannot be missed)', () => {
      expect(sharedFiles('.json').filter((f) => !JSON_HANDLED.has(f))).toEqual([]);
      expect(sharedFiles('.fsh').filter((f) => !FSH_HANDLED.has(f))).toEqual([]);
      expect(sharedFiles('.json').length).toBeGreaterThanOrEqual(12);
    });

    // --- LHC-Forms PHQ-9 Questionnaires: flat items, linkId "/<LOINC>", answerOption ordinalValue ---
    const lforms = ['lforms-R4-phq9.json', 'lforms-R4-phq9-weight-function.json', 'lforms-fhir-app-R4-phq9.json'];
    handles(JSON_HANDLED, ...lforms);
    describe.each(lforms)('%s', (file) => {
      const q = readJson(file) as Json;
      /** Independent reading: item code -> (answer code -> ordinalValue) straight from the file. */
      const weights = new Map<string, Map<string, number | undefined>>();
      for (const it of q.item as Json[]) {
        if (!it.answerOption) continue;
        weights.set(it.code[0].code, new Map(it.answerOption.map((o: Json) => [o.valueCoding.code, ordinalOf(o)])));
      }
      const choiceItems = (q.item as Json[]).filter((i) => i.answerOption && PHQ_ITEM_CODES.includes(i.code[0].code));

      it('holds LL358-3 weights 0-3 on items 1-9, none on item 10 (69722-7)', () => {
        expect(choiceItems.map((i) => i.code[0].code)).toEqual(PHQ_ITEM_CODES);
        for (const c of PHQ_ITEM_CODES) expect(Object.fromEntries(weights.get(c) ?? [])).toEqual(LL358_3);
        expect([...(weights.get('69722-7')?.values() ?? [])]).toEqual([undefined, undefined, undefined, undefined]);
      });

      it('random responses import with the Questionnaire, and without it, to the file-weight sum', () => {
        fc.assert(
          fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }), fc.integer({ min: 0, max: 3 }), (picks, p10) => {
            const item10 = (q.item as Json[]).find((i) => i.linkId === '/69722-7') as Json;
            const items = [...choiceItems.map((it, i) => ({ linkId: it.linkId, answer: [{ valueCoding: it.answerOption[picks[i] as number].valueCoding }] }))];
            items.push({ linkId: item10.linkId, answer: [{ valueCoding: item10.answerOption[p10].valueCoding }] });
            const expected = choiceItems.reduce((s, it, i) => s + (ordinalOf(it.answerOption[picks[i] as number]) as number), 0);
            const qr = { resourceType: 'QuestionnaireResponse', status: 'completed', item: items };
            const withQ = ok(fromQuestionnaireResponse(phq9, qr, { questionnaire: q }));
            expect(total(phq9, withQ.responses)).toBe(expected);
            // Item 10 has no weight in the file: its score comes from the definition's answer codes (0-3 in LOINC order of meaning).
            expect(withQ.responses['phq9-10']).toBe(p10);
            const withoutQ = ok(fromQuestionnaireResponse(phq9, qr));
            expect(withoutQ.responses).toEqual(withQ.responses);
          }),
          { numRuns: 40 },
        );
        // lforms-fhir-app's answer codings carry no system: matched by code alone, with warnings.
        const noSystem = choiceItems.every((it) => it.answerOption.every((o: Json) => o.valueCoding.system === undefined));
        const qr = {
          resourceType: 'QuestionnaireResponse',
          status: 'completed',
          item: choiceItems.map((it) => ({ linkId: it.linkId, answer: [{ valueCoding: it.answerOption[1].valueCoding }] })),
        };
        const v = ok(fromQuestionnaireResponse(phq9, qr));
        expect(v.warnings.every((w) => w.code === 'no_system')).toBe(true);
        expect(v.warnings.length).toBe(noSystem ? 9 : 0);
        note(
          file,
          `Questionnaire, weights read from answerOption ordinalValue (items 1-9 = 0-3, item 10 none: scored from the definition's LOINC codes); random responses import to the file-weight sum with and without the Questionnaire${noSystem ? '; its codings have no system, so without the Questionnaire they match by code alone with 9 no_system warnings' : ''}.`,
        );
      });

      it('a stored /44261-6 total is checked against the recomputed one', () => {
        const items: Json[] = choiceItems.map((it) => ({ linkId: it.linkId, answer: [{ valueCoding: it.answerOption[3].valueCoding }] }));
        items.push({ linkId: '/44261-6', answer: [{ valueDecimal: 26 }] });
        const v = ok(fromQuestionnaireResponse(phq9, { resourceType: 'QuestionnaireResponse', status: 'completed', item: items }, { questionnaire: q }));
        expect(total(phq9, v.responses)).toBe(27);
        expect(v.warnings).toMatchObject([{ code: 'total_mismatch', linkId: '/44261-6' }]);
      });

      if (file === 'lforms-R4-phq9-weight-function.json') {
        it("the file's own weight().sum() expression (fhirpath.js) agrees with our total on flat responses", () => {
          const expr = (q.item as Json[]).find((i) => i.linkId === '/44261-6')?.extension.find((e: Json) => e.url.endsWith('calculatedExpression'))
            .valueExpression.expression;
          expect(expr).toContain('weight().sum()');
          fc.assert(
            fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }), (picks) => {
              const qr = {
                resourceType: 'QuestionnaireResponse',
                status: 'completed',
                item: choiceItems.map((it, i) => ({ linkId: it.linkId, answer: [{ valueCoding: it.answerOption[picks[i] as number].valueCoding }] })),
              };
              const ours = total(phq9, ok(fromQuestionnaireResponse(phq9, qr, { questionnaire: q })).responses);
              expect(evalFhirpath(expr, qr, q)).toEqual([ours]);
            }),
            { numRuns: 20 },
          );
        });
      }
    });

    // --- LHC-Forms Argonaut-style PHQ-9: nested groups, weights in a contained ValueSet expansion ---
    handles(JSON_HANDLED, 'lforms-R4-argonaut-phq9-ish.json');
    describe('lforms-R4-argonaut-phq9-ish.json', () => {
      const q = readJson('lforms-R4-argonaut-phq9-ish.json') as Json;
      const vs = (q.contained as Json[]).find((r) => r.id === 'PHQ-9') as Json;
      const vsWeights = new Map<string, number>(vs.expansion.contains.map((c: Json) => [c.code, ordinalOf(c)]));
      const g1 = (q.item as Json[]).find((i) => i.linkId === 'g1') as Json;
      const questions = (g1.item as Json[]).filter((i) => i.type === 'choice');

      it('nested responses import; q1-q8 use "#PHQ-9", q9 the ValueSet URL; totals equal the ValueSet-weight sum', () => {
        expect(Object.fromEntries(vsWeights)).toEqual(LL358_3);
        expect(questions.map((i) => i.code[0].code)).toEqual(PHQ_ITEM_CODES);
        const codes = vs.expansion.contains.map((c: Json) => c.code) as string[];
        fc.assert(
          fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }), (picks) => {
            const qr = {
              resourceType: 'QuestionnaireResponse',
              status: 'completed',
              item: [
                {
                  linkId: 'g1',
                  item: questions.map((it, i) => ({ linkId: it.linkId, answer: [{ valueCoding: { system: LOINC, code: codes[picks[i] as number] } }] })),
                },
                { linkId: 'g2', item: [{ linkId: 'g2.q1', answer: [{ valueCoding: { system: LOINC, code: 'LA6574-3' } }] }] },
              ],
            };
            const v = ok(fromQuestionnaireResponse(phq9, qr, { questionnaire: q }));
            expect(total(phq9, v.responses)).toBe(picks.reduce((s, p) => s + (vsWeights.get(codes[p] as string) as number), 0));
            expect(v.responses['phq9-10']).toBe(3);
          }),
          { numRuns: 40 },
        );
        note(
          'lforms-R4-argonaut-phq9-ish.json',
          'Questionnaire, nested groups g1/g2, weights from the contained ValueSet PHQ-9 expansion (q9 references it by URL); random nested responses import to the ValueSet-weight sum; item 10 (g2.q1, no weights in ValueSet PHQ-10) scored from LOINC codes.',
        );
      });
    });

    // --- HL7 SDC PHQ-9 example as JSON (ResearchKitOnFHIR copy): linkIds H1/T1/Qn, no item codes ---
    handles(
      JSON_HANDLED,
      'researchkitonfhir-PHQ-9.json',
      'spezi-PHQ9_response_rkof.json',
      'spezi-PHQ9_response_spezi.json',
      'hl7-sdc-questionnaireresponse-example-PHQ9.json',
    );
    describe('HL7 SDC PHQ-9 (researchkitonfhir-PHQ-9.json) and its responses', () => {
      const q = readJson('researchkitonfhir-PHQ-9.json') as Json;
      const vs = (q.contained as Json[]).find((r) => r.id === 'VSPHQ9') as Json;
      const vsWeights = new Map<string, number>(vs.compose.include[0].concept.map((c: Json) => [c.code, ordinalOf(c)]));
      const handSum = (qr: Json): number => {
        let s = 0;
        const walk = (items: Json[] = []) => {
          for (const it of items) {
            if (/^H1\/T1\/Q\d$/.test(it.linkId)) s += vsWeights.get(it.answer[0].valueCoding.code) as number;
            walk(it.item);
          }
        };
        walk(qr.item);
        return s;
      };

      it('the contained ValueSet VSPHQ9 weighs Not-at-all 0 ... Nearly every day 3; without a linkId map H1/T1/Q1 is unknown', () => {
        expect([...vsWeights.values()]).toEqual([0, 1, 2, 3]);
        const qr = readJson('spezi-PHQ9_response_spezi.json');
        const r = fromQuestionnaireResponse(phq9, qr, { questionnaire: q });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'unknown_link_id', linkId: 'H1/T1/Q1' });
        note(
          'researchkitonfhir-PHQ-9.json',
          'Questionnaire (HL7 SDC 3.0.0 example without H1/TS), weights from contained ValueSet VSPHQ9 compose ordinalValue 0-3; its linkIds carry no LOINC code, so imports need options.linkIds (H1/T1/Qn -> phq9-n).',
        );
      });

      it.each(['spezi-PHQ9_response_rkof.json', 'spezi-PHQ9_response_spezi.json'])('%s: flat, all "Nearly every day": 27 and the item 9 flag', (file) => {
        const qr = readJson(file);
        const v = ok(fromQuestionnaireResponse(phq9, qr, { questionnaire: q, linkIds: SDC_LINKS }));
        const r = score(phq9, v.responses);
        expect(r.scales.total.value).toBe(handSum(qr));
        expect(r.scales.total.value).toBe(27);
        expect(r.flags.map((f) => f.id)).toEqual(['phq9-item9']);
        expect(v.warnings).toEqual([]);
        // Same result from HL7's CodeSystem CSPHQ9 itemWeight property (parsed from its FSH below), without the Questionnaire.
        const w = ok(fromQuestionnaireResponse(phq9, qr, { terminology: [csphq9()], linkIds: SDC_LINKS }));
        expect(w.responses).toEqual(v.responses);
        note(
          file,
          'QuestionnaireResponse, flat, 9 x "Nearly every day" (CSPHQ9): total 27 (hand sum 27), flag phq9-item9, no warnings; same via CodeSystem CSPHQ9 itemWeight without the Questionnaire.',
        );
      });

      it('hl7-sdc-questionnaireresponse-example-PHQ9.json: nested; total 10, stored H1/TS 13 reported as total_mismatch', () => {
        const qr = readJson('hl7-sdc-questionnaireresponse-example-PHQ9.json') as Json;
        const stored = (qr.item as Json[]).find((i) => i.linkId === 'H1/TS')?.answer[0].valueQuantity.value;
        expect(stored).toBe(13);
        expect(handSum(qr)).toBe(10);
        const v = ok(fromQuestionnaireResponse(phq9, qr, { questionnaire: q, linkIds: SDC_LINKS }));
        expect(score(phq9, v.responses).scales.total.value).toBe(10);
        expect(v.reported).toEqual({ total: 13 });
        expect(v.warnings).toHaveLength(1);
        expect(v.warnings[0]).toMatchObject({ code: 'total_mismatch', linkId: 'H1/TS', item: 'total' });
        // HL7's published expression only looks at top-level items, so it misses these nested answers (peers.md §1).
        const published = "%resource.item.where(linkId!='H1/TS').answer.value.weight().sum()";
        expect(evalFhirpath(published, qr, q)).not.toEqual([10]);
        note(
          'hl7-sdc-questionnaireresponse-example-PHQ9.json',
          `QuestionnaireResponse, nested under H1/T1: total 10 (hand sum 10); warning total_mismatch: "${v.warnings[0]?.message}"; HL7's own expression gives ${JSON.stringify(evalFhirpath(published, qr, q))} on it.`,
        );
      });
    });

    // --- ResearchKitOnFHIR GAD-7: UUID linkIds, contained ValueSet VSGAD7 ---
    handles(JSON_HANDLED, 'researchkitonfhir-GAD-7.json');
    it('researchkitonfhir-GAD-7.json: UUID linkIds mapped by printed order; weights from VSGAD7', () => {
      const q = readJson('researchkitonfhir-GAD-7.json') as Json;
      const vs = (q.contained as Json[])[0] as Json;
      const include = vs.compose.include[0];
      const weights = include.concept.map((c: Json) => ordinalOf(c)) as number[];
      expect(weights).toEqual([0, 1, 2, 3]);
      const questions = q.item[0].item as Json[];
      expect(questions).toHaveLength(7);
      // The file's item texts are GAD-7 items 1-7 in order (first words checked against ours).
      questions.forEach((it, i) => expect(it.text.slice(0, 8).toLowerCase()).toBe((gad7.items[i]?.text ?? '').slice(0, 8).toLowerCase()));
      const linkIds = Object.fromEntries(questions.map((it, i) => [it.linkId, `gad7-${i + 1}`]));
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }), (picks) => {
          const qr = {
            resourceType: 'QuestionnaireResponse',
            status: 'completed',
            item: [
              {
                linkId: q.item[0].linkId,
                item: questions.map((it, i) => ({
                  linkId: it.linkId,
                  answer: [{ valueCoding: { system: include.system, code: include.concept[picks[i] as number].code } }],
                })),
              },
            ],
          };
          const v = ok(fromQuestionnaireResponse(gad7, qr, { questionnaire: q, linkIds }));
          expect(total(gad7, v.responses)).toBe(picks.reduce((s, p) => s + (weights[p] as number), 0));
        }),
        { numRuns: 40 },
      );
      note(
        'researchkitonfhir-GAD-7.json',
        'Questionnaire, GAD-7 with UUID linkIds (mapped by printed order via options.linkIds), weights from contained ValueSet VSGAD7 (CSGAD7 codes, ordinalValue 0-3); random nested responses import to the ValueSet-weight sum. No calculatedExpression, no LOINC codes.',
      );
    });

    // --- fhirpath.js weight() fixtures: every place a score can live ---
    handles(
      JSON_HANDLED,
      'fhirpathjs-r4-questionnaire-R4.json',
      'fhirpathjs-r4-questionnaire-response-R4.json',
      'fhirpathjs-r5-questionnaire-R5.json',
      'fhirpathjs-r5-questionnaire-response-R5.json',
    );
    describe.each([
      // Hand reading of each pair (see the item texts in the Questionnaire):
      //  1.1.1 response-embedded 1, but the contained ValueSet says 2 (R4); in R5 the ValueSet entry's system is "some-system-1", not the coding's "http://some-system-1", so only 1.
      //  1.1.2 ValueSet 10; 1.1.3 answerOption 200; 1.1.4 string answerOption 2000; 1.1.5 CodeSystem contained in the Questionnaire 30000;
      //  1.1.6 CodeSystem contained in the response 400000; 1.1.7 embedded 60000000 vs answerOption 70000000; 1.1.8 answerOption 5000000.
      ['r4', 'fhirpathjs-r4-questionnaire-R4.json', 'fhirpathjs-r4-questionnaire-response-R4.json', ['link-1.1.1', 'link-1.1.7'], { 'link-1.1.1': undefined }],
      ['r5', 'fhirpathjs-r5-questionnaire-R5.json', 'fhirpathjs-r5-questionnaire-response-R5.json', ['link-1.1.7'], { 'link-1.1.1': 1 }],
    ] as const)('fhirpath.js %s weight fixtures', (release, qFile, qrFile, conflicts, extra) => {
      const q = readJson(qFile);
      const qr = readJson(qrFile);
      const ids = ['link-1.1.1', 'link-1.1.2', 'link-1.1.3', 'link-1.1.4', 'link-1.1.5', 'link-1.1.6', 'link-1.1.7', 'link-1.1.8'];
      const fixture = (items: readonly string[]): InstrumentDefinition =>
        defineInstrument({
          id: 'fhirpathjs-fixture',
          name: 'fhirpath.js weight fixture',
          version: '1',
          citations: [{ text: 'HL7/fhirpath.js test/resources weight-examples' }],
          licence: { summary: 'test', itemTextIncluded: true },
          responseScales: { default: { min: 0, max: 100_000_000, anchors: [] } },
          items: items.map((id, i) => ({ number: i + 1, id })),
          scales: [{ id: 'sum', label: 'Sum', items: [...items], aggregate: 'sum' }],
        } as InstrumentDefinition);
      const expected: Record<string, number | undefined> = {
        'link-1.1.2': 10,
        'link-1.1.3': 200,
        'link-1.1.4': 2000,
        'link-1.1.5': 30000,
        'link-1.1.6': 400000,
        'link-1.1.8': 5000000,
        ...extra,
      };

      it('stops with weight_conflict exactly where two sources disagree', () => {
        const r = fromQuestionnaireResponse(fixture(ids), qr, { questionnaire: q });
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.issues.map((i) => i.code)).toEqual(conflicts.map(() => 'weight_conflict'));
          expect(r.issues.map((i) => i.linkId)).toEqual([...conflicts]);
        }
      });

      it('finds every other score where the fixture puts it, as fhirpath.js weight() does', () => {
        const rest = ids.filter((id) => !(conflicts as readonly string[]).includes(id));
        const v = ok(fromQuestionnaireResponse(fixture(rest), qr, { questionnaire: q, unknownLinkIds: 'warning' }));
        expect(v.responses).toEqual(Object.fromEntries(rest.map((id) => [id, expected[id]])));
        const model = release === 'r5' ? r5model : undefined;
        for (const id of rest) {
          const got = model
            ? fhirpath.evaluate(qr, `%resource.repeat(item).where(linkId='${id}').answer.value.weight()`, { resource: qr, questionnaire: q } as never, model)
            : evalFhirpath(`%resource.repeat(item).where(linkId='${id}').answer.value.weight()`, qr, q);
          expect(got).toEqual([expected[id]]);
        }
        note(
          qFile,
          `${release.toUpperCase()} Questionnaire fixture: scores found in answerOption (coding, string, integer), contained ValueSet, CodeSystem contained in the Questionnaire and in the response (${release === 'r5' ? 'R5 itemWeight extension/properties' : 'R4 ordinalValue'}); agrees with fhirpath.js weight() on ${rest.length} items.`,
        );
        note(
          qrFile,
          `paired response: ${conflicts.join(' and ')} give weight_conflict issues (the response embeds a score the Questionnaire contradicts; fhirpath.js silently takes the embedded one).`,
        );
      });
    });

    // --- FSH sources (HL7 SDC and HL7 PHR IG): parsed where simple ---
    handles(FSH_HANDLED, 'hl7-sdc-CodeSystemCSPHQ9.fsh');
    it('hl7-sdc-CodeSystemCSPHQ9.fsh: itemWeight 0, 1, 2, 3 (parsed into a CodeSystem used above)', () => {
      const cs = csphq9();
      expect(cs.concept.map((c: Json) => [c.code, c.property[0].valueDecimal])).toEqual([
        ['Not-at-all', 0],
        ['Several-days', 1],
        ['More than half the days', 2],
        ['Nearly every day', 3],
      ]);
      note('hl7-sdc-CodeSystemCSPHQ9.fsh', 'FSH CodeSystem parsed: itemWeight property 0/1/2/3; used as options.terminology for the Spezi responses (27).');
    });

    handles(FSH_HANDLED, 'hl7-phr-QuestionnaireResponse-ScoredAssessment-PHQ9.fsh', 'hl7-phr-QuestionnaireResponse-ScoredAssessment-GAD7.fsh');
    it.each([
      ['hl7-phr-QuestionnaireResponse-ScoredAssessment-PHQ9.fsh', phq9, PHQ_ITEM_CODES],
      ['hl7-phr-QuestionnaireResponse-ScoredAssessment-GAD7.fsh', gad7, GAD_ITEM_CODES],
    ] as const)('%s: LOINC linkIds and answer codes, no Questionnaire needed', (file, def, codes) => {
      const items = phrResponseItems(readShared(file));
      expect(items.map((i) => i.linkId)).toEqual(codes);
      const expected = items.reduce((s, i) => s + (LL358_3[i.code] as number), 0);
      const qr = {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        item: items.map((i) => ({ linkId: i.linkId, answer: [{ valueCoding: { system: LOINC, code: i.code } }] })),
      };
      const v = ok(fromQuestionnaireResponse(def, qr));
      expect(total(def, v.responses)).toBe(expected);
      expect(v.warnings).toEqual([]);
      note(file, `FSH QuestionnaireResponse parsed (${items.length} LOINC-linked answers): total ${expected} (hand sum from LL358-3), no warnings.`);
    });

    handles(FSH_HANDLED, 'hl7-phr-Questionnaire-ScoredAssessment-PHQ9.fsh', 'hl7-phr-Questionnaire-ScoredAssessment-GAD7.fsh');
    it.each([
      ['hl7-phr-Questionnaire-ScoredAssessment-PHQ9.fsh', phq9, PHQ_ITEM_CODES],
      ['hl7-phr-Questionnaire-ScoredAssessment-GAD7.fsh', gad7, GAD_ITEM_CODES],
    ] as const)('%s: every item and answer code is one the definition scores; "asked-declined" reads as missing', (file, def, codes) => {
      const items = phrQuestionnaireItems(readShared(file));
      expect(items.map((i) => i.code)).toEqual(codes);
      const warnings: string[] = [];
      for (const it of items) {
        for (const a of it.answers) {
          const qr = {
            resourceType: 'QuestionnaireResponse',
            status: 'completed',
            item: [{ linkId: it.linkId, answer: [{ valueCoding: { system: a.system, code: a.code } }] }],
          };
          const v = ok(fromQuestionnaireResponse(def, qr));
          const got = Object.values(v.responses)[0];
          if (a.system === LOINC) expect(got).toBe(LL358_3[a.code]);
          else expect(got).toBeNull();
          warnings.push(...v.warnings.map((w) => `${it.linkId} ${a.code}: ${w.code}`));
        }
      }
      const declined = warnings.filter((w) => w.endsWith('declined'));
      expect(declined.length).toBe(items.filter((i) => i.answers.some((a) => a.code === 'asked-declined')).length);
      const variants = warnings.filter((w) => w.endsWith('answer_code_variant'));
      // The PHR GAD-7 uses LA6570-1 for item 2 where LHC-Forms uses LA18938-3: read as 2 with a warning.
      expect(variants).toEqual(def === gad7 ? ['68509-9 LA6570-1: answer_code_variant'] : []);
      note(
        file,
        `FSH Questionnaire parsed (${items.length} items, no weights: scored by the definition's LOINC codes); every answer code maps to LL358-3; ${declined.length} items offer data-absent-reason "asked-declined" (read as missing, warning)${variants.length ? '; item 2 uses LA6570-1 (LHC-Forms uses LA18938-3): read as 2 with warning answer_code_variant' : ''}.`,
      );
    });

    handles(FSH_HANDLED, 'hl7-sdc-questionnaireresponse-sdc-profile-example-PHQ9.fsh');
    it('hl7-sdc-questionnaireresponse-sdc-profile-example-PHQ9.fsh: the JSON transcription carries the same answers and the stored 13', () => {
      const fsh = readShared('hl7-sdc-questionnaireresponse-sdc-profile-example-PHQ9.fsh');
      const codes = [...fsh.matchAll(/answer\.valueCoding = CodeSystemCSPHQ9#("[^"]+"|\S+)/g)].map((m) => (m[1] as string).replace(/"/g, ''));
      const json = readJson('hl7-sdc-questionnaireresponse-example-PHQ9.json') as Json;
      expect(codes).toEqual(json.item[0].item.map((i: Json) => i.answer[0].valueCoding.code));
      expect(/value = 13\b/.test(fsh)).toBe(true);
      note(
        'hl7-sdc-questionnaireresponse-sdc-profile-example-PHQ9.fsh',
        'FSH parsed: same 9 answers as the JSON transcription and stored total 13 (checked above: recomputed 10, total_mismatch).',
      );
    });

    handles(FSH_HANDLED, 'hl7-sdc-adaptive-questionnaireresponse-sdc-example-phq9.fsh');
    it('hl7-sdc-adaptive-questionnaireresponse-sdc-example-phq9.fsh: its ValueSet expansion weighs "Nearly every day" 4, which PHQ-9 cannot score', () => {
      const fsh = readShared('hl7-sdc-adaptive-questionnaireresponse-sdc-example-phq9.fsh');
      const answers = [...fsh.matchAll(/insert itemCoding\("([^"]+)", "(?:[^"\\]|\\.)*", CodeSystemCSPHQ9#("[^"]+"|\S+)/g)].map((m) => ({
        linkId: m[1] as string,
        code: (m[2] as string).replace(/"/g, ''),
      }));
      const contains = [...fsh.matchAll(/insert VSContains\("([^"]+)", #("[^"]+"|\S+), "[^"]*", ([\d.]+)\)/g)].map((m) => ({
        system: m[1] as string,
        code: (m[2] as string).replace(/"/g, ''),
        weight: Number(m[3]),
      }));
      expect(contains.map((c) => c.weight)).toEqual([0, 1, 2, 4]);
      expect(answers).toHaveLength(9);
      const vs = {
        resourceType: 'ValueSet',
        id: 'VSPHQ9',
        status: 'active',
        expansion: {
          timestamp: '2019-08-21T20:36:57.544Z',
          contains: contains.map((c) => ({
            system: c.system,
            code: c.code,
            extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: c.weight }],
          })),
        },
      };
      const cq = {
        resourceType: 'Questionnaire',
        id: 'contained-adaptive-questionnaire-example-phq9',
        status: 'active',
        item: [{ linkId: 'H1/T1', type: 'group', item: answers.map((a) => ({ linkId: a.linkId, type: 'choice', answerValueSet: '#VSPHQ9' })) }],
      };
      const qr = {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: '#contained-adaptive-questionnaire-example-phq9',
        contained: [cq, vs],
        item: [
          {
            linkId: 'H1/T1',
            item: answers.map((a) => ({
              linkId: a.linkId,
              answer: [{ valueCoding: { system: 'http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9', code: a.code } }],
            })),
          },
        ],
      };
      const r = fromQuestionnaireResponse(phq9, qr, { linkIds: SDC_LINKS });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues).toMatchObject([{ code: 'invalid_answer', linkId: 'H1/T1/Q7', item: 'phq9-7' }]);
      // With HL7's CodeSystem as well, the two sources disagree on "Nearly every day" (3 vs 4).
      const c = fromQuestionnaireResponse(phq9, qr, { linkIds: SDC_LINKS, terminology: [csphq9()] });
      expect(c.ok ? [] : c.issues.map((i) => i.code)).toEqual(['weight_conflict']);
      note(
        'hl7-sdc-adaptive-questionnaireresponse-sdc-example-phq9.fsh',
        `FSH parsed into a response with its contained Questionnaire and ValueSet VSPHQ9; that expansion weighs "Nearly every day" 4.0 (CodeSystem CSPHQ9 says 3): import stops with invalid_answer on H1/T1/Q7 ("${r.ok ? '' : r.issues[0]?.message}"); with CSPHQ9 also given, weight_conflict.`,
      );
    });

    handles(FSH_HANDLED, 'hl7-sdc-questionnaire-sdc-profile-example-PHQ9.fsh');
    it('hl7-sdc-questionnaire-sdc-profile-example-PHQ9.fsh: H1/T1/Q1-Q9 and H1/TS = 44261-6 with a top-level-only expression', () => {
      const fsh = readShared('hl7-sdc-questionnaire-sdc-profile-example-PHQ9.fsh');
      const links = [...fsh.matchAll(/linkId = "([^"]+)"/g)].map((m) => m[1]);
      expect(links).toEqual(['H1/T1', ...PHQ_ITEM_CODES.map((_, i) => `H1/T1/Q${i + 1}`), 'H1/TS']);
      expect(fsh).toContain("%resource.item.where(linkId!='H1/TS').answer.value.weight().sum()");
      expect(fsh).toMatch(/linkId = "H1\/TS"\s+\* code = \$loinc#44261-6/);
      // With this Questionnaire's H1/TS code, a stored H1/TS maps to the total without options.linkIds.
      const q = { resourceType: 'Questionnaire', item: [{ linkId: 'H1/TS', type: 'quantity', code: [{ system: LOINC, code: '44261-6' }] }] };
      const v = ok(
        fromQuestionnaireResponse(
          phq9,
          { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'H1/TS', answer: [{ valueQuantity: { value: 13 } }] }] },
          { questionnaire: q },
        ),
      );
      expect(v.reported).toEqual({ total: 13 });
      note(
        'hl7-sdc-questionnaire-sdc-profile-example-PHQ9.fsh',
        'FSH parsed for linkIds and codes only (contains VSPHQ9 from the adaptive file; JSON equivalent is researchkitonfhir-PHQ-9.json plus H1/TS = 44261-6, which maps a stored H1/TS to the total).',
      );
    });

    handles(FSH_HANDLED, 'hl7-sdc-questionnaire-sdc-profile-example-cqf-PHQ9.fsh');
    it('hl7-sdc-questionnaire-sdc-profile-example-cqf-PHQ9.fsh: item codes map to PHQ-9 items; it has no item 9 and codes "Difficulty" 44256-6', () => {
      const fsh = readShared('hl7-sdc-questionnaire-sdc-profile-example-cqf-PHQ9.fsh');
      const codes = [...fsh.matchAll(/item\[=\]\.code = \$loinc#(\S+)/g)].map((m) => m[1] as string);
      expect(codes).toEqual([...PHQ_ITEM_CODES.slice(0, 8), '44256-6']);
      const ids = codes.map((c) => phq9.items.find((i) => i.code?.code === c)?.id);
      expect(ids).toEqual(['phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', undefined]);
      note(
        'hl7-sdc-questionnaire-sdc-profile-example-cqf-PHQ9.fsh',
        'FSH parsed for item codes only (total is CQL, no weights): items 1-8 map; it has NO item 9 (44260-8, the risk item), and its "Difficulty" item is 44256-6 with LL358-3 answers, not 69722-7: a response to it would leave the PHQ-9 total uncomputed and item 9 unasked.',
      );
    });
  });

/** HL7 SDC CodeSystem CSPHQ9 from its FSH source: concepts and their itemWeight property. */
function csphq9(): Json {
  const fsh = readShared('hl7-sdc-CodeSystemCSPHQ9.fsh');
  const concept: Json[] = [];
  for (const m of fsh.matchAll(/^\* #("[^"]+"|\S+) "[^"]*"\n\s+\* \^property\[\+\]\.code = #itemWeight\n\s+\* \^property\[=\]\.valueDecimal = ([\d.]+)/gm)) {
    concept.push({ code: (m[1] as string).replace(/"/g, ''), property: [{ code: 'itemWeight', valueDecimal: Number(m[2]) }] });
  }
  return {
    resourceType: 'CodeSystem',
    url: 'http://hl7.org/fhir/uv/sdc/CodeSystem/CSPHQ9',
    status: 'active',
    content: 'complete',
    property: [{ code: 'itemWeight', uri: 'http://hl7.org/fhir/concept-properties#itemWeight', type: 'decimal' }],
    concept,
  };
}

/** `linkId = "X"` followed by `valueCoding = $CodeSystemLoinc#CODE`, from an HL7 PHR response FSH. */
function phrResponseItems(fsh: string): { linkId: string; code: string }[] {
  return [...fsh.matchAll(/linkId = "([^"]+)"\n\s+\* answer\n\s+\* valueCoding = \$CodeSystemLoinc#(\S+)/g)].map((m) => ({
    linkId: m[1] as string,
    code: m[2] as string,
  }));
}

/** Items of an HL7 PHR Questionnaire FSH: linkId, item code and answerOption codings. */
function phrQuestionnaireItems(fsh: string): { linkId: string; code: string; answers: { system: string; code: string }[] }[] {
  return fsh
    .split(/^\* item\[\d+\]$/m)
    .slice(1)
    .map((block) => ({
      linkId: /linkId = "([^"]+)"/.exec(block)?.[1] as string,
      code: /\* code = \$CodeSystemLoinc#(\S+)/.exec(block)?.[1] as string,
      answers: [...block.matchAll(/valueCoding = \$(CodeSystemLoinc|CodeSystemDataAbsentReason)#(\S+)/g)].map((m) => ({
        system: m[1] === 'CodeSystemLoinc' ? LOINC : 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
        code: m[2] as string,
      })),
    }));
}
