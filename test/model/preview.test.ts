// The one value preview every error message uses. Reproduces the CLI fuzz failure (seeds
// -1519894213 and 1984317284): a header of lone surrogates was cut to 24 characters, then
// JSON-escaped to six characters each, and a CliError message grew past its 400-character bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLayout, itemKeys } from '../../src/cli/score/columns.js';
import { phq9 } from '../../src/instruments/phq-9.js';
import { _preview, PREVIEW_CHARS } from '../../src/model/preview.js';

const BOUND = 2 * PREVIEW_CHARS + 3; // the escaped text, two quotes and the ellipsis

describe('_preview of a string', () => {
  it('shows a short string as JSON, and cuts a long one at 24 characters with an ellipsis', () => {
    expect(_preview('abc')).toBe('"abc"');
    expect(_preview('say "hi"')).toBe('"say \\"hi\\""');
    expect(_preview('x'.repeat(30))).toBe(`"${'x'.repeat(24)}"…`);
    expect(_preview('😀'.repeat(30))).toBe(`"${'😀'.repeat(24)}"…`); // code points, never half an emoji
  });

  it('reproduction: lone surrogates and control characters cannot make it long (was 146 characters)', () => {
    const lone = '\ud83d'.repeat(40);
    expect(_preview(lone)).toBe(`"${'\\ud83d'.repeat(8)}"…`);
    expect(_preview('\u0001'.repeat(40)).length).toBeLessThanOrEqual(BOUND);
  });

  it('property: never longer than the bound, and equal to JSON of the whole string when nothing is cut', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constant('\ud83d'),
            fc.constant('\u0000'),
            fc.constant('"'),
            fc.constant('😀'),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
          ),
          maxLength: 80,
        }),
        (s) => {
          const p = _preview(s);
          expect(p.length).toBeLessThanOrEqual(BOUND);
          if (!p.endsWith('…')) expect(p).toBe(JSON.stringify(s));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a header of lone surrogates gives a CSV layout error of a bounded length', () => {
    const keys = itemKeys(phq9);
    const header = ['\ud83d'.repeat(60), '\udc00'.repeat(60), ...Array.from({ length: 9 }, (_, i) => String(i + 1)), '9'];
    let message = '';
    try {
      csvLayout(keys, header);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.length).toBeGreaterThan(0);
    expect(message.length).toBeLessThanOrEqual(400);
  });
});
