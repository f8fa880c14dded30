import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import * as ssmlCheck from 'ssml-check-core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  exerciseScripts,
  type PersonalizedScript,
  personalize,
  renderSsml,
  renderTimeline,
  SCRIPT_VARIANTS,
  SSML_ENGINE_PROFILES,
  SSML_ENGINES,
  type SsmlEngine,
  type SsmlOptions,
} from '../../src/exercises/index.js';
import type { ExerciseScript } from '../../src/exercises/types.js';
import { calmBreath, fixtures, kindPlace } from './fixtures.js';

const registry: readonly ExerciseScript[] = exerciseScripts;
const all: readonly ExerciseScript[] = [...fixtures, ...registry];

/** Break lengths in ms, in document order. */
const breaks = (ssml: string) => [...ssml.matchAll(/<break time="(\d+)(ms|s)"\/>/gu)].map((m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1));

/** What ssml-check-core should check for each engine (it knows Amazon and Google; Azure is checked as generic SSML after unwrapping its voice element and mapping bookmark to mark). */
function checkable(engine: SsmlEngine, ssml: string): { ssml: string; options: { platform: 'all' | 'amazon' | 'google'; unsupportedTags?: string[] } } {
  switch (engine) {
    case 'generic':
      return { ssml, options: { platform: 'all' } };
    case 'polly-neural':
      return { ssml, options: { platform: 'amazon', unsupportedTags: ['emphasis'] } };
    case 'google':
      return { ssml, options: { platform: 'google' } };
    case 'azure':
      return {
        ssml: ssml
          .replace(/<voice name="[^"]*">\n?/u, '')
          .replace(/<\/voice>\n?/u, '')
          .replace(/<bookmark mark=/gu, '<mark name='),
        options: { platform: 'all' },
      };
  }
}

const xmlUnescape = (s: string) =>
  s
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');

describe('renderSsml: valid SSML for every engine, script and variant', () => {
  const cases = all.flatMap((script) => SCRIPT_VARIANTS.flatMap((variant) => SSML_ENGINES.map((engine) => ({ script, variant, engine }))));

  it('is well-formed XML and passes ssml-check-core', async () => {
    for (const { script, variant, engine } of cases) {
      const ssml = renderSsml(personalize(script, { variant, name: "Sam O'Neil" }), { engine });
      const label = `${script.id} ${variant} ${engine}`;
      expect(XMLValidator.validate(ssml), label).toBe(true);
      const c = checkable(engine, ssml);
      expect(await ssmlCheck.check(c.ssml, c.options), label).toBeUndefined();
    }
  });

  it('keeps every break within the engine limit, and the breaks add up to the timeline silence', () => {
    for (const { script, variant, engine } of cases) {
      const p = personalize(script, { variant });
      const ssml = renderSsml(p, { engine });
      const b = breaks(ssml);
      const label = `${script.id} ${variant} ${engine}`;
      expect(Math.max(...b), label).toBeLessThanOrEqual(SSML_ENGINE_PROFILES[engine].maxBreakMs);
      expect(Math.min(...b), label).toBeGreaterThan(0);
      const total = b.reduce((a, x) => a + x, 0) / 1000;
      expect(Math.abs(total - renderTimeline(p).silenceSeconds), label).toBeLessThanOrEqual(0.001 * b.length);
    }
  });

  it('never puts two breaks side by side (engines such as espeak-ng merge them)', () => {
    for (const { script, variant, engine } of cases) {
      const ssml = renderSsml(personalize(script, { variant }), { engine });
      expect(ssml, `${script.id} ${variant} ${engine}`).not.toMatch(/<break[^>]*\/>\s*<break/u);
    }
  });

  it('uses no <emphasis> for Polly neural voices, and emphasises the safety note where allowed', () => {
    for (const engine of SSML_ENGINES) {
      const ssml = renderSsml(personalize(calmBreath), { engine });
      expect(ssml.includes('<emphasis'), engine).toBe(SSML_ENGINE_PROFILES[engine].emphasis);
    }
  });

  it('chains a long pause at the engine limit, with a mark between links', () => {
    const p = personalize(kindPlace); // a 25 s pause
    expect(renderSsml(p, { engine: 'polly-neural' })).toContain(
      '<mark name="step-2"/>\n<break time="10s"/>\n<mark name="step-2-pause-1"/>\n<break time="10s"/>\n<mark name="step-2-pause-2"/>\n<break time="5s"/>',
    );
    expect(renderSsml(p, { engine: 'azure' })).toContain(
      '<bookmark mark="step-2"/>\n<break time="5s"/>\n<bookmark mark="step-2-pause-1"/>\n<break time="5s"/>\n<bookmark mark="step-2-pause-2"/>\n<break time="5s"/>\n<bookmark mark="step-2-pause-3"/>\n<break time="5s"/>\n<bookmark mark="step-2-pause-4"/>\n<break time="5s"/>\n<bookmark',
    );
  });

  it('always speaks the safety note first', () => {
    for (const script of all) {
      for (const engine of SSML_ENGINES) {
        const p = personalize(script);
        const ssml = renderSsml(p, { engine });
        const first = /<p>(?:<emphasis level="moderate">)?([^<]*)/u.exec(ssml)?.[1] ?? '';
        expect(xmlUnescape(first), `${script.id} ${engine}`).toBe(p.safetyNote);
        expect(ssml.indexOf('safety-note')).toBeLessThan(ssml.indexOf('step-0'));
      }
    }
  });

  it('wraps the root as each engine needs', () => {
    const p = personalize(calmBreath);
    expect(renderSsml(p)).toMatch(/^<speak version="1.1" xmlns="http:\/\/www.w3.org\/2001\/10\/synthesis" xml:lang="en-US">\n<mark name="safety-note"\/>/u);
    expect(renderSsml(p, { engine: 'polly-neural' })).toMatch(/^<speak>\n/u);
    expect(renderSsml(p, { engine: 'google', lang: 'en-GB' })).toMatch(/^<speak>\n/u);
    expect(renderSsml(p, { engine: 'azure' })).toMatch(/^<speak version="1.0" [^>]*xml:lang="en-US">\n<voice name="en-US-JennyNeural">\n/u);
    expect(renderSsml(p, { engine: 'azure', voice: 'en-GB-SoniaNeural', lang: 'en-GB' })).toContain('xml:lang="en-GB">\n<voice name="en-GB-SoniaNeural">');
    const slow = renderSsml(p, { ratePercent: 90 });
    expect(slow).toContain('<p><prosody rate="90%"><emphasis level="moderate">This practice');
    expect(slow).toContain('<s><prosody rate="90%">Breathe in.</prosody></s>');
    expect(slow).not.toMatch(/<prosody[^>]*>\s*<(p|s|break|mark)\b/u);
    expect(XMLValidator.validate(slow)).toBe(true);
    expect(renderSsml(p, { engine: 'azure', ratePercent: 90 })).toContain('<p><prosody rate="0.9">');
  });
});

