import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  exerciseScripts,
  type MarkdownOptions,
  type PersonalizedScript,
  personalize,
  renderMarkdown,
  renderSsml,
  renderText,
  renderTimeline,
  SCRIPT_VARIANTS,
  selectVariant,
  VARIANT_LABELS,
} from '../../src/exercises/index.js';
import type { RenderLocaleOptions } from '../../src/exercises/render/text.js';
import type { ExerciseScript } from '../../src/exercises/types.js';
import { crisisHelp } from '../../src/safety/crisis-resources.js';
import { calmBreath, fixtures, kindPlace } from './fixtures.js';

const registry: readonly ExerciseScript[] = exerciseScripts;
const all: readonly ExerciseScript[] = [...fixtures, ...registry];

describe('renderText', () => {
  it('renders title, variant, duration, the safety note first, then numbered steps', () => {
    const text = renderText(personalize(calmBreath, { variant: 'trauma-sensitive', name: 'Sam' }));
    expect(text).toBe(
      [
        'Calm breath',
        'Gentler version, about 2 minutes',
        '',
        'BEFORE YOU BEGIN',
        `${calmBreath.safetyNote} If you might hurt yourself, or you feel unsafe, reach out for help now. ${crisisHelp().text}`,
        'You can stop at any time. If it starts to feel like too much, go to step 6. It helps you calm down and come back to the here and now.',
        '',
        'A short practice to slow your breathing, Sam.',
        '',
        '1. Welcome, Sam. Find a comfortable way to sit.',
        '',
        '2. Sam, you can keep your eyes open if you like.',
        '',
        '3. Breathe with me.',
        '   Breathe in for 4 seconds, hold for 2, and breathe out for 6. Do this 3 times (about 35 seconds).',
        '',
        '4. (Pause for 10 seconds.)',
        '',
        '5. Check in: How upset do you feel right now, from 0 to 10?',
        '   0  1  2  3  4  5  6  7  8  9  10   (0 = calm, 10 = the most upset)',
        '',
        '6. If you need to stop: If this feels like too much, open your eyes. Name three things you can see. Press your feet into the floor.',
        '',
        '7. Take your time, Sam. When you are ready, Sam, come back to the room.',
        '',
      ].join('\n'),
    );
  });

  it('labels prompts by mode and says how long they last', () => {
    const text = renderText(personalize(kindPlace));
    expect(text).toContain('5. Write about this (about 1 minute): Write a few kind words to your younger self.');
    expect(text).toContain('3. (Pause for 25 seconds.)');
    expect(text).toContain('You can stop at any time.\n');
    expect(renderText(personalize(calmBreath))).toContain('5. Think about this (about 20 seconds): What do you notice in your body?');
  });
});

