// Deterministic synthetic data for benchmarks (a small LCG; no Math.random, so every run scores the same rows).
export function lcg(seed = 1) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** `n` response arrays of `items` answers on min..max. */
export function responses(n, items, min, max, seed = 1) {
  const rnd = lcg(seed);
  const rows = new Array(n);
  for (let r = 0; r < n; r++) {
    const row = new Array(items);
    for (let i = 0; i < items; i++) row[i] = min + Math.floor(rnd() * (max - min + 1));
    rows[r] = row;
  }
  return rows;
}