describe('renderSsml: escaping and options', () => {
  const withText = (text: string): PersonalizedScript => ({ ...personalize(calmBreath), steps: [{ kind: 'say', text }] });

  it('escapes any text so the document stays well-formed and says the same words', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom(...SSML_ENGINES), (text, engine) => {
        const ssml = renderSsml(withText(text), { engine });
        expect(XMLValidator.validate(ssml)).toBe(true);
        const body = /step-0"\/>\n<p>([\s\S]*?)<\/p>/u.exec(ssml)?.[1];
        // biome-ignore lint/suspicious/noControlCharactersInRegex: characters XML 1.0 cannot hold are dropped
        expect(xmlUnescape(body ?? '')).toBe(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, ''));
      }),
      { numRuns: 300 },
    );
    const ssml = renderSsml(withText('A < B & "C" > D </speak><break time="99s"/>'));
    expect(ssml).toContain('<p>A &lt; B &amp; &quot;C&quot; &gt; D &lt;/speak&gt;&lt;break time=&quot;99s&quot;/&gt;</p>');
    expect(breaks(ssml)).not.toContain(99_000);
  });

  it('refuses invalid options with a RangeError', () => {
    const p = personalize(calmBreath);
    expect(() => renderSsml(p, { engine: 'watson' as SsmlEngine })).toThrow(RangeError);
    expect(() => renderSsml(p, { lang: 'en US"' })).toThrow(/BCP 47/u);
    expect(() => renderSsml(p, { engine: 'azure', voice: '"><evil/>' })).toThrow(/voice/u);
    expect(() => renderSsml(p, { ratePercent: 10 })).toThrow(/ratePercent/u);
    expect(() => renderSsml(p, { engine: 'azure', ratePercent: 40 })).toThrow(/50 to 200/u);
    expect(() => renderSsml(p, { ratePercent: Number.NaN })).toThrow(RangeError);
  });

  it('has no option that turns off the safety note', () => {
    const p = personalize(calmBreath);
    // @ts-expect-error the safety note cannot be turned off
    renderSsml(p, { safetyNote: false });
    expectTypeOf<keyof SsmlOptions>().toEqualTypeOf<'engine' | 'lang' | 'voice' | 'ratePercent' | 'locale'>();
    // @ts-expect-error only personalised scripts are rendered
    expect(() => renderSsml(calmBreath)).toThrow();
  });
});
