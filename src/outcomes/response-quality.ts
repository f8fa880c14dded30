// Response-quality indices of one person's answers, as R's `careless` package computes them.
// They are offered for review, never as a reason to exclude a person.

/**
 * The longest run of identical consecutive answers in one person's responses (the "longstring"
 * index; Johnson, 2005, https://doi.org/10.1016/j.jrp.2004.09.009), as `careless::longstring`
 * (Yentes & Wilhelm, https://cran.r-project.org/package=careless) computes it with R's `rle`:
 * a missing answer (`null`) is a run of its own, of length 1, and breaks the run around it.
 * Answers are in item order; reverse keying is not applied. A long run is a prompt to look at
 * the answers, never a reason to drop them.
 *
 * @example
 * ```ts
 * longstring([2, 2, 2, 1, 3, 3]); // => 3
 * longstring([1, null, 1, 1]); // => 2
 * longstring([]); // => 0
 * ```
 * @category Outcomes
 */
export function longstring(responses: readonly (number | null)[]): number {
  let best = 0;
  let run = 0;
  let last: number | null = null;
  for (const r of responses) {
    if (r !== null && last !== null && r === last) run++;
    else run = 1;
    last = r;
    if (run > best) best = run;
  }
  return best;
}

/**
 * The intra-individual response variability (IRV): the standard deviation of one person's
 * answers across items (Dunn, Heggestad, Shanock & Theilgard, 2018,
 * https://doi.org/10.1007/s10869-016-9479-0), as `careless::irv` computes it: R's `sd` with
 * `na.rm = TRUE`, so the sample standard deviation (divided by n − 1) of the answered items,
 * and `null` with fewer than two answers. A very low IRV can mean the same answer throughout; a
 * very high one, random answers. It is a prompt for review, never a reason to exclude.
 *
 * @example
 * ```ts
 * irv([1, 2, 3, 4])?.toFixed(4); // => '1.2910'
 * irv([2, 2, 2]); // => 0
 * irv([3, null]); // => null
 * ```
 * @category Outcomes
 */
export function irv(responses: readonly (number | null)[]): number | null {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (const r of responses) {
    if (r === null || !Number.isFinite(r)) continue;
    n++;
    const d = r - mean;
    mean += d / n;
    m2 += d * (r - mean);
  }
  return n < 2 ? null : Math.sqrt(m2 / (n - 1));
}

/**
 * The item pairs a sample answers in opposite directions, "psychometric antonyms" (Meade & Craig,
 * 2012, https://doi.org/10.1037/a0028085), found as `careless::psychant` finds them: the Pearson
 * correlation of every two items over the rows that answered both (R's
 * `cor(use = "pairwise.complete.obs")`), keeping the pairs below −|`critval`| (default −0.60).
 * Each pair is `[later item index, earlier item index]`, listed in R's order (by the earlier item,
 * then the later). Rows hold raw answers in item order, before any reverse keying; a reversed
 * item and a forward item of one scale are the pairs this usually finds.
 *
 * @example
 * ```ts
 * const rows = [[1, 5, 2], [2, 4, 2], [4, 2, 3], [5, 1, 1], [3, 3, 4]];
 * antonymPairs(rows); // => [[1, 0]]
 * ```
 * @category Outcomes
 */
export function antonymPairs(rows: readonly (readonly (number | null)[])[], critval = -0.6): readonly (readonly [number, number])[] {
  const k = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const cut = -Math.abs(critval);
  const pairs: [number, number][] = [];
  for (let j = 0; j < k; j++) {
    for (let i = j + 1; i < k; i++) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const row of rows) {
        const a = row[i];
        const b = row[j];
        if (typeof a === 'number' && Number.isFinite(a) && typeof b === 'number' && Number.isFinite(b)) {
          xs.push(a);
          ys.push(b);
        }
      }
      const r = pearson(xs, ys);
      if (r !== null && r < cut) pairs.push([i, j]);
    }
  }
  return pairs;
}

/**
 * One person's psychometric antonym score (Meade & Craig, 2012), as `careless::psychant`
 * computes it: the correlation, across the `pairs` from {@link antonymPairs}, between the answers
 * to the pairs' first and second items, over the pairs the person answered both of. An attentive
 * person answers antonyms in opposite directions (a negative score); a score near 0 or positive is
 * a prompt to look at the answers, never a reason to exclude. `null` with 2 or fewer answered
 * pairs (as careless) or when either side has no variance. careless can retry a `NA` by shuffling
 * each pair at random (`resample_na`); this function never does, so it gives the same result
 * every time and `null` where careless would first shuffle.
 *
 * @example
 * ```ts
 * const pairs = [[1, 0], [3, 2], [5, 4]] as const;
 * psychant([1, 5, 2, 4, 3, 3], pairs); // => -1
 * psychant([1, 5, 2, 4, null, 3], pairs); // => null
 * ```
 * @category Outcomes
 */
export function psychant(responses: readonly (number | null)[], pairs: readonly (readonly [number, number])[]): number | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [i, j] of pairs) {
    const a = responses[i];
    const b = responses[j];
    if (typeof a === 'number' && Number.isFinite(a) && typeof b === 'number' && Number.isFinite(b)) {
      xs.push(a);
      ys.push(b);
    }
  }
  return xs.length > 2 ? pearson(xs, ys) : null;
}

/** Pearson's r of two equal-length samples; `null` with fewer than 2 values or no variance on a side (R gives `NA`). */
function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let t = 0; t < n; t++) {
    mx += xs[t] as number;
    my += ys[t] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let t = 0; t < n; t++) {
    const dx = (xs[t] as number) - mx;
    const dy = (ys[t] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}
