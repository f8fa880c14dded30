// Bundle budgets, checked by `npm run size` (part of `npm test`) with size-limit's esbuild preset:
// each check bundles the built package as an app would (minified, tree-shaken) and gzips it.
// Limits are set from measurement (see bench/README.md, "Bundle sizes") with a little headroom, so
// that any growth is a deliberate change to this file.
const quiet = (config) => ({ ...config, logLevel: 'error' }); // tsup's chunk-order imports are side-effect free by design

const check = (name, path, imported, limit) => ({ name, path, import: imported, gzip: true, limit, modifyEsbuildConfig: quiet });

export default [
  check("import { score, phq9 } from 'securebase'", 'dist/index.js', '{ score, phq9 }', '8 kB'), // 7.96 kB with result interning (issue 13's goal: 8 kB)
  check('securebase, every export', 'dist/index.js', '*', '140 kB'), // 138.2 kB on 2026-12-06 (runner, locale layer, new instruments)
  check('securebase/instruments, every export', 'dist/instruments.js', '*', '24.5 kB'), // 23.2 kB: 23 instruments, verification notes outside the definitions
  check('securebase/exercises, every export', 'dist/exercises.js', '*', '48 kB'), // 46.8 kB: +3 kB for the locale layer (issue 16)
  check('securebase/schemas, every export', 'dist/schemas.js', '*', '138 kB'), // 136.6 kB
  check('securebase/fhir, every export', 'dist/fhir.js', '*', '18.5 kB'),
  check('securebase/sql, every export', 'dist/sql.js', '*', '6.5 kB'), // 6.03 kB: criteria groups and asked-only flags (issue 19)
  check('securebase/locales/es, the Spanish pack', 'dist/locales-es.js', '{ es }', '18 kB'), // 17.3 kB with the chart and report strings
  check('securebase/charts, every export', 'dist/charts.js', '*', '37.5 kB'), // 36.3 kB (the instruments registry is most of it)
  check('the whole package: every export of every entry point', 'scripts/size-whole-package.mjs', '*', '209 kB'), // 206.4 kB: every entry, including charts, sql and the Spanish pack
];
