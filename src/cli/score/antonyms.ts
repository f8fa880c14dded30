// The first read of `securebase score --quality`: the antonym item pairs of the whole file, found
// as `antonymPairs` (careless::psychant) finds them, but in one streaming pass with constant
// memory: per item pair, the running co-moments of the rows that answered both (Welford's
// updates), instead of every row kept in memory. test/cli/antonyms.test.ts proves it gives the
// pairs `antonymPairs` gives on the same rows.

/** Running Pearson statistics of every item pair over pairwise-complete rows. */
export interface PairCorrelations {
  /** Adds one row's answers (item order; `null` = missing). */
  add(answers: readonly (number | null)[]): void;
  /** The pairs whose correlation is below −|critval|, as `[later, earlier]` in R's order. */
  pairs(critval?: number): readonly (readonly [number, number])[];
}

/** Accumulates the pair correlations of `k` items. */
export function pairCorrelations(k: number): PairCorrelations {
  const m = (k * (k - 1)) / 2;
  const n = new Float64Array(m);
  const mx = new Float64Array(m);
  const my = new Float64Array(m);
  const cxy = new Float64Array(m);
  const sxx = new Float64Array(m);
  const syy = new Float64Array(m);
  // Pair (i, j), i > j, at index j·k − j(j+1)/2 + (i − j − 1): column by column, as R lists them.
  const at = (i: number, j: number) => j * k - (j * (j + 1)) / 2 + (i - j - 1);
  return {
    add(answers) {
      for (let j = 0; j < k; j++) {
        const y = answers[j];
        if (typeof y !== 'number' || !Number.isFinite(y)) continue;
        for (let i = j + 1; i < k; i++) {
          const x = answers[i];
          if (typeof x !== 'number' || !Number.isFinite(x)) continue;
          const p = at(i, j);
          const c = (n[p] as number) + 1;
          const dx = x - (mx[p] as number);
          const dy = y - (my[p] as number);
          const nx = (mx[p] as number) + dx / c;
          const ny = (my[p] as number) + dy / c;
          n[p] = c;
          mx[p] = nx;
          my[p] = ny;
          cxy[p] = (cxy[p] as number) + dx * (y - ny);
          sxx[p] = (sxx[p] as number) + dx * (x - nx);
          syy[p] = (syy[p] as number) + dy * (y - ny);
        }
      }
    },
    pairs(critval = -0.6) {
      const cut = -Math.abs(critval);
      const out: [number, number][] = [];
      for (let j = 0; j < k; j++) {
        for (let i = j + 1; i < k; i++) {
          const p = at(i, j);
          const vx = sxx[p] as number;
          const vy = syy[p] as number;
          if ((n[p] as number) < 2 || vx === 0 || vy === 0) continue;
          if ((cxy[p] as number) / Math.sqrt(vx * vy) < cut) out.push([i, j]);
        }
      }
      return out;
    },
  };
}
