import { describe, expect, it } from 'vitest';
import { ecrR, safeScore, score } from '../../src/index.js';

describe('smoke', () => {
  it('scores', () => {
    const r = score(ecrR, Array(36).fill(4));
    expect(r.scales.anxiety.value).toBe(4);
    const bad = safeScore(ecrR, [1, 'x', 9, 2.5, Number.NaN, {}]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) console.log(bad.issues.map((i) => i.message));
  });
});
