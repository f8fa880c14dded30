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
