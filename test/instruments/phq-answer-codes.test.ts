// The LOINC answer codes that PHQ-9 and GAD-7 results carry (and FHIR QuestionnaireResponses are
// read back by) must match the published answer lists exactly: system, code and display. Checked
// against the LHC-Forms PHQ-9 Questionnaire in /work/shared/conformance/fhir (LHNCBC/lforms
// test/data/R4/phq9.json, see PROVENANCE.tsv there): answer list LL358-3 for items 1–9 and the
// functional-difficulty answers of item 69722-7, whose codes are not in numeric order.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gad7, type InstrumentDefinition, phq9, type ResponseScale } from '../../src/index.js';
import { SHARED_DIR } from '../outcomes/_conformance.js';

const FILE = join(SHARED_DIR, 'conformance', 'fhir', 'lforms-R4-phq9.json');
/** Skip only outside CI, as the R conformance tests do; with CI set the tests run (and fail if the file is missing). */
const skip = !existsSync(FILE) && !process.env.CI;

interface Coding {
  readonly system?: string;
  readonly code: string;
  readonly display: string;
}
interface QItem {
  readonly linkId: string;
  readonly answerOption?: readonly { readonly valueCoding: Coding; readonly extension?: readonly { readonly url: string; readonly valueDecimal?: number }[] }[];
  readonly item?: readonly QItem[];
}

/** The answer codings of each question of the Questionnaire, by LOINC question code, as value → coding. */
function answerLists(): Map<string, Map<number, Coding>> {
  const q = JSON.parse(readFileSync(FILE, 'utf8')) as { item: readonly QItem[] };
  const out = new Map<string, Map<number, Coding>>();
  const walk = (items: readonly QItem[]) => {
    for (const it of items) {
      if (it.answerOption) {
        const byValue = new Map<number, Coding>();
        it.answerOption.forEach((o, i) => {
          const ordinal = o.extension?.find((e) => e.url.endsWith('/ordinalValue'))?.valueDecimal;
          byValue.set(ordinal ?? i, o.valueCoding);
        });
        out.set(it.linkId.replace(/^\//, ''), byValue);
      }
      walk(it.item ?? []);
    }
  };
  walk(q.item);
  return out;
}

/** The coding our definition gives an answer: the item's override, else the anchor's code. */
function ourCoding(def: InstrumentDefinition, itemId: string, value: number) {
  const item = def.items.find((i) => i.id === itemId);
  const rs = def.responseScales[item?.responseScale ?? 'default'] as ResponseScale;
  return item?.answerCodes?.find((a) => a.value === value)?.code ?? rs.anchors.find((a) => a.value === value)?.code;
}

describe.skipIf(skip)('PHQ-9 and GAD-7 answer codes match the LHC-Forms PHQ-9 Questionnaire', () => {
  const lists = skip ? new Map<string, Map<number, Coding>>() : answerLists();

  it('every PHQ-9 item (1–10) codes every answer as the Questionnaire does', () => {
    for (const item of phq9.items) {
      const theirs = lists.get(item.code.code);
      expect(theirs, item.id).toBeDefined();
      for (const [value, coding] of theirs ?? []) {
        expect(ourCoding(phq9, item.id, value), `${item.id} = ${value}`).toEqual({ system: 'http://loinc.org', code: coding.code, display: coding.display });
      }
      expect([...(theirs?.keys() ?? [])].sort()).toEqual([0, 1, 2, 3]);
    }
  });

  it('GAD-7 items share the LL358-3 codes, except the value-2 answer of item 2 (LA18938-3, "More days than not")', () => {
    const ll358 = lists.get('44250-9') as Map<number, Coding>;
    const items: InstrumentDefinition['items'] = gad7.items;
    expect(items.filter((i) => i.responseScale === undefined)).toHaveLength(7);
    for (const item of items.filter((i) => i.responseScale === undefined)) {
      for (const [value, coding] of ll358) {
        const expected =
          item.id === 'gad7-2' && value === 2 ? { code: 'LA18938-3', display: 'More days than not' } : { code: coding.code, display: coding.display };
        expect(ourCoding(gad7, item.id, value), `${item.id} = ${value}`).toEqual({ system: 'http://loinc.org', ...expected });
      }
    }
  });

  it("GAD-7's functional-difficulty item reuses the answers of PHQ-9 item 69722-7", () => {
    const difficulty = lists.get('69722-7') as Map<number, Coding>;
    const items: InstrumentDefinition['items'] = gad7.items;
    const item = items.find((i) => i.responseScale !== undefined);
    expect(item).toBeDefined();
    for (const [value, coding] of difficulty) {
      expect(ourCoding(gad7, item?.id ?? '', value)).toEqual({ system: 'http://loinc.org', code: coding.code, display: coding.display });
    }
  });
});
