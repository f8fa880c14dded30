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
  const rows = [];
  for (let r = 0; r < n; r++) {
    // Packed arrays built with push, as JSON.parse and CSV parsers produce them.
    const row = [];
    for (let i = 0; i < items; i++) row.push(min + Math.floor(rnd() * (max - min + 1)));
    rows.push(row);
  }
  return rows;
}
