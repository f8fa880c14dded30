// Bundle budgets, checked by `npm run size` (part of `npm test`) with size-limit's esbuild preset:
// each check bundles the built package as an app would (minified, tree-shaken) and gzips it.
// Limits are set from measurement (see bench/README.md, "Bundle sizes") with a little headroom, so
// that any growth is a deliberate change to this file.
const quiet = (config) => ({ ...config, logLevel: 'error' }); // tsup's chunk-order imports are side-effect free by design

const check = (name, path, imported, limit) => ({ name, path, import: imported, gzip: true, limit, modifyEsbuildConfig: quiet });

export default [
  check("import { score, phq9 } from 'securebase'", 'dist/index.js', '{ score, phq9 }', '8 kB'),
  check('securebase, every export', 'dist/index.js', '*', '142 kB'), // +3.5 kB: the locale layer (issue 16)
  check('securebase/instruments, every export', 'dist/instruments.js', '*', '29.5 kB'),
  check('securebase/exercises, every export', 'dist/exercises.js', '*', '47.5 kB'), // +3 kB: the locale layer (issue 16)
  check('securebase/schemas, every export', 'dist/schemas.js', '*', '140 kB'), // +1 kB: the locale layer (issue 16)
  check('securebase/fhir, every export', 'dist/fhir.js', '*', '18.5 kB'),
  check('securebase/sql, every export', 'dist/sql.js', '*', '6 kB'),
  check('securebase/locales/es, the Spanish pack', 'dist/locales-es.js', '{ es }', '16.5 kB'),
  check('securebase/charts, every export', 'dist/charts.js', '*', '36 kB'), // 33.9 kB from src with esbuild (the instruments registry is most of it)
  check('the whole package: every export of every entry point', 'scripts/size-whole-package.mjs', '*', '197 kB'), // +3.5 kB: the locale layer (issue 16); +15.4 kB: the Spanish pack
];
