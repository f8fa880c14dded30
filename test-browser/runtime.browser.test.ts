// Browser-only checks (vitest.browser.config.ts): that the run really is in Chromium without Node's
// globals, that every public entry point loads there, that the SSML renderer's output is well-formed
// for the browser's own XML parser, that results, schemas and FHIR resources are plain data that
// `structuredClone` (what `postMessage` uses) copies whole, and that scoring works inside a module
// Web Worker. `tsc -p test-browser` type-checks these imports, and so src/, with the DOM library and
// without Node's types.
import { describe, expect, it } from 'vitest';
import { ENTRIES } from '../scripts/entries.mjs';
import { exerciseScripts, personalize, renderSsml, SSML_ENGINES } from '../src/exercises/index.js';
import { phq9, score, toObservation, toQuestionnaire } from '../src/index.js';
import { jsonSchemaOf, responsesSchema, safeParseResponses } from '../src/schemas/index.js';

describe('the browser run', () => {
  it('runs in Chromium, with a DOM and without Node globals (so passing tests prove the code needs none)', () => {
    expect(navigator.userAgent).toMatch(/Chrome\//);
    expect(typeof document.createElement).toBe('function');
    const g = globalThis as Record<string, unknown>;
    for (const name of ['process', 'Buffer', 'require', 'module', '__dirname', 'setImmediate']) expect(typeof g[name], name).toBe('undefined');
  });

  it.each(ENTRIES.map((e) => [e.subpath, e.source] as const))('loads the public entry %s (%s)', async (_subpath, source) => {
    const mod = (await import(/* @vite-ignore */ `/${source}`)) as Record<string, unknown>;
    expect(Object.keys(mod).length).toBeGreaterThan(0);
  });
});

describe('SSML in the browser', () => {
  it("parses as XML with Chromium's DOMParser for every script and engine, with one <speak> root", () => {
    expect(exerciseScripts.length).toBeGreaterThan(0);
    const parser = new DOMParser();
    for (const script of exerciseScripts) {
      const p = personalize(script);
      for (const engine of SSML_ENGINES) {
        const doc = parser.parseFromString(renderSsml(p, { engine }), 'application/xml');
        const label = `${script.id} / ${engine}`;
        expect(doc.getElementsByTagName('parsererror').length, label).toBe(0);
        expect(doc.documentElement.nodeName, label).toBe('speak');
      }
    }
  });

  it('a malformed document does fail the same check (the check can fail)', () => {
    const doc = new DOMParser().parseFromString('<speak>Breathe <break time="1s"></speak>', 'application/xml');
    expect(doc.getElementsByTagName('parsererror').length).toBeGreaterThan(0);
  });
});

describe('plain data across the structured clone (postMessage, IndexedDB)', () => {
  it('copies a score result, its FHIR Observation and Questionnaire, and a JSON Schema without loss', () => {
    const result = score(phq9, [2, 3, 1, 2, 0, 1, 2, 0, 1, 2]);
    for (const value of [result, toObservation(result, phq9), toQuestionnaire(phq9), jsonSchemaOf(responsesSchema(phq9))]) {
      expect(structuredClone(value)).toEqual(JSON.parse(JSON.stringify(value)));
    }
    expect(structuredClone(result).scales.total.value).toBe(12);
  });

  it('validates responses that arrive as JSON text, as from a form or a message', () => {
    expect(safeParseResponses(phq9, JSON.parse('[2, 3, 1, 2, 0, 1, 2, 0, 1, 2]')).ok).toBe(true);
    const bad = safeParseResponses(phq9, JSON.parse('[2, 3, 1, 2, 0, 1, 2, 0, 7]'));
    expect(bad.ok).toBe(false);
  });
});

describe('in a module Web Worker', () => {
  const inWorker = (data: unknown) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const worker = new Worker(new URL('./score.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<Record<string, unknown>>) => {
        worker.terminate();
        resolve(e.data);
      };
      worker.onerror = (e) => {
        worker.terminate();
        reject(new Error(e.message));
      };
      worker.postMessage(data);
    });

  it('scores the PHQ-9 worked example as the main thread does, item 9 flag included', async () => {
    const answers = [2, 3, 1, 2, 0, 1, 2, 0, 1, 2];
    const main = score(phq9, answers);
    const fromWorker = await inWorker(answers);
    expect(fromWorker).toEqual({ ok: true, total: 12, band: 'Moderate', flags: main.flags.map((f) => f.id) });
    expect(main.flags.length).toBeGreaterThan(0);
  });

  it('reports an invalid answer as an error, not a total', async () => {
    const fromWorker = await inWorker([9, 9, 9, 9, 9, 9, 9, 9, 9, 9]);
    expect(fromWorker.ok).toBe(false);
    expect(String(fromWorker.error)).toMatch(/ScoreError|expected|range/i);
  });
});
