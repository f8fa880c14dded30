// The CLI's output path: text encoded into one buffer as it is written (OutputBuffer), and the CSV
// formatter's score cells cached as bytes per interned result. Both are fast paths of
// `securebase score`; these properties prove them equal to the plain path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine, formatter, scoreCells } from '../../src/cli/score/format.js';
import { OutputBuffer } from '../../src/cli/score/output.js';
import { ecrR, gad7, phq9 } from '../../src/instruments/index.js';
import { score } from '../../src/scoring/score.js';

// Any UTF-16, lone surrogates included (written as U+FFFD by both paths).
const anyText = fc.string({ unit: 'binary', maxLength: 40 });

describe('OutputBuffer', () => {
  it('holds exactly the UTF-8 of what was written, in order, with the rows counted, across takes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            anyText.map((s) => ({ s, row: false })),
            anyText.map((s) => ({ s, row: true })),
          ),
          { maxLength: 60 },
        ),
        fc.array(fc.nat(59), { maxLength: 5 }),
        (parts, takeAt) => {
          const out = new OutputBuffer();
          const chunks: Buffer[] = [];
          let rows = 0;
          parts.forEach((p, i) => {
            // Half the parts as text, half as bytes encoded beforehand.
            if (i % 2 === 0) out.text(p.s);
            else out.bytes(Buffer.from(p.s, 'utf8'));
            if (p.row) out.endRow();
            if (takeAt.includes(i)) {
              const c = out.take();
              chunks.push(c.bytes);
              rows += c.rows;
            }
          });
          const last = out.take();
          chunks.push(last.bytes);
          rows += last.rows;
          expect(Buffer.concat(chunks).equals(Buffer.from(parts.map((p) => p.s).join(''), 'utf8'))).toBe(true);
          expect(rows).toBe(parts.filter((p) => p.row).length);
          expect(out.take().bytes.length).toBe(0);
        },
      ),
    );
  });

  it('grows for a piece larger than its buffer, and a chunk taken is not changed by later writes', () => {
    const out = new OutputBuffer();
    out.text('a');
    const big = 'é'.repeat(300_000);
    out.text(big);
    out.endRow();
    const first = out.take();
    expect(first.rows).toBe(1);
    expect(first.bytes.toString('utf8')).toBe(`a${big}`);
    out.text('x'.repeat(10));
    const small = out.take();
    out.text('y'.repeat(10));
    expect(small.bytes.toString('utf8')).toBe('x'.repeat(10));
    expect(first.bytes.toString('utf8')).toBe(`a${big}`);
  });
});

describe('CSV rows: score cells cached as bytes per result', () => {
  type RowArgs = Parameters<ReturnType<typeof formatter>['row']> extends [unknown, ...infer R] ? R : never;
  const line = (fmt: ReturnType<typeof formatter>, ...args: RowArgs): string => {
    const out = new OutputBuffer();
    fmt.row(out, ...args);
    return out.take().bytes.toString('utf8');
  };
  const answers = (n: number) => fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null, freq: 8 }), { minLength: n, maxLength: n });

  it('a warm formatter writes every row as the plain path does: csv-stringify of all the cells of that row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(answers(9), answers(7), fc.array(anyText, { minLength: 2, maxLength: 2 })), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        fc.boolean(),
        (rows, escapeFormulas, keepErrors) => {
          const options = { escapeFormulas, prefix: '', rowName: 'row', keepErrors, also: [{ def: gad7, prefix: 'gad_7_' }] };
          const warm = formatter(phq9, 'csv', ['id', 'site'], options);
          rows.forEach(([a, b, pass], i) => {
            const r = score(phq9, a);
            const more = [score(gad7, b)];
            const plain = `${csvLine([String(i + 1), ...pass, ...scoreCells(phq9, r), ...scoreCells(gad7, more[0] as typeof r)], escapeFormulas)}${keepErrors ? ',' : ''}\n`;
            expect(line(warm, i + 1, pass, r, more)).toBe(plain);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('with --quality cells too, and one result written many times gives the same bytes each time (ECR-R, mean scores)', () => {
    const fmt = formatter(ecrR, 'csv', ['id'], { escapeFormulas: false, prefix: '', rowName: 'row', keepErrors: false, quality: true });
    const r = score(
      ecrR,
      Array.from({ length: 36 }, (_, i) => 1 + (i % 7)),
    );
    const q = { longstring: 1, irv: 2.5, psychant: null };
    const plain = `${csvLine(['7', 'p7', ...scoreCells(ecrR, r), '1', '2.5', ''])}\n`;
    expect(line(fmt, 7, ['p7'], r, undefined, q)).toBe(plain);
    expect(line(fmt, 7, ['p7'], r, undefined, q)).toBe(plain);
  });
});
