// Every entry point of the package at once, for the "whole package" bundle budget in
// `.size-limit.js` (size-limit bundles this file from `dist/`, which `npm run build` makes).
// A test (test/dist/whole-package.test.ts) checks that it names every entry of scripts/entries.mjs.

export * as charts from '../dist/charts.js';
export * as exercises from '../dist/exercises.js';
export * as fhir from '../dist/fhir.js';
export * as core from '../dist/index.js';
export * as instruments from '../dist/instruments.js';
export * as localesEs from '../dist/locales-es.js';
export * as schemas from '../dist/schemas.js';
export * as sql from '../dist/sql.js';