describe('renderMarkdown', () => {
  it('renders a printable handout: title, duration, safety note up front, steps, a notes space', () => {
    const md = renderMarkdown(personalize(calmBreath, { variant: 'brief' }));
    const lines = md.split('\n');
    expect(lines.slice(0, 10)).toEqual([
      '# Calm breath',
      '',
      '**Short version** · about 1 minute',
      '',
      '> **Before you begin**',
      '>',
      `> ${calmBreath.safetyNote} If you might hurt yourself, or you feel unsafe, reach out for help now. ${crisisHelp().text}`,
      '>',
      '> You can stop at any time. If it starts to feel like too much, go to step 4. It helps you calm down and come back to the here and now.',
      '',
    ]);
    expect(md).toContain('## Steps\n\n1. Welcome. Find a comfortable way to sit.\n\n2. Breathe with me.\n\n   *Breathe in for 4 seconds');
    expect(md).toContain(
      '3. **Check in:** How upset do you feel right now, from 0 to 10?\n\n   `0  1  2  3  4  5  6  7  8  9  10   (0 = calm, 10 = the most upset)`',
    );
    expect(md).toContain('4. **If you need to stop:** If this feels like too much');
    expect(md).toMatch(/## Your notes\n\nWhat did you notice\? Anything you want to remember or talk about\?\n\n(___\n\n){5}___\n$/u);
  });

  it('escapes Markdown in client text so it prints as written', () => {
    const md = renderMarkdown(personalize(kindPlace, { name: 'Sam' }));
    expect(md).toContain('with \\*you\\* \\[for Sam\\].');
    expect(md).toContain('Notice them & their face \\< and \\> "quotes".');
    expect(md).toContain('# Not a heading. 1. Not a list.');
    const raw: PersonalizedScript = {
      ...personalize(kindPlace),
      steps: [{ kind: 'say', text: '# Heading?\n1. List?\n- Bullet?\n<script>x</script> &amp; `code` | pipe' }],
    };
    expect(renderMarkdown(raw)).toContain('1. \\# Heading?\n   1\\. List?\n   \\- Bullet?\n   \\<script\\>x\\</script\\> &amp;amp; \\`code\\` \\| pipe');
  });

  it('nests under a larger document and sizes the notes space', () => {
    const md = renderMarkdown(personalize(calmBreath), { headingLevel: 3, noteLines: 0 });
    expect(md.startsWith('### Calm breath\n')).toBe(true);
    expect(md).toContain('#### Steps');
    expect(md).not.toContain('Your notes');
    expect(() => renderMarkdown(personalize(calmBreath), { noteLines: 21 })).toThrow(RangeError);
    // @ts-expect-error heading levels 1 to 4 only
    expect(() => renderMarkdown(personalize(calmBreath), { headingLevel: 7 })).toThrow(RangeError);
  });
});

describe('every renderer, every script, every variant', () => {
  it('always renders the safety note, before the first step', () => {
    for (const script of all) {
      for (const variant of SCRIPT_VARIANTS) {
        const p = personalize(script, { variant });
        const firstStep = p.steps.find((s) => 'text' in s && s.text !== undefined);
        const firstText = firstStep && 'text' in firstStep ? (firstStep.text ?? '') : '';
        const md = renderMarkdown(p);
        const text = renderText(p);
        const label = `${script.id} ${variant}`;
        // The safety note text appears (Markdown-escaped where needed) ahead of the steps.
        expect(text.indexOf(p.safetyNote), label).toBeGreaterThan(0);
        expect(text.indexOf(p.safetyNote), label).toBeLessThan(text.indexOf('1. '));
        const mdNote = md.indexOf('> **Before you begin**');
        expect(mdNote, label).toBeGreaterThan(0);
        expect(mdNote, label).toBeLessThan(md.indexOf('## Steps'));
        expect(renderSsml(p).indexOf('safety-note'), label).toBeLessThan(renderSsml(p).indexOf('step-0'));
        if (firstText) expect(text.indexOf(firstText.split('\n')[0] ?? ''), label).toBeGreaterThan(text.indexOf(p.safetyNote));
        expect(renderTimeline(p).intro.speechSeconds, label).toBeGreaterThan(0);
      }
    }
  });

  it('numbers every step once, in order, in text and Markdown', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom(...SCRIPT_VARIANTS), (script, variant) => {
        const p = personalize(script, { variant });
        const numbers = (s: string) => [...s.matchAll(/^(\d+)\. /gmu)].map((m) => Number(m[1]));
        const expected = p.steps.map((_, i) => i + 1);
        expect(numbers(renderText(p))).toEqual(expected);
        expect(numbers(renderMarkdown(p))).toEqual(expected);
      }),
    );
  });

  it('shows the variant label the client sees', () => {
    expect(VARIANT_LABELS).toEqual({ standard: 'Standard version', 'trauma-sensitive': 'Gentler version', brief: 'Short version' });
  });

  it('offers no option to leave the safety note out, and refuses unpersonalised scripts', () => {
    const p = personalize(calmBreath);
    // @ts-expect-error no safety-note switch
    renderMarkdown(p, { safetyNote: false });
    expectTypeOf<keyof MarkdownOptions>().toEqualTypeOf<'headingLevel' | 'noteLines' | 'locale'>();
    expectTypeOf(renderText).parameter(0).toEqualTypeOf<PersonalizedScript>();
    expectTypeOf(renderText).parameter(1).toEqualTypeOf<RenderLocaleOptions | undefined>();
    // @ts-expect-error a raw script must be personalised first
    expect(() => renderText(calmBreath)).toThrow(/personalize/u);
    // @ts-expect-error a raw script must be personalised first
    expect(() => renderMarkdown(calmBreath)).toThrow(TypeError);
    // @ts-expect-error a raw script must be personalised first
    expect(() => renderTimeline(calmBreath)).toThrow(TypeError);
  });
});

describe('every renderer and selectVariant name a wrong argument', () => {
  it('throws a TypeError naming the function and the argument', () => {
    const p = personalize(calmBreath);
    expect(() => renderMarkdown(p, null as never)).toThrow(/renderMarkdown: options must be an object/u);
    expect(() => renderSsml(p, 'azure' as never)).toThrow(/renderSsml: options must be an object/u);
    expect(() => renderText(null as never)).toThrow(/renderText: expected a personalised script/u);
    expect(() => renderTimeline(42 as never)).toThrow(/renderTimeline: expected a personalised script/u);
    expect(() => selectVariant(null as never, 'brief')).toThrow(/selectVariant: script must be an exercise script/u);
  });
});
